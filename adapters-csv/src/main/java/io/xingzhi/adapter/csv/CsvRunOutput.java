package io.xingzhi.adapter.csv;

import io.xingzhi.core.port.RunSink;
import io.xingzhi.core.run.RunResult;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes a finished run into a folder as CONTRACT.md §5 promises: {@code leads.jsonl}
 * ({@link JsonLinesLeadWriter}), {@code leads.csv} ({@link CsvLeadWriter}), {@code report.md}
 * ({@link MarkdownReportWriter}) and {@code rejections.csv}: every rejected row with file, line and
 * reason, streamed during the run by {@link #rejections()} when that is given to the engine as its
 * rejection sink, else the rejections the report kept (the first of each dataset; report.md says
 * which). The folder is created when missing; each file is replaced whole (written beside it, then
 * moved), so an interrupted run never leaves half a file.
 */
public final class CsvRunOutput implements RunSink {
    public static final String LEADS_JSONL = "leads.jsonl";
    public static final String LEADS_CSV = "leads.csv";
    public static final String REPORT_MD = "report.md";
    public static final String REJECTIONS_CSV = "rejections.csv";

    private final Path folder;
    private final CsvRejectionWriter rejections;

    /** Writes into {@code folder}. */
    public CsvRunOutput(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.rejections = new CsvRejectionWriter(folder.resolve(REJECTIONS_CSV));
    }

    /**
     * The sink that streams every rejection of a run into {@code rejections.csv}: give it to the
     * engine ({@code Engine.Builder.rejections}, {@code RunService.Builder.rejections}).
     */
    public CsvRejectionWriter rejections() {
        return rejections;
    }

    /** The folder written to. */
    public Path folder() {
        return folder;
    }

    /**
     * Writes the four files. {@code leads.jsonl} is written on a second thread while this one writes
     * the others (each file is written whole by one thread, so its bytes do not depend on it); when
     * both fail, the failure to write {@code leads.jsonl} is the one thrown, as when it came first.
     */
    @Override
    public void accept(RunResult result) {
        java.util.concurrent.FutureTask<Void> json = new java.util.concurrent.FutureTask<>(
                () -> new JsonLinesLeadWriter(folder.resolve(LEADS_JSONL)).accept(result), null);
        Thread jsonThread = new Thread(json, "xingzhi-write-jsonl");
        jsonThread.setDaemon(true);
        jsonThread.start();
        RuntimeException others = null;
        try {
            writeOthers(result);
        } catch (RuntimeException e) {
            others = e;
        }
        Throwable jsonFailure = null;
        boolean interrupted = false;
        while (true) {
            try {
                json.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (java.util.concurrent.ExecutionException e) {
                jsonFailure = e.getCause();
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (jsonFailure != null) {
            if (others != null) {
                jsonFailure.addSuppressed(others);
            }
            if (jsonFailure instanceof RuntimeException r) {
                throw r;
            }
            if (jsonFailure instanceof Error err) {
                throw err;
            }
            throw new io.xingzhi.core.XingzhiException("cannot write " + LEADS_JSONL, jsonFailure);
        }
        if (others != null) {
            throw others;
        }
    }

    private void writeOthers(RunResult result) {
        new CsvLeadWriter(folder.resolve(LEADS_CSV)).accept(result);
        boolean streamed = rejections.complete();
        if (!streamed) {
            AtomicFile.write(folder.resolve(REJECTIONS_CSV), out -> CsvRejectionWriter.write(result.report().rejections(), out));
        }
        new MarkdownReportWriter(folder.resolve(REPORT_MD), java.time.ZoneId.systemDefault(), () -> streamed).accept(result);
    }
}

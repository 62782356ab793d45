package io.xingzhi.adapter.csv;

import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.port.RunSink;
import io.xingzhi.core.run.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes a finished run into a folder as CONTRACT.md §5 promises: {@code leads.jsonl}
 * ({@link JsonLinesLeadWriter}), {@code leads.csv} ({@link CsvLeadWriter}), {@code report.md}
 * ({@link MarkdownReportWriter}) and {@code rejections.csv}: every rejected row with file, line and
 * reason, streamed during the run by {@link #rejections()} when that is given to the engine as its
 * rejection sink, else the rejections the report kept (the first of each dataset; report.md says
 * which). The folder is created when missing; each file is replaced whole (written beside it, then
 * moved), so an interrupted run never leaves half a file. A file that cannot be written (a full disk)
 * fails the output naming it, the others are still written, and an earlier run's file of that name
 * is removed: the folder never pairs this run's report with an earlier run's leads.
 */
public final class CsvRunOutput implements RunSink {
    public static final String LEADS_JSONL = "leads.jsonl";
    public static final String LEADS_CSV = "leads.csv";
    public static final String REPORT_MD = "report.md";
    public static final String REJECTIONS_CSV = "rejections.csv";

    private final Path folder;
    private final CsvRejectionWriter rejections;
    private volatile boolean written;
    /** Held while the outputs are moved into place, and by {@link #discardUnfinished()}. */
    private final Object publishing = new Object();
    /** Set by {@link #discardUnfinished()}: nothing is moved into place or removed after it. */
    private boolean stopped;

    /** Writes into {@code folder}. */
    public CsvRunOutput(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.rejections = new CsvRejectionWriter(folder.resolve(REJECTIONS_CSV), true);
    }

    /**
     * The sink that streams every rejection of a run into {@code rejections.csv}: give it to the
     * engine ({@code Engine.Builder.rejections}, {@code RunService.Builder.rejections}). The file is
     * written beside its place during the run and moved there by {@link #accept}, with the leads.
     */
    public CsvRejectionWriter rejections() {
        return rejections;
    }

    /**
     * Removes what this process began writing into the folder and did not finish (the files beside
     * the outputs, {@code .leads.jsonl.PID.N.tmp}), leaving the outputs as they are: for a shutdown hook
     * of a run stopped by Ctrl-C or SIGTERM, so that no part file of personal data waits for the next run.
     */
    public void discardUnfinished() {
        synchronized (publishing) {
            // after this, accept moves nothing into place and removes nothing: a part file removed here must not
            // read as a failure to write that takes the earlier run's file of its name away
            stopped = true;
            if (java.nio.file.Files.isDirectory(folder)) {
                PartFiles.removeOwn(folder, java.util.List.of(folder.resolve(LEADS_JSONL), folder.resolve(LEADS_CSV),
                        folder.resolve(REPORT_MD), folder.resolve(REJECTIONS_CSV)));
            }
        }
    }

    /** True once {@link #accept} wrote all four files (a run stopped later, while it is kept in a store, has its outputs). */
    public boolean written() {
        return written;
    }

    /** The folder written to. */
    public Path folder() {
        return folder;
    }

    /**
     * Writes the four files. {@code leads.jsonl} and {@code leads.csv} are written on two more threads
     * into part files (while this one writes the rejections when they were not streamed), moved into
     * place one right after the other once both are written, and the report is written after them, so
     * a run stopped while its leads are written leaves the earlier run's files as they were (each file
     * is written whole by one thread, so its bytes do not depend on it). When several fail, the first of {@code leads.jsonl},
     * {@code leads.csv}, the others is the one thrown, with the later ones suppressed in it.
     */
    @Override
    public void accept(RunResult result) {
        java.util.concurrent.FutureTask<Path> json = started("xingzhi-write-jsonl",
                () -> AtomicFile.part(folder.resolve(LEADS_JSONL), out -> JsonLinesLeadWriter.write(result.leads(), out)));
        java.util.concurrent.FutureTask<Path> csv = started("xingzhi-write-csv",
                () -> AtomicFile.part(folder.resolve(LEADS_CSV), out -> CsvLeadWriter.write(result.leads(), out)));
        boolean streamed = rejections.complete();
        Object rejectionsPart;
        if (streamed) {
            rejectionsPart = null;
        } else {
            try {
                rejectionsPart = AtomicFile.part(folder.resolve(REJECTIONS_CSV),
                        out -> CsvRejectionWriter.write(result.report().rejections(), out));
            } catch (RuntimeException e) {
                rejectionsPart = e;
            }
        }
        Object jsonPart = settled(json);
        Object csvPart = settled(csv);
        if (streamed) {
            rejectionsPart = rejections.takeWritten();
        }
        Throwable first = null;
        synchronized (publishing) {
            if (stopped) {
                // the process is stopping (Ctrl-C, SIGTERM): nothing is moved into place or removed any more
                for (Object part : new Object[] {jsonPart, csvPart, rejectionsPart}) {
                    if (part instanceof Path p) {
                        AtomicFile.discard(p);
                    }
                }
                throw new XingzhiException("the run was stopped before its outputs were moved into " + folder);
            }
            // the two leads files are moved into place one right after the other, once both are written, the
            // rejections with them, and the report after them: a run stopped while they are written (Ctrl-C, a full
            // disk) leaves the earlier run's set as it was, instead of this run's report beside the earlier run's leads
            Throwable jsonFailure = published(jsonPart, LEADS_JSONL);
            Throwable csvFailure = published(csvPart, LEADS_CSV);
            Throwable rejected = rejectionsPart == null ? null : published(rejectionsPart, REJECTIONS_CSV);
            Throwable report = null;
            try {
                new MarkdownReportWriter(folder.resolve(REPORT_MD), java.time.ZoneId.systemDefault(), () -> streamed).accept(result);
            } catch (RuntimeException e) {
                report = e;
            }
            // a file this run could not write must not be read as this run's: an earlier run's file of that name goes
            removeEarlier(jsonFailure, LEADS_JSONL);
            removeEarlier(csvFailure, LEADS_CSV);
            removeEarlier(rejected, REJECTIONS_CSV);
            removeEarlier(report, REPORT_MD);
            for (Throwable t : java.util.Arrays.asList(jsonFailure, csvFailure, rejected, report)) {
                if (t != null) {
                    if (first == null) {
                        first = t;
                    } else {
                        first.addSuppressed(t);
                    }
                }
            }
            written = first == null;
        }
        if (first instanceof RuntimeException r) {
            throw r;
        }
        if (first instanceof Error err) {
            throw err;
        }
        if (first != null) {
            throw new io.xingzhi.core.XingzhiException("cannot write the leads", first);
        }
    }

    /** The part file {@code task} wrote, or its failure (a {@link Throwable}), once it has ended. */
    private static Object settled(java.util.concurrent.FutureTask<Path> task) {
        try {
            return outcome(task);
        } catch (Throwable t) {
            return t;
        }
    }

    /** Moves the part file {@code settled} (or passes on its failure) over {@code name}; the failure, or null. */
    private Throwable published(Object settled, String name) {
        if (settled instanceof Throwable t) {
            return t;
        }
        try {
            AtomicFile.publish((Path) settled, folder.resolve(name));
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** {@code work} running on a (daemon) thread of its own, named {@code name}: the writers' extra threads. */
    static <T> java.util.concurrent.FutureTask<T> started(String name, java.util.concurrent.Callable<T> work) {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(work);
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
        return task;
    }

    /**
     * Waits for {@code task} to end (even when interrupted: its file must not be left half written) and
     * returns its result, or throws its failure.
     */
    private static <T> T outcome(java.util.concurrent.FutureTask<T> task) throws Throwable {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause();
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * After {@code failure} (when not null) to write {@code name}: removes the file of that name an
     * earlier run left in the folder, so that this run's report never stands beside an earlier run's
     * leads (a disk that filled up while {@code leads.jsonl} was written left the earlier run's 58 leads
     * beside a report of 657). Only a regular file is removed; one that cannot be is noted in the failure.
     */
    private void removeEarlier(Throwable failure, String name) {
        if (failure == null) {
            return;
        }
        Path earlier = folder.resolve(name);
        try {
            if (Files.isRegularFile(earlier, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(earlier);
            }
        } catch (IOException e) {
            failure.addSuppressed(new XingzhiException("the earlier run's " + earlier + " could not be removed either: "
                    + AtomicFile.reason(e)));
        }
    }
}

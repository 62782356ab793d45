package io.xingzhi.adapter.csv;

import io.xingzhi.core.port.RunSink;
import io.xingzhi.core.run.RunResult;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes a finished run into a folder as CONTRACT.md §5 promises: {@code leads.jsonl}
 * ({@link JsonLinesLeadWriter}), {@code leads.csv} ({@link CsvLeadWriter}) and {@code report.md}
 * ({@link MarkdownReportWriter}). The folder is created when missing; each file is replaced whole
 * (written beside it, then moved), so an interrupted run never leaves half a file.
 */
public final class CsvRunOutput implements RunSink {
    public static final String LEADS_JSONL = "leads.jsonl";
    public static final String LEADS_CSV = "leads.csv";
    public static final String REPORT_MD = "report.md";

    private final Path folder;

    /** Writes into {@code folder}. */
    public CsvRunOutput(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    /** The folder written to. */
    public Path folder() {
        return folder;
    }

    @Override
    public void accept(RunResult result) {
        new JsonLinesLeadWriter(folder.resolve(LEADS_JSONL)).accept(result);
        new CsvLeadWriter(folder.resolve(LEADS_CSV)).accept(result);
        new MarkdownReportWriter(folder.resolve(REPORT_MD)).accept(result);
    }
}

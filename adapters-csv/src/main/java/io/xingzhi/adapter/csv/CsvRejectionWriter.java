package io.xingzhi.adapter.csv;

import io.xingzhi.core.port.RejectionSink;
import io.xingzhi.core.record.ReasonText;
import io.xingzhi.core.record.Rejection;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes every rejected row of a run to {@code rejections.csv} as the run goes - dataset, file,
 * line, reason and the reason in Chinese ({@code reason_zh}, {@link ReasonText}; {@code reason} stays
 * the English it always was, for what parses it) - so that millions of rejections never sit in memory and none is left out
 * (report.md summarises them). UTF-8 with a byte-order mark, like {@code leads.csv}, for Excel and
 * WPS; a cell that a spreadsheet could run as a formula is prefixed with {@code '} ({@link SpreadsheetCells}). The file is
 * written beside its place and moved there when the run {@linkplain #finished() finishes} (by a run's {@link CsvRunOutput}: with its leads); a failed
 * run leaves the previous file as it was, and what a killed run left beside it is removed by the next
 * ({@link PartFiles}). One writer serves one run at a time.
 */
public final class CsvRejectionWriter implements RejectionSink {
    /** The columns, in order. */
    public static final java.util.List<String> COLUMNS = java.util.List.of("dataset", "source", "line", "reason", "reason_zh");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();

    private final Path file;
    /** True: {@link #finished()} keeps the written file beside its place for {@link CsvRunOutput} to move ({@link #takeWritten}). */
    private final boolean deferred;
    private Path tmp;
    private CSVPrinter printer;
    private long written;
    private boolean complete;

    /** A writer of {@code file}. */
    public CsvRejectionWriter(Path file) {
        this(file, false);
    }

    /**
     * A writer of {@code file} that, when {@code deferred}, leaves the finished file beside its place
     * until {@link #takeWritten()}: a run's output moves it with the leads, so a run stopped before
     * its leads are written leaves the earlier run's {@code rejections.csv} with the earlier leads.
     */
    CsvRejectionWriter(Path file, boolean deferred) {
        this.file = Objects.requireNonNull(file, "file");
        this.deferred = deferred;
    }

    /**
     * For a deferred writer: the finished file, still beside its place, now the caller's to move
     * ({@link AtomicFile#publish}); null when no run finished since it was last taken.
     */
    Path takeWritten() {
        Path written = complete ? tmp : null;
        if (written != null) {
            tmp = null;
        }
        return written;
    }

    /** The file written. */
    public Path file() {
        return file;
    }

    /** True when the last run finished and the file holds every one of its rejections. */
    public boolean complete() {
        return complete;
    }

    /** The rejections the last (or current) run wrote. */
    public long written() {
        return written;
    }

    @Override
    public void started() {
        close(true);
        complete = false;
        written = 0;
        try {
            Path dir = file.toAbsolutePath().getParent();
            AtomicFile.createOwnerOnlyDirectories(dir); // 0700, as every output folder (README, owner-only files)
            tmp = PartFiles.create(dir, file);
            Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8), 1 << 16);
            w.write('\uFEFF');
            printer = new CSVPrinter(w, FORMAT);
            printer.printRecord(COLUMNS);
        } catch (IOException e) {
            close(true);
            throw AtomicFile.failure(file, e);
        }
    }

    @Override
    public void rejected(Rejection r) {
        if (printer == null) {
            started();
        }
        try {
            printer.printRecord(cells(r));
            written++;
        } catch (IOException e) {
            close(true);
            throw AtomicFile.failure(file, e);
        }
    }

    @Override
    public void finished() {
        if (printer == null) {
            started();
        }
        try {
            printer.close(true);
            printer = null;
            if (deferred) {
                complete = true;
                return;
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            complete = true;
        } catch (IOException e) {
            close(true);
            throw AtomicFile.failure(file, e);
        }
    }

    @Override
    public void abandoned() {
        close(true);
    }

    /** Writes {@code rejections} whole (when no run streamed them): the rejections a report kept. */
    static void write(Collection<Rejection> rejections, OutputStream out) throws IOException {
        // the printer appends a cell, a quote or a separator at a time: buffered, they are encoded in large runs
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write('\uFEFF');
        CSVPrinter p = new CSVPrinter(w, FORMAT);
        p.printRecord(COLUMNS);
        for (Rejection r : rejections) {
            p.printRecord(cells(r));
        }
        p.flush();
    }

    /** A rejection's row: dataset, file, line, reason and its Chinese, each cell defused for a spreadsheet. */
    private static Object[] cells(Rejection r) {
        return new Object[] {r.ref().dataset().fileStem(), SpreadsheetCells.safe(r.ref().source()), r.ref().line(),
            SpreadsheetCells.safe(r.reason()), SpreadsheetCells.safe(ReasonText.chinese(r.ref().dataset(), r.reason()))};
    }

    private void close(boolean delete) {
        if (printer != null) {
            try {
                printer.close();
            } catch (IOException ignored) {
                // closing after a failure: the temporary file goes anyway
            }
            printer = null;
        }
        if (delete && tmp != null) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // best effort: the temporary file is hidden and harmless
            }
            tmp = null;
        }
    }
}

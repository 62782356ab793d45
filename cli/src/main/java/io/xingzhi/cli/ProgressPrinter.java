package io.xingzhi.cli;

import io.xingzhi.core.port.ProgressListener;
import io.xingzhi.core.record.Dataset;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Progress of a run on standard error, in the language in use: a line when each phase begins
 * (reading each dataset with the size of its files, linking persons, the models, streaming, writing),
 * and while a dataset is read, at most one line a second with the rows read, rows a second and -
 * when the files' sizes are known - how far it is and the time left. Called from the reader and the
 * engine threads, hence synchronised; cheap between lines.
 */
final class ProgressPrinter implements ProgressListener {
    private static final long LINE_EVERY_NANOS = 1_000_000_000L;

    private final PrintStream err;
    private final Set<Dataset> withBytes = new HashSet<>();
    private Dataset reading;
    private long rows;
    private long nanos;
    private long lastLine;

    ProgressPrinter(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void phase(Phase phase, Optional<Dataset> dataset, long size) {
        finishDataset();
        String what = dataset.map(Lang::dataset).orElse("");
        String line = switch (phase) {
            case READ -> Lang.text("读取" + what + sizeText(size, true) + "…", "reading " + what + sizeText(size, false) + "…");
            case INDEX -> Lang.text("关联人员（" + size + " 条记录）…", "linking persons (" + size + " records)…");
            case ASSESS -> Lang.text("运行模型（" + size + " 人）…", "running the models (" + size + " persons)…");
            case STREAM -> Lang.text("流式读取" + what + sizeText(size, true) + "…", "streaming " + what + sizeText(size, false) + "…");
            case WRITE -> Lang.text("写出结果（" + size + " 条线索）…", "writing the results (" + size + " leads)…");
        };
        err.println(line);
        if (phase == Phase.READ || phase == Phase.STREAM) {
            reading = dataset.orElse(null);
            rows = 0;
            nanos = 0;
            lastLine = System.nanoTime();
        }
    }

    @Override
    public synchronized void progress(Dataset dataset, long rowsRead, long nanosSpent) {
        if (withBytes.contains(dataset)) {
            return; // the source reports with bytes; these are the engine's own ticks
        }
        update(dataset, rowsRead, nanosSpent, 0, 0);
    }

    @Override
    public synchronized void progress(Dataset dataset, long rowsRead, long nanosSpent, long bytes, long totalBytes) {
        withBytes.add(dataset);
        update(dataset, rowsRead, nanosSpent, bytes, totalBytes);
    }

    /** Ends the last dataset's lines with its total (called when the run is over). */
    synchronized void done() {
        finishDataset();
    }

    private void update(Dataset dataset, long rowsRead, long nanosSpent, long bytes, long totalBytes) {
        reading = dataset;
        rows = rowsRead;
        nanos = nanosSpent;
        long now = System.nanoTime();
        if (now - lastLine < LINE_EVERY_NANOS) {
            return;
        }
        lastLine = now;
        double seconds = Math.max(nanosSpent / 1e9, 1e-3);
        String rate = String.format(Locale.ROOT, "%,.0f", rowsRead / seconds);
        String line = Lang.text("  " + Lang.dataset(dataset) + "：已读 " + String.format(Locale.ROOT, "%,d", rowsRead) + " 行（每秒 " + rate + " 行）",
                "  " + dataset.fileStem() + ": " + String.format(Locale.ROOT, "%,d", rowsRead) + " rows read (" + rate + " rows/s)");
        if (totalBytes > 0 && bytes > 0) {
            double done = Math.min(1.0, (double) bytes / totalBytes);
            long left = Math.round(seconds * (1 - done) / Math.max(done, 1e-6));
            line += Lang.text("，" + Math.round(done * 100) + "%，预计还需 " + left + " 秒",
                    ", " + Math.round(done * 100) + "%, about " + left + " s left");
        }
        err.println(line);
    }

    private void finishDataset() {
        if (reading != null && rows > 0) {
            err.println(Lang.text("  " + Lang.dataset(reading) + "：共 " + String.format(Locale.ROOT, "%,d", rows) + " 行，用时 "
                            + String.format(Locale.ROOT, "%.1f", nanos / 1e9) + " 秒",
                    "  " + reading.fileStem() + ": " + String.format(Locale.ROOT, "%,d", rows) + " rows in "
                            + String.format(Locale.ROOT, "%.1f", nanos / 1e9) + " s"));
        }
        reading = null;
        rows = 0;
    }

    private static String sizeText(long bytes, boolean chinese) {
        if (bytes <= 0) {
            return "";
        }
        String size = bytes >= 1 << 30 ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1 << 30))
                : bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1 << 20))
                : String.format(Locale.ROOT, "%.0f KB", Math.max(1, bytes / 1024.0));
        return chinese ? "（" + size + "）" : " (" + size + ")";
    }
}

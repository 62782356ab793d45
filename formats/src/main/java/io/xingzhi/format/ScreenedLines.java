package io.xingzhi.format;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The physical lines of a {@link ByteLineReader}, each with a verdict worked out ahead on other
 * threads: whether its row would be settled by a screen ({@link #settled()}). The lines are read on
 * the calling thread in batches; each batch's verdicts are computed on a shared pool while the
 * caller goes on with earlier batches, so a streamed file's checks run on every core. A verdict is a
 * function of the line's bytes alone: the caller decides where it applies (only at the start of a
 * record: a line that continues a quoted field is no row, whatever it looks like).
 */
final class ScreenedLines implements PhysicalLines {
    /** Decides a line's verdict; called from the pool's threads, so it must be thread-safe. */
    @FunctionalInterface
    interface Verdict {
        boolean settles(byte[] buffer, int start, int end, int[] from, int[] to);
    }

    static final int BATCH_LINES = 4096;
    static final int BUFFER_BYTES = 1 << 20;
    private static final int AHEAD = 6;

    private static final ExecutorService POOL = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()), new java.util.concurrent.ThreadFactory() {
                private final AtomicInteger count = new AtomicInteger();

                @Override
                public Thread newThread(Runnable r) {
                    Thread t = new Thread(r, "xingzhi-screen-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }
            });

    private final ByteLineReader lines;
    private final Verdict verdict;
    private final int columns;
    private final ArrayDeque<Future<Batch>> ahead = new ArrayDeque<>();
    private boolean exhausted;
    private Batch current;
    private int index;

    ScreenedLines(ByteLineReader lines, Verdict verdict, int columns) {
        this.lines = lines;
        this.verdict = verdict;
        this.columns = columns;
        lines.keepLines(BUFFER_BYTES);
    }

    /** One batch of lines, read in order, and their verdicts once worked out. */
    private static final class Batch {
        final byte[][] buffers = new byte[BATCH_LINES][];
        final int[] starts = new int[BATCH_LINES];
        final int[] ends = new int[BATCH_LINES];
        final String[] terminators = new String[BATCH_LINES];
        final boolean[] overlong = new boolean[BATCH_LINES];
        final boolean[] settled = new boolean[BATCH_LINES];
        int n;

        Batch judged(Verdict verdict, int columns) {
            int[] from = new int[columns];
            int[] to = new int[columns];
            for (int i = 0; i < n; i++) {
                settled[i] = !overlong[i] && verdict.settles(buffers[i], starts[i], ends[i], from, to);
            }
            return this;
        }
    }

    @Override
    public boolean next() throws IOException {
        if (current != null && ++index < current.n) {
            return true;
        }
        readAhead();
        Future<Batch> f = ahead.poll();
        if (f == null) {
            current = null;
            return false;
        }
        current = await(f);
        index = 0;
        return current.n > 0;
    }

    private void readAhead() throws IOException {
        while (!exhausted && ahead.size() < AHEAD) {
            Batch b = new Batch();
            while (b.n < BATCH_LINES && lines.next()) {
                int i = b.n++;
                b.buffers[i] = lines.buffer();
                b.starts[i] = lines.start();
                b.ends[i] = lines.end();
                b.terminators[i] = lines.terminatorText();
                b.overlong[i] = lines.overlong();
            }
            if (b.n < BATCH_LINES) {
                exhausted = true;
            }
            if (b.n > 0) {
                ahead.add(POOL.submit(() -> b.judged(verdict, columns)));
            }
        }
    }

    private static Batch await(Future<Batch> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while screening rows");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IOException(c);
        }
    }

    /** Whether the current line's row is settled by the screen (meaningful only at the start of a record). */
    boolean settled() {
        return current.settled[index];
    }

    @Override
    public byte[] buffer() {
        return current.buffers[index];
    }

    @Override
    public int start() {
        return current.starts[index];
    }

    @Override
    public int end() {
        return current.ends[index];
    }

    @Override
    public String terminatorText() {
        return current.terminators[index];
    }

    @Override
    public boolean overlong() {
        return current.overlong[index];
    }
}

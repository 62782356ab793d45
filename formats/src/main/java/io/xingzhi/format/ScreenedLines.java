package io.xingzhi.format;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The physical lines of a {@link ByteLineReader}, each with a verdict worked out ahead on other
 * threads: whether its row would be settled by a screen ({@link #settled()}). The calling thread
 * only cuts the stream into blocks of whole lines ({@link ByteLineReader#nextBlock}); a shared pool
 * splits each block into lines and judges them while the caller goes on with earlier blocks, so a
 * streamed file's line breaks and checks are found on every core, and a run of settled lines is
 * passed over in one step ({@link #skipSettled()}). The lines and their terminators are exactly
 * those {@link ByteLineReader#next()} gives (LF, CRLF, a lone CR, a last line without one); where
 * no LF comes for a long stretch the lines are read one at a time by {@code next()} itself. A
 * verdict is a function of the line's bytes alone: the caller decides where it applies (only at the
 * start of a record: a line that continues a quoted field is no row, whatever it looks like).
 */
final class ScreenedLines implements PhysicalLines {
    /** Finds a line's end and decides its verdict; called from the pool's threads, so it must be thread-safe. */
    @FunctionalInterface
    interface Verdict {
        /**
         * For the line starting at {@code buffer[start]}: its end (the first CR or LF before {@code limit},
         * else {@code limit}) shifted left by one, with the lowest bit set when its row settles.
         */
        long line(byte[] buffer, int start, int limit, int[] from, int[] to);
    }

    static final int BUFFER_BYTES = 1 << 20;
    /** Bytes without an LF after which the lines are read one by one ({@link ByteLineReader#next()}). */
    static final int MAX_BLOCK_SCAN = BUFFER_BYTES;
    private static final int AHEAD = 6;
    private static final int MAX_LINES_ONE_BY_ONE = 8192;

    private static final byte NONE = 0;
    private static final byte LF = 1;
    private static final byte CRLF = 2;
    private static final byte CR = 3;

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
    /** The batches handed to the pool and not yet read, in the stream's order. */
    private final ArrayDeque<Ahead> ahead = new ArrayDeque<>();
    /** Block batches read to their end, to be filled again (their arrays, not their buffers). */
    private final ArrayDeque<Batch> spare = new ArrayDeque<>();
    /**
     * Whether lines were read one by one in this stream: their batches point into the reader's own
     * buffers, so from then on no buffer is handed back ({@link ByteLineReader#recycle}).
     */
    private boolean oneByOne;
    private boolean exhausted;
    private Batch current;
    private int index;

    ScreenedLines(ByteLineReader lines, Verdict verdict, int columns) {
        this.lines = lines;
        this.verdict = verdict;
        this.columns = columns;
        lines.keepLines(BUFFER_BYTES);
    }

    /** The lines of one block (or one line read on its own), and their verdicts once worked out. */
    private static final class Batch {
        /** The block's buffer, which all its lines share; null for lines read one by one. */
        byte[] buffer;
        /** For lines read one by one: each line's buffer, and whether it was too long to hold. */
        byte[][] buffers;
        boolean[] overlong;
        int[] starts;
        int[] ends;
        byte[] terminators;
        /** Per line, how many settled lines start there, one after another in this batch (0: not settled). */
        int[] runs;
        /** Per line, whether it settles (while judging; kept for the next block). */
        private boolean[] settled;
        int n;

        /** An empty batch for about {@code capacity} lines: of a block, or read one by one. */
        Batch(int capacity, boolean oneByOne) {
            starts = new int[capacity];
            ends = new int[capacity];
            terminators = new byte[capacity];
            if (oneByOne) {
                buffers = new byte[capacity][];
                overlong = new boolean[capacity];
            }
        }

        private void add(int start, int end, byte terminator) {
            if (n == starts.length) {
                int size = n * 2;
                starts = Arrays.copyOf(starts, size);
                ends = Arrays.copyOf(ends, size);
                terminators = Arrays.copyOf(terminators, size);
                if (buffers != null) {
                    buffers = Arrays.copyOf(buffers, size);
                    overlong = Arrays.copyOf(overlong, size);
                }
            }
            starts[n] = start;
            ends[n] = end;
            terminators[n] = terminator;
            n++;
        }

        /** Adds the line {@code lines} is on (for lines read one by one). */
        private void add(ByteLineReader lines) {
            add(lines.start(), lines.end(), terminator(lines));
            buffers[n - 1] = lines.buffer();
            overlong[n - 1] = lines.overlong();
        }

        /**
         * Splits {@code buffer[from, to)} into lines as {@link ByteLineReader#next()} would, judging each
         * as it is found (one pass over its bytes): the block ends after an LF, or is the rest of the
         * stream (whose last line may have no terminator, or end in a lone CR).
         */
        Batch splitAndJudge(int from, int to, Verdict verdict, int columns) {
            int[] f = new int[columns];
            int[] t = new int[columns];
            byte[] b = buffer;
            if (settled == null || settled.length < starts.length) {
                settled = new boolean[Math.max(16, starts.length)];
            }
            boolean[] settled = this.settled;
            int i = from;
            while (i < to) {
                long v = verdict.line(b, i, to, f, t);
                int j = (int) (v >>> 1);
                if (n == settled.length) {
                    settled = this.settled = Arrays.copyOf(settled, n * 2);
                }
                boolean tooLong = j - i >= ByteLineReader.MAX_LINE_BYTES;
                settled[n] = (v & 1) != 0 && !tooLong;
                if (tooLong) {
                    markOverlong(n);
                }
                if (j == to) {
                    add(i, to, NONE);
                    break;
                }
                if (b[j] == '\n') {
                    add(i, j, LF);
                    i = j + 1;
                } else if (j + 1 < to && b[j + 1] == '\n') {
                    add(i, j, CRLF);
                    i = j + 2;
                } else {
                    add(i, j, CR);
                    i = j + 1;
                }
            }
            return withRuns(settled);
        }

        /**
         * Marks line {@code k} of a block as too long ({@link ByteLineReader#MAX_LINE_BYTES}): a buffer grown
         * for a long line may hand it over whole in a block, and it must be rejected as the line reader rejects it.
         */
        private void markOverlong(int k) {
            if (overlong == null || overlong.length <= k) {
                overlong = overlong == null ? new boolean[Math.max(k + 1, starts.length)] : Arrays.copyOf(overlong, Math.max(k + 1, starts.length));
            }
            overlong[k] = true;
        }

        /** Judges lines read one by one (each a whole line, without CR or LF). */
        Batch judged(Verdict verdict, int columns) {
            int[] f = new int[columns];
            int[] t = new int[columns];
            boolean[] settled = new boolean[n];
            for (int i = 0; i < n; i++) {
                settled[i] = !overlong[i] && (verdict.line(buffers[i], starts[i], ends[i], f, t) & 1) != 0;
            }
            return withRuns(settled);
        }

        private Batch withRuns(boolean[] settled) {
            int[] r = runs != null && runs.length >= n ? runs : new int[n];
            int run = 0;
            for (int i = n - 1; i >= 0; i--) {
                run = settled[i] ? run + 1 : 0;
                r[i] = run;
            }
            runs = r;
            return this;
        }
    }

    @Override
    public boolean next() throws IOException {
        if (current != null && ++index < current.n) {
            return true;
        }
        while (true) {
            if (current != null) {
                retire(current);
            }
            readAhead();
            Ahead a = ahead.poll();
            if (a == null) {
                current = null;
                return false;
            }
            current = await(a.judged());
            index = 0;
            if (current.n > 0) {
                return true;
            }
        }
    }

    /**
     * A block batch read to its end: its arrays are kept for a later block, and its buffer goes back
     * to the reader once no batch still to be read shares it (the reader's blocks follow its
     * buffers in order, so a buffer no pending batch holds is never read again).
     */
    private void retire(Batch done) {
        if (done.buffer == null || oneByOne) {
            return;
        }
        boolean shared = false;
        for (Ahead a : ahead) {
            shared |= a.batch().buffer == done.buffer;
        }
        if (!shared) {
            lines.recycle(done.buffer);
        }
        done.buffer = null;
        done.n = 0;
        done.overlong = null; // a block batch's marks are its own block's
        if (spare.size() < AHEAD) {
            spare.push(done);
        }
    }

    private void readAhead() throws IOException {
        while (!exhausted && ahead.size() < AHEAD) {
            if (lines.nextBlock(MAX_BLOCK_SCAN)) {
                byte[] buffer = lines.buffer();
                int from = lines.start();
                int to = lines.end();
                Batch b = spare.isEmpty() ? new Batch((to - from) / 80 + 16, false) : spare.pop(); // rows of a streamed file run about 100 bytes
                b.buffer = buffer;
                ahead.add(new Ahead(b, POOL.submit(() -> b.splitAndJudge(from, to, verdict, columns))));
            } else {
                // no LF for a long stretch (a long line, lines ended by CR alone): lines as the line reader
                // gives them, a block's worth of bytes before looking for LFs again (so each byte is looked at a few times)
                Batch b = new Batch(64, true);
                long bytes = 0;
                while (bytes < MAX_BLOCK_SCAN && b.n < MAX_LINES_ONE_BY_ONE && lines.next()) {
                    b.add(lines);
                    bytes += lines.end() - lines.start() + 1;
                }
                if (b.n == 0) {
                    exhausted = true;
                } else {
                    oneByOne = true;
                    ahead.add(new Ahead(b, POOL.submit(() -> b.judged(verdict, columns))));
                }
            }
        }
    }

    private static byte terminator(ByteLineReader lines) {
        return switch (lines.terminatorText()) {
            case "" -> NONE;
            case "\n" -> LF;
            case "\r\n" -> CRLF;
            default -> CR;
        };
    }

    /** A batch handed to the pool, and the pool's work on it (which gives the batch back, judged). */
    private record Ahead(Batch batch, Future<Batch> judged) {
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
        return current.runs[index] > 0;
    }

    /**
     * For a settled current line: how many settled lines start with it, one after another (at least
     * one); moves to the last of them, so the next {@link #next()} goes past them all.
     */
    int skipSettled() {
        int k = current.runs[index];
        index += k - 1;
        return k;
    }

    @Override
    public byte[] buffer() {
        return current.buffer != null ? current.buffer : current.buffers[index];
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
        return switch (current.terminators[index]) {
            case NONE -> "";
            case LF -> "\n";
            case CRLF -> "\r\n";
            default -> "\r";
        };
    }

    @Override
    public boolean overlong() {
        return current.overlong != null && index < current.overlong.length && current.overlong[index];
    }
}

package io.xingzhi.format;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into physical lines ended by LF, CRLF or a lone CR, without decoding it.
 * Safe for every ASCII-compatible charset (in UTF-8 and GB18030 no byte of a multi-byte character
 * is CR or LF). After {@link #next()} returns true the line is {@code buffer()[start(), end())};
 * it stays valid until the next call. A line longer than {@link #MAX_LINE_BYTES} is skipped to its
 * end and reported {@link #overlong()} with no content, so one runaway line cannot exhaust memory.
 */
final class ByteLineReader implements Closeable, PhysicalLines {
    static final int MAX_LINE_BYTES = 16 << 20;

    private final InputStream in;
    private byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;

    private int start;
    private int end;
    /** When positive: lines already returned stay as they are (see {@link #keepLines}); new buffers are at least this big. */
    private int keptBufferSize;
    /** Buffers handed back by the caller ({@link #recycle}), reused before new ones are made. */
    private final java.util.ArrayDeque<byte[]> spare = new java.util.ArrayDeque<>();
    private int terminator;
    private boolean overlong;

    ByteLineReader(InputStream in, int bufferSize) {
        this.in = in;
        this.buf = new byte[bufferSize];
    }

    /**
     * A reader whose first bytes were already read from {@code in} (a sample taken to detect the
     * encoding): {@code head[0, length)} comes first, then the rest of {@code in}. {@code head} becomes
     * the reader's buffer. {@code complete} says that {@code in} has nothing after the head.
     */
    ByteLineReader(InputStream in, byte[] head, int length, boolean complete) {
        this.in = in;
        this.buf = head.length == 0 ? new byte[1] : head;
        this.limit = length;
        this.eof = complete;
    }

    /** Skips {@code n} bytes at the very start (a byte-order mark); call before the first {@link #next()}. */
    void skipPrefix(int n) throws IOException {
        while (limit - pos < n && !eof) {
            fill();
        }
        pos += Math.min(n, limit - pos);
    }

    /**
     * From now on, a line returned stays valid after later calls: the reader never moves or
     * overwrites bytes it has returned, and reads on into fresh buffers of at least {@code bufferSize}
     * bytes instead (so lines can be handed to other threads in batches).
     */
    void keepLines(int bufferSize) {
        keptBufferSize = Math.max(1, bufferSize);
    }

    /**
     * In the {@link #keepLines} mode: hands back a buffer of earlier lines that nobody will read
     * again, to be filled afresh instead of making a new one (a streamed file then allocates a few
     * buffers, not one per block). The caller promises that no line or block in {@code buffer} is
     * still in use; the reader's current buffer is never taken back.
     */
    void recycle(byte[] buffer) {
        if (keptBufferSize > 0 && buffer != buf && buffer.length >= keptBufferSize && spare.size() < MAX_SPARE) {
            spare.push(buffer);
        }
    }

    private static final int MAX_SPARE = 4;

    /** Reads the next line; false at the end of the stream. */
    @Override
    public boolean next() throws IOException {
        overlong = false;
        int i = pos;
        while (true) {
            byte[] b = buf;
            int lim = limit;
            while (i < lim) {
                byte c = b[i];
                if (c == '\n' || c == '\r') {
                    break;
                }
                i++;
            }
            if (i < lim) {
                if (b[i] == '\n') {
                    return line(i, 1);
                }
                if (i + 1 < lim) {
                    return line(i, b[i + 1] == '\n' ? 2 : 1);
                }
                if (eof) {
                    return line(i, 1);
                }
            } else if (eof) {
                if (pos < lim || overlong) {
                    return line(lim, 0);
                }
                return false;
            }
            int scanned = i - pos;
            if (scanned >= MAX_LINE_BYTES) {
                // drop what we have of this runaway line and keep scanning for its end
                overlong = true;
                pos = i;
                scanned = 0;
            }
            fill();
            i = pos + scanned;
        }
    }

    /**
     * Moves past a block of whole lines, for a caller that splits them itself: after it returns true
     * the block is {@code buffer()[start(), end())} and ends right after an LF (so no line's
     * terminator is cut), or at the end of the stream. Only in the {@link #keepLines} mode, so the
     * block stays valid while later blocks are read. Returns false, having read nothing, at the end
     * of the stream or when the next {@code maxBytes} bytes hold no LF (a long line, or lines ended
     * by CR alone): the caller then reads the next line with {@link #next()}, which handles both.
     */
    boolean nextBlock(int maxBytes) throws IOException {
        if (keptBufferSize == 0) {
            throw new IllegalStateException("blocks are read only once lines are kept");
        }
        overlong = false;
        while (true) {
            if (!eof && limit < buf.length && limit - pos < buf.length / 2) {
                fill(); // a stream may give a few kilobytes a read: blocks of half a buffer or more
                continue;
            }
            byte[] b = buf;
            int k = limit - 1;
            while (k >= pos && b[k] != '\n') {
                k--;
            }
            if (k >= pos) {
                start = pos;
                end = k + 1;
                pos = end;
                return true;
            }
            if (eof) {
                if (pos == limit) {
                    return false;
                }
                start = pos;
                end = limit;
                pos = limit;
                return true;
            }
            if (limit - pos >= maxBytes) {
                return false;
            }
            fill();
        }
    }

    private boolean line(int terminatorAt, int terminatorLength) {
        // a buffer grown to hold a long line may hold its end too: the limit is the line's length, however it was read
        overlong |= terminatorAt - pos >= MAX_LINE_BYTES;
        start = overlong ? terminatorAt : pos;
        end = terminatorAt;
        terminator = terminatorLength;
        pos = terminatorAt + terminatorLength;
        return true;
    }

    private void fill() throws IOException {
        if (keptBufferSize > 0 && limit == buf.length) {
            // lines handed out may still be read: carry the unread rest over into a fresh buffer
            int rest = limit - pos;
            int size = Math.max(keptBufferSize, rest * 2);
            byte[] fresh = spare.isEmpty() || spare.peek().length < size ? new byte[size] : spare.pop();
            System.arraycopy(buf, pos, fresh, 0, rest);
            buf = fresh;
            limit = rest;
            pos = 0;
        } else if (keptBufferSize == 0 && pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            byte[] bigger = new byte[buf.length * 2];
            System.arraycopy(buf, 0, bigger, 0, limit);
            buf = bigger;
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    @Override
    public byte[] buffer() {
        return buf;
    }

    @Override
    public int start() {
        return start;
    }

    @Override
    public int end() {
        return end;
    }

    /** The terminator's bytes: 0 (last line without one), 1 (LF or CR) or 2 (CRLF). */
    int terminatorLength() {
        return terminator;
    }

    /** The line's terminator as text. */
    @Override
    public String terminatorText() {
        if (terminator == 0) {
            return "";
        }
        return terminator == 2 ? "\r\n" : (buf[end] == '\r' ? "\r" : "\n");
    }

    /** True when the line was longer than {@link #MAX_LINE_BYTES}; it then has no content. */
    @Override
    public boolean overlong() {
        return overlong;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

package io.xingzhi.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * A UTF-16 byte stream as UTF-8 bytes, so that the line reader, which needs comma, quote and line
 * breaks as single ASCII bytes, reads UTF-16 sources as it reads the others. Line breaks stay where
 * they were, so line numbers do not change. A malformed UTF-16 sequence (an unpaired surrogate, an
 * odd last byte) becomes the byte {@code 0xFF}, which is never UTF-8: the line holding it is then
 * rejected on its own as undecodable, as a bad byte in any other source is.
 */
final class Utf16Transcoder extends InputStream {
    private static final byte NEVER_UTF8 = (byte) 0xFF;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(64 << 10);
    private final CharBuffer chars = CharBuffer.allocate(64 << 10);
    private byte[] out = new byte[3 * (64 << 10) + 16];
    private int outPos;
    private int outLimit;
    private boolean eof;
    private boolean flushed;
    private final CharsetEncoder encoder = java.nio.charset.StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    Utf16Transcoder(InputStream in, Charset utf16) {
        this.in = in;
        this.decoder = utf16.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (outPos == outLimit) {
            if (flushed) {
                return -1;
            }
            refill();
        }
        int n = Math.min(len, outLimit - outPos);
        System.arraycopy(out, outPos, b, off, n);
        outPos += n;
        return n;
    }

    private void refill() throws IOException {
        outPos = 0;
        outLimit = 0;
        if (!eof) {
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
        chars.clear();
        while (true) {
            CoderResult r = decoder.decode(bytes, chars, eof);
            if (r.isError()) {
                emitChars();
                bytes.position(bytes.position() + r.length());
                put(NEVER_UTF8);
                continue;
            }
            break;
        }
        if (eof && !bytes.hasRemaining()) {
            CoderResult r = decoder.flush(chars);
            emitChars();
            if (r.isError()) {
                put(NEVER_UTF8);
            }
            flushed = true;
            return;
        }
        emitChars();
    }

    /**
     * Encodes the decoded characters as UTF-8 into {@link #out}, by the JDK's encoder. The decoder reports
     * an unpaired surrogate as malformed (it becomes {@code 0xFF} there), so every character here encodes.
     */
    private void emitChars() {
        chars.flip();
        while (true) {
            ByteBuffer target = ByteBuffer.wrap(out, outLimit, out.length - outLimit);
            CoderResult r = encoder.encode(chars, target, false);
            outLimit = target.position();
            if (r.isOverflow()) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
            } else if (r.isError()) {
                chars.position(chars.position() + r.length());
                put(NEVER_UTF8);
            } else {
                break;
            }
        }
        chars.clear();
    }

    private void put(byte b) {
        if (outLimit == out.length) {
            out = java.util.Arrays.copyOf(out, out.length * 2);
        }
        out[outLimit++] = b;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

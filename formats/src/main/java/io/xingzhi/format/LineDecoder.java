package io.xingzhi.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes one physical line at a time, strictly: a line with a malformed or unmappable byte
 * sequence is reported as undecodable (and still decoded with replacement characters, so a caller
 * inside a quoted field can keep its bearings). Pure-ASCII lines skip the charset decoder.
 */
final class LineDecoder {
    private final Charset charset;
    private final String label;
    private final CharsetDecoder strict;
    private final CharsetDecoder lenient;
    private final float maxCharsPerByte;
    private char[] chars = new char[4096];
    private int length;
    /** Views of the last bytes and of {@link #chars}, kept from line to line: a line is not worth two new buffers. */
    private ByteBuffer in = ByteBuffer.allocate(0);
    private CharBuffer out = CharBuffer.wrap(chars);

    LineDecoder(Charset charset) {
        this(charset, charset.name());
    }

    /** A decoder whose reasons name {@code label} as the source's charset (a transcoded source's own). */
    LineDecoder(Charset charset, String label) {
        this.charset = charset;
        this.label = label;
        this.strict = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.lenient = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        this.maxCharsPerByte = Math.max(1f, strict.maxCharsPerByte());
    }

    Charset charset() {
        return charset;
    }

    /** The source's charset as reasons name it. */
    String label() {
        return label;
    }

    /** Decodes {@code bytes[from, to)} into {@link #chars()}; false when it holds undecodable bytes. */
    boolean decode(byte[] bytes, int from, int to) {
        int n = to - from;
        int need = (int) Math.ceil(n * (double) maxCharsPerByte) + 1;
        if (chars.length < need) {
            chars = new char[Math.max(need, chars.length * 2)];
            out = CharBuffer.wrap(chars);
        }
        char[] c = chars;
        int i = 0;
        while (i < n) {
            byte b = bytes[from + i];
            if (b < 0) {
                break;
            }
            c[i] = (char) b;
            i++;
        }
        if (i == n) {
            length = n;
            return true;
        }
        if (run(strict, bytes, from + i, to, i)) {
            return true;
        }
        run(lenient, bytes, from + i, to, i);
        return false;
    }

    private boolean run(CharsetDecoder decoder, byte[] bytes, int from, int to, int charsDone) {
        decoder.reset();
        if (!in.hasArray() || in.array() != bytes) {
            in = ByteBuffer.wrap(bytes);
        }
        in.limit(to).position(from);
        out.clear().position(charsDone);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        length = out.position();
        return !r.isError();
    }

    /** Why a line of zero bytes is rejected ({@link #onlyZeroBytes}). */
    static final String ZERO_BYTES = "a line of zero (NUL) bytes: the file was cut short or padded when it was written";

    /**
     * True when {@code c[0, n)} is zero bytes (NUL), perhaps with spaces: what a file holds where its
     * writer reserved room and died, or what a disk gives back for a file cut short. It is no record,
     * and saying so is clearer than "expected 8 fields, found 1".
     */
    static boolean onlyZeroBytes(char[] c, int n) {
        boolean zero = false;
        for (int i = 0; i < n; i++) {
            if (c[i] == 0) {
                zero = true;
            } else if (c[i] != ' ' && c[i] != '\t') {
                return false;
            }
        }
        return zero;
    }

    /** The decoded characters; valid up to {@link #length()} until the next call. */
    char[] chars() {
        return chars;
    }

    int length() {
        return length;
    }
}

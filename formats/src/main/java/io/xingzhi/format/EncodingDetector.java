package io.xingzhi.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Tells UTF-8 from GBK/GB18030 (Excel's default for Chinese) by reading up to the first
 * {@value #SAMPLE_BYTES} bytes of a source (a file, an HTTP body). Each sampled line holding non-ASCII
 * bytes is decoded strictly as UTF-8: the source is UTF-8 when no such line fails, or when more of
 * them decode than fail (a UTF-8 source with one damaged line stays UTF-8, and the damaged line is
 * rejected on its own); else it is GB18030, which reads GBK and GB2312 too. Chinese text in GBK is
 * almost never valid UTF-8, so the majority is a safe vote. A UTF-8 byte-order mark is skipped and
 * counts for UTF-8, but does not outvote the lines: GBK text behind a mark (some tools write one in
 * front of whatever they write) is read as GB18030. UTF-16 is told apart first ({@link #utf16}).
 */
final class EncodingDetector {
    static final int SAMPLE_BYTES = 1 << 20;
    static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private EncodingDetector() {
    }

    /** What was detected: the charset and whether a UTF-8 byte-order mark must be skipped. */
    record Detected(Charset charset, boolean bom) {
    }

    static boolean startsWithBom(byte[] b, int n) {
        return n >= 3 && b[0] == UTF8_BOM[0] && b[1] == UTF8_BOM[1] && b[2] == UTF8_BOM[2];
    }

    static Detected detect(byte[] b, int n) {
        boolean bom = startsWithBom(b, n);
        int[] votes = utf8Votes(b, bom ? 3 : 0, n);
        int good = votes[0];
        int bad = votes[1];
        if (bom) {
            // a byte-order mark says UTF-8, but some tools write one in front of GBK text: when most lines
            // with Chinese text do not decode as UTF-8, the mark is skipped and the text read as GB18030
            return new Detected(bad > good ? GB18030 : StandardCharsets.UTF_8, true);
        }
        Charset cs = bad == 0 || good > bad ? StandardCharsets.UTF_8 : GB18030;
        return new Detected(cs, false);
    }

    /**
     * UTF-16 told from its first bytes: a byte-order mark ({@code FF FE} little-endian, {@code FE FF}
     * big-endian), or without one, zero bytes in every other position (the high bytes of the commas,
     * digits and line breaks of a CSV or JSON text) and almost none in the others. Neither UTF-8 nor
     * GBK text holds zero bytes, and a source padded with zeros has them in both positions alike.
     *
     * @return the charset ({@code UTF-16LE} or {@code UTF-16BE}) and the length of its byte-order mark
     */
    static java.util.Optional<Utf16> utf16(byte[] b, int n) {
        if (n >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) {
            return java.util.Optional.of(new Utf16(StandardCharsets.UTF_16LE, 2));
        }
        if (n >= 2 && b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) {
            return java.util.Optional.of(new Utf16(StandardCharsets.UTF_16BE, 2));
        }
        int m = Math.min(n, 1 << 16) & ~1;
        int even = 0;
        int odd = 0;
        for (int i = 0; i < m; i += 2) {
            even += b[i] == 0 ? 1 : 0;
            odd += b[i + 1] == 0 ? 1 : 0;
        }
        int units = m / 2;
        if (units >= 2 && odd >= Math.max(1, units / 16) && even * 16 <= odd) {
            return java.util.Optional.of(new Utf16(StandardCharsets.UTF_16LE, 0));
        }
        if (units >= 2 && even >= Math.max(1, units / 16) && odd * 16 <= even) {
            return java.util.Optional.of(new Utf16(StandardCharsets.UTF_16BE, 0));
        }
        return java.util.Optional.empty();
    }

    /** A UTF-16 source: its charset and the length of its byte-order mark (0 or 2). */
    record Utf16(Charset charset, int bomLength) {
    }

    /** How many of the sampled lines with non-ASCII bytes in {@code b[from, n)} decode as UTF-8 ([0]) and how many do not ([1]). */
    private static int[] utf8Votes(byte[] b, int from, int n) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(8192);
        int good = 0;
        int bad = 0;
        int lineStart = from;
        boolean nonAscii = false;
        for (int i = from; i <= n; i++) {
            boolean endOfLine = i == n || b[i] == '\n' || b[i] == '\r';
            if (!endOfLine) {
                nonAscii |= b[i] < 0;
                continue;
            }
            if (nonAscii) {
                // the last line of a sample cut short may end inside a character: that is not an error
                boolean cut = i == n && n == SAMPLE_BYTES;
                if (validUtf8(utf8, out, b, lineStart, i, !cut)) {
                    good++;
                } else {
                    bad++;
                }
            }
            lineStart = i + 1;
            nonAscii = false;
        }
        return new int[] {good, bad};
    }

    private static boolean validUtf8(CharsetDecoder d, CharBuffer out, byte[] b, int from, int to, boolean complete) {
        d.reset();
        ByteBuffer in = ByteBuffer.wrap(b, from, to - from);
        while (true) {
            out.clear();
            CoderResult r = d.decode(in, out, complete);
            if (r.isError()) {
                return false;
            }
            if (r.isUnderflow()) {
                return true;
            }
        }
    }
}

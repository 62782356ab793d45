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
 * {@value #SAMPLE_BYTES} bytes of a source (a file, an HTTP body). A UTF-8 byte-order mark decides at once. Otherwise each
 * sampled line holding non-ASCII bytes is decoded strictly as UTF-8: the source is UTF-8 when no such
 * line fails, or when more of them decode than fail (a UTF-8 source with one damaged line stays
 * UTF-8, and the damaged line is rejected on its own); else it is GB18030, which reads GBK and
 * GB2312 too. Chinese text in GBK is almost never valid UTF-8, so the majority is a safe vote.
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
        if (startsWithBom(b, n)) {
            return new Detected(StandardCharsets.UTF_8, true);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(8192);
        int good = 0;
        int bad = 0;
        int lineStart = 0;
        boolean nonAscii = false;
        for (int i = 0; i <= n; i++) {
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
        Charset cs = bad == 0 || good > bad ? StandardCharsets.UTF_8 : GB18030;
        return new Detected(cs, false);
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

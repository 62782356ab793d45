package io.xingzhi.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * For the GB charsets (GB18030, GBK), which two-byte sequences are one character: the table the CSV
 * screen reads a Chinese line's bytes by ({@link CsvSplitter}). It is made by asking the charset's own
 * strict decoder - the one every line is decoded by ({@link LineDecoder}) - about each of the 32,258
 * sequences of a lead byte 0x81-0xFE and any second byte, once per charset: a sequence is in the table
 * when that decoder reads it as characters without a malformed or unmappable report. These charsets
 * decode a character from its own bytes alone, so a line of ASCII bytes and such sequences, read from
 * its start, is one the decoder reads without a report. GB18030's four-byte sequences (a digit as
 * second byte) are never in it: a line with one is left to the decoder.
 */
final class DoubleBytePairs {
    private static final Map<String, boolean[]> TABLES = new ConcurrentHashMap<>();

    private DoubleBytePairs() {
    }

    /** The table of {@code charset}: index {@code lead << 8 | second}, true for one whole character. */
    static boolean[] of(Charset charset) {
        return TABLES.computeIfAbsent(charset.name(), name -> build(charset));
    }

    private static boolean[] build(Charset charset) {
        boolean[] pairs = new boolean[1 << 16];
        CharsetDecoder strict = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(2);
        CharBuffer out = CharBuffer.allocate(8);
        for (int lead = 0x81; lead <= 0xFE; lead++) {
            for (int second = 0; second <= 0xFF; second++) {
                in.clear();
                in.put((byte) lead).put((byte) second).flip();
                out.clear();
                strict.reset();
                boolean whole = !strict.decode(in, out, true).isError() && !strict.flush(out).isError() && !in.hasRemaining();
                // one or more characters, none of them a line break, a comma or a quote (never, in these charsets)
                for (int k = 0; whole && k < out.position(); k++) {
                    char ch = out.get(k);
                    whole = ch >= 0x80;
                }
                pairs[lead << 8 | second] = whole && out.position() > 0;
            }
        }
        return pairs;
    }
}

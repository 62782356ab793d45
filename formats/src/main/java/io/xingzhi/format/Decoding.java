package io.xingzhi.format;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * How a source's bytes become text: one explicit charset, or detection per source.
 *
 * <p>Detection reads up to the first mebibyte of the source: the source is UTF-8 when its sampled lines with non-ASCII bytes decode as UTF-8 (or
 * more of them do than do not, so one damaged line does not turn a UTF-8 file into GB18030), else
 * GB18030, which also reads GBK and GB2312 (CONTRACT.md §2); a byte-order mark in front of text that is
 * mostly not UTF-8 is skipped and the text read as GB18030. UTF-16 (a byte-order mark {@code FF FE} or
 * {@code FE FF}, or zero bytes in every other position) is read through a UTF-8 transcoding, its lines
 * and line numbers unchanged. An explicit charset overrides detection (UTF-16's too); a UTF-8
 * byte-order mark is still skipped. An explicit charset must be
 * ASCII-compatible (comma, quote, braces and line breaks encoded as in ASCII), which every encoding
 * Chinese agencies export in is.
 *
 * <p>Whatever the charset, text is decoded line by line and strictly: a line with a byte sequence
 * the charset cannot decode is rejected on its own, and the lines around it are read.
 *
 * @param charset the charset of the source, or empty to detect it
 */
public record Decoding(Optional<Charset> charset) {

    public Decoding {
        Objects.requireNonNull(charset, "charset");
        charset.ifPresent(Decoding::requireAsciiCompatible);
    }

    /**
     * Detect each source's encoding (UTF-8, UTF-8 with byte-order mark, or GBK/GB18030, also behind a
     * UTF-8 byte-order mark; UTF-16 with or without its byte-order mark is detected and read as its text).
     */
    public static Decoding detect() {
        return new Decoding(Optional.empty());
    }

    /**
     * Every source in {@code charset}, no detection.
     *
     * @throws IllegalArgumentException when the charset is not ASCII-compatible (UTF-16, for instance)
     */
    public static Decoding of(Charset charset) {
        return new Decoding(Optional.of(charset));
    }

    /** True when {@code cs} encodes comma, quote, braces, line breaks, letters and digits as ASCII does. */
    public static boolean isAsciiCompatible(Charset cs) {
        String probe = "\r\n\",{}[]:az09";
        return cs.canEncode() && Arrays.equals(probe.getBytes(cs), probe.getBytes(StandardCharsets.US_ASCII));
    }

    private static void requireAsciiCompatible(Charset cs) {
        if (!isAsciiCompatible(cs)) {
            throw new IllegalArgumentException("charset " + cs.name() + " is not ASCII-compatible; sources are read"
                    + " as UTF-8, GBK/GB18030 or another charset that encodes comma, quote and line breaks as ASCII");
        }
    }
}

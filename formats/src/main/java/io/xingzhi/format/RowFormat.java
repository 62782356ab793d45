package io.xingzhi.format;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The formats a byte source's rows come in, each with its {@link RowReader}.
 */
public enum RowFormat {
    /** Comma-separated values, the header first: {@link CsvRowReader}. */
    CSV("csv"),
    /** One JSON object a line (or one JSON array of objects): {@link JsonRowReader}. */
    JSON_LINES("jsonl");

    private final String key;

    RowFormat(String key) {
        this.key = key;
    }

    /** The name configuration files use: {@code csv} or {@code jsonl}. */
    public String key() {
        return key;
    }

    /** The reader of this format, decoding as {@code decoding} says. */
    public RowReader reader(Decoding decoding) {
        return switch (this) {
            case CSV -> new CsvRowReader(decoding);
            case JSON_LINES -> new JsonRowReader(decoding);
        };
    }

    /** The format a configuration names ({@code csv}, {@code jsonl}; any case); empty for another name. */
    public static Optional<RowFormat> byKey(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (RowFormat f : values()) {
            if (f.key.equals(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The format a media type names: {@code text/csv} → CSV; {@code application/json},
     * {@code application/x-ndjson}, {@code application/jsonl} and any other {@code …json…} → JSON
     * Lines; empty for anything else ({@code text/plain}, {@code application/octet-stream}), which
     * {@link #sniff} then decides. Parameters ({@code ; charset=…}) are ignored.
     */
    public static Optional<RowFormat> ofMediaType(String contentType) {
        String type = Objects.requireNonNull(contentType, "contentType").split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (type.contains("json")) {
            return Optional.of(JSON_LINES);
        }
        if (type.endsWith("/csv") || type.endsWith("+csv") || type.contains("comma-separated")) {
            return Optional.of(CSV);
        }
        return Optional.empty();
    }

    /**
     * The format of a source by its first bytes: JSON Lines when its first character, after spaces
     * and a UTF-8 byte-order mark, is <code>{</code> or {@code [}; else CSV (a CSV header never starts so).
     * UTF-16 text (its byte-order mark, or a zero byte beside its first character) is read by its
     * two-byte units, as the readers read it.
     */
    public static RowFormat sniff(byte[] head, int length) {
        int order = utf16Order(head, length);
        if (order != 0) {
            for (int k = isUtf16Bom(head, length) ? 2 : 0; k + 1 < length; k += 2) {
                int c = order < 0 ? (head[k] & 0xff) | (head[k + 1] & 0xff) << 8 : (head[k] & 0xff) << 8 | (head[k + 1] & 0xff);
                if (!isSpace(c)) {
                    return c == '{' || c == '[' ? JSON_LINES : CSV;
                }
            }
            return CSV;
        }
        int i = EncodingDetector.startsWithBom(head, length) ? 3 : 0;
        while (i < length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        return i < length && (head[i] == '{' || head[i] == '[') ? JSON_LINES : CSV;
    }

    /**
     * {@link #sniff(byte[], int)} of a whole stream, which is read only as far as its first character
     * after the byte-order mark and spaces (so a source of any size is told by its first bytes).
     */
    public static RowFormat sniff(java.io.InputStream in) throws java.io.IOException {
        byte[] first = in.readNBytes(2);
        int order = utf16Order(first, first.length);
        if (order != 0) {
            byte[] unit = isUtf16Bom(first, first.length) ? in.readNBytes(2) : first;
            while (unit.length == 2) {
                int c = order < 0 ? (unit[0] & 0xff) | (unit[1] & 0xff) << 8 : (unit[0] & 0xff) << 8 | (unit[1] & 0xff);
                if (!isSpace(c)) {
                    return c == '{' || c == '[' ? JSON_LINES : CSV;
                }
                unit = in.readNBytes(2);
            }
            return CSV;
        }
        byte[] head = java.util.Arrays.copyOf(first, first.length == 2 ? 3 : first.length);
        if (first.length == 2) {
            int third = in.read();
            if (third < 0) {
                head = first;
            } else {
                head[2] = (byte) third;
            }
        }
        int c = -1;
        for (int k = EncodingDetector.startsWithBom(head, head.length) ? 3 : 0; ; k++) {
            c = k < head.length ? head[k] & 0xff : in.read();
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                break;
            }
        }
        return c == '{' || c == '[' ? JSON_LINES : CSV;
    }

    /** -1 for UTF-16LE, 1 for UTF-16BE, 0 for neither, told by the first two bytes (a byte-order mark, or a zero beside a character). */
    private static int utf16Order(byte[] b, int n) {
        if (n < 2) {
            return 0;
        }
        if (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE || b[0] != 0 && b[1] == 0) {
            return -1;
        }
        if (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF || b[0] == 0 && b[1] != 0) {
            return 1;
        }
        return 0;
    }

    private static boolean isUtf16Bom(byte[] b, int n) {
        return n >= 2 && (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE || b[0] == (byte) 0xFE && b[1] == (byte) 0xFF);
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }
}

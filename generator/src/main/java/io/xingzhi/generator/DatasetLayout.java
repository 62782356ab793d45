package io.xingzhi.generator;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;

/**
 * How the generator writes one dataset: its file, the canonical fields in column order, the
 * header row as written (English canonical names or the Chinese aliases of CONTRACT.md §1), the
 * encoding, whether a UTF-8 byte-order mark comes first, and the line separator.
 *
 * @param dataset the canonical dataset name ({@code judgments}, ...)
 * @param fields canonical field names, in column order ({@code null} never; an unknown extra
 *     column is named by its header)
 * @param headers the header row as written
 * @param charset the file's encoding
 * @param byteOrderMark true when the file starts with a UTF-8 byte-order mark
 * @param lineSeparator {@code "\n"} or {@code "\r\n"}
 */
public record DatasetLayout(String dataset, List<String> fields, List<String> headers, Charset charset,
                            boolean byteOrderMark, String lineSeparator) {
    public DatasetLayout {
        Objects.requireNonNull(dataset);
        fields = List.copyOf(fields);
        headers = List.copyOf(headers);
        Objects.requireNonNull(charset);
        Objects.requireNonNull(lineSeparator);
        if (fields.size() != headers.size()) {
            throw new IllegalArgumentException("fields and headers differ in number for " + dataset);
        }
    }

    /** The file name, {@code <dataset>.csv}. */
    public String fileName() {
        return dataset + ".csv";
    }
}

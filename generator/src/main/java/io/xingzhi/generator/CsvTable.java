package io.xingzhi.generator;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * One output file, rows addressed by canonical field. Small datasets go through a commons-csv
 * printer; the streamed ones (millions of rows) through a minimal RFC 4180 writer - a field is
 * quoted only when it holds a comma, a quote or a line break - which costs half as much per row.
 */
final class CsvTable implements Closeable {
    private final DatasetLayout layout;
    private final Map<String, Integer> index = new HashMap<>();
    private final Writer out;
    private final CSVPrinter printer;
    private final String[] row;
    private long rows;

    CsvTable(Path dir, DatasetLayout layout, boolean streamed) throws IOException {
        this.layout = layout;
        for (int i = 0; i < layout.fields().size(); i++) {
            index.put(layout.fields().get(i), i);
        }
        this.out = new BufferedWriter(new OutputStreamWriter(
                Files.newOutputStream(dir.resolve(layout.fileName())), layout.charset()), 1 << 16);
        if (layout.byteOrderMark()) {
            out.write('\uFEFF');
        }
        this.printer = streamed ? null : new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setRecordSeparator(layout.lineSeparator())
                .setQuoteMode(QuoteMode.MINIMAL)
                .get());
        this.row = layout.headers().toArray(new String[0]);
        flushRow();
        rows = 0;
    }

    /** The column of a field, for {@link #set(int, String)}. */
    int column(String field) {
        Integer i = index.get(field);
        if (i == null) {
            throw new IllegalArgumentException(layout.dataset() + " has no field " + field);
        }
        return i;
    }

    /** Sets a field of the current row. */
    CsvTable set(String field, String value) {
        return set(column(field), value);
    }

    /** Sets a column of the current row. */
    CsvTable set(int column, String value) {
        row[column] = value == null ? "" : value;
        return this;
    }

    /** Writes the current row and clears it. */
    void write() throws IOException {
        flushRow();
    }

    private void flushRow() throws IOException {
        if (printer != null) {
            printer.printRecord((Object[]) row);
        } else {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                field(row[i]);
            }
            out.write(layout.lineSeparator());
        }
        Arrays.fill(row, "");
        rows++;
    }

    private void field(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                out.write('"');
                out.write(s.replace("\"", "\"\""));
                out.write('"');
                return;
            }
        }
        out.write(s);
    }

    long rows() {
        return rows;
    }

    DatasetLayout layout() {
        return layout;
    }

    @Override
    public void close() throws IOException {
        if (printer != null) {
            printer.close(true);
        } else {
            out.close();
        }
    }
}

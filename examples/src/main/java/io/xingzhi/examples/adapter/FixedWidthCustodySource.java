package io.xingzhi.examples.adapter;

import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.port.RecordSource;
import io.xingzhi.core.port.RowVisitor;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.Rejection;
import io.xingzhi.core.record.SourceRef;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An example agency adapter for a format Xingzhi does not ship: the detention center's custody
 * list as a fixed-width text file (one person per line, no header, columns of
 * {@link FixedWidthLayout#custody()}), in UTF-8 or GB18030. It provides the {@code custody}
 * dataset only, and keeps every promise of {@link RecordSource}:
 * <ul>
 *   <li>{@link #available()} is {@code custody} when the file exists, else nothing;</li>
 *   <li>it announces the layout's column names as the file's header ({@link RowVisitor#header}, at
 *       line 0: the file has no header line), so that core checks them once, as a CSV header's: a
 *       name no field knows is named in the run report;</li>
 *   <li>each line (numbered from 1) becomes one {@link RawRow} with header → value, where a value
 *       is the column's text with the right-hand padding spaces removed and nothing else changed;</li>
 *   <li>a line that is shorter than {@link FixedWidthLayout#minimumWidth()}, longer than
 *       {@link FixedWidthLayout#width()}, blank, or not decodable in the file's charset becomes a
 *       {@link Rejection} with file, line and reason, and reading goes on;</li>
 *   <li>lines are streamed; only a file that cannot be read at all throws
 *       {@link XingzhiException}.</li>
 * </ul>
 */
public final class FixedWidthCustodySource implements RecordSource {
    private final Path file;
    private final Charset charset;
    private final FixedWidthLayout layout;

    /** Reads {@code file} in {@code charset} with the standard custody layout. */
    public FixedWidthCustodySource(Path file, Charset charset) {
        this(file, charset, FixedWidthLayout.custody());
    }

    /** Reads {@code file} in {@code charset} with {@code layout}. */
    public FixedWidthCustodySource(Path file, Charset charset, FixedWidthLayout layout) {
        this.file = Objects.requireNonNull(file, "file");
        this.charset = Objects.requireNonNull(charset, "charset");
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    @Override
    public Set<Dataset> available() {
        return Files.isRegularFile(file) ? EnumSet.of(Dataset.CUSTODY) : EnumSet.noneOf(Dataset.class);
    }

    @Override
    public List<String> describe(Dataset dataset) {
        return available().contains(dataset) ? List.of(name()) : List.of();
    }

    private String name() {
        return file.getFileName().toString();
    }

    @Override
    public void read(Dataset dataset, RowVisitor visitor) {
        Objects.requireNonNull(visitor, "visitor");
        if (!available().contains(dataset)) {
            return;
        }
        // the layout's names are this file's header: core checks them once (unknown columns, required fields)
        visitor.header(new SourceRef(Dataset.CUSTODY, name(), 0), layout.columns().stream().map(FixedWidthLayout.Column::header).toList());
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream(128);
            long number = 0;
            boolean bomChecked = false;
            int b;
            while (true) {
                b = in.read();
                if (b == '\n' || (b == -1 && line.size() > 0)) {
                    number++;
                    byte[] bytes = line.toByteArray();
                    int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                    int start = 0;
                    if (!bomChecked) {
                        bomChecked = true;
                        if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
                            start = 3;
                        }
                    }
                    line(ByteBuffer.wrap(bytes, start, length - start), number, decoder, visitor);
                    line.reset();
                }
                if (b == -1) {
                    break;
                }
                if (b != '\n') {
                    line.write(b);
                }
            }
        } catch (IOException e) {
            throw new XingzhiException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private void line(ByteBuffer bytes, long number, CharsetDecoder decoder, RowVisitor visitor) {
        SourceRef ref = new SourceRef(Dataset.CUSTODY, name(), number);
        String text;
        try {
            text = decoder.reset().decode(bytes).toString();
        } catch (CharacterCodingException e) {
            visitor.rejected(new Rejection(ref, "bytes that are not " + charset.name()));
            return;
        }
        int chars = text.codePointCount(0, text.length());
        if (text.isBlank()) {
            visitor.rejected(new Rejection(ref, "blank line"));
            return;
        }
        if (chars < layout.minimumWidth() || chars > layout.width()) {
            visitor.rejected(new Rejection(ref, "line has " + chars + " characters; the layout needs "
                    + layout.minimumWidth() + " to " + layout.width()));
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        int at = 0;
        for (FixedWidthLayout.Column c : layout.columns()) {
            int from = Math.min(text.length(), at);
            int to = from >= text.length() ? from : offset(text, from, c.width());
            fields.put(c.header(), stripPadding(text.substring(from, to)));
            at = to;
        }
        visitor.row(new RawRow(ref, fields));
    }

    /** The index {@code count} code points after {@code from}, or the end of the text. */
    private static int offset(String text, int from, int count) {
        int available = text.codePointCount(from, text.length());
        return text.offsetByCodePoints(from, Math.min(count, available));
    }

    private static String stripPadding(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }

    @Override
    public String toString() {
        return "FixedWidthCustodySource[" + file + ", " + charset.name() + "]";
    }
}

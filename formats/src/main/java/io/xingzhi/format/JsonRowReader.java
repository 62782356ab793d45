package io.xingzhi.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.xingzhi.core.port.RowVisitor;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.Rejection;
import io.xingzhi.core.record.SourceRef;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@link RowReader} for JSON Lines: one flat JSON object a line, its members the row's fields
 * (member name → value as text: strings as they are, numbers and {@code true}/{@code false} as
 * written, {@code null} as empty). The source is decoded as its {@link Decoding} says, line by line,
 * exactly as {@link CsvRowReader} decodes CSV, and a row's line is its physical line (the first line
 * is 1). Every non-blank line ends in one row or one rejection:
 * <ul>
 *   <li>a line with bytes the charset cannot decode: {@code undecodable bytes in UTF-8};</li>
 *   <li>a line that is not one JSON value: {@code broken JSON at column C};</li>
 *   <li>a value that is not an object: {@code not a JSON object};</li>
 *   <li>an object with a member twice: {@code NAME: given twice};</li>
 *   <li>a member's value holding half of a character, a lone surrogate escape such as {@code "\\ud800"}:
 *       {@code NAME: \\uD800 is half of a character (a lone surrogate escape), no text} (in a member's name
 *       it is broken JSON);</li>
 *   <li>anything after the object on its line: {@code text after the JSON object};</li>
 *   <li>a line longer than 16 MiB.</li>
 * </ul>
 * A member holding a nested object or array gives the row {@link RawRow#NESTED_VALUE}: the
 * mapping rejects the row ({@code NAME: a nested JSON value where text was expected}) when the member
 * names a field, and ignores it as an unknown column when it names none, as a feed's {@code _links}
 * or {@code _meta} does. Blank lines are skipped. A JSON text cannot hold a raw line break inside a string, so a line is
 * always a whole record, and one broken line costs exactly that line. A UTF-8 source's first object's
 * keys are offered to the visitor as a header ({@link RowVisitor#screen}); with a screen, the lines
 * after it that are plain objects with those keys in that order are screened from their bytes
 * ({@link JsonLineScreen}) and a settled one is counted without being parsed.
 *
 * <p><b>A JSON array.</b> A source whose first character (after spaces and a byte-order mark) is
 * {@code [} is read as one JSON array of such objects, as some feeds serve a page; a row's line is
 * then the element's position in the array (1 = first). Each element that is not a flat object is
 * rejected on its own. An array has no line structure to resume at, so a syntax error (or an
 * undecodable byte) ends it: the element where it happened is rejected with
 * {@code broken JSON …; the rest of the array cannot be split}, and nothing after it is read; a source
 * that ends before the array closes (a page cut short) is one rejection saying so. JSON
 * Lines has no such limit; prefer it for large feeds.
 */
public final class JsonRowReader implements RowReader {
    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

    private final Decoding decoding;

    /** A reader that detects each source's encoding. */
    public JsonRowReader() {
        this(Decoding.detect());
    }

    /** A reader decoding every source as {@code decoding} says. */
    public JsonRowReader(Decoding decoding) {
        this.decoding = Objects.requireNonNull(decoding, "decoding");
    }

    @Override
    public void read(Dataset dataset, String source, InputStream in, RowVisitor visitor) throws IOException {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(visitor, "visitor");
        TextInput text = TextInput.open(in, decoding);
        if (firstNonSpace(text.head(), text.bomLength(), text.headLength()) == '[') {
            readArray(dataset, source, text, text.rest(), visitor);
        } else {
            readLines(dataset, source, text, visitor);
        }
    }

    private static int firstNonSpace(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r' && b[i] != '\n') {
                return b[i];
            }
        }
        return -1;
    }

    private void readLines(Dataset dataset, String source, TextInput text, RowVisitor visitor) throws IOException {
        ByteLineReader byteLines = text.lines();
        LineDecoder decoder = text.decoder();
        String undecodable = "undecodable bytes in " + text.charsetName();
        boolean utf8 = decoder.charset().equals(java.nio.charset.StandardCharsets.UTF_8);
        boolean screenAsked = !utf8; // the line screen reads UTF-8 (and ASCII) bytes only
        // once the screen is bound, the lines come with verdicts worked out ahead on the screening pool's threads
        PhysicalLines lines = byteLines;
        ScreenedLines screened = null;
        long line = 0;
        while (lines.next()) {
            line++;
            if (screened != null && screened.settled()) {
                // this line and the settled lines right after it: each one row
                int run = screened.skipSettled();
                line += run - 1;
                visitor.settled(run);
                continue;
            }
            SourceRef ref = new SourceRef(dataset, source, line);
            if (lines.overlong()) {
                visitor.rejected(new Rejection(ref, "line longer than " + (ByteLineReader.MAX_LINE_BYTES >> 20) + " MiB"));
                continue;
            }
            if (!decoder.decode(lines.buffer(), lines.start(), lines.end())) {
                visitor.rejected(new Rejection(ref, undecodable));
                continue;
            }
            char[] c = decoder.chars();
            int n = decoder.length();
            if (isBlank(c, n)) {
                continue;
            }
            if (LineDecoder.onlyZeroBytes(c, n)) {
                visitor.rejected(new Rejection(ref, LineDecoder.ZERO_BYTES));
                continue;
            }
            try (JsonParser p = JSON.createParser(c, 0, n)) {
                JsonToken first = p.nextToken();
                Object result = object(p, first, ref);
                if (result instanceof RawRow row) {
                    if (p.nextToken() != null) {
                        visitor.rejected(new Rejection(ref, "text after the JSON object"));
                    } else {
                        visitor.row(row);
                        if (!screenAsked) {
                            // the first object's keys are the source's header: the visitor may screen the lines after it
                            screenAsked = true;
                            List<String> keys = List.copyOf(row.fields().keySet());
                            io.xingzhi.core.port.RowScreen s = visitor.screen(ref, keys);
                            JsonLineScreen screen = s == null ? null : JsonLineScreen.of(s, keys);
                            if (screen != null) {
                                screened = new ScreenedLines(byteLines, screen::line, screen.columns());
                                lines = screened;
                            }
                        }
                    }
                } else {
                    visitor.rejected((Rejection) result);
                }
            } catch (JsonProcessingException e) {
                // Jackson's message may quote the offending token, which may be an identity number: not in a reason
                visitor.rejected(new Rejection(ref, broken(e, false)));
            }
        }
    }

    /**
     * Why a JSON text could not be parsed, without quoting it: where it broke, or which of the
     * parser's limits it passed (a value nested more than 1,000 deep, {@code [[[[…]]]]}; Jackson's
     * {@link StreamConstraintsException} has no location, and its message names only the limit).
     */
    static String broken(JsonProcessingException e, boolean withLine) {
        if (e instanceof StreamConstraintsException) {
            return "JSON past the reader's limits: " + e.getOriginalMessage();
        }
        if (e.getLocation() == null) {
            return "broken JSON";
        }
        return "broken JSON at " + (withLine ? "line " + e.getLocation().getLineNr() + ", " : "") + "column "
                + e.getLocation().getColumnNr();
    }

    private static boolean isBlank(char[] c, int n) {
        for (int i = 0; i < n; i++) {
            if (!Character.isWhitespace(c[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads the value starting at {@code first}: a {@link RawRow} when it is a flat object, else the
     * {@link Rejection} saying why, with the parser after the value either way.
     */
    private static Object object(JsonParser p, JsonToken first, SourceRef ref) throws IOException {
        if (first != JsonToken.START_OBJECT) {
            if (first != null && first.isStructStart()) {
                p.skipChildren();
            }
            return new Rejection(ref, "not a JSON object");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        String problem = null;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            String text;
            if (v.isStructStart()) {
                p.skipChildren();
                text = RawRow.NESTED_VALUE; // rejected by the mapping only when the member names a field
            } else {
                text = v == JsonToken.VALUE_NULL ? "" : p.getText();
            }
            if (fields.put(name, text) != null && problem == null) {
                problem = name + ": given twice";
            }
            int half = problem == null ? loneSurrogate(text) : -1; // (in a member's name Jackson refuses one: broken JSON)
            if (half >= 0) {
                problem = name + ": \\u" + Integer.toHexString(text.charAt(half)).toUpperCase(java.util.Locale.ROOT)
                        + " is half of a character (a lone surrogate escape), no text";
            }
        }
        if (problem != null) {
            return new Rejection(ref, problem);
        }
        return new RawRow(ref, fields);
    }

    /**
     * Where {@code s} holds half of a UTF-16 pair without its other half (JSON can escape one, {@code "\\ud800"}:
     * no character, and strict readers refuse it in what the engine writes), or -1.
     */
    static int loneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private void readArray(Dataset dataset, String source, TextInput text, InputStream rest, RowVisitor visitor)
            throws IOException {
        // the head (the encoding sample) was taken from the stream already: read it again, then the rest
        InputStream all = new SequenceInputStream(new ByteArrayInputStream(text.head(), text.bomLength(),
                text.headLength() - text.bomLength()), new FilterInputStream(rest) {
                    @Override
                    public void close() {
                        // the caller's stream: the caller closes it
                    }
                });
        Reader reader = new InputStreamReader(all, text.decoder().charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        long index = 0;
        boolean inElement = false;
        try (JsonParser p = JSON.createParser(reader)) {
            p.nextToken(); // [
            while (true) {
                JsonToken t = p.nextToken();
                if (t == null) {
                    visitor.rejected(new Rejection(new SourceRef(dataset, source, index + 1),
                            "the JSON array is not closed; the source ends early"));
                    return;
                }
                if (t == JsonToken.END_ARRAY) {
                    if (p.nextToken() != null) {
                        visitor.rejected(new Rejection(new SourceRef(dataset, source, index + 1),
                                "text after the end of the JSON array"));
                    }
                    return;
                }
                index++;
                inElement = true;
                SourceRef ref = new SourceRef(dataset, source, index);
                Object result = object(p, t, ref);
                inElement = false;
                if (result instanceof RawRow row) {
                    visitor.row(row);
                } else {
                    visitor.rejected((Rejection) result);
                }
            }
        } catch (com.fasterxml.jackson.core.io.JsonEOFException e) {
            // the source stops before the array closes (a page cut short): nothing after it to split
            long at = inElement ? index : index + 1;
            visitor.rejected(new Rejection(new SourceRef(dataset, source, at), inElement
                    ? "the source ends inside this element of the JSON array; the array is not closed"
                    : "the JSON array is not closed; the source ends early"));
        } catch (JsonProcessingException e) {
            long at = inElement ? index : index + 1;
            visitor.rejected(new Rejection(new SourceRef(dataset, source, at), broken(e, true)
                    + "; the rest of the array cannot be split"));
        } catch (CharacterCodingException e) {
            long at = inElement ? index : index + 1;
            visitor.rejected(new Rejection(new SourceRef(dataset, source, at), "undecodable bytes in "
                    + text.charsetName() + "; the rest of the array cannot be split"));
        }
    }

    @Override
    public String toString() {
        return "JsonRowReader[" + decoding.charset().map(c -> c.name()).orElse("detect") + "]";
    }
}

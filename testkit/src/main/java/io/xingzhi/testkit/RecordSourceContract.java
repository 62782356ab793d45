package io.xingzhi.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.xingzhi.core.port.RecordSource;
import io.xingzhi.core.port.RowVisitor;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.Rejection;
import io.xingzhi.core.record.SourceRef;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promises of {@link RecordSource}, as tests. An adapter's test class extends this, names the
 * {@link #dataset()} it serves and the {@link #fields()} a row carries, and implements
 * {@link #sourceWith}: a source (files under {@link #folder}, a table, a feed) whose dataset holds
 * exactly the given rows, in order, written in the adapter's own format - including the
 * {@link Damage damaged} ones, written the way that damage looks in that format. Every test here
 * then runs against it and checks that
 * <ul>
 *   <li>{@link RecordSource#available()} lists the dataset it has and no other;</li>
 *   <li>{@link RecordSource#read} of a dataset it does not have does nothing (no row, no error);</li>
 *   <li>every physical row ends in exactly one {@link RawRow} or {@link Rejection}, in source
 *       order, with the right dataset, a source named by {@link RecordSource#describe} and strictly
 *       increasing line numbers;</li>
 *   <li>values are passed raw (not trimmed at the start, not width-folded, not parsed);</li>
 *   <li>reading twice gives the same rows;</li>
 *   <li>a short row, a long row, a stray quote and a byte the encoding cannot decode each cost
 *       their own row and nothing else - the rows after them all arrive - and a rejection's reason
 *       is given but holds no identity number;</li>
 *   <li>an empty export (for a file: zero bytes, not even a header) gives no rows and no error.</li>
 * </ul>
 * A format that cannot carry a damage says so, with the reason, in {@link #readsAsARow}: a database
 * column holds text, so a "bad byte" there is whatever character the import stored, and the row is
 * read like any other; the contract then checks that it is. Nothing is skipped.
 *
 * <p>Values in {@link Row#values()} never hold a comma, a line break or trailing spaces, and hold a
 * quote or {@link #BAD_BYTE_MARK} only in the damaged rows that call for them, so every format can
 * carry them written as they are. {@link #csv} and {@link #jsonLines} write rows the standard way
 * for adapters whose sources hold such bytes.
 */
public abstract class RecordSourceContract {
    /** A folder for the adapter's files; fresh for every test. */
    @TempDir
    protected Path folder;

    /**
     * In a damaged row's values, this character stands for a byte that the source's encoding cannot
     * decode. A format of bytes writes {@link #BAD_BYTE} in its place ({@link #encoded} does); a
     * source of text (a database) stores the character itself, as a lossy import would have.
     */
    public static final String BAD_BYTE_MARK = "\uFFFD";

    /** A byte that is not valid in UTF-8, GBK or GB18030, written where {@link #BAD_BYTE_MARK} stands. */
    public static final byte BAD_BYTE = (byte) 0xFF;

    /** How a row written for a test is damaged; each format writes the damage its own way. */
    public enum Damage {
        /** A well-formed row. */
        NONE,
        /** One field too few: a CSV line with one value less, a fixed-width line cut short. */
        SHORT_ROW,
        /** One field too many: a CSV line with one value more ({@code 多余}), a fixed-width line too long. */
        LONG_ROW,
        /**
         * A stray quote: the {@code name} value starts with a double quote that is never closed.
         * Write the value as it is, unescaped; in CSV it opens a quoted field, in JSON a string.
         */
        STRAY_QUOTE,
        /**
         * A byte the encoding cannot decode: the {@code name} value ends with {@link #BAD_BYTE_MARK};
         * write {@link #BAD_BYTE} there.
         */
        BAD_BYTES
    }

    /**
     * One row to write: canonical field → raw value (see {@link #fields()}), and how it is damaged.
     *
     * @param values canonical field name → raw value, in {@link #fields()} order
     * @param damage {@link Damage#NONE}, or how to write the row so that the format breaks there
     */
    public record Row(Map<String, String> values, Damage damage) {
        public Row {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
            Objects.requireNonNull(damage, "damage");
        }

        /** True for a row with one field too few ({@link Damage#SHORT_ROW}), the damage of {@link #broken(int)}. */
        public boolean broken() {
            return damage == Damage.SHORT_ROW;
        }
    }

    /** The dataset the adapter under test serves. */
    protected abstract Dataset dataset();

    /**
     * The canonical fields a row carries, in the adapter's column order; by default the identity
     * fields {@code name} and {@code id_number} followed by every field of {@link #dataset()}.
     * Values the contract writes fit in ten characters, except {@code id_number} (18).
     */
    protected List<String> fields() {
        List<String> f = new ArrayList<>(List.of("name", "id_number"));
        f.addAll(dataset().fields().keySet());
        return f;
    }

    /**
     * A source whose {@link #dataset()} holds exactly {@code rows}, in this order (damaged ones
     * written as their {@link Row#damage()} says), and which has no other dataset.
     */
    protected abstract RecordSource sourceWith(List<Row> rows) throws IOException;

    /**
     * A source whose {@link #dataset()} is an empty export: for a file, zero bytes - not even a
     * header. By default {@code sourceWith(List.of())}; override when your format's empty export
     * differs from one without rows (a CSV file without its header line).
     */
    protected RecordSource sourceWithEmptyExport() throws IOException {
        return sourceWith(List.of());
    }

    /**
     * Why this adapter's source reads a row with {@code damage} as an ordinary row instead of
     * rejecting it, or empty (the default) when it rejects it. Give the reason when the damage
     * cannot exist in your format: a database table has every column of every row and holds text,
     * not bytes; a fixed-width line has no quoting. The contract then checks that the row arrives,
     * as a row, with its values as written.
     */
    protected Optional<String> readsAsARow(Damage damage) {
        return Optional.empty();
    }

    /** The header an export carries for a canonical field: its first alias (Chinese, as agencies write it). */
    protected String header(String field) {
        List<String> aliases = Dataset.IDENTITY_FIELDS.containsKey(field) ? Dataset.IDENTITY_FIELDS.get(field)
                : dataset().fields().get(field);
        return aliases == null || aliases.isEmpty() ? field : aliases.get(0);
    }

    // ---- rows the tests write ------------------------------------------------------------

    /** A well-formed row whose values all carry {@code n}. */
    protected Row good(int n) {
        Map<String, String> v = new LinkedHashMap<>();
        for (String f : fields()) {
            v.put(f, sample(f, n));
        }
        return new Row(v, Damage.NONE);
    }

    /** A row with one field too few ({@link Damage#SHORT_ROW}), with the values of {@link #good(int) good(n)}. */
    protected Row broken(int n) {
        return damaged(n, Damage.SHORT_ROW);
    }

    /** The values of {@link #good(int) good(n)}, damaged as {@code damage} says (see {@link Damage}). */
    protected Row damaged(int n, Damage damage) {
        Map<String, String> v = new LinkedHashMap<>(good(n).values());
        String nameField = v.containsKey("name") ? "name" : v.keySet().iterator().next();
        switch (damage) {
            case STRAY_QUOTE -> v.put(nameField, "\"" + v.get(nameField));
            case BAD_BYTES -> v.put(nameField, v.get(nameField) + BAD_BYTE_MARK);
            default -> {
            }
        }
        return new Row(v, damage);
    }

    /** A row whose values are as agencies really write them: leading spaces, full-width digits. */
    protected Row unnormalised() {
        Map<String, String> v = new LinkedHashMap<>();
        for (String f : fields()) {
            v.put(f, switch (kind(f)) {
                case "name" -> " 欧阳·娜";
                case "id" -> "２１０１０２１９８００１０１１２３x";
                case "date" -> "２０２４年1月2日";
                default -> "　羈押x";
            });
        }
        return new Row(v, Damage.NONE);
    }

    private static String sample(String field, int n) {
        return switch (kind(field)) {
            case "name" -> "张三" + n;
            case "id" -> String.format("2101021980%02d01%04d", 1 + n % 12, 1000 + n % 9000);
            case "date" -> String.format("2024-%02d-%02d", 1 + n % 12, 1 + n % 28);
            default -> "值" + n;
        };
    }

    private static String kind(String field) {
        if (field.equals("name")) {
            return "name";
        }
        if (field.equals("id_number")) {
            return "id";
        }
        if (field.endsWith("_on") || field.endsWith("_date") || field.endsWith("_start") || field.endsWith("_end")
                || field.equals("occurred_on")) {
            return "date";
        }
        return "text";
    }

    // ---- writing rows as bytes -----------------------------------------------------------

    /** {@code text} in {@code charset}, each {@link #BAD_BYTE_MARK} written as {@link #BAD_BYTE}. */
    protected static byte[] encoded(String text, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int from = 0;
        for (int at = text.indexOf(BAD_BYTE_MARK); at >= 0; at = text.indexOf(BAD_BYTE_MARK, from)) {
            out.writeBytes(text.substring(from, at).getBytes(charset));
            out.write(BAD_BYTE);
            from = at + BAD_BYTE_MARK.length();
        }
        out.writeBytes(text.substring(from).getBytes(charset));
        return out.toByteArray();
    }

    /**
     * {@code rows} as a CSV export in {@code charset}: the {@link #header headers} first, a line per
     * row, values as they are (unquoted), a short row one value short and a long row one value
     * ({@code 多余}) long.
     */
    protected byte[] csv(List<Row> rows, Charset charset) {
        StringBuilder text = new StringBuilder();
        text.append(String.join(",", fields().stream().map(this::header).toList())).append("\r\n");
        for (Row r : rows) {
            List<String> values = new ArrayList<>(r.values().values());
            if (r.damage() == Damage.SHORT_ROW) {
                values.remove(values.size() - 1);
            } else if (r.damage() == Damage.LONG_ROW) {
                values.add("多余");
            }
            text.append(String.join(",", values)).append("\r\n");
        }
        return encoded(text.toString(), charset);
    }

    /**
     * {@code rows} as JSON Lines in {@code charset}: an object a line, {@link #header header} →
     * value, written as they are (a stray quote breaks its line's JSON); a short row has one member
     * less and a long row one more ({@code "多余"}).
     */
    protected byte[] jsonLines(List<Row> rows, Charset charset) {
        StringBuilder text = new StringBuilder();
        for (Row r : rows) {
            List<String> members = new ArrayList<>();
            r.values().forEach((f, v) -> members.add("\"" + header(f) + "\":\"" + v + "\""));
            if (r.damage() == Damage.SHORT_ROW) {
                members.remove(members.size() - 1);
            } else if (r.damage() == Damage.LONG_ROW) {
                members.add("\"多余\":\"多余\"");
            }
            text.append('{').append(String.join(",", members)).append("}\n");
        }
        return encoded(text.toString(), charset);
    }

    // ---- what a read yields --------------------------------------------------------------

    /** What one read delivered, in order: {@link RawRow}s and {@link Rejection}s. */
    protected static List<Object> readAll(RecordSource source, Dataset d) {
        List<Object> seen = new ArrayList<>();
        source.read(d, new RowVisitor() {
            @Override
            public void row(RawRow row) {
                seen.add(row);
            }

            @Override
            public void rejected(Rejection rejection) {
                seen.add(rejection);
            }
        });
        return seen;
    }

    private static SourceRef ref(Object event) {
        return event instanceof RawRow r ? r.ref() : ((Rejection) event).ref();
    }

    /** True when {@code row} must arrive as a row: it is whole, or the format cannot carry its damage. */
    private boolean arrivesAsARow(Row row) {
        return row.damage() == Damage.NONE || readsAsARow(row.damage()).isPresent();
    }

    private String expected(Row row) {
        return arrivesAsARow(row) ? "row" : "rejected";
    }

    private static String kind(Object event) {
        return event instanceof RawRow ? "row" : "rejected";
    }

    /**
     * Reads {@code rows} and checks that each ended in its own event, in order, with increasing
     * lines; that a row expected as a row carries its values as written; and that no rejection's
     * reason holds an identity number. Returns what was read.
     */
    private List<Object> readEachRowAlone(List<Row> rows) throws IOException {
        RecordSource source = sourceWith(rows);
        List<Object> seen = readAll(source, dataset());
        assertThat(seen).extracting(RecordSourceContract::kind).as("one row or rejection per row, in order")
                .containsExactlyElementsOf(rows.stream().map(this::expected).toList());
        List<String> described = source.describe(dataset());
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < seen.size(); i++) {
            Object e = seen.get(i);
            SourceRef ref = ref(e);
            assertThat(ref.dataset()).isEqualTo(dataset());
            assertThat(ref.source()).isIn(described);
            assertThat(ref.line()).as("line numbers increase").isGreaterThan(previous);
            previous = ref.line();
            Row row = rows.get(i);
            if (e instanceof RawRow raw) {
                if (row.damage() == Damage.NONE || row.damage() == Damage.STRAY_QUOTE || row.damage() == Damage.BAD_BYTES) {
                    assertThat(raw.fields().values()).as("row %d: %s", i + 1, readsAsARow(row.damage()).orElse("whole"))
                            .containsAll(row.values().values());
                }
            } else {
                Rejection r = (Rejection) e;
                assertThat(r.reason()).as("the reason of row %d", i + 1).isNotBlank();
                String id = Objects.requireNonNullElse(row.values().get("id_number"), "");
                if (!id.isEmpty()) {
                    assertThat(r.reason()).doesNotContain(id);
                }
            }
        }
        return seen;
    }

    // ---- the promises --------------------------------------------------------------------

    @Test
    void availableListsTheDatasetItHasAndNoOther() throws IOException {
        RecordSource source = sourceWith(List.of(good(1), good(2)));
        assertThat(source.available()).containsExactly(dataset());
        assertThat(source.describe(dataset())).isNotEmpty().allSatisfy(s -> assertThat(s).isNotBlank());
    }

    @Test
    void readingADatasetItDoesNotHaveDoesNothing() throws IOException {
        RecordSource source = sourceWith(List.of(good(1)));
        for (Dataset d : Dataset.values()) {
            if (!source.available().contains(d)) {
                assertThatCode(() -> assertThat(readAll(source, d)).as("rows of absent %s", d).isEmpty())
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void everyPhysicalRowEndsInExactlyOneRowOrRejectionInSourceOrder() throws IOException {
        List<Object> seen = readEachRowAlone(List.of(good(1), broken(2), good(3), good(4), broken(5)));
        assertThat(seen).hasSize(5);
        assertThat(((RawRow) seen.get(0)).fields().values()).contains("张三1");
        assertThat(((RawRow) seen.get(3)).fields().values()).contains("张三4");
    }

    @Test
    void valuesArePassedRaw() throws IOException {
        Row row = unnormalised();
        List<Object> seen = readAll(sourceWith(List.of(row)), dataset());
        assertThat(seen).singleElement().isInstanceOf(RawRow.class);
        RawRow raw = (RawRow) seen.get(0);
        assertThat(raw.fields().values()).containsAll(row.values().values());
    }

    @Test
    void readingTwiceGivesTheSameRows() throws IOException {
        RecordSource source = sourceWith(List.of(good(1), broken(2), good(3)));
        List<Object> first = readAll(source, dataset());
        assertThat(first).hasSize(3);
        assertThat(readAll(source, dataset())).isEqualTo(first);
    }

    @Test
    void aBrokenRowDoesNotStopTheRestAndItsReasonHoldsNoIdentityNumber() throws IOException {
        readEachRowAlone(List.of(broken(1), good(2), good(3), good(4)));
    }

    @Test
    void aShortRowCostsItsOwnRowOnly() throws IOException {
        readEachRowAlone(List.of(good(1), damaged(2, Damage.SHORT_ROW), good(3), good(4)));
    }

    @Test
    void aLongRowCostsItsOwnRowOnly() throws IOException {
        readEachRowAlone(List.of(good(1), damaged(2, Damage.LONG_ROW), good(3), good(4)));
    }

    @Test
    void aStrayQuoteCostsItsOwnRowOnly() throws IOException {
        readEachRowAlone(List.of(good(1), damaged(2, Damage.STRAY_QUOTE), good(3), good(4), good(5)));
    }

    @Test
    void aByteTheEncodingCannotDecodeCostsItsOwnRowOnly() throws IOException {
        readEachRowAlone(List.of(good(1), damaged(2, Damage.BAD_BYTES), good(3), good(4)));
    }

    @Test
    void everyKindOfDamageInOneExportCostsOneRowEach() throws IOException {
        readEachRowAlone(List.of(damaged(1, Damage.BAD_BYTES), good(2), damaged(3, Damage.STRAY_QUOTE),
                damaged(4, Damage.SHORT_ROW), good(5), damaged(6, Damage.LONG_ROW), damaged(7, Damage.STRAY_QUOTE),
                good(8)));
    }

    @Test
    void aDatasetWithNoRowsGivesNoRows() throws IOException {
        RecordSource source = sourceWith(List.of());
        assertThat(readAll(source, dataset())).isEmpty();
    }

    @Test
    void anEmptyExportGivesNoRowsAndNoError() throws IOException {
        RecordSource source = sourceWithEmptyExport();
        assertThat(source.available()).isSubsetOf(dataset());
        assertThatCode(() -> assertThat(readAll(source, dataset())).isEmpty()).doesNotThrowAnyException();
    }
}

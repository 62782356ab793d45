package io.xingzhi.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.xingzhi.core.port.RecordSource;
import io.xingzhi.core.port.RowVisitor;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.Rejection;
import io.xingzhi.core.record.SourceRef;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promises of {@link RecordSource}, as tests. An adapter's test class extends this, names the
 * {@link #dataset()} it serves and the {@link #fields()} a row carries, and implements
 * {@link #sourceWith}: a source (files under {@link #folder}, a table, a feed) whose dataset holds
 * exactly the given rows, in order, written in the adapter's own format. Every test here then runs
 * against it and checks that
 * <ul>
 *   <li>{@link RecordSource#available()} lists the dataset it has and no other;</li>
 *   <li>{@link RecordSource#read} of a dataset it does not have does nothing (no row, no error);</li>
 *   <li>every physical row ends in exactly one {@link RawRow} or {@link Rejection}, in source
 *       order, with the right dataset, a source named by {@link RecordSource#describe} and strictly
 *       increasing line numbers;</li>
 *   <li>values are passed raw (not trimmed at the start, not width-folded, not parsed);</li>
 *   <li>reading twice gives the same rows;</li>
 *   <li>a broken row does not stop the rest, and its reason is given but holds no identity number.</li>
 * </ul>
 * Values in {@link Row#values()} never hold a comma, a quote, a line break or trailing spaces, so
 * every format can carry them; a {@link Row#broken() broken} row is one the format cannot split
 * (a short line, the wrong number of fields) and the adapter writes it so.
 */
public abstract class RecordSourceContract {
    /** A folder for the adapter's files; fresh for every test. */
    @TempDir
    protected Path folder;

    /**
     * One row to write: canonical field → raw value (see {@link #fields()}), or a row the format
     * cannot split.
     *
     * @param values canonical field name → raw value, in {@link #fields()} order
     * @param broken true: write these values so that the adapter must reject the row
     */
    public record Row(Map<String, String> values, boolean broken) {
        public Row {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
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
     * A source whose {@link #dataset()} holds exactly {@code rows}, in this order, and which has
     * no other dataset.
     */
    protected abstract RecordSource sourceWith(List<Row> rows) throws IOException;

    // ---- rows the tests write ------------------------------------------------------------

    /** A well-formed row whose values all carry {@code n}. */
    protected Row good(int n) {
        Map<String, String> v = new LinkedHashMap<>();
        for (String f : fields()) {
            v.put(f, sample(f, n));
        }
        return new Row(v, false);
    }

    /** A row the adapter must reject, with the values of {@link #good(int) good(n)}. */
    protected Row broken(int n) {
        return new Row(good(n).values(), true);
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
        return new Row(v, false);
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
        RecordSource source = sourceWith(List.of(good(1), broken(2), good(3), good(4), broken(5)));
        List<Object> seen = readAll(source, dataset());
        assertThat(seen).hasSize(5);
        assertThat(seen).extracting(e -> e instanceof RawRow ? "row" : "rejected")
                .containsExactly("row", "rejected", "row", "row", "rejected");
        List<String> described = source.describe(dataset());
        long previous = Long.MIN_VALUE;
        for (Object e : seen) {
            SourceRef ref = ref(e);
            assertThat(ref.dataset()).isEqualTo(dataset());
            assertThat(ref.source()).isIn(described);
            assertThat(ref.line()).as("line numbers increase").isGreaterThan(previous);
            previous = ref.line();
        }
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
        Row broken = broken(1);
        List<Object> seen = readAll(sourceWith(List.of(broken, good(2), good(3), good(4))), dataset());
        assertThat(seen).hasSize(4);
        assertThat(seen.get(0)).isInstanceOf(Rejection.class);
        assertThat(seen.subList(1, 4)).allSatisfy(e -> assertThat(e).isInstanceOf(RawRow.class));
        String reason = ((Rejection) seen.get(0)).reason();
        assertThat(reason).isNotBlank();
        String id = Objects.requireNonNullElse(broken.values().get("id_number"), "");
        if (!id.isEmpty()) {
            assertThat(reason).doesNotContain(id);
        }
    }

    @Test
    void aDatasetWithNoRowsGivesNoRows() throws IOException {
        RecordSource source = sourceWith(List.of());
        assertThat(readAll(source, dataset())).isEmpty();
    }
}

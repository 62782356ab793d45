package io.xingzhi.examples.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.port.RecordSource;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.Rejection;
import io.xingzhi.testkit.RecordSourceContract;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The fixed-width custody adapter passes the record-source contract (written in GB18030; a short
 * row is a line cut inside its third column, a long row a line with characters past the layout, a
 * bad byte 0xFF in the name column; a stray quote is just a character here, see
 * {@link #readsAsARow}), and reads the format's own cases.
 */
class FixedWidthCustodySourceTest extends RecordSourceContract {
    private static final Charset GB18030 = Charset.forName("GB18030");

    @Override
    protected Dataset dataset() {
        return Dataset.CUSTODY;
    }

    @Override
    protected List<String> fields() {
        return List.of("name", "id_number", "admitted_on", "notice_received_on", "left_on", "leave_reason");
    }

    @Override
    protected RecordSource sourceWith(List<Row> rows) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Row r : rows) {
            String line = line(List.copyOf(r.values().values()).toArray(String[]::new));
            text.append(switch (r.damage()) {
                case SHORT_ROW -> line.substring(0, 30);
                case LONG_ROW -> line + "多余";
                default -> line;
            }).append("\r\n");
        }
        Path file = folder.resolve("custody.txt");
        Files.write(file, encoded(text.toString(), GB18030));
        return new FixedWidthCustodySource(file, GB18030);
    }

    @Override
    protected Optional<String> readsAsARow(Damage damage) {
        return damage == Damage.STRAY_QUOTE
                ? Optional.of("fixed-width columns have no quoting: a quote is an ordinary character of its value")
                : Optional.empty();
    }

    /** One line of the custody layout: each value padded to its column's width. */
    static String line(String... values) {
        List<FixedWidthLayout.Column> columns = FixedWidthLayout.custody().columns();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            String v = values[i];
            b.append(v).append(" ".repeat(columns.get(i).width() - v.codePointCount(0, v.length())));
        }
        return b.toString();
    }

    private List<Object> read(String charsetName, byte[] bytes) throws IOException {
        Path file = folder.resolve("custody.txt");
        Files.write(file, bytes);
        return readAll(new FixedWidthCustodySource(file, Charset.forName(charsetName)), Dataset.CUSTODY);
    }

    @Test
    void aLineBecomesARowOfTheLayoutsHeadersWithPaddingRemoved() throws IOException {
        String l = line("欧阳娜娜", "210603195205199388", "2024-01-05", "", "2024-03-01", "投送监狱");
        List<Object> seen = read("UTF-8", (l + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(seen).singleElement().isInstanceOfSatisfying(RawRow.class, r -> {
            assertThat(r.fields()).containsExactly(Map.entry("姓名", "欧阳娜娜"), Map.entry("身份证号", "210603195205199388"),
                    Map.entry("入所日期", "2024-01-05"), Map.entry("收到执行通知书日期", ""), Map.entry("出所日期", "2024-03-01"),
                    Map.entry("出所原因", "投送监狱"));
            assertThat(r.ref().source()).isEqualTo("custody.txt");
            assertThat(r.ref().line()).isEqualTo(1);
        });
    }

    @Test
    void theLastColumnMayLoseItsTrailingBlanksButNoMore() throws IOException {
        String full = line("王五", "210603195205199388", "2024-01-05", "2024-01-20", "", "");
        String trimmed = full.stripTrailing();
        List<Object> seen = read("UTF-8", (trimmed + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(seen).singleElement().isInstanceOfSatisfying(Rejection.class,
                r -> assertThat(r.reason()).isEqualTo("line has 48 characters; the layout needs 59 to 66"));
        String withReason = line("王五", "210603195205199388", "2024-01-05", "2024-01-20", "2024-02-01", "释放").stripTrailing();
        assertThat(read("UTF-8", (withReason + "\n").getBytes(StandardCharsets.UTF_8)))
                .singleElement().isInstanceOfSatisfying(RawRow.class, r -> assertThat(r.fields().get("出所原因")).isEqualTo("释放"));
    }

    @Test
    void aLongLineIsRejectedNotCut() throws IOException {
        String l = line("王五", "210603195205199388", "2024-01-05", "", "", "刑满释放") + "多余";
        assertThat(read("UTF-8", (l + "\n").getBytes(StandardCharsets.UTF_8))).singleElement()
                .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.reason()).startsWith("line has 68 characters"));
    }

    @Test
    void undecodableBytesRejectOnlyTheirLine() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((line("赵六", "210603195205199388", "2024-01-05", "", "", "") + "\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[] {(byte) 0xE4, (byte) 0xB8, '\n'});
        out.writeBytes((line("钱七", "210603195205199388", "2024-02-05", "", "", "") + "\n").getBytes(StandardCharsets.UTF_8));
        List<Object> seen = read("UTF-8", out.toByteArray());
        assertThat(seen).hasSize(3);
        assertThat(seen.get(1)).isInstanceOfSatisfying(Rejection.class, r -> {
            assertThat(r.ref().line()).isEqualTo(2);
            assertThat(r.reason()).isEqualTo("bytes that are not UTF-8");
        });
        assertThat(seen.get(2)).isInstanceOfSatisfying(RawRow.class, r -> assertThat(r.fields().get("姓名")).isEqualTo("钱七"));
    }

    @Test
    void aMissingFileIsNoDatasetAndABlankLineIsARejection() throws IOException {
        assertThat(new FixedWidthCustodySource(folder.resolve("absent.txt"), GB18030).available()).isEmpty();
        List<Object> seen = read("GB18030", ("\n" + line("孙八", "210603195205199388", "2024-01-05", "", "", "")).getBytes(GB18030));
        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.reason()).isEqualTo("blank line"));
        assertThat(seen.get(1)).isInstanceOfSatisfying(RawRow.class, r -> assertThat(r.ref().line()).isEqualTo(2));
    }
}

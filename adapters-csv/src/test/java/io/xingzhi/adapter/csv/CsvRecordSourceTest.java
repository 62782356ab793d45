package io.xingzhi.adapter.csv;

import io.xingzhi.testkit.CollectingVisitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.format.DatasetFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV adapter's own promises - which files make a dataset, in which order, with which options -
 * and a few end-to-end cases; how bytes are split and decoded is the formats module's
 * {@code CsvRowReaderTest}.
 */
class CsvRecordSourceTest {
    private static final Charset GB18030 = Charset.forName("GB18030");

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private CollectingVisitor read(Dataset d) {
        CollectingVisitor c = new CollectingVisitor();
        new CsvRecordSource(dir).read(d, c);
        return c;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void chineseHeadersAndRawValuesArePassedThroughInColumnOrder() throws IOException {
        write("custody.csv", "姓名,身份证号,看守所,出所日期\n张三, 210102198001011234 ,凤城市看守所,\n");
        CollectingVisitor c = read(Dataset.CUSTODY);
        assertThat(c.rejections).isEmpty();
        RawRow row = c.rows.get(0);
        assertThat(row.fields()).containsExactly(Map.entry("姓名", "张三"), Map.entry("身份证号", " 210102198001011234 "),
                Map.entry("看守所", "凤城市看守所"), Map.entry("出所日期", ""));
        assertThat(row.ref().source()).isEqualTo("custody.csv");
        assertThat(row.ref().line()).isEqualTo(2);
        assertThat(row.dataset()).isEqualTo(Dataset.CUSTODY);
    }

    @Test
    void explicitCharsetOverridesDetection() throws IOException {
        byte[] gbk = "姓名,类别\n张三,场所出入\n".getBytes(GB18030);
        write("activities.csv", gbk);
        CollectingVisitor asUtf8 = new CollectingVisitor();
        new CsvRecordSource(dir, CsvOptions.defaults().withCharset(StandardCharsets.UTF_8))
                .read(Dataset.ACTIVITIES, asUtf8);
        assertThat(asUtf8.rows).isEmpty();
        assertThat(asUtf8.rejections).extracting(r -> r.ref().line() + " " + r.reason())
                .containsExactly("1 header row unreadable: undecodable bytes in UTF-8", "2 undecodable bytes in UTF-8");

        CollectingVisitor asGb = new CollectingVisitor();
        new CsvRecordSource(dir, CsvOptions.defaults().withCharset(GB18030)).read(Dataset.ACTIVITIES, asGb);
        assertThat(asGb.column("类别")).containsExactly("场所出入");
    }

    @Test
    void asciiIncompatibleCharsetIsRefused() {
        assertThatThrownBy(() -> CsvOptions.defaults().withCharset(StandardCharsets.UTF_16))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ASCII-compatible");
    }

    @Test
    void aHeaderOnlyFileGivesNoRowsButTheDatasetIsThere() throws IOException {
        write("custody.csv", "姓名,身份证号\r\n");
        CsvRecordSource source = new CsvRecordSource(dir);
        assertThat(source.available()).containsExactly(Dataset.CUSTODY);
        CollectingVisitor custody = new CollectingVisitor();
        source.read(Dataset.CUSTODY, custody);
        assertThat(custody.order).isEmpty();
        assertThat(source.notes()).isEmpty();
    }

    @Test
    void anEmptyFileCountsAsAMissingDatasetAndIsNotedAsNotRead() throws IOException {
        // an empty export says nothing about the agency's records: read as "nobody", it made a lead of every person
        write("corrections.csv", new byte[0]);
        write("dpr_supervision.csv", "\r\n\r\n");
        write("custody.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 0, 0, 0, '\n'});
        write("judgments.csv", "name,effective_date\n张三,2024-01-01\n");
        write("judgments_2.csv", new byte[0]);
        CsvRecordSource source = new CsvRecordSource(dir);
        assertThat(source.available()).containsExactly(Dataset.JUDGMENTS);
        assertThat(source.describe(Dataset.JUDGMENTS)).containsExactly("judgments.csv");
        assertThat(source.notes()).extracting(n -> n.source() + " " + n.kind() + " " + n.unusable()).containsExactly(
                "corrections.csv IGNORED true", "custody.csv IGNORED true", "dpr_supervision.csv IGNORED true",
                "judgments_2.csv IGNORED true");
        assertThat(source.notes().get(0).englishMessage())
                .isEqualTo("corrections.csv: the file is empty (no header row, no rows), not read; without another file of "
                        + "corrections the dataset counts as missing");
    }

    @Test
    void subFoldersOtherEntriesAndLockFilesAreNotedNotRead() throws IOException {
        Files.createDirectories(dir.resolve("2024"));
        Files.writeString(dir.resolve("2024").resolve("custody_2.csv"), "姓名,身份证号\n张三,1\n");
        Files.createDirectories(dir.resolve("judgments.csv"));
        write("~$custody.csv", new byte[] {6, 'w', 'a', 'n', 'g', 0, 0});
        write("custody.csv", "姓名,身份证号\n李四,2\n");
        CsvRecordSource source = new CsvRecordSource(dir);
        assertThat(source.available()).containsExactly(Dataset.CUSTODY);
        assertThat(source.describe(Dataset.CUSTODY)).containsExactly("custody.csv");
        assertThat(source.notes()).extracting(n -> n.source() + " " + n.kind() + " " + n.unusable()).containsExactly(
                "2024 NOT_DATA false", "judgments.csv NOT_DATA false", "~$custody.csv NOT_DATA false");
        assertThat(source.notes().get(0).englishMessage()).contains("a folder, not read");
    }

    @Test
    void aDatasetFileThatLinksToNothingFailsToReadNamingItInsteadOfCountingAsMissing() throws IOException {
        Files.createSymbolicLink(dir.resolve("custody.csv"), dir.resolve("gone.csv"));
        CsvRecordSource source = new CsvRecordSource(dir);
        assertThat(source.available()).containsExactly(Dataset.CUSTODY);
        assertThatThrownBy(() -> source.read(Dataset.CUSTODY, new CollectingVisitor()))
                .isInstanceOf(XingzhiException.class)
                .hasMessage("cannot read " + dir.resolve("custody.csv") + ": it is a link to " + dir.resolve("gone.csv")
                        + ", which does not exist");
    }

    @Test
    void missingDatasetIsNotAvailableAndReadsNothing() throws IOException {
        write("judgments.csv", "a\n1\n");
        write("notes.txt", "a\n1\n");
        CsvRecordSource source = new CsvRecordSource(dir);
        assertThat(source.available()).containsExactly(Dataset.JUDGMENTS);
        assertThat(source.describe(Dataset.CUSTODY)).isEmpty();
        CollectingVisitor c = new CollectingVisitor();
        source.read(Dataset.CUSTODY, c);
        assertThat(c.order).isEmpty();
    }

    @Test
    void datasetFilesAreTheExactFileThenTheOthersInNaturalOrder() throws IOException {
        write("activities_10.csv", "name,category\n丁,d\n");
        write("activities_2.csv", "name,category\n乙,b\n丙,c\n");
        write("activities.csv", "name,category\n甲,a\n");
        write("Activities_3.CSV", "category,name\n戊,e\n");
        write("business_registrations.csv", "name\nx\n");
        CsvRecordSource source = new CsvRecordSource(dir);
        assertThat(source.describe(Dataset.ACTIVITIES))
                .containsExactly("activities.csv", "activities_2.csv", "Activities_3.CSV", "activities_10.csv");
        CollectingVisitor c = new CollectingVisitor();
        source.read(Dataset.ACTIVITIES, c);
        assertThat(c.column("name")).containsExactly("甲", "乙", "丙", "e", "丁");
        assertThat(c.rows).extracting(r -> r.ref().toString())
                .containsExactly("activities.csv:2", "activities_2.csv:2", "activities_2.csv:3", "Activities_3.CSV:2",
                        "activities_10.csv:2");
    }

    @Test
    void progressIsReportedWithTheRowsRead() throws IOException {
        StringBuilder b = new StringBuilder("name\n");
        for (int i = 0; i < CsvRecordSource.PROGRESS_EVERY + 5; i++) {
            b.append(i).append('\n');
        }
        write("activities.csv", b.toString());
        List<Long> reported = new ArrayList<>();
        new CsvRecordSource(dir, CsvOptions.defaults().withProgress((d, rows, nanos) -> reported.add(rows)))
                .read(Dataset.ACTIVITIES, new CollectingVisitor());
        assertThat(reported).containsExactly((long) CsvRecordSource.PROGRESS_EVERY, CsvRecordSource.PROGRESS_EVERY + 5L);
    }

    @Test
    void explicitUtf8StillSkipsAByteOrderMark() throws IOException {
        write("custody.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "姓名\n张三\n".getBytes(StandardCharsets.UTF_8)));
        CollectingVisitor c = new CollectingVisitor();
        new CsvRecordSource(dir, CsvOptions.defaults().withCharset(StandardCharsets.UTF_8)).read(Dataset.CUSTODY, c);
        assertThat(c.column("姓名")).containsExactly("张三");
    }

    @Test
    void naturalOrderComparesDigitRunsAsNumbers() {
        List<String> names = new ArrayList<>(List.of("a_10.csv", "a_2.csv", "a_002.csv", "a.csv", "a_1.csv"));
        names.sort(DatasetFiles::naturalCompare);
        assertThat(names).containsExactly("a.csv", "a_1.csv", "a_002.csv", "a_2.csv", "a_10.csv");
    }

    @Test
    void aFolderThatDoesNotExistIsAnError() {
        assertThatThrownBy(() -> new CsvRecordSource(dir.resolve("nope"))).isInstanceOf(XingzhiException.class)
                .hasMessageContaining("not a folder");
    }

    @Test
    void eachFileOfADatasetHasItsEncodingDetectedOnItsOwn() throws IOException {
        write("resettlement.csv", "姓名,释放类型\n张三,刑满释放\n");
        write("resettlement_2.csv", "姓名,释放类型\n李四,假释\n".getBytes(GB18030));
        CollectingVisitor c = read(Dataset.RESETTLEMENT);
        assertThat(c.rejections).isEmpty();
        assertThat(c.column("释放类型")).containsExactly("刑满释放", "假释");
        assertThat(c.rows).extracting(r -> r.ref().toString()).containsExactly("resettlement.csv:2", "resettlement_2.csv:2");
    }

    @Test
    void aStrayQuoteAndABadByteInAFileCostOneLineEach() throws IOException {
        write("activities.csv", concat("name,category\n甲,\"a\n乙,b\n".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xFF, ',', 'x', '\n'}, "丙,c\n".getBytes(StandardCharsets.UTF_8)));
        CollectingVisitor c = read(Dataset.ACTIVITIES);
        assertThat(c.column("name")).containsExactly("乙", "丙");
        assertThat(c.rejections).extracting(r -> r.ref() + " " + r.reason()).containsExactly(
                "activities.csv:2 unbalanced quote in field 2: the quote is never closed",
                "activities.csv:4 undecodable bytes in UTF-8");
    }
}

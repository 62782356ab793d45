package io.xingzhi.examples.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.adapter.csv.CsvRecordSource;
import io.xingzhi.core.engine.Engine;
import io.xingzhi.core.port.CompositeRecordSource;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.run.RunResult;
import io.xingzhi.core.supervision.custody.CustodyTransferModel;
import static io.xingzhi.examples.Ids.idNumber;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixed-width custody export and the court's CSV judgments, joined by a composite source: the
 * engine collides them and finds a prisoner the detention center never sent to prison.
 */
class FixedWidthCustodyWithCsvTest {
    private static final Charset GB18030 = Charset.forName("GB18030");

    @TempDir
    Path dir;

    @Test
    void theEngineFindsAPrisonerStillInTheDetentionCenterFromTheFixedWidthFile() throws IOException {
        String held = idNumber("21068219850312123");
        String sent = idNumber("21068219900101456");
        Path csv = Files.createDirectories(dir.resolve("csv"));
        Files.writeString(csv.resolve("judgments.csv"), """
                案号,法院,姓名,身份证号,生效日期,主刑,判决结果
                (2024)辽0682刑初5号,凤城市人民法院,李大海,%s,2024-03-01,有期徒刑,判处有期徒刑三年
                (2024)辽0682刑初6号,凤城市人民法院,周小川,%s,2024-03-01,有期徒刑,判处有期徒刑二年
                """.formatted(held, sent), StandardCharsets.UTF_8);
        Path custody = dir.resolve("kss_custody.txt");
        Files.write(custody, String.join("\r\n",
                FixedWidthCustodySourceTest.line("李大海", held, "2023-12-01", "2024-03-05", "", ""),
                FixedWidthCustodySourceTest.line("周小川", sent, "2023-12-02", "2024-03-05", "2024-03-20", "投送监狱"),
                "短行").getBytes(GB18030));

        Engine engine = Engine.builder()
                .source(new CompositeRecordSource(new FixedWidthCustodySource(custody, GB18030), new CsvRecordSource(csv)))
                .build();
        RunResult result = engine.run(LocalDate.of(2024, 10, 1));

        assertThat(result.leads()).singleElement().satisfies(lead -> {
            assertThat(lead.model()).isEqualTo(CustodyTransferModel.NAME);
            assertThat(lead.kind()).isEqualTo(CustodyTransferModel.NOT_TRANSFERRED);
            assertThat(lead.caseNumber()).isEqualTo("(2024)辽0682刑初5号");
            assertThat(lead.dueOn()).contains(LocalDate.of(2024, 4, 4));
            assertThat(lead.evidence()).anySatisfy(e -> {
                assertThat(e.ref().source()).isEqualTo("kss_custody.txt");
                assertThat(e.ref().line()).isEqualTo(1);
            });
        });
        assertThat(result.report().datasets().get(Dataset.CUSTODY).read()).isEqualTo(3);
        assertThat(result.report().datasets().get(Dataset.CUSTODY).rejected()).isEqualTo(1);
        assertThat(result.report().rejections()).anySatisfy(r -> assertThat(r.ref().line()).isEqualTo(3));
    }

    /**
     * A layout whose column name no field knows (the agency's 离所时间 for 出所日期) is named in the run
     * report, as a CSV header's would be: the source announces its columns ({@code visitor.header}).
     * Unannounced, the stay's leaving day was silently dropped and the prisoner who left on time was
     * reported as never sent to prison, with nothing in the report to say why.
     */
    @Test
    void aLayoutColumnNoFieldKnowsIsNamedInTheRunReport() throws IOException {
        String sent = idNumber("21068219900101456");
        Path csv = Files.createDirectories(dir.resolve("csv"));
        Files.writeString(csv.resolve("judgments.csv"), """
                案号,法院,姓名,身份证号,生效日期,主刑,判决结果
                (2024)辽0682刑初6号,凤城市人民法院,周小川,%s,2024-03-01,有期徒刑,判处有期徒刑二年
                """.formatted(sent), StandardCharsets.UTF_8);
        Path custody = dir.resolve("kss_custody.txt");
        Files.writeString(custody, FixedWidthCustodySourceTest.line("周小川", sent, "2023-12-02", "2024-03-05", "2024-03-20", "投送监狱"),
                StandardCharsets.UTF_8);
        java.util.List<FixedWidthLayout.Column> columns = new java.util.ArrayList<>(FixedWidthLayout.custody().columns());
        columns.set(4, new FixedWidthLayout.Column("离所时间", columns.get(4).width()));

        RunResult result = Engine.builder()
                .source(new CompositeRecordSource(new FixedWidthCustodySource(custody, StandardCharsets.UTF_8,
                        new FixedWidthLayout(columns)), new CsvRecordSource(csv)))
                .build().run(LocalDate.of(2024, 10, 1));

        assertThat(result.report().sourceNotes()).anySatisfy(n -> {
            assertThat(n.source()).isEqualTo("kss_custody.txt");
            assertThat(n.kind()).isEqualTo(io.xingzhi.core.run.SourceNote.Kind.UNKNOWN_COLUMNS);
            assertThat(n.message()).contains("离所时间");
        });
        assertThat(result.report().datasets().get(Dataset.CUSTODY).accepted()).isEqualTo(1);
    }

    @Test
    void theFirstSourceThatHasADatasetProvidesIt() throws IOException {
        Path csv = Files.createDirectories(dir.resolve("csv"));
        Files.writeString(csv.resolve("custody.csv"), "姓名,身份证号,入所日期\n甲,,2024-01-01\n", StandardCharsets.UTF_8);
        Files.writeString(csv.resolve("judgments.csv"), "案号,姓名,生效日期\n(2024)辽0682刑初1号,甲,2024-01-01\n");
        Path custody = dir.resolve("custody.txt");
        Files.writeString(custody, FixedWidthCustodySourceTest.line("乙", idNumber("21068219850312123"), "2024-01-02", "", "",
                ""), StandardCharsets.UTF_8);
        CompositeRecordSource both = new CompositeRecordSource(new FixedWidthCustodySource(custody, StandardCharsets.UTF_8),
                new CsvRecordSource(csv));
        assertThat(both.available()).containsExactlyInAnyOrder(Dataset.CUSTODY, Dataset.JUDGMENTS);
        assertThat(both.describe(Dataset.CUSTODY)).containsExactly("custody.txt");
        assertThat(both.describe(Dataset.JUDGMENTS)).containsExactly("judgments.csv");
        assertThat(both.describe(Dataset.ACTIVITIES)).isEmpty();
    }
}

package io.xingzhi.examples.model;

import static io.xingzhi.examples.Ids.idNumber;
import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.adapter.csv.CsvRecordSource;
import io.xingzhi.core.engine.Engine;
import io.xingzhi.core.lead.Lead;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 判决生效仍在押, added to the engine with {@code addModel}, on CSV data written per test. */
class StillInCustodyAfterNonCustodialJudgmentModelTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);
    private static final String ID = idNumber("21068219800101123");

    @TempDir
    Path dir;

    /** One judgment row (主刑, 刑期, 缓刑考验期, 判决日期) and one custody stay (出所日期, 出所原因). */
    private List<Lead> run(String penalty, String term, String probation, String judgmentDate, String leftOn, String reason)
            throws IOException {
        Files.writeString(dir.resolve("judgments.csv"), """
                案号,法院,姓名,身份证号,判决日期,生效日期,主刑,刑期,缓刑考验期
                (2024)辽0682刑初7号,凤城市人民法院,郑大鹏,%s,%s,2024-05-21,%s,%s,%s
                """.formatted(ID, judgmentDate, penalty, term, probation));
        Files.writeString(dir.resolve("custody.csv"), """
                姓名,身份证号,看守所,案号,入所日期,出所日期,出所原因
                郑大鹏,%s,凤城市看守所,(2024)辽0682刑初7号,2024-02-01,%s,%s
                """.formatted(ID, leftOn, reason));
        Engine engine = Engine.builder()
                .source(new CsvRecordSource(dir))
                .addModel(new StillInCustodyAfterNonCustodialJudgmentModel())
                .build();
        return engine.run(AS_OF).leads().stream()
                .filter(l -> l.model().equals(StillInCustodyAfterNonCustodialJudgmentModel.NAME)).toList();
    }

    @Test
    void suspendedSentenceStillInCustodyIsALead() throws IOException {
        assertThat(run("有期徒刑", "一年", "二年", "2024-05-10", "", "")).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(StillInCustodyAfterNonCustodialJudgmentModel.STILL_IN_CUSTODY);
            assertThat(l.caseNumber()).isEqualTo("(2024)辽0682刑初7号");
            assertThat(l.dueOn()).contains(LocalDate.of(2024, 5, 11));
            assertThat(l.legalBasis()).contains("人民检察院刑事诉讼规则第626条");
            assertThat(l.facts()).containsEntry("days_held_after_judgment", "144");
            assertThat(l.summary()).contains("有期徒刑缓刑", "2024-05-10宣判", "截至2024-10-01仍羁押于凤城市看守所");
            assertThat(l.evidence()).extracting(e -> e.ref().source()).containsExactly("judgments.csv", "custody.csv");
        });
    }

    @Test
    void releasedTheDayAfterPronouncementIsNoLead() throws IOException {
        assertThat(run("有期徒刑", "一年", "二年", "2024-05-10", "2024-05-11", "判处缓刑")).isEmpty();
    }

    @Test
    void releasedTwoDaysAfterPronouncementIsALead() throws IOException {
        assertThat(run("管制", "一年", "", "2024-05-10", "2024-05-12", "释放")).singleElement()
                .satisfies(l -> assertThat(l.summary()).contains("管制", "至2024-05-12方予出所", "判后羁押2日"));
    }

    @Test
    void withoutAJudgmentDateTheEffectiveDateCounts() throws IOException {
        assertThat(run("免予刑事处罚", "", "", "", "2024-05-22", "释放")).isEmpty();
        assertThat(run("单处罚金", "", "", "", "2024-05-23", "释放")).singleElement()
                .satisfies(l -> assertThat(l.facts()).containsEntry("counted_from", "2024-05-21（生效日，无宣判日）"));
    }

    @Test
    void aPrisonSentenceIsNotThisModelsBusiness() throws IOException {
        assertThat(run("有期徒刑", "三年", "", "2024-05-10", "", "")).isEmpty();
    }

    @Test
    void theStandardEngineDoesNotHaveTheModel() {
        assertThat(Engine.builder().source(new CsvRecordSource(dir)).build().modelNames())
                .doesNotContain(StillInCustodyAfterNonCustodialJudgmentModel.NAME)
                .hasSize(4);
    }
}

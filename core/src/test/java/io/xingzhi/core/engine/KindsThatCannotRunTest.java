package io.xingzhi.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.identity.Person;
import io.xingzhi.core.lead.LeadKind;
import io.xingzhi.core.record.DataNeed;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.run.RunResult;
import io.xingzhi.core.supervision.LeadBuilder;
import io.xingzhi.core.supervision.LeadCollector;
import io.xingzhi.core.supervision.ModelContext;
import io.xingzhi.core.supervision.SupervisionModel;
import io.xingzhi.core.value.IdNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A run whose data lacks an optional dataset or column skips only the kinds that need it, and the
 * report says which kinds could not run and why, instead of "0 leads".
 */
class KindsThatCannotRunTest {
    private static final String ID = "21068219800101123" + IdNumber.checkCharacter("21068219800101123");
    private static final LocalDate AS_OF = LocalDate.parse("2024-10-01");

    /** A model with one kind that needs nothing more and one that needs {@code enforcement.transferred_on}. */
    static final class TwoKindModel implements SupervisionModel {
        static final LeadKind ALWAYS = LeadKind.of("two-kinds", "测试模型", "ALWAYS", "总是");
        static final LeadKind NEEDS_TRANSFER = LeadKind.of("two-kinds", "测试模型", "NEEDS_TRANSFER", "需要移送日期")
                .withNeeds(DataNeed.column(Dataset.ENFORCEMENT, "transferred_on"));

        @Override
        public String name() {
            return "two-kinds";
        }

        @Override
        public List<LeadKind> kinds() {
            return List.of(ALWAYS, NEEDS_TRANSFER);
        }

        @Override
        public Set<Dataset> requires() {
            return Set.of(Dataset.JUDGMENTS, Dataset.ENFORCEMENT);
        }

        @Override
        public void assess(Person p, ModelContext ctx, LeadCollector out) {
            // computes both, whatever the data: the engine keeps only what could run
            out.add(LeadBuilder.lead(ALWAYS, p).summary("a").build());
            out.add(LeadBuilder.lead(NEEDS_TRANSFER, p).summary("b").build());
        }
    }

    private static EngineTest.ListSource judgmentAndCase(String... caseColumns) {
        EngineTest.ListSource s = new EngineTest.ListSource().add(Dataset.JUDGMENTS, "案号", "(2023)辽0602刑初160号", "姓名", "张三",
                "身份证号", ID, "生效日期", "2023-11-19", "主刑", "单处附加刑", "罚金", "3000元");
        String[] kv = new String[8 + caseColumns.length];
        System.arraycopy(new String[] {"姓名", "张三", "身份证号", ID, "执行依据", "(2023)辽0602刑初160号", "立案日期", "2023-11-25"}, 0,
                kv, 0, 8);
        System.arraycopy(caseColumns, 0, kv, 8, caseColumns.length);
        return s.add(Dataset.ENFORCEMENT, kv);
    }

    private static RunResult run(EngineTest.ListSource s) {
        return Engine.builder().source(s).models(List.of(new TwoKindModel())).build().run(AS_OF);
    }

    @Test
    void aKindWhoseColumnIsAbsentCouldNotRunAndReportsNothing() {
        RunResult r = run(judgmentAndCase());
        assertThat(r.leads()).extracting(l -> l.kindCode()).containsExactly("ALWAYS");
        assertThat(r.report().leadsByModelAndKind().get("two-kinds")).containsOnlyKeys("ALWAYS");
        assertThat(r.report().whyNotRun("two-kinds", "NEEDS_TRANSFER")).hasValueSatisfying(
                why -> assertThat(why).contains("enforcement.transferred_on", "移送执行日期"));
        assertThat(r.report().skippedModels()).isEmpty();
    }

    @Test
    void aColumnThatIsPresentLetsTheKindRunEvenWhenItsValuesAreBlank() {
        RunResult r = run(judgmentAndCase("移送日期", ""));
        assertThat(r.leads()).extracting(l -> l.kindCode()).containsExactlyInAnyOrder("ALWAYS", "NEEDS_TRANSFER");
        assertThat(r.report().kindsNotRun()).isEmpty();
    }

    @Test
    void aStandardKindNeedingAnAbsentDatasetIsReportedNotRunWhileItsModelRuns() {
        RunResult r = Engine.builder().source(judgmentAndCase()).build().run(AS_OF);
        assertThat(r.report().leadsByModelAndKind()).containsKey("property-penalty");
        assertThat(r.report().leadsByModelAndKind().get("property-penalty")).doesNotContainKey("TERMINATED_WITH_ASSETS");
        assertThat(r.report().whyNotRun("property-penalty", "TERMINATED_WITH_ASSETS"))
                .hasValueSatisfying(why -> assertThat(why).contains("business_registrations"));
    }

    @Test
    void aModelNoneOfWhoseKindsCanRunIsSkippedWithWhatIsMissing() {
        RunResult r = Engine.builder().source(judgmentAndCase()).build().run(AS_OF);
        assertThat(r.report().skippedModels().get("political-rights")).contains("dpr_supervision");
        assertThat(r.report().leadsByModelAndKind()).doesNotContainKey("political-rights");
    }
}

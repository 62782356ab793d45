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

/** 食品从业禁止, added to the engine with {@code addModel}, on one judgment and one enterprise role written as CSV per test. */
class FoodTradeBanModelTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);
    private static final String ID = idNumber("21068219800101123");

    @TempDir
    Path dir;

    /**
     * The judgment takes effect on 2024-03-01 (罪名, 主刑, 缓刑考验期 as given); the person holds {@code role}
     * in an enterprise with {@code scope} from {@code start} to {@code end}.
     */
    private List<Lead> run(String charge, String penalty, String probation, String role, String scope, String start,
                           String end) throws IOException {
        Files.writeString(dir.resolve("judgments.csv"), """
                案号,法院,姓名,身份证号,生效日期,罪名,主刑,刑期,缓刑考验期
                (2024)辽0682刑初21号,凤城市人民法院,孙立华,%s,2024-03-01,%s,%s,一年,%s
                """.formatted(ID, charge, penalty, probation));
        Files.writeString(dir.resolve("business_registrations.csv"), """
                企业名称,统一社会信用代码,姓名,身份证号,职务,经营范围,任职日期,离任日期
                凤城市鑫源食品有限公司,91210682MA0XXXXX1B,孙立华,%s,%s,%s,%s,%s
                """.formatted(ID, role, scope, start, end));
        Engine engine = Engine.builder()
                .source(new CsvRecordSource(dir))
                .addModel(new FoodTradeBanModel())   // after the four standard ones
                .build();
        return engine.run(AS_OF).leads().stream().filter(l -> l.model().equals(FoodTradeBanModel.NAME)).toList();
    }

    @Test
    void aFoodCrimeConvictWhoBecomesTheLegalRepresentativeOfAFoodBusinessIsALead() throws IOException {
        assertThat(run("生产、销售有毒、有害食品罪", "有期徒刑", "", "法定代表人", "食品销售；餐饮服务", "2024-06-01", ""))
                .singleElement().satisfies(l -> {
                    assertThat(l.kind()).isEqualTo(FoodTradeBanModel.FOOD_TRADE_BAN);
                    assertThat(l.supervisedAgency()).isEqualTo("市场监督管理局");
                    assertThat(l.caseNumber()).isEqualTo("(2024)辽0682刑初21号");
                    assertThat(l.facts()).containsEntry("charge", "生产、销售有毒、有害食品罪").containsEntry("role", "法定代表人")
                            .containsEntry("role_start", "2024-06-01").containsEntry("enterprise", "凤城市鑫源食品有限公司");
                    assertThat(l.evidence()).extracting(e -> e.ref().source())
                            .containsExactly("judgments.csv", "business_registrations.csv");
                });
    }

    @Test
    void aRoleThatEndedTheDayBeforeTheJudgmentTookEffectIsNoLead() throws IOException {
        assertThat(run("生产、销售不符合安全标准的食品罪", "有期徒刑", "", "法定代表人", "食品销售", "2020-01-01", "2024-02-29")).isEmpty();
    }

    @Test
    void aRoleStillHeldOnTheDayTheJudgmentTookEffectIsALead() throws IOException {
        assertThat(run("生产、销售不符合安全标准的食品罪", "有期徒刑", "", "经理", "食品销售", "2020-01-01", "2024-03-01")).hasSize(1);
    }

    @Test
    void aSuspendedSentenceCountsForAProsecutorToVerify() throws IOException {
        assertThat(run("生产、销售有毒、有害食品罪", "有期徒刑", "二年", "经营者", "副食零售", "2024-05-01", "")).hasSize(1);
    }

    @Test
    void criminalDetentionIsBelowTheBanAndAShareholderDoesNotManage() throws IOException {
        assertThat(run("生产、销售有毒、有害食品罪", "拘役", "", "法定代表人", "食品销售", "2024-05-01", "")).isEmpty();
        assertThat(run("生产、销售有毒、有害食品罪", "有期徒刑", "", "股东", "食品销售", "2024-05-01", "")).isEmpty();
    }

    @Test
    void aBusinessOutsideFoodOrACrimeOutsideFoodSafetyIsNoLead() throws IOException {
        assertThat(run("生产、销售有毒、有害食品罪", "有期徒刑", "", "法定代表人", "建材销售", "2024-05-01", "")).isEmpty();
        assertThat(run("盗窃罪", "有期徒刑", "", "法定代表人", "食品销售", "2024-05-01", "")).isEmpty();
    }

    @Test
    void theStandardEngineDoesNotHaveTheModel() throws IOException {
        Files.writeString(dir.resolve("judgments.csv"), "案号,姓名,身份证号,生效日期,主刑\n(2024)辽0682刑初21号,孙立华," + ID
                + ",2024-03-01,有期徒刑\n");
        assertThat(Engine.builder().source(new CsvRecordSource(dir)).build().modelNames())
                .containsExactly("custody-transfer", "political-rights", "prohibition-order", "property-penalty");
    }
}

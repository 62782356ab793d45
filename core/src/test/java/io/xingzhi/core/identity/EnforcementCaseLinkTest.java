package io.xingzhi.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.record.AgencyRecord;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.MappingResult;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.RecordMapper;
import io.xingzhi.core.record.SourceRef;
import io.xingzhi.core.value.IdNumber;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * LAW.md: "Enforcement cases match a judgment by {@code source_case_number} first, whatever the
 * identity columns say" - so the identity step brings such a case to the judgment's person.
 */
class EnforcementCaseLinkTest {
    private static final String BODY = "21068219800101123";
    private static final String ID = BODY + IdNumber.checkCharacter(BODY);
    /** One digit of the sequence code wrong, check digit recomputed: a valid number of nobody. */
    private static final String TYPO = "21068219800101153" + IdNumber.checkCharacter("21068219800101153");
    private static final String OTHER = "21060219750505432" + IdNumber.checkCharacter("21060219750505432");
    private static final String CASE = "(2023)辽0682刑初120号";
    private final RecordMapper mapper = RecordMapper.standard();
    private int line = 2;

    private AgencyRecord row(Dataset d, String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return ((MappingResult.Accepted) mapper.map(new RawRow(new SourceRef(d, d.fileStem() + ".csv", line++), m))).record();
    }

    /** The person of {@code r} keyed by the number {@code id}. */
    private static Person person(IdentityResolver.Resolution r, String id) {
        return r.persons().stream().filter(p -> p.key().equals(IdNumber.parse(id).value().value())).findFirst().orElseThrow();
    }

    private AgencyRecord judgment(String name, String id, String fine) {
        return row(Dataset.JUDGMENTS, "姓名", name, "身份证号", id, "案号", CASE, "生效日期", "2023-11-27", "主刑", "有期徒刑",
                "刑期", "12", "罚金", fine);
    }

    private AgencyRecord enforcement(String name, String id, String source) {
        return row(Dataset.ENFORCEMENT, "姓名", name, "身份证号", id, "执行依据", source, "立案日期", "2024-01-05");
    }

    @Test
    void aCaseWithTheRightCaseNumberAndAMistypedNumberJoinsTheJudgmentsPerson() {
        var r = IdentityResolver.resolve(List.of(judgment("张三", ID, "5000"), enforcement("张三", TYPO, "（2023）辽0682刑初120号")));
        assertThat(r.persons()).singleElement().satisfies(p -> {
            assertThat(p.idNumber()).contains(IdNumber.parse(ID).value());
            assertThat(p.enforcement()).hasSize(1);
        });
        assertThat(r.stats().linkedByCaseNumber()).isEqualTo(1);
        assertThat(r.stats().linkedById()).isEqualTo(1);
        assertThat(r.stats().persons()).isEqualTo(1);
    }

    @Test
    void aCaseWithTheRightCaseNumberAndNoUsableIdentityJoinsTheJudgmentsPerson() {
        var r = IdentityResolver.resolve(List.of(judgment("张三", ID, "5000"), enforcement("张三", "", CASE)));
        assertThat(r.persons()).singleElement().satisfies(p -> {
            assertThat(p.enforcement()).hasSize(1);
            // linked as firmly as the judgment it belongs to
            assertThat(p.linkOf(p.enforcement().get(0))).isEqualTo(LinkedBy.ID_NUMBER);
        });
        assertThat(r.stats().unresolved()).isZero();
        assertThat(r.unresolved()).isEmpty();
    }

    @Test
    void aCaseWithTheRightCaseNumberAndAnotherPersonsNumberStillFollowsItsCaseNumber() {
        var r = IdentityResolver.resolve(List.of(judgment("张三", ID, "5000"), row(Dataset.CUSTODY, "姓名", "李四", "身份证号", OTHER,
                "入所日期", "2023-01-01"), enforcement("李四", OTHER, CASE)));
        Person zhang = person(r, ID);
        Person li = r.persons().stream().filter(p -> p != zhang).findFirst().orElseThrow();
        assertThat(zhang.enforcement()).hasSize(1);
        assertThat(li.enforcement()).isEmpty();
        assertThat(li.custody()).hasSize(1);
    }

    @Test
    void coDefendantsShareTheCaseNumberAndTheCaseGoesToTheOneWithAPropertyPenalty() {
        var r = IdentityResolver.resolve(List.of(judgment("张三", ID, ""), judgment("李四", OTHER, "8000"),
                enforcement("李四", TYPO, CASE)));
        Person li = person(r, OTHER);
        assertThat(li.enforcement()).hasSize(1);
    }

    @Test
    void coDefendantsBothWithAPropertyPenaltyAreToldApartByName() {
        var r = IdentityResolver.resolve(List.of(judgment("张三", ID, "5000"), judgment("李四", OTHER, "8000"),
                enforcement("李四", TYPO, CASE), enforcement("王五", TYPO, CASE)));
        Person li = person(r, OTHER);
        assertThat(li.enforcement()).hasSize(1);
        // 王五 is neither defendant: the case stays with the number it carries, and the report says why
        assertThat(r.persons().stream().filter(p -> p.key().equals(IdNumber.parse(TYPO).value().value()))).hasSize(1);
        assertThat(r.stats().samples()).anySatisfy(s -> assertThat(s).contains("多名被告人"));
    }

    @Test
    void aCaseInTheNameOfACoDefendantWithNothingToEnforceJoinsTheOneWhoseJudgmentHasAFine() {
        // the court filed the case under 张三's identity, but only 李四's judgment of that number has a fine
        var r = IdentityResolver.resolve(List.of(judgment("张三", ID, ""), judgment("李四", OTHER, "8000"),
                enforcement("张三", ID, CASE)));
        Person zhang = person(r, ID);
        Person li = person(r, OTHER);
        assertThat(li.enforcement()).hasSize(1);
        assertThat(zhang.enforcement()).isEmpty();
        assertThat(r.stats().linkedByCaseNumber()).isEqualTo(1);
    }

    @Test
    void aCaseInTheNameOfACoDefendantWithAFineOfTheirOwnStaysTheirs() {
        var r = IdentityResolver.resolve(List.of(judgment("张三", ID, "3000"), judgment("李四", OTHER, "8000"),
                enforcement("张三", ID, CASE)));
        Person zhang = person(r, ID);
        assertThat(zhang.enforcement()).hasSize(1);
        assertThat(r.stats().linkedByCaseNumber()).isZero();
    }

    @Test
    void aCaseInTheNameOfACoDefendantWithNothingToEnforceStaysTheirsWhenTwoOthersHaveAFineAndTheReportSaysSo() {
        String third = "21060219800505432" + IdNumber.checkCharacter("21060219800505432");
        var r = IdentityResolver.resolve(List.of(judgment("张三", ID, ""), judgment("李四", OTHER, "8000"), judgment("王五", third, "3000"),
                enforcement("张三", ID, CASE)));
        Person zhang = person(r, ID);
        assertThat(zhang.enforcement()).hasSize(1);
        assertThat(r.stats().samples()).anySatisfy(s -> assertThat(s).contains("多名被告人"));
    }

    @Test
    void aCaseInTheNameOfACoDefendantStaysTheirsWhenNoOtherDefendantHasAFine() {
        var r = IdentityResolver.resolve(List.of(judgment("张三", ID, ""), judgment("李四", OTHER, ""),
                enforcement("张三", ID, CASE)));
        Person zhang = person(r, ID);
        assertThat(zhang.enforcement()).hasSize(1);
    }

    @Test
    void aCaseWhoseSourceNumberIsNoJudgmentStaysWithItsIdentity() {
        var r = IdentityResolver.resolve(List.of(judgment("张三", ID, "5000"), enforcement("张三", TYPO, "(2022)辽0602刑初161号")));
        assertThat(r.persons()).hasSize(2);
        assertThat(r.stats().linkedByCaseNumber()).isZero();
    }
}

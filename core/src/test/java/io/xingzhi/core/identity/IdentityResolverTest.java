package io.xingzhi.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.record.AgencyRecord;
import io.xingzhi.core.record.CustodyStay;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.MappingResult;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.RecordMapper;
import io.xingzhi.core.record.SourceRef;
import io.xingzhi.core.value.IdNumber;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CONTRACT.md §3: by number; by name + birth date without a valid number; never by name alone. */
class IdentityResolverTest {
    private static final String BODY = "21068219800101123";
    private static final String ID = BODY + IdNumber.checkCharacter(BODY);
    private static final String BODY2 = "21068219800101125";
    private static final String ID2 = BODY2 + IdNumber.checkCharacter(BODY2);
    private final RecordMapper mapper = RecordMapper.standard();
    private int line = 2;

    private AgencyRecord custodyIn(String file, int atLine, String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        m.put("admitted_on", "2024-03-05");
        return ((MappingResult.Accepted) mapper.map(new RawRow(new SourceRef(Dataset.CUSTODY, file, atLine), m))).record();
    }

    private AgencyRecord custody(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        m.putIfAbsent("admitted_on", "2024-03-05");
        return ((MappingResult.Accepted) mapper.map(new RawRow(new SourceRef(Dataset.CUSTODY, "custody.csv", line++), m))).record();
    }

    @Test
    void recordsWithTheSameNumberInAnyFormAreOnePerson() {
        String legacy15 = ID.substring(0, 6) + ID.substring(8, 17);
        // three stays (admitted on three days), the number and the name written three ways
        var r = IdentityResolver.resolve(List.of(custody("name", "张三", "id_number", ID),
                custody("name", "張三", "id_number", legacy15, "admitted_on", "2024-04-05"),
                custody("name", "张 三", "id_number", ID.substring(0, 6) + " " + ID.substring(6), "admitted_on", "2024-05-05")));
        assertThat(r.persons()).singleElement().satisfies(p -> {
            assertThat(p.custody()).hasSize(3);
            assertThat(p.idNumber()).contains(IdNumber.parse(ID).value());
        });
        assertThat(r.stats().linkedById()).isEqualTo(3);
    }

    @Test
    void aRecordWithoutAValidNumberJoinsByNameAndBirthDate() {
        var r = IdentityResolver.resolve(List.of(custody("name", "张三", "id_number", ID),
                custody("name", "张三", "id_number", BODY + "0", "birth_date", "1980-01-01")));
        assertThat(r.persons()).singleElement().satisfies(p -> {
            assertThat(p.custody()).hasSize(2);
            assertThat(p.linkedBy().values()).containsExactly(LinkedBy.NAME_BIRTH_DATE);
        });
        assertThat(r.stats().invalidIdNumbers()).isEqualTo(1);
        assertThat(r.stats().linkedByNameBirth()).isEqualTo(1);
    }

    @Test
    void aPersonHasTheNumberOfItsRecordsWhetherOrNotARecordWithoutOneComesFirst() {
        AgencyRecord byNameAndBirth = custody("name", "张三", "birth_date", "1980-01-01");
        AgencyRecord byNumber = custody("name", "张三", "id_number", ID);
        for (List<AgencyRecord> records : List.of(List.of(byNameAndBirth, byNumber), List.of(byNumber, byNameAndBirth))) {
            var r = IdentityResolver.resolve(records);
            assertThat(r.persons()).singleElement().satisfies(p -> {
                assertThat(p.idNumber()).contains(IdNumber.parse(ID).value());
                assertThat(p.key()).isEqualTo(ID);
                assertThat(p.custody()).hasSize(2);
                assertThat(p.linkOf(byNameAndBirth)).isEqualTo(LinkedBy.NAME_BIRTH_DATE);
                assertThat(p.linkOf(byNumber)).isEqualTo(LinkedBy.ID_NUMBER);
            });
            assertThat(r.index().find(byNameAndBirth.identity())).hasValueSatisfying(m -> assertThat(m.personKey()).isEqualTo(ID));
        }
    }

    @Test
    void aNameAloneNeverLinksAndIsReportedUnresolved() {
        var r = IdentityResolver.resolve(List.of(custody("name", "张三", "id_number", ID), custody("name", "张三")));
        assertThat(r.persons()).singleElement().satisfies(p -> assertThat(p.custody()).hasSize(1));
        assertThat(r.stats().unresolved()).isEqualTo(1);
        assertThat(r.stats().samples()).anySatisfy(s -> assertThat(s).contains("custody.csv:3"));
    }

    @Test
    void aNameAndBirthDateSharedByTwoNumberedPersonsIsAmbiguousAndLeftUnresolved() {
        var r = IdentityResolver.resolve(List.of(custody("name", "张三", "id_number", ID), custody("name", "张三", "id_number", ID2),
                custody("name", "张三", "birth_date", "1980-01-01")));
        assertThat(r.persons()).hasSize(2);
        assertThat(r.stats().unresolved()).isEqualTo(1);
    }

    @Test
    void samplesAreShownByKindThenInTheRecordsOrderAndTheFirstFiftyAreKept() {
        List<AgencyRecord> records = new ArrayList<>();
        // 70 numbers each given a second name, then 30 broken numbers, then a name alone
        for (int i = 0; i < 70; i++) {
            String body = "210682" + (1950 + i) + "0101123";
            String n = body + IdNumber.checkCharacter(body);
            records.add(custody("name", "甲" + i, "id_number", n));
            records.add(custody("name", "乙" + i, "id_number", n));
        }
        for (int i = 0; i < 30; i++) {
            records.add(custody("name", "丙" + i, "id_number", BODY + "0", "birth_date", "1980-01-01"));
        }
        records.add(custody("name", "丁"));
        var r = IdentityResolver.resolve(records);
        List<String> samples = r.stats().samples();
        assertThat(samples).hasSize(IdentityResolver.MAX_SAMPLES_KEPT);
        assertThat(samples.subList(0, 30)).allSatisfy(s -> assertThat(s).contains("身份证号无效"));
        assertThat(samples.get(0)).startsWith("custody.csv:142 ");
        assertThat(samples.get(30)).startsWith("custody.csv:172 ").contains("不自动关联");
        // the shared numbers in the order they were first given, not the order of any table
        List<String> shared = samples.subList(31, 50);
        for (int i = 0; i < shared.size(); i++) {
            assertThat(shared.get(i)).isEqualTo("custody.csv:" + (2 + 2 * i) + " 同一身份证号对应不同姓名: 甲" + i + "/乙" + i);
        }
        assertThat(r.samples()).extracting(IdentityResolver.Sample::text).isEqualTo(samples);
        assertThat(r.samples()).isSortedAccordingTo(IdentityResolver.Sample.ORDER);
    }

    @Test
    void aRowGivenTwiceInAnotherFileIsOneRecordOfThePersonAndIsCountedAndShown() {
        AgencyRecord first = custodyIn("custody.csv", 7, "name", "张三", "id_number", ID, "case_number", "(2024)辽0682刑初1号");
        AgencyRecord again = custodyIn("custody_2024.csv", 3, "name", "張三", "id_number", ID, "case_number", "(2024)辽0682刑初1号");
        AgencyRecord otherStay = custodyIn("custody_2024.csv", 4, "name", "张三", "id_number", ID, "case_number", "(2024)辽0682刑初2号");
        var r = IdentityResolver.resolve(List.of(first, again, otherStay));
        assertThat(r.persons()).singleElement().satisfies(p -> assertThat(p.custody()).containsExactly((CustodyStay) first, (CustodyStay) otherStay));
        assertThat(r.stats().duplicateRecords()).isEqualTo(1);
        assertThat(r.stats().linkedById()).isEqualTo(3);
        assertThat(r.stats().samples()).containsExactly("custody_2024.csv:3 与 custody.csv:7 各列相同（同一行给了两次），按一条记录计");
    }

    @Test
    void rowsThatDifferInAnyValueTheModelsReadAreBothKeptButAColumnNoModelReadsDoesNotCount() {
        AgencyRecord first = custodyIn("custody.csv", 2, "name", "张三", "id_number", ID, "left_on", "2024-05-01");
        AgencyRecord laterLeft = custodyIn("custody_2.csv", 2, "name", "张三", "id_number", ID, "left_on", "2024-05-02");
        AgencyRecord withRemark = custodyIn("custody_3.csv", 2, "name", "张三", "id_number", ID, "left_on", "2024-05-01",
                "导出时间", "2024-10-01");
        var r = IdentityResolver.resolve(List.of(first, laterLeft, withRemark));
        assertThat(r.persons()).singleElement().satisfies(p -> assertThat(p.custody()).containsExactly((CustodyStay) first, (CustodyStay) laterLeft));
        assertThat(r.stats().duplicateRecords()).isEqualTo(1);
    }

    @Test
    void twoJudgmentsOfOneCaseThatDifferAreBothKeptCountedAndNamedWithTheColumnsThatDiffer() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("name", "张三");
        row.put("id_number", ID);
        row.put("case_number", "(2023)辽0682刑初5号");
        row.put("effective_date", "2023-05-10");
        row.put("principal_penalty", "有期徒刑");
        row.put("term_months", "24");
        row.put("fine_amount", "5000");
        Map<String, String> corrected = new LinkedHashMap<>(row);
        corrected.put("fine_amount", "6000");
        corrected.put("term_months", "30");
        AgencyRecord first = ((MappingResult.Accepted) mapper.map(new RawRow(new SourceRef(Dataset.JUDGMENTS, "judgments.csv", 4), row))).record();
        AgencyRecord second = ((MappingResult.Accepted) mapper.map(new RawRow(new SourceRef(Dataset.JUDGMENTS, "judgments_new.csv", 9),
                corrected))).record();
        var r = IdentityResolver.resolve(List.of(first, second));
        assertThat(r.persons()).singleElement().satisfies(p -> assertThat(p.judgments()).hasSize(2));
        assertThat(r.stats().conflictingRecords()).isEqualTo(1);
        assertThat(r.stats().duplicateRecords()).isZero();
        assertThat(r.stats().samples()).containsExactly(
                "judgments_new.csv:9 与 judgments.csv:4 是同一人同一案号的判决，但 term_months、fine_amount 不同：两条都保留，请核对哪条为准");
    }

    @Test
    void twoSnapshotsOfOneEnforcementCaseAreBothKeptAndNamedButCasesOfOtherNumbersAreNot() {
        Map<String, String> open = new LinkedHashMap<>();
        open.put("name", "张三");
        open.put("id_number", ID);
        open.put("enforcement_number", "(2023)辽0682执100号");
        open.put("source_case_number", "(2023)辽0682刑初5号");
        open.put("filed_on", "2023-06-01");
        open.put("target_amount", "5000");
        open.put("executed_amount", "0");
        Map<String, String> closed = new LinkedHashMap<>(open);
        closed.put("executed_amount", "5000");
        closed.put("closed_on", "2024-02-01");
        Map<String, String> another = new LinkedHashMap<>(open);
        another.put("enforcement_number", "(2024)辽0682执7号");
        List<AgencyRecord> cases = new ArrayList<>();
        int at = 2;
        for (Map<String, String> row : List.of(open, closed, another)) {
            cases.add(((MappingResult.Accepted) mapper.map(new RawRow(new SourceRef(Dataset.ENFORCEMENT, "enforcement.csv", at++), row)))
                    .record());
        }
        var r = IdentityResolver.resolve(cases);
        assertThat(r.persons()).singleElement().satisfies(p -> assertThat(p.enforcement()).hasSize(3));
        assertThat(r.stats().conflictingRecords()).isEqualTo(1);
        assertThat(r.stats().samples()).containsExactly("enforcement.csv:3 与 enforcement.csv:2 是同一人同一执行案号的执行案件，但 "
                + "executed_amount、closed_on 不同：两条都保留，请核对哪条为准");
    }

    @Test
    void anUnlinkedRowGivenTwiceIsOneUnresolvedRecord() {
        AgencyRecord first = custodyIn("custody.csv", 2, "name", "张三");
        AgencyRecord again = custodyIn("custody_2.csv", 2, "name", "张三");
        var r = IdentityResolver.resolve(List.of(first, again));
        assertThat(r.unresolved()).containsExactly(first);
        assertThat(r.stats().duplicateRecords()).isEqualTo(1);
        assertThat(r.stats().unresolved()).isEqualTo(2);
    }

    @Test
    void oneNumberCarriedByDifferentNamesIsReportedAndStillLinks() {
        var r = IdentityResolver.resolve(List.of(custody("name", "张三", "id_number", ID), custody("name", "李四", "id_number", ID)));
        assertThat(r.persons()).singleElement().satisfies(p -> assertThat(p.custody()).hasSize(2));
        assertThat(r.stats().sharedNumbers()).isEqualTo(1);
        assertThat(r.stats().samples()).allSatisfy(s -> assertThat(s).doesNotContain(ID));
    }

    @Test
    void withoutAnyNumberRecordsWithTheSameNameAndBirthDateAreOnePersonWithoutANumber() {
        List<AgencyRecord> records = new ArrayList<>();
        records.add(custody("name", "王五", "birth_date", "1975-05-05"));
        records.add(custody("name", "王五", "birth_date", "1975年5月5日", "admitted_on", "2024-06-01"));
        var r = IdentityResolver.resolve(records);
        assertThat(r.persons()).singleElement().satisfies(p -> {
            assertThat(p.idNumber()).isEmpty();
            assertThat(p.custody()).hasSize(2);
        });
        assertThat(r.index().find(records.get(0).identity())).isPresent();
    }
}

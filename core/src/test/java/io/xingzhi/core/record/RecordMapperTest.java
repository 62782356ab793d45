package io.xingzhi.core.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.value.IdNumber;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordMapperTest {
    private static final String BODY = "21068219800101123";
    private static final String ID = BODY + IdNumber.checkCharacter(BODY);
    private final RecordMapper mapper = RecordMapper.standard();

    private static RawRow row(Dataset d, String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return new RawRow(new SourceRef(d, d.fileStem() + ".csv", 7), m);
    }

    @Test
    void chineseHeadersMapToCanonicalFieldsAndUnknownColumnsAreKept() {
        MappingResult r = mapper.map(row(Dataset.CUSTODY, "姓名", "张三", "身份证号", ID, "入所日期", "2024/3/5",
                "出所原因", "送监执行", "备注", "自带"));
        assertThat(r).isInstanceOf(MappingResult.Accepted.class);
        CustodyStay s = (CustodyStay) ((MappingResult.Accepted) r).record();
        assertThat(s.admittedOn()).hasToString("2024-03-05");
        assertThat(s.leaveReason()).contains(LeaveReason.TO_PRISON);
        assertThat(s.extra()).containsEntry("备注", "自带");
    }

    @Test
    void aRequiredDateThatCannotBeReadRejectsTheRowWithFieldAndLine() {
        MappingResult r = mapper.map(row(Dataset.ACTIVITIES, "name", "张三", "occurred_on", "2024-02-30"));
        Rejection rej = ((MappingResult.Rejected) r).rejection();
        assertThat(rej.ref().line()).isEqualTo(7);
        assertThat(rej.reason()).startsWith("occurred_on:");
    }

    @Test
    void anIdentityNumberTypedIntoAnotherFieldNeverAppearsInTheReason() {
        MappingResult r = mapper.map(row(Dataset.ACTIVITIES, "name", "张三", "occurred_on", ID));
        String reason = ((MappingResult.Rejected) r).rejection().reason();
        assertThat(reason).doesNotContain(ID).doesNotContain(ID.substring(0, 15));
    }

    @Test
    void anInvalidIdentityNumberKeepsTheRowForNameAndBirthDateLinking() {
        MappingResult r = mapper.map(row(Dataset.CUSTODY, "姓名", "张三", "身份证号", BODY + "0", "出生日期", "1980-01-01",
                "入所日期", "2024-03-05"));
        AgencyRecord rec = ((MappingResult.Accepted) r).record();
        assertThat(rec.identity().idNumber()).isEmpty();
        assertThat(rec.identity().idProblem()).isPresent();
        assertThat(rec.identity().idProblem().get()).doesNotContain(BODY);
        assertThat(rec.identity().linkable()).isTrue();
    }

    @Test
    void aRowAboutNobodyIsRejected() {
        MappingResult r = mapper.map(row(Dataset.ACTIVITIES, "occurred_on", "2024-03-05"));
        assertThat(((MappingResult.Rejected) r).rejection().reason()).contains("about nobody");
    }

    @Test
    void blankStructuredFieldsOfAJudgmentAreFilledFromItsText() {
        MappingResult r = mapper.map(row(Dataset.JUDGMENTS, "name", "张三", "id_number", ID, "effective_date", "2024-01-10",
                "sentence_text", "判处有期徒刑三年六个月，缓刑四年，并处罚金人民币五万元，剥夺政治权利二年"));
        Judgment j = (Judgment) ((MappingResult.Accepted) r).record();
        assertThat(j.term().orElseThrow().totalMonths()).isEqualTo(42);
        assertThat(j.suspended()).isTrue();
        assertThat(j.fine().orElseThrow().yuan()).isEqualByComparingTo("50000");
        assertThat(j.politicalRights().orElseThrow().totalMonths()).isEqualTo(24);
    }

    @Test
    void aStructuredFieldGivenWinsOverTheText() {
        MappingResult r = mapper.map(row(Dataset.JUDGMENTS, "name", "张三", "id_number", ID, "effective_date", "2024-01-10",
                "fine_amount", "1万", "sentence_text", "判处有期徒刑三年，并处罚金人民币五万元"));
        Judgment j = (Judgment) ((MappingResult.Accepted) r).record();
        assertThat(j.fine().orElseThrow().yuan()).isEqualByComparingTo("10000");
    }

    @Test
    void extraHeaderAliasesAreHonoured() {
        RecordMapper m = new RecordMapper(HeaderAliases.withExtra(Map.of(Dataset.CUSTODY, Map.of("left_on", java.util.List.of("离所日期")))));
        MappingResult r = m.map(row(Dataset.CUSTODY, "姓名", "张三", "身份证号", ID, "入所日期", "2024-03-05", "离所日期", "2024-04-01"));
        assertThat(((CustodyStay) ((MappingResult.Accepted) r).record()).leftOn()).isPresent();
    }
}

package io.xingzhi.core.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.value.Months;
import io.xingzhi.core.value.PrincipalPenalty;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecordMapperTest {
    private static final String BODY = TestRows.BODY;
    private static final String ID = TestRows.ID;
    private final RecordMapper mapper = RecordMapper.standard();

    private static RawRow row(Dataset d, String... kv) {
        return TestRows.row(d, 7, kv);
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
    void rowsWhoseUnknownColumnsAreEmptyShareOneMapAndKeepTheColumns() {
        CustodyStay a = (CustodyStay) ((MappingResult.Accepted) mapper.map(row(Dataset.CUSTODY, "身份证号", ID,
                "入所日期", "2024-03-05", "备注", "", "来源", ""))).record();
        CustodyStay b = (CustodyStay) ((MappingResult.Accepted) mapper.map(row(Dataset.CUSTODY, "身份证号", ID,
                "入所日期", "2024-04-05", "备注", "", "来源", ""))).record();
        CustodyStay filled = (CustodyStay) ((MappingResult.Accepted) mapper.map(row(Dataset.CUSTODY, "身份证号", ID,
                "入所日期", "2024-04-05", "备注", "自带", "来源", ""))).record();
        assertThat(a.extra()).isEqualTo(Map.of("备注", "", "来源", ""));
        assertThat(b.extra()).isSameAs(a.extra());
        assertThat(filled.extra()).isEqualTo(Map.of("备注", "自带", "来源", "")).isNotSameAs(a.extra());
    }

    @Test
    void rowsNamingTheSameLabelShareOneValue() {
        // custody stays by the hundred thousand: each leave reason, correction type or closure is held once
        CustodyStay a = (CustodyStay) ((MappingResult.Accepted) mapper.map(row(Dataset.CUSTODY, "身份证号", ID,
                "入所日期", "2024-03-05", "出所原因", "送监执行"))).record();
        CustodyStay b = (CustodyStay) ((MappingResult.Accepted) mapper.map(row(Dataset.CUSTODY, "身份证号", ID,
                "入所日期", "2024-04-05", "出所原因", "送监执行"))).record();
        assertThat(a.leaveReason()).contains(LeaveReason.TO_PRISON).isSameAs(b.leaveReason());
    }

    @Test
    void excelsTextWrapperIsReadAsTheValueItWrapsInEveryField() {
        MappingResult r = mapper.map(row(Dataset.CUSTODY, "姓名", "=\"张三\"", "身份证号", "=\"" + ID + "\"",
                "入所日期", " =\"2024-03-05\" ", "出所日期", "=\" \"", "案号", "=\"(2024)辽0682刑初123号\""));
        CustodyStay s = (CustodyStay) ((MappingResult.Accepted) r).record();
        assertThat(s.identity().idNumber().orElseThrow().value()).isEqualTo(ID);
        assertThat(s.identity().name().orElseThrow().value()).isEqualTo("张三");
        assertThat(s.admittedOn()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(s.leftOn()).isEmpty();
        assertThat(s.caseNumber().orElseThrow().value()).isEqualTo("(2024)辽0682刑初123号");
    }

    @Test
    void anIdentityNumberWithExcelsLeadingApostropheIsThatNumber() {
        MappingResult r = mapper.map(row(Dataset.CUSTODY, "身份证号", "'" + ID, "入所日期", "'2024-03-05"));
        CustodyStay s = (CustodyStay) ((MappingResult.Accepted) r).record();
        assertThat(s.identity().idNumber().orElseThrow().value()).isEqualTo(ID);
        assertThat(s.admittedOn()).isEqualTo(LocalDate.of(2024, 3, 5));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"无", "暂无", "空", "/", "-", "--", "—", "——", "NULL", "null", "Null", "N/A", "n/a", "不详",
        "未知", " 无 ", "ＮＵＬＬ", "／", "－", "無", "暫無", "不詳", "=\"无\"", "=\"NULL\""})
    void aPlaceholderInAnOptionalDateKeepsTheRowWithoutTheDate(String placeholder) {
        MappingResult r = mapper.map(row(Dataset.CUSTODY, "姓名", "张三", "身份证号", ID, "入所日期", "2024-03-05",
                "出所日期", placeholder, "出所原因", placeholder, "案号", placeholder));
        CustodyStay s = (CustodyStay) ((MappingResult.Accepted) r).record();
        assertThat(s.leftOn()).as("still in custody").isEmpty();
        assertThat(s.leaveReason()).isEmpty();
        assertThat(s.caseNumber()).isEmpty();
    }

    @Test
    void anEnforcementCaseWhoseSourceIsWrittenNoneHasNoSourceCaseNumber() {
        MappingResult r = mapper.map(row(Dataset.ENFORCEMENT, "姓名", "张三", "身份证号", ID, "执行案号", "(2024)辽0682执1号",
                "执行依据", "无", "立案日期", "2024-03-05", "执行标的", "无", "结案日期", "/"));
        EnforcementCase c = (EnforcementCase) ((MappingResult.Accepted) r).record();
        assertThat(c.sourceCaseNumber()).isEmpty();
        assertThat(c.enforcementNumber()).isPresent();
        assertThat(c.target()).isEmpty();
        assertThat(c.closedOn()).as("still open").isEmpty();
    }

    @Test
    void aPlaceholderInTheFirstOfTwoColumnsOfAFieldGivesWayToTheSecondsValue() {
        MappingResult r = mapper.map(row(Dataset.ENFORCEMENT, "姓名", "张三", "执行依据", "无", "原审案号", "(2024)辽0682刑初1号",
                "立案日期", "2024-03-05"));
        EnforcementCase c = (EnforcementCase) ((MappingResult.Accepted) r).record();
        assertThat(c.sourceCaseNumber().orElseThrow().value()).isEqualTo("(2024)辽0682刑初1号");
    }

    @Test
    void aPlaceholderInAJudgmentsFineKeepsTheJudgmentWithoutAFine() {
        MappingResult r = mapper.map(row(Dataset.JUDGMENTS, "name", "张三", "id_number", ID, "effective_date", "2024-01-10",
                "principal_penalty", "有期徒刑", "fine_amount", "无", "judgment_date", "/", "term_months", "NULL"));
        Judgment j = (Judgment) ((MappingResult.Accepted) r).record();
        assertThat(j.fine()).isEmpty();
        assertThat(j.judgmentDate()).isEmpty();
        assertThat(j.term()).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"#N/A", "None", "nan", "NaN", "＃N/A"})
    void spreadsheetAndDataFrameEmptinessIsBlankToo(String value) {
        MappingResult r = mapper.map(row(Dataset.CUSTODY, "姓名", "张三", "入所日期", "2024-03-05", "出所日期", value));
        assertThat(((CustodyStay) ((MappingResult.Accepted) r).record()).leftOn()).as("still in custody").isEmpty();
    }

    @Test
    void aPlaceholderInARequiredFieldRejectsTheRowSayingItWasReadAsBlank() {
        MappingResult r = mapper.map(row(Dataset.CUSTODY, "姓名", "张三", "入所日期", "暂无"));
        assertThat(((MappingResult.Rejected) r).rejection().reason())
                .isEqualTo("admitted_on: required but blank (\"暂无\" says there is none, and is read as blank)");
    }

    @Test
    void aRowWhoseNameAndNumberAreWrittenUnknownIsAboutNobody() {
        MappingResult r = mapper.map(row(Dataset.CUSTODY, "姓名", "不详", "身份证号", "NULL", "入所日期", "2024-03-05"));
        assertThat(((MappingResult.Rejected) r).rejection().reason()).startsWith("name and id_number: both blank")
                .contains("\"不详\" says there is none").contains("\"NULL\" says there is none");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"无名氏", "NA", "无锡", "空军", "-5"})
    void valuesThatOnlyBeginLikeAPlaceholderAreValues(String value) {
        MappingResult r = mapper.map(row(Dataset.CUSTODY, "姓名", value, "入所日期", "2024-03-05", "看守所", value));
        CustodyStay s = (CustodyStay) ((MappingResult.Accepted) r).record();
        assertThat(s.detentionCenter()).isEqualTo(value);
    }

    @Test
    void anUnknownPersonIsANameNotAPlaceholder() {
        MappingResult r = mapper.map(row(Dataset.CUSTODY, "姓名", "无名氏", "入所日期", "2024-03-05"));
        CustodyStay s = (CustodyStay) ((MappingResult.Accepted) r).record();
        assertThat(s.identity().name().orElseThrow().value()).isEqualTo("无名氏");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"1900-01-01", "1900-01-01 00:00:00", "1899-12-30", "1899/12/31", "=\"1900-01-01\""})
    void aDaySystemsWriteForNoDateIsBlankInAnOptionalDate(String day) {
        MappingResult r = mapper.map(row(Dataset.CUSTODY, "姓名", "张三", "身份证号", ID, "出生日期", day,
                "入所日期", "2024-03-05", "出所日期", day));
        CustodyStay s = (CustodyStay) ((MappingResult.Accepted) r).record();
        assertThat(s.leftOn()).as("still in custody").isEmpty();
        assertThat(s.identity().birthDate()).as("the number's").contains(LocalDate.of(1980, 1, 1));
    }

    @Test
    void aDaySystemsWriteForNoDateInARequiredDateRejectsTheRowAsBlank() {
        MappingResult r = mapper.map(row(Dataset.ACTIVITIES, "name", "张三", "occurred_on", "1900-01-01 00:00:00"));
        assertThat(((MappingResult.Rejected) r).rejection().reason())
                .isEqualTo("occurred_on: required but blank (1900-01-01 is the day systems write for no date, and is read as blank)");
    }

    @Test
    void aRequiredDateThatCannotBeReadRejectsTheRowWithFieldAndLine() {
        MappingResult r = mapper.map(row(Dataset.ACTIVITIES, "name", "张三", "occurred_on", "2024-02-30"));
        Rejection rej = ((MappingResult.Rejected) r).rejection();
        assertThat(rej.ref().line()).isEqualTo(7);
        assertThat(rej.reason()).startsWith("occurred_on:");
    }

    @Test
    void anUnreadableValueIsQuotedOnceAndReasonsThatDifferOnlyInTheirValueAreOneKind() {
        MappingResult a = mapper.map(row(Dataset.CUSTODY, "姓名", "张三", "出生日期", "1980-01-01", "入所日期", "2024-13-45x2022-05-31"));
        MappingResult b = mapper.map(row(Dataset.CUSTODY, "姓名", "张三", "出生日期", "1980-01-01", "入所日期", "next Monday"));
        String ra = ((MappingResult.Rejected) a).rejection().reason();
        String rb = ((MappingResult.Rejected) b).rejection().reason();
        assertThat(ra).endsWith("(\"2024-13-45x2022-05-31\")").containsOnlyOnce("2024-13-45x2022-05-31");
        assertThat(Rejection.category(ra)).isEqualTo(Rejection.category(rb));
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

    @ParameterizedTest
    @ValueSource(strings = {"990426199112010074", "111111111111111", "210682198013011234"})
    void aNumberThatIsNotAnIdentityLeavesTheRowItsNameAndBirthDate(String notAnIdentity) {
        MappingResult r = mapper.map(row(Dataset.CUSTODY, "姓名", "张三", "身份证号", notAnIdentity,
                "出生日期", "1991-12-01", "入所日期", "2024-03-05"));
        RecordIdentity who = ((MappingResult.Accepted) r).record().identity();
        assertThat(who.idNumber()).isEmpty();
        assertThat(who.idProblem()).isPresent();
        assertThat(who.name().orElseThrow().value()).isEqualTo("张三");
        assertThat(who.birthDate()).hasValue(LocalDate.of(1991, 12, 1));
    }

    @Test
    void aRowAboutNobodyIsRejected() {
        MappingResult r = mapper.map(row(Dataset.ACTIVITIES, "occurred_on", "2024-03-05"));
        assertThat(((MappingResult.Rejected) r).rejection().reason()).contains("about nobody");
    }

    @Test
    void anEnforcementCaseWithASourceCaseNumberIsKeptWithoutNameOrNumber() {
        MappingResult r = mapper.map(row(Dataset.ENFORCEMENT, "执行依据", "(2024)辽06刑终5号", "立案日期", "2024-04-20"));
        RecordIdentity who = ((MappingResult.Accepted) r).record().identity();
        assertThat(who.name()).isEmpty();
        assertThat(who.idNumber()).isEmpty();
        MappingResult without = mapper.map(row(Dataset.ENFORCEMENT, "执行案号", "(2024)辽0603执55号", "立案日期", "2024-04-20"));
        assertThat(((MappingResult.Rejected) without).rejection().reason()).contains("about nobody");
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

    private Judgment judgment(String... kv) {
        String[] all = new String[kv.length + 6];
        System.arraycopy(new String[] {"name", "张三", "id_number", ID, "effective_date", "2024-01-10"}, 0, all, 0, 6);
        System.arraycopy(kv, 0, all, 6, kv.length);
        MappingResult r = mapper.map(row(Dataset.JUDGMENTS, all));
        assertThat(r).as("%s", r).isInstanceOf(MappingResult.Accepted.class);
        return (Judgment) ((MappingResult.Accepted) r).record();
    }

    private String judgmentRejection(String... kv) {
        String[] all = new String[kv.length + 6];
        System.arraycopy(new String[] {"name", "张三", "id_number", ID, "effective_date", "2024-01-10"}, 0, all, 0, 6);
        System.arraycopy(kv, 0, all, 6, kv.length);
        MappingResult r = mapper.map(row(Dataset.JUDGMENTS, all));
        assertThat(r).as("%s", r).isInstanceOf(MappingResult.Rejected.class);
        Rejection rejection = ((MappingResult.Rejected) r).rejection();
        assertThat(rejection.ref().line()).isEqualTo(7);
        assertThat(rejection.ref().source()).isEqualTo("judgments.csv");
        return rejection.reason();
    }

    @Test
    void aTermStatedInTheTextFillsBlankTermStartAndEnd() {
        Judgment j = judgment("sentence_text", "判处有期徒刑四年。（刑期自判决执行之日起计算，判决执行以前先行羁押的，"
                + "羁押一日折抵刑期一日。即自2023年12月30日起执行至2027年12月29日止）");
        assertThat(j.termStart()).hasValue(LocalDate.of(2023, 12, 30));
        assertThat(j.termEnd()).hasValue(LocalDate.of(2027, 12, 29));
    }

    @Test
    void termStartAndEndColumnsWinOverTheStatedTerm() {
        Judgment j = judgment("term_start", "2023-12-31", "sentence_text",
                "判处有期徒刑四年。刑期自2023年12月30日起至2027年12月29日止。");
        assertThat(j.termStart()).hasValue(LocalDate.of(2023, 12, 31));
        assertThat(j.termEnd()).hasValue(LocalDate.of(2027, 12, 29));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fine_amount|10000",
        "term_months|3年",
        "dpr_months|24",
        "probation_months|24",
    })
    void aJudgmentWithoutAPrincipalPenaltyIsRejectedNotTakenAsSupplementaryOnly(String field, String value) {
        assertThat(judgmentRejection(field, value)).startsWith("principal_penalty:")
                .contains("cannot be determined").contains("no sentence_text");
    }

    @Test
    void aTextThatNamesNoPrincipalPenaltyRejectsTheJudgmentWithTheTextsReason() {
        String reason = judgmentRejection("fine_amount", "1万元", "sentence_text",
                "犯盗窃罪，判处有期徒刑二年；犯诈骗罪，判处有期徒刑三年");
        assertThat(reason).contains("cannot be determined").contains("more than one offence");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "被告人张某犯盗窃罪，判处有期徒刑一年，刑期自二〇二四年正月五日起至二〇二五年正月四日止。|二〇二四年正月五日",
        "被告人张某犯盗窃罪，免予刑事处罚，并处罚金人民币五千元。|免予刑事处罚",
    })
    void aTextRefusedForAnotherReasonSaysItCannotBeReadRatherThanThatItNamesNone(String text, String named) {
        String reason = judgmentRejection("court", "某区人民法院", "sentence_text", text);
        assertThat(reason).contains("cannot be determined").contains("sentence_text cannot be read").contains(named)
                .doesNotContain("names none");
    }

    /** Agencies export the 刑种 of a suspended sentence as 有期徒刑（缓刑）: the penalty, with its probation from elsewhere. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "有期徒刑（缓刑）|probation_months|二年|FIXED_TERM",
        "有期徒刑缓刑|probation_months|24|FIXED_TERM",
        "拘役(缓刑)|probation_months|3个月|CRIMINAL_DETENTION",
        "拘役缓刑|sentence_text|判处拘役二个月，缓刑三个月，并处罚金人民币四千元|CRIMINAL_DETENTION",
    })
    void aPrincipalPenaltyLabelledSuspendedIsThePenaltyWithItsProbation(String label, String field, String value,
            PrincipalPenalty expected) {
        Judgment j = judgment("principal_penalty", label, field, value);
        assertThat(j.penalty()).hasValue(expected);
        assertThat(j.probation()).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"有期徒刑（缓刑）", "拘役缓刑"})
    void aPrincipalPenaltyLabelledSuspendedWithoutAProbationIsRejectedNotReadAsCustody(String label) {
        assertThat(judgmentRejection("principal_penalty", label, "term_months", "6")).startsWith("principal_penalty:")
                .contains("suspended").contains("probation_months is blank");
    }

    @Test
    void aTextThatNamesAPrincipalPenaltyWhoseTermCannotBeReadSaysSoRatherThanThatItNamesNone() {
        // a scanned 1 read as the letter l: the text names 有期徒刑, and the row is rejected for its unreadable term
        String reason = judgmentRejection("fine_amount", "1万元", "sentence_text", "判处有期徒刑l年，并处罚金人民币一万元");
        assertThat(reason).contains("cannot be determined").contains("sentence_text names 有期徒刑 but its term cannot be read")
                .doesNotContain("names none");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "principal_penalty|单处附加刑|SUPPLEMENTARY_ONLY",
        "principal_penalty|免予刑事处罚|EXEMPTED",
        "sentence_text|单处罚金人民币五千元|SUPPLEMENTARY_ONLY",
        "sentence_text|单处剥夺政治权利一年|SUPPLEMENTARY_ONLY",
        "sentence_text|单处没收财产人民币一万元|SUPPLEMENTARY_ONLY",
        "sentence_text|被告人张三犯诈骗罪，免予刑事处罚。|EXEMPTED",
    })
    void supplementaryOnlyAndExemptionAreTakenWhenTheJudgmentSaysSo(String field, String value, PrincipalPenalty p) {
        assertThat(judgment(field, value).penalty()).hasValue(p);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "principal_penalty|无期徒刑",
        "principal_penalty|死刑缓期二年执行",
        "sentence_text|被告人莫东欣犯受贿罪，判处死刑，缓期二年执行，并处没收个人全部财产，在其死刑缓期执行二年期满依法减为无期徒刑后，终身监禁，不得减刑、假释。",
        "sentence_text|判处无期徒刑",
    })
    void lifeImprisonmentAndDeathWithReprieveDepriveOfPoliticalRightsForLife(String field, String value) {
        assertThat(judgment(field, value).politicalRights()).hasValue(Months.ofLife());
    }

    @Test
    void aFixedTermKeepsItsOwnDeprivationOrNone() {
        assertThat(judgment("principal_penalty", "有期徒刑", "term_months", "36").politicalRights()).isEmpty();
        assertThat(judgment("principal_penalty", "有期徒刑", "term_months", "36", "dpr_months", "24").politicalRights())
                .hasValue(Months.of(24));
    }

    @Test
    void aRevokedProbationQuotedInAnAppellateTextDoesNotSuspendTheSentence() {
        Judgment j = judgment("sentence_text", "一、驳回上诉人黄梅的其他上诉请求；二、撤销丹东市振兴区人民法院(2022)辽0603刑初30号"
                + "刑事判决第三项，即被告人黄梅犯盗窃罪，判处有期徒刑三年，缓刑三年六个月。三、原审被告人黄梅犯盗窃罪，判处有期徒刑三年。");
        assertThat(j.suspended()).isFalse();
        assertThat(j.term()).hasValue(Months.of(36));
    }
}

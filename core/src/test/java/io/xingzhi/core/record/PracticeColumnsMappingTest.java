package io.xingzhi.core.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The optional columns and the optional dataset of CONTRACT.md §1 that the six kinds from practice need. */
class PracticeColumnsMappingTest {
    private static final String ID = TestRows.ID;
    private final RecordMapper mapper = RecordMapper.standard();

    private static RawRow row(Dataset d, String... kv) {
        return TestRows.row(d, 3, kv);
    }

    private AgencyRecord accepted(RawRow row) {
        MappingResult r = mapper.map(row);
        assertThat(r).isInstanceOf(MappingResult.Accepted.class);
        return ((MappingResult.Accepted) r).record();
    }

    @Test
    void correctionsReportedOnIsReadUnderEitherChineseName() {
        for (String header : new String[] {"报到日期", "入矫报到日期", "reported_on"}) {
            CorrectionTerm c = (CorrectionTerm) accepted(row(Dataset.CORRECTIONS, "姓名", "张三", "身份证号", ID,
                    "矫正起日", "2024-03-01", header, "2024年3月12日"));
            assertThat(c.reportedOn()).as(header).contains(LocalDate.of(2024, 3, 12));
        }
    }

    @Test
    void aCorrectionWithoutTheColumnHasNoReportDate() {
        CorrectionTerm c = (CorrectionTerm) accepted(row(Dataset.CORRECTIONS, "姓名", "张三", "身份证号", ID, "矫正起日", "2024-03-01"));
        assertThat(c.reportedOn()).isEmpty();
    }

    @Test
    void enforcementTransferredOnIsReadUnderEitherChineseName() {
        for (String header : new String[] {"移送执行日期", "移送日期", "transferred_on"}) {
            EnforcementCase e = (EnforcementCase) accepted(row(Dataset.ENFORCEMENT, "姓名", "张三", "身份证号", ID,
                    "执行依据", "(2024)辽0682刑初1号", header, "2024/5/6", "立案日期", "2024-05-20"));
            assertThat(e.transferredOn()).as(header).contains(LocalDate.of(2024, 5, 6));
        }
    }

    @Test
    void anUnreadableTransferDateRejectsTheRow() {
        MappingResult r = mapper.map(row(Dataset.ENFORCEMENT, "姓名", "张三", "身份证号", ID, "移送执行日期", "2024-02-30",
                "立案日期", "2024-05-20"));
        assertThat(((MappingResult.Rejected) r).rejection().reason()).startsWith("transferred_on:");
    }

    @Test
    void aCommutationRowIsMappedFromItsChineseHeaders() {
        Commutation c = (Commutation) accepted(row(Dataset.COMMUTATIONS, "姓名", "张三", "身份证号", ID, "原判案号", "（2020）辽0681刑初61号",
                "裁定书文号", "(2024)辽06刑更1号", "裁定类型", "假释", "裁定日期", "2024/1/6", "裁定法院", "辽宁省丹东市中级人民法院"));
        assertThat(c.caseNumber().orElseThrow().value()).isEqualTo("(2020)辽0681刑初61号");
        assertThat(c.rulingNumber().orElseThrow().value()).isEqualTo("(2024)辽06刑更1号");
        assertThat(c.rulingType()).contains(RulingType.PAROLE);
        assertThat(c.rulingDate()).isEqualTo(LocalDate.of(2024, 1, 6));
        assertThat(c.court()).isEqualTo("辽宁省丹东市中级人民法院");
    }

    @Test
    void aCommutationWithoutARulingDateIsRejected() {
        MappingResult r = mapper.map(row(Dataset.COMMUTATIONS, "姓名", "张三", "身份证号", ID, "案号", "(2020)辽0681刑初61号",
                "裁定类型", "减刑"));
        assertThat(((MappingResult.Rejected) r).rejection().reason()).contains("ruling_date");
    }

    @Test
    void aRulingTypeOtherThanCommutationOrParoleIsRejectedNotGuessed() {
        MappingResult r = mapper.map(row(Dataset.COMMUTATIONS, "姓名", "张三", "身份证号", ID, "裁定类型", "暂予监外执行",
                "裁定日期", "2024-01-06"));
        assertThat(((MappingResult.Rejected) r).rejection().reason()).startsWith("ruling_type:");
        assertThat(RulingType.fromLabel("减刑裁定")).contains(RulingType.COMMUTATION);
    }

    @Test
    void directorsAreReadUnderEveryTitleOfTheContract() {
        for (String title : new String[] {"董事", "董事长", "执行董事", "副董事长"}) {
            assertThat(RoleType.fromLabel(title)).as(title).isEqualTo(RoleType.DIRECTOR);
        }
        assertThat(RoleType.fromLabel("总经理")).isEqualTo(RoleType.MANAGER);
        assertThat(RoleType.DIRECTOR.companyOffice()).isTrue();
        assertThat(RoleType.DIRECTOR.controlling()).isFalse();
        assertThat(RoleType.SHAREHOLDER.companyOffice()).isFalse();
    }

    @Test
    void aLabelWithFullWidthOrNoBreakSpacesInsideIsStillItsLabel() {
        assertThat(LeaveReason.fromLabel("刑满\u3000释放")).contains(LeaveReason.SENTENCE_SERVED);
        assertThat(LeaveReason.fromLabel("送监\u00A0执行")).contains(LeaveReason.TO_PRISON);
        assertThat(RoleType.fromLabel("执行\u3000董事")).isEqualTo(RoleType.DIRECTOR);
        assertThat(RulingType.fromLabel(" 减\t刑 ")).contains(RulingType.COMMUTATION);
    }

    @Test
    void aLeaveAtTheTermsEndWrittenAsTheTermExpiringIsSentenceServedButAnotherPeriodExpiringIsNot() {
        for (String served : new String[] {"刑期届满释放", "刑期已满", "服刑期满释放", "刑满释放"}) {
            assertThat(LeaveReason.fromLabel(served)).as(served).contains(LeaveReason.SENTENCE_SERVED);
        }
        // the end of a detention or custody period, or a term not yet served, is no sentence served
        for (String other : new String[] {"拘留期满释放", "羁押期满释放", "刑期未满释放"}) {
            assertThat(LeaveReason.fromLabel(other)).as(other).contains(LeaveReason.RELEASED);
        }
    }

    @Test
    void theCommutationsDatasetIsFoundByName() {
        assertThat(Dataset.byName("commutations")).contains(Dataset.COMMUTATIONS);
        assertThat(Dataset.COMMUTATIONS.streamed()).isFalse();
        assertThat(Dataset.COMMUTATIONS.agency()).contains("减刑");
    }
}

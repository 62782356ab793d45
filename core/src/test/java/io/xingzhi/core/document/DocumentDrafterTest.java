package io.xingzhi.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xingzhi.core.identity.LinkedBy;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.lead.Evidence;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.lead.LeadKind;
import io.xingzhi.core.port.StoredLead;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.SourceRef;
import io.xingzhi.core.review.ReviewState;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentDrafterTest {
    static final LocalDate ISSUED = LocalDate.of(2024, 6, 3);

    static final LeadKind LATE_TRANSFER = LeadKind.of("custody-transfer", "看守所超期投送", "LATE_TRANSFER", "超期投送")
            .withAgency("看守所").withFacts("notice_on", "收到执行通知书日期", "days_late", "超期天数", "closed_on", "结案日期");

    static StoredLead custody(String id, String name, String caseNumber, LocalDate due, ReviewState state) {
        Lead l = new Lead(id, LATE_TRANSFER, Optional.empty(), name, caseNumber, "看守所", "丹东市看守所",
                Optional.of(due), name + "判决生效后超过30日才被投送监狱", List.of("刑事诉讼法第264条第2款", "监狱法第15条"),
                List.of(new Evidence(new SourceRef(Dataset.CUSTODY, "custody.csv", 7), "看守所羁押记录")),
                LinkedBy.NAME_BIRTH_DATE, false, false, DocumentType.CORRECTION_NOTICE,
                Map.of("notice_on", due.minusDays(30).toString(), "days_late", "12"), List.of());
        return new StoredLead(l, state, 2, 1, 1, Optional.empty(), Optional.empty());
    }

    @Test
    void aNumberedDraftShowsItsNumberUnderTheTitleAndAnUnnumberedOneNoLine() {
        StoredLead lead = custody("L1", "张三", "(2024)辽0682刑初123号", LocalDate.of(2024, 3, 10), ReviewState.CONFIRMED);
        for (DocumentType type : DocumentType.values()) {
            DocumentDraft numbered = DocumentDrafter.withDefaults().draft(List.of(lead), type, ISSUED, Optional.empty(),
                    "凤检刑执纠〔2024〕3号");
            DocumentDraft plain = DocumentDrafter.withDefaults().draft(List.of(lead), type, ISSUED, Optional.empty());

            assertThat(numbered.number()).isEqualTo("凤检刑执纠〔2024〕3号");
            assertThat(numbered.markdown()).contains("# " + type.label() + "\n\n凤检刑执纠〔2024〕3号\n\n丹东市看守所：");
            assertThat(plain.number()).isEmpty();
            assertThat(plain.markdown()).contains("# " + type.label() + "\n\n丹东市看守所：");
        }
    }

    @Test
    void confirmedCustodyLeadGivesACorrectionNoticeWithCaseNumberDueDateAndLegalBasis() {
        StoredLead lead = custody("L1", "张三", "(2024)辽0682刑初123号", LocalDate.of(2024, 3, 10), ReviewState.CONFIRMED);

        DocumentDraft d = DocumentDrafter.withDefaults().draft(lead, DocumentType.CORRECTION_NOTICE, ISSUED);

        assertThat(d.type()).isEqualTo(DocumentType.CORRECTION_NOTICE);
        assertThat(d.templateName()).isEqualTo("纠正违法通知书-custody-transfer.md");
        assertThat(d.recipient()).isEqualTo("丹东市看守所");
        assertThat(d.classCase()).isFalse();
        assertThat(d.legalBasis()).containsExactly("刑事诉讼法第264条第2款", "监狱法第15条");
        assertThat(d.replyDeadline()).isEqualTo(ISSUED.plusDays(15));
        assertThat(d.markdown()).contains("# 纠正违法通知书", "丹东市看守所：", "(2024)辽0682刑初123号", "张三",
                "法定期限：2024年3月10日", "收到执行通知书日期：2024年2月9日", "- 刑事诉讼法第264条第2款",
                "请于2024年6月18日前将纠正情况书面回复本院", "2024年6月3日", "存在以下违法情形")
                .doesNotContain("{{", "同类问题", "刑满未释放");
        assertThat(d.requestedCorrection()).startsWith("根据").contains("一个月内将罪犯送交监狱执行")
                .doesNotContain("依法按期释放");
        assertThat(d.facts()).singleElement().satisfies(f -> {
            assertThat(f.caseNumber()).isEqualTo("(2024)辽0682刑初123号");
            assertThat(f.dueOn()).contains(LocalDate.of(2024, 3, 10));
            assertThat(f.kindLabel()).isEqualTo("超期投送");
        });
    }

    @Test
    void threeLeadsAgainstOneAgencyGiveAClassCaseRecommendation() {
        List<StoredLead> leads = List.of(
                custody("L1", "张三", "(2024)辽0682刑初1号", LocalDate.of(2024, 1, 10), ReviewState.CONFIRMED),
                custody("L2", "李四", "(2024)辽0682刑初2号", LocalDate.of(2024, 3, 5), ReviewState.CONFIRMED),
                custody("L3", "王五", "(2024)辽0682刑初3号", LocalDate.of(2024, 2, 1), ReviewState.RECTIFIED));

        DocumentDraft d = DocumentDrafter.withDefaults().draft(leads, DocumentType.RECOMMENDATION, ISSUED, Optional.empty());

        assertThat(d.classCase()).isTrue();
        assertThat(d.leadIds()).containsExactly("L1", "L2", "L3");
        assertThat(d.templateName()).isEqualTo("检察建议-custody-transfer.md");
        assertThat(d.replyDeadline()).isEqualTo(LocalDate.of(2024, 8, 3));
        assertThat(d.legalBasis()).containsExactly("刑事诉讼法第264条第2款", "监狱法第15条");
        assertThat(d.markdown()).contains("# 检察建议", "3件同类问题（超期投送）", "发生于2024年1月10日至2024年3月5日期间",
                "1. 张三", "2. 李四", "3. 王五", "(2024)辽0682刑初3号")
                .doesNotContain("存在以下违法情形", "{{");
        assertThat(d.requestedCorrection()).contains("专项自查", "一个月内将罪犯送交监狱执行", "2024年8月3日");
    }

    @Test
    void aLeadNotConfirmedIsRefused() {
        StoredLead lead = custody("L1", "张三", "(2024)辽0682刑初1号", LocalDate.of(2024, 1, 10), ReviewState.VERIFYING);
        assertThatThrownBy(() -> DocumentDrafter.withDefaults().draft(lead, DocumentType.CORRECTION_NOTICE, ISSUED))
                .isInstanceOf(DocumentRefusedException.class).hasMessageContaining("L1").hasMessageContaining("VERIFYING");
    }

    @Test
    void aGroupAgainstTwoAgenciesIsRefused() {
        StoredLead a = custody("L1", "张三", "(2024)辽0682刑初1号", LocalDate.of(2024, 1, 10), ReviewState.CONFIRMED);
        Lead other = new Lead("L2", LATE_TRANSFER, Optional.empty(), "李四", "", "看守所", "凤城市看守所",
                Optional.empty(), "s", List.of(), List.of(), LinkedBy.NAME_BIRTH_DATE, false, false,
                DocumentType.CORRECTION_NOTICE, Map.of(), List.of());
        StoredLead b = new StoredLead(other, ReviewState.CONFIRMED, 2, 1, 1, Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> DocumentDrafter.withDefaults().draft(List.of(a, b), DocumentType.RECOMMENDATION, ISSUED,
                Optional.empty())).isInstanceOf(DocumentRefusedException.class).hasMessageContaining("凤城市看守所");
    }

    @Test
    void anEditedTemplateInFrontOfTheBundledOnesIsUsed() {
        TemplateSource edited = name -> name.equals("纠正违法通知书-custody-transfer.md")
                ? Optional.of("# {{title}}\n\n{{recipient}}：本院自定义模板。\n\n## 纠正意见\n\n请于{{reply_deadline}}前回复。\n")
                : Optional.empty();
        DocumentDrafter drafter = new DocumentDrafter(edited.orElse(TemplateSource.classpath()), "凤城市人民检察院",
                java.time.Period.ofDays(7), DocumentDrafter.DEFAULT_RECOMMENDATION_REPLY);
        StoredLead lead = custody("L1", "张三", "(2024)辽0682刑初1号", LocalDate.of(2024, 1, 10), ReviewState.CONFIRMED);

        assertThat(drafter.draft(lead, DocumentType.CORRECTION_NOTICE, ISSUED).markdown())
                .isEqualTo("# 纠正违法通知书\n\n丹东市看守所：本院自定义模板。\n\n## 纠正意见\n\n请于2024年6月10日前回复。\n");
        assertThat(drafter.draft(lead, DocumentType.RECOMMENDATION, ISSUED).markdown()).contains("凤城市人民检察院");
    }

    @Test
    void aTemplateWithoutTheCorrectionSectionIsRejectedByName() {
        DocumentDrafter drafter = new DocumentDrafter(name -> Optional.of("# {{title}}\n"), "院",
                DocumentDrafter.DEFAULT_NOTICE_REPLY, DocumentDrafter.DEFAULT_RECOMMENDATION_REPLY);
        StoredLead lead = custody("L1", "张三", "(2024)辽0682刑初1号", LocalDate.of(2024, 1, 10), ReviewState.CONFIRMED);
        assertThatThrownBy(() -> drafter.draft(lead, DocumentType.CORRECTION_NOTICE, ISSUED))
                .isInstanceOf(TemplateException.class).hasMessageContaining("纠正违法通知书-custody-transfer.md")
                .hasMessageContaining("## 纠正意见");
    }

    @Test
    void everyBundledTemplateRendersForEveryModel() {
        for (String model : List.of("custody-transfer", "political-rights", "prohibition-order", "property-penalty", "other")) {
            for (DocumentType t : DocumentType.values()) {
                LeadKind any = LeadKind.of(model, "某模型", "ANY", "某类").withFacts("closed_on", "结案日期");
                Lead l = new Lead("X", any, Optional.empty(), "赵六", "(2023)辽06刑终45号", "法院", "东港市人民法院",
                        Optional.empty(), "摘要", List.of("某法第1条"), List.of(), LinkedBy.NAME_BIRTH_DATE, false, false, t,
                        Map.of("closed_on", "2024-01-15"), List.of());
                DocumentDraft d = DocumentDrafter.withDefaults().draft(
                        new StoredLead(l, ReviewState.CONFIRMED, 2, 1, 1, Optional.empty(), Optional.empty()), t, ISSUED);
                assertThat(d.markdown()).contains("(2023)辽06刑终45号", "某法第1条").doesNotContain("{{");
                assertThat(d.requestedCorrection()).isNotBlank();
            }
        }
    }
}

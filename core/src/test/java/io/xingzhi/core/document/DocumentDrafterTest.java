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
            .withAgency("看守所").withFacts("notice_on", "收到执行通知书日期", "deadline", "应当投送监狱的期限", "left_on", "出所日期",
                    "days_late", "超期天数");

    static StoredLead custody(String id, String name, String caseNumber, LocalDate due, ReviewState state) {
        Lead l = new Lead(id, LATE_TRANSFER, Optional.empty(), name, caseNumber, "看守所", "丹东市看守所",
                Optional.of(due), name + "判决生效后超过30日才被投送监狱", List.of("刑事诉讼法第264条第2款", "监狱法第15条"),
                List.of(new Evidence(new SourceRef(Dataset.CUSTODY, "custody.csv", 7), "看守所羁押记录")),
                LinkedBy.NAME_BIRTH_DATE, false, false, DocumentType.CORRECTION_NOTICE,
                Map.of("notice_on", due.minusDays(30).toString(), "deadline", due.toString(), "left_on", due.plusDays(12).toString(),
                        "days_late", "12"), List.of());
        return new StoredLead(l, state, 2, 1, 1, Optional.empty(), Optional.empty());
    }

    @Test
    void aNumberedDraftShowsItsNumberUnderTheTitleAndAnUnnumberedOneNoLine() {
        StoredLead lead = custody("L1", "张三", "(2024)辽0682刑初1号", LocalDate.of(2024, 1, 10), ReviewState.CONFIRMED);
        for (DocumentType type : List.of(DocumentType.CORRECTION_NOTICE, DocumentType.RECOMMENDATION)) {
            String title = type == DocumentType.CORRECTION_NOTICE ? "纠正违法通知书" : "检察建议书";
            DocumentDraft numbered = DocumentDrafter.withDefaults().draft(List.of(lead), type, ISSUED, Optional.empty(),
                    "凤检刑执纠〔2024〕3号");
            DocumentDraft plain = DocumentDrafter.withDefaults().draft(List.of(lead), type, ISSUED, Optional.empty());
            assertThat(numbered.number()).isEqualTo("凤检刑执纠〔2024〕3号");
            assertThat(numbered.markdown()).contains("# " + title + "\n\n凤检刑执纠〔2024〕3号\n\n丹东市看守所：");
            assertThat(plain.number()).isEmpty();
            assertThat(plain.markdown()).contains("# " + title + "\n\n丹东市看守所：");
        }
    }

    @Test
    void aConfirmedLeadIsStatedAsFoundOnVerificationToTheUnitTheDataNames() {
        StoredLead lead = custody("L1", "张三", "(2024)辽0682刑初123号", LocalDate.of(2024, 3, 10), ReviewState.CONFIRMED);
        DocumentDraft d = DocumentDrafter.withDefaults().draft(lead, DocumentType.CORRECTION_NOTICE, ISSUED);

        assertThat(d.recipient()).isEqualTo("丹东市看守所");
        assertThat(d.legalBasis()).containsExactly("刑事诉讼法第264条第2款", "监狱法第15条");
        assertThat(d.markdown()).contains("丹东市看守所：\n\n本院在刑事执行检察工作中经核查发现：罪犯张三（(2024)辽0682刑初123号）的判决已发生法律效力，"
                        + "你单位于2024年2月9日收到执行通知书，依法应当于2024年3月10日前将其送交监狱执行刑罚，实际于2024年3月22日才送交监狱，超期12日。",
                "上述行为违反了《中华人民共和国刑事诉讼法》第二百六十四条第二款、《中华人民共和国监狱法》第十五条的规定。根据《中华人民共和国人民检察院组织法》第二十一条的规定，特通知你单位予以纠正：",
                "请于2024年6月18日前将纠正情况书面回复本院。", "××县人民检察院\n\n2024年6月3日\n")
                .doesNotContain("疑似", "判决生效后超过30日", "。。", "（无）", "## ");
        assertThat(d.requestedCorrection()).isEqualTo("查明超期投送的原因，今后在收到执行通知书后依照法定期限将罪犯送交监狱执行刑罚。");
        assertThat(d.classCase()).isFalse();
        DocumentDraft.Fact f = d.facts().get(0);
        assertThat(f.name()).isEqualTo("张三");
        assertThat(f.dueOn()).contains(LocalDate.of(2024, 3, 10));
    }

    @Test
    void threeLeadsOfOneKindAgainstOneUnitAreAClassCaseRecommendationStatingEachOnceNumbered() {
        List<StoredLead> leads = List.of(
                custody("L1", "张三", "(2024)辽0682刑初1号", LocalDate.of(2024, 1, 10), ReviewState.CONFIRMED),
                custody("L2", "李四", "(2024)辽0682刑初2号", LocalDate.of(2024, 2, 20), ReviewState.DOCUMENT_ISSUED),
                custody("L3", "王五", "(2024)辽0682刑初3号", LocalDate.of(2024, 3, 5), ReviewState.CONFIRMED));
        DocumentDraft d = DocumentDrafter.withDefaults().draft(leads, DocumentType.RECOMMENDATION, ISSUED, Optional.empty());

        assertThat(d.classCase()).isTrue();
        assertThat(d.leadIds()).containsExactly("L1", "L2", "L3");
        assertThat(d.legalBasis()).containsExactly("刑事诉讼法第264条第2款", "监狱法第15条");
        assertThat(d.markdown()).contains("# 检察建议书", "2024年1月10日至2024年3月5日期间，你单位共发生超期投送问题3件，同类问题反复出现",
                "（一）罪犯张三", "（二）罪犯李四", "（三）罪犯王五", "请于2024年8月3日前将采纳和落实情况书面回复本院。");
        assertThat(d.requestedCorrection()).isEqualTo("建立交付执行期限预警机制，确保在收到执行通知书后依照法定期限将罪犯送交监狱执行刑罚。");
    }

    static final LeadKind ORDER_VIOLATED = LeadKind.of("prohibition-order", "社区矫正禁止令", "ORDER_VIOLATED", "违反禁止令")
            .withAgency("司法局").withFacts("order_from", "禁止令起始日期", "order_to", "禁止令截止日期", "occurred_on", "发生日期",
                    "role_start", "任职起始日期");

    static StoredLead violation(String id, String name, Map<String, String> facts) {
        Lead l = new Lead(id, ORDER_VIOLATED, Optional.empty(), name, "(2023)辽0603刑初" + id.substring(1) + "号", "司法局",
                "宝山司法所", Optional.empty(), name + "疑似违反禁止令", List.of("刑法第72条第2款"),
                List.of(new Evidence(new SourceRef(Dataset.ACTIVITIES, "activities.csv", 3), "活动记录")),
                LinkedBy.NAME_BIRTH_DATE, false, false, DocumentType.RECOMMENDATION, facts, List.of());
        return new StoredLead(l, ReviewState.CONFIRMED, 2, 1, 1, Optional.empty(), Optional.empty());
    }

    @Test
    void aClassCaseOfLeadsWithoutADueDateSpansWhenTheProblemsHappenedNotTheOrdersPeriods() {
        // the practice county's two 宝山司法所 violations: orders running to 2023-12-26 and 2024-12-16
        List<StoredLead> leads = List.of(
                violation("L1", "张三", Map.of("order_from", "2023-06-27", "order_to", "2023-12-26", "occurred_on", "2023-11-26")),
                violation("L2", "李四", Map.of("order_from", "2023-12-17", "order_to", "2024-12-16", "role_start", "2023-12-28")));

        DocumentDraft d = DocumentDrafter.withDefaults().draft(leads, DocumentType.RECOMMENDATION, LocalDate.of(2024, 10, 15),
                Optional.empty());
        io.xingzhi.core.stats.ClassCaseReport.Group g = io.xingzhi.core.stats.ClassCaseReport.of(leads, 2).groups().get(0);

        assertThat(d.markdown()).contains("2023年11月26日至2023年12月28日期间，你单位共发生违反禁止令问题2件")
                .doesNotContain("2024年12月16日期间");
        assertThat(g.earliest()).contains(LocalDate.of(2023, 11, 26));
        assertThat(g.latest()).contains(LocalDate.of(2023, 12, 28));
        assertThat(g.pattern()).startsWith("宝山司法所在2023年11月26日至2023年12月28日期间共有2件");
    }

    @Test
    void leadsOfSeveralKindsMakeOneDocumentAboutSeveralProblemsNotAClassCase() {
        StoredLead late = custody("L1", "张三", "(2024)辽0682刑初1号", LocalDate.of(2024, 1, 10), ReviewState.CONFIRMED);
        LeadKind heldPastTerm = LATE_TRANSFER.named("HELD_PAST_TERM", "刑满未释放").withFacts("term_end", "刑期届满日");
        Lead held = new Lead("L2", heldPastTerm, Optional.empty(), "李四", "(2023)辽0682刑初9号", "看守所", "丹东市看守所",
                Optional.of(LocalDate.of(2024, 4, 1)), "s", List.of("刑事诉讼法第264条第2款"), List.of(), LinkedBy.NAME_BIRTH_DATE,
                false, false, DocumentType.CORRECTION_NOTICE, Map.of("term_end", "2024-04-01"), List.of());
        DocumentDraft d = DocumentDrafter.withDefaults().draft(List.of(late, new StoredLead(held, ReviewState.CONFIRMED, 2, 1, 1,
                Optional.empty(), Optional.empty())), DocumentType.CORRECTION_NOTICE, ISSUED, Optional.empty());

        assertThat(d.classCase()).isFalse();
        assertThat(d.markdown()).contains("你单位存在以下违法情形：", "（一）罪犯张三", "（二）罪犯李四（(2023)辽0682刑初9号）的刑期于2024年4月1日届满",
                "（一）查明超期投送的原因", "（二）立即核实上述人员的刑期").doesNotContain("类案", "同类问题");
    }

    @Test
    void withoutAUnitInTheDataTheDocumentGoesToTheAgencyOfTheProcuratoratesPlace() {
        LeadKind notSupervised = LeadKind.of("political-rights", "剥夺政治权利罪犯脱漏管", "NOT_SUPERVISED", "漏管").withAgency("公安机关");
        Lead l = new Lead("P1", notSupervised, Optional.empty(), "赵六", "(2023)辽0682刑初5号", "公安机关", "", Optional.empty(), "s",
                List.of("刑法第58条"), List.of(), LinkedBy.ID_NUMBER, false, false, DocumentType.CORRECTION_NOTICE, Map.of(), List.of());
        DocumentDrafter drafter = new DocumentDrafter(TemplateSource.classpath(), "凤城市人民检察院", DocumentDrafter.DEFAULT_NOTICE_REPLY,
                DocumentDrafter.DEFAULT_RECOMMENDATION_REPLY);

        DocumentDraft d = drafter.draft(new StoredLead(l, ReviewState.CONFIRMED, 2, 1, 1, Optional.empty(), Optional.empty()),
                DocumentType.CORRECTION_NOTICE, ISSUED);

        assertThat(d.recipient()).isEqualTo("凤城市公安局");
        assertThat(d.markdown()).startsWith("# 凤城市人民检察院\n").contains("凤城市公安局：");
    }

    @Test
    void aLeadWithoutTheFactsOfItsKindsParagraphIsStatedByTheGenericParagraph() {
        LeadKind bare = LeadKind.of("custody-transfer", "看守所超期投送", "LATE_TRANSFER", "超期投送").withAgency("看守所")
                .withFacts("days_late", "超期天数");
        Lead l = new Lead("G1", bare, Optional.empty(), "孙七", "(2024)辽0682刑初7号", "看守所", "丹东市看守所", Optional.empty(), "s",
                List.of(), List.of(), LinkedBy.ID_NUMBER, false, false, DocumentType.CORRECTION_NOTICE, Map.of("days_late", "3"),
                List.of());
        DocumentDraft d = DocumentDrafter.withDefaults().draft(new StoredLead(l, ReviewState.CONFIRMED, 2, 1, 1, Optional.empty(),
                Optional.empty()), DocumentType.CORRECTION_NOTICE, ISSUED);

        assertThat(d.markdown()).contains("孙七（(2024)辽0682刑初7号）存在超期投送情形：超期天数为3。")
                .doesNotContain("上述行为违反了");
    }

    @Test
    void aLeadNotConfirmedIsRefusedInBothLanguages() {
        StoredLead lead = custody("L1", "张三", "(2024)辽0682刑初1号", LocalDate.of(2024, 1, 10), ReviewState.VERIFYING);
        assertThatThrownBy(() -> DocumentDrafter.withDefaults().draft(lead, DocumentType.CORRECTION_NOTICE, ISSUED))
                .isInstanceOf(DocumentRefusedException.class).hasMessageContaining("L1").hasMessageContaining("VERIFYING")
                .satisfies(e -> assertThat(((DocumentRefusedException) e).chineseMessage()).hasValueSatisfying(
                        m -> assertThat(m).contains("L1", "核查中", "成案")));
    }

    @Test
    void aGroupAgainstTwoUnitsIsRefused() {
        StoredLead a = custody("L1", "张三", "(2024)辽0682刑初1号", LocalDate.of(2024, 1, 10), ReviewState.CONFIRMED);
        Lead other = new Lead("L2", LATE_TRANSFER, Optional.empty(), "李四", "", "看守所", "凤城市看守所",
                Optional.empty(), "s", List.of(), List.of(), LinkedBy.NAME_BIRTH_DATE, false, false,
                DocumentType.CORRECTION_NOTICE, Map.of(), List.of());
        StoredLead b = new StoredLead(other, ReviewState.CONFIRMED, 2, 1, 1, Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> DocumentDrafter.withDefaults().draft(List.of(a, b), DocumentType.RECOMMENDATION, ISSUED,
                Optional.empty())).isInstanceOf(DocumentRefusedException.class).hasMessageContaining("凤城市看守所");
    }

    @Test
    void anEditedFrameInFrontOfTheBundledOnesIsUsedWithTheBundledParagraphs() {
        TemplateSource edited = name -> name.equals("纠正违法通知书.md")
                ? Optional.of("<!-- 本院自定义 -->\n# {{title}}\n\n{{recipient}}：本院自定义模板。{{fact}}\n\n请于{{reply_deadline}}前回复。\n")
                : Optional.empty();
        DocumentDrafter drafter = new DocumentDrafter(edited.orElse(TemplateSource.classpath()), "凤城市人民检察院",
                java.time.Period.ofDays(7), DocumentDrafter.DEFAULT_RECOMMENDATION_REPLY);
        StoredLead lead = custody("L1", "张三", "(2024)辽0682刑初1号", LocalDate.of(2024, 1, 10), ReviewState.CONFIRMED);

        assertThat(drafter.draft(lead, DocumentType.CORRECTION_NOTICE, ISSUED).markdown())
                .startsWith("# 纠正违法通知书\n\n丹东市看守所：本院自定义模板。罪犯张三").endsWith("请于2024年6月10日前回复。\n");
        assertThat(drafter.draft(lead, DocumentType.RECOMMENDATION, ISSUED).markdown()).contains("凤城市人民检察院");
    }

    @Test
    void aParagraphFileWithAStrayLineIsRejectedNamingFileAndLine() {
        TemplateSource broken = name -> name.equals("段落-custody-transfer.md")
                ? Optional.of("## LATE_TRANSFER\n事实：{{who}}超期。\n纠正：改正。\n") : Optional.empty();
        DocumentDrafter drafter = new DocumentDrafter(broken.orElse(TemplateSource.classpath()), "院",
                DocumentDrafter.DEFAULT_NOTICE_REPLY, DocumentDrafter.DEFAULT_RECOMMENDATION_REPLY);
        StoredLead lead = custody("L1", "张三", "(2024)辽0682刑初1号", LocalDate.of(2024, 1, 10), ReviewState.CONFIRMED);
        assertThatThrownBy(() -> drafter.draft(lead, DocumentType.CORRECTION_NOTICE, ISSUED))
                .isInstanceOf(TemplateException.class).hasMessageContaining("段落-custody-transfer.md, line 3");
    }

    @Test
    void aMissingFrameIsRejectedByName() {
        DocumentDrafter drafter = new DocumentDrafter(name -> Optional.empty(), "院",
                DocumentDrafter.DEFAULT_NOTICE_REPLY, DocumentDrafter.DEFAULT_RECOMMENDATION_REPLY);
        StoredLead lead = custody("L1", "张三", "(2024)辽0682刑初1号", LocalDate.of(2024, 1, 10), ReviewState.CONFIRMED);
        assertThatThrownBy(() -> drafter.draft(lead, DocumentType.CORRECTION_NOTICE, ISSUED))
                .isInstanceOf(TemplateException.class).hasMessageContaining("纠正违法通知书.md");
    }

    @Test
    void articlesAreCitedWithTheirTitlesAndChineseNumerals() {
        assertThat(Citations.cite("刑事诉讼法第264条")).isEqualTo("《中华人民共和国刑事诉讼法》第二百六十四条");
        assertThat(Citations.cite("人民检察院刑事诉讼规则第625条第（二）项")).isEqualTo("《人民检察院刑事诉讼规则》第六百二十五条第（二）项");
        assertThat(Citations.cite("刑法第77条第2款")).isEqualTo("《中华人民共和国刑法》第七十七条第二款");
        assertThat(Citations.cite("最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释第529条"))
                .isEqualTo("《最高人民法院关于适用〈中华人民共和国刑事诉讼法〉的解释》第五百二十九条");
        assertThat(Citations.cite("最高人民法院、公安部《关于禁止令的规定（试行）》第9条")).isEqualTo("最高人民法院、公安部《关于禁止令的规定（试行）》第九条");
        assertThat(Citations.cite("某规定第3条至第6条")).isEqualTo("《某规定》第三条至第六条");
        assertThat(Citations.chinese(10)).isEqualTo("十");
        assertThat(Citations.chinese(110)).isEqualTo("一百一十");
        assertThat(Citations.chinese(1005)).isEqualTo("一千零五");
        assertThat(Citations.chinese(20)).isEqualTo("二十");
    }
    /** A confirmed 超期投送 lead of case (2024)辽0682刑初1号 with this name, unit and days late, as the agency's data gave them. */
    private static StoredLead lateTransfer(String name, String unit, String daysLate) {
        Lead l = new Lead("L1", LATE_TRANSFER, Optional.empty(), name, "(2024)辽0682刑初1号", "看守所", unit,
                Optional.of(LocalDate.of(2024, 3, 10)), "摘要", List.of("监狱法第15条"),
                List.of(new Evidence(new SourceRef(Dataset.CUSTODY, "custody.csv", 7), "看守所羁押记录")),
                LinkedBy.ID_NUMBER, false, false, DocumentType.CORRECTION_NOTICE,
                Map.of("notice_on", "2024-02-09", "deadline", "2024-03-10", "left_on", "2024-03-22", "days_late", daysLate),
                List.of());
        return new StoredLead(l, ReviewState.CONFIRMED, 2, 1, 1, Optional.empty(), Optional.empty());
    }

    /**
     * An agency's export is not trusted: a unit, a name or a fact with a line break in it (a quoted CSV
     * cell may hold one) must not start lines of its own in an official document, where {@code # …}
     * would be drafted as a heading and {@code - …} as a list item.
     */
    @Test
    void aLineBreakInTheAgencysDataStartsNoLineOfTheDocument() {
        StoredLead lead = lateTransfer("张三\n# 伪造的标题", "丹东市看守所\r\n# 伪造的标题\u2028- 假的一项", "12\n\n## 伪造");

        DocumentDraft d = DocumentDrafter.withDefaults().draft(List.of(lead), DocumentType.CORRECTION_NOTICE, ISSUED,
                Optional.empty(), "凤检刑执纠〔2024〕3号");

        assertThat(d.recipient()).isEqualTo("丹东市看守所 # 伪造的标题 - 假的一项");
        assertThat(d.markdown()).contains("\n丹东市看守所 &#35; 伪造的标题 - 假的一项：\n", "罪犯张三 &#35; 伪造的标题（(2024)辽0682刑初1号）");
        assertThat(d.markdown().lines()).noneMatch(line -> line.startsWith("# 伪造") || line.startsWith("## ")
                || line.startsWith("- ")).filteredOn(line -> line.startsWith("#"))
                .containsExactly("# ××县人民检察院", "# 纠正违法通知书");
    }

    /**
     * A value from the agency's data can be neither HTML nor a link in a viewer that renders the .md
     * file (Typora, an editor's preview): its Markdown and HTML characters are character references,
     * which every viewer shows as the characters themselves.
     */
    @Test
    void theDataCannotBecomeHtmlOrALinkInTheMarkdownDraft() {
        StoredLead lead = lateTransfer("[点此回复](javascript:alert(1))", "<img src=x onerror=alert(1)>看守所", "12 <b>&amp;</b>");

        DocumentDraft d = DocumentDrafter.withDefaults().draft(List.of(lead), DocumentType.CORRECTION_NOTICE, ISSUED,
                Optional.empty(), "凤检刑执纠〔2024〕3号");

        assertThat(d.recipient()).as("the addressee as the data names it").isEqualTo("<img src=x onerror=alert(1)>看守所");
        assertThat(d.markdown()).doesNotContain("<img", "<b>", "](javascript", "[点此")
                .contains("&lt;img src=x onerror=alert(1)&gt;看守所：", "&#91;点此回复&#93;(javascript:alert(1))",
                        "&lt;b&gt;&amp;amp;&lt;/b&gt;");
        assertThat(d.markdown().lines().map(MarkdownText::unescape))
                .contains("<img src=x onerror=alert(1)>看守所：").anyMatch(line -> line.contains("罪犯[点此回复](javascript:alert(1))"));
    }

    @Test
    void aReferralNoteOfSeveralLinesIsOneSentenceOfTheLetter() {
        StoredLead lead = custody("L1", "张三", "(2024)辽0682刑初1号", LocalDate.of(2024, 1, 10), ReviewState.CONFIRMED);

        DocumentDraft d = DocumentDrafter.withDefaults().draftReferral(List.of(lead), "公益诉讼部门\n# 伪造",
                "请一并审查\n# 伪造的标题\n| a | b |", ISSUED, Optional.empty(), "");

        assertThat(d.recipient()).isEqualTo("公益诉讼部门 # 伪造");
        assertThat(d.markdown()).contains("请一并审查 &#35; 伪造的标题 | a | b |。");
        assertThat(d.markdown().lines()).noneMatch(line -> line.startsWith("# 伪造") || line.startsWith("| a"));
    }
}

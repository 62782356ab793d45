package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.adapter.csv.CsvRecordSource;
import io.xingzhi.adapter.docx.DocxWriter;
import io.xingzhi.core.app.DocumentSettings;
import io.xingzhi.core.document.DocumentDraft;
import io.xingzhi.core.document.DocumentDrafter;
import io.xingzhi.core.engine.Engine;
import io.xingzhi.core.engine.StandardModels;
import io.xingzhi.core.identity.LinkedBy;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.lead.Evidence;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.lead.LeadKind;
import io.xingzhi.core.port.StoredLead;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.SourceRef;
import io.xingzhi.core.review.ReviewState;
import io.xingzhi.core.supervision.SupervisionModel;
import io.xingzhi.testkit.Fixtures;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of every standard model, in both documents, written as .docx and read back with POI,
 * reads like the instrument a prosecutor signs: addressed to the unit the data names, its facts
 * stated as found on verification in the kind's own paragraph, no doubled full stop, no placeholder,
 * no Markdown, no repeated line, no English. The leads are real ones from the two bundled county
 * fixtures where the fixtures have a lead of the kind; a kind they lack (a kind added later) is drafted
 * from a lead carrying every fact its kind declares, so a new kind is covered the day it arrives.
 */
class EveryKindDocumentReadsRightTest {
    static final String PROCURATORATE = "凤城市人民检察院";
    static final LocalDate ISSUED = LocalDate.of(2024, 10, 8);
    static final Map<String, Lead> REAL = new LinkedHashMap<>();

    @TempDir
    static Path dir;

    @BeforeAll
    static void runTheFixtures() throws Exception {
        for (String fixture : List.of(Fixtures.COUNTY, Fixtures.COUNTY_PRACTICE)) {
            Path data = Fixtures.copy(fixture, dir.resolve(fixture));
            for (Lead l : Engine.builder().source(new CsvRecordSource(data)).build().run(Fixtures.AS_OF).leads()) {
                REAL.putIfAbsent(l.kind().qualifiedCode(), l);
            }
        }
    }

    static List<LeadKind> standardKinds() {
        return StandardModels.all().stream().map(SupervisionModel::kinds).flatMap(List::stream).toList();
    }

    /** A lead of {@code k} with every fact its kind declares, a unit and a case number. */
    static Lead synthetic(LeadKind k) {
        Map<String, String> facts = new LinkedHashMap<>();
        int day = 1;
        for (String key : k.factLabels().keySet()) {
            facts.put(key, key.contains("days") || key.contains("amount") || key.equals("target") || key.equals("executed")
                    ? "12" : LocalDate.of(2024, 3, day++).toString());
        }
        return new Lead("XZ-" + k.code(), k, Optional.empty(), "赵六", "(2023)辽0682刑初45号", k.supervisedAgency(), "凤城市某单位",
                Optional.of(LocalDate.of(2024, 1, 15)), "摘要", k.legalBasis(),
                List.of(new Evidence(new SourceRef(Dataset.JUDGMENTS, "judgments.csv", 2), "生效裁判")), LinkedBy.ID_NUMBER, false,
                false, k.suggestedDocument(), facts, List.of());
    }

    static StoredLead confirmed(Lead l) {
        return new StoredLead(l, ReviewState.CONFIRMED, 2, 1, 1, Optional.empty(), Optional.empty());
    }

    @Test
    void theFixturesHaveARealLeadOfEveryKindTheyWereMadeFor() {
        assertThat(REAL).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void everyKindOfEveryStandardModelDraftsEachDocumentTypeSoItReadsRightAsDocx() throws Exception {
        DocumentDrafter drafter = DocumentSettings.defaults().withProcuratorate(PROCURATORATE).withNumberPrefix("凤检刑执").drafter();
        List<String> checked = new ArrayList<>();
        for (LeadKind k : standardKinds()) {
            Lead lead = REAL.getOrDefault(k.qualifiedCode(), synthetic(k));
            for (DocumentType type : DocumentType.values()) {
                String what = k.qualifiedCode() + " " + type.label() + (REAL.containsKey(k.qualifiedCode()) ? "" : " (synthetic)");
                DocumentDraft d = draft(drafter, confirmed(lead), type, "凤检刑执" + switch (type) {
                    case CORRECTION_NOTICE -> "纠";
                    case RECOMMENDATION -> "建";
                    case REFERRAL_LETTER -> "移";
                } + "〔2024〕7号");
                Path docx = dir.resolve(k.model() + "-" + k.code() + "-" + type.name() + ".docx");
                DocxWriter.write(d, docx);
                List<String> paragraphs = DocumentText.paragraphs(docx);

                DocumentText.assertReadsLikeAnInstrument(what, paragraphs, PROCURATORATE);
                String addressee = type.toSupervisedAgency() ? drafter.addressee(lead) : REFERRED_TO;
                assertThat(paragraphs.get(3)).as(what + ": the addressee").isEqualTo(addressee + "：");
                if (!lead.supervisedUnit().isBlank() && type.toSupervisedAgency()) {
                    assertThat(addressee).as(what).isEqualTo(lead.supervisedUnit());
                }
                assertThat(paragraphs.get(4)).as(what + ": the facts, found on verification")
                        .startsWith("本院在刑事执行检察工作中经核查发现：").contains(lead.name())
                        .doesNotContain("存在" + k.label() + "情形"); // its own paragraph, not the generic one
                assertThat(String.join("\n", paragraphs)).as(what).contains(lead.caseNumber(), "凤检刑执");
                assertThat(paragraphs.subList(paragraphs.size() - 2, paragraphs.size()))
                        .containsExactly(PROCURATORATE, "2024年10月8日");
                checked.add(what);
            }
        }
        assertThat(checked).hasSize(DocumentType.values().length * standardKinds().size()).hasSizeGreaterThanOrEqualTo(60);
    }

    static final String REFERRED_TO = "公益诉讼部门";

    /** A notice or recommendation to the lead's unit; a referral letter to {@link #REFERRED_TO}. */
    static DocumentDraft draft(DocumentDrafter drafter, StoredLead lead, DocumentType type, String number) {
        return type.toSupervisedAgency() ? drafter.draft(List.of(lead), type, ISSUED, Optional.empty(), number)
                : drafter.draftReferral(List.of(lead), REFERRED_TO, "", ISSUED, Optional.empty(), number);
    }

    @Test
    void aKindWithoutItsOwnParagraphStillReadsRightThroughTheGenericOne() throws Exception {
        LeadKind newKind = LeadKind.of("custody-transfer", "看守所超期投送", "LATE_NOTICE", "执行通知书送达超期").withAgency("法院")
                .withFacts("effective_date", "判决生效日", "notice_on", "收到执行通知书日期", "days_late", "超期天数")
                .withBasis("刑事诉讼法第264条", "人民检察院刑事诉讼规则第625条第（一）项");
        Lead lead = synthetic(newKind);
        DocumentDrafter drafter = DocumentSettings.defaults().withProcuratorate(PROCURATORATE).drafter();
        for (DocumentType type : DocumentType.values()) {
            Path docx = dir.resolve("new-kind-" + type.name() + ".docx");
            DocxWriter.write(draft(drafter, confirmed(lead), type, ""), docx);
            List<String> paragraphs = DocumentText.paragraphs(docx);
            DocumentText.assertReadsLikeAnInstrument("new kind " + type, paragraphs, PROCURATORATE);
            assertThat(paragraphs.get(2)).as("no number: the addressee under the title")
                    .isEqualTo((type.toSupervisedAgency() ? "凤城市某单位" : REFERRED_TO) + "：");
            assertThat(paragraphs.get(3)).isEqualTo("本院在刑事执行检察工作中经核查发现：赵六（(2023)辽0682刑初45号）存在执行通知书送达超期情形："
                    + "判决生效日为2024年3月1日，收到执行通知书日期为2024年3月2日，超期天数为12。");
        }
    }

    @Test
    void severalLeadsOfOneKindMakeAClassCaseStatingEachOnceAndTheRequestOnce() throws Exception {
        List<StoredLead> late = REAL.values().stream().filter(l -> l.kindCode().equals("LATE_TRANSFER")).limit(1)
                .map(EveryKindDocumentReadsRightTest::confirmed).toList();
        Lead one = late.get(0).lead();
        Lead two = new Lead("XZ-second", one.kind(), Optional.empty(), "钱七", "(2024)辽0682刑初99号", one.supervisedAgency(),
                one.supervisedUnit(), one.dueOn(), "s", one.legalBasis(), one.evidence(), one.linkedBy(), false, false,
                one.suggestedDocument(), one.facts(), List.of());
        DocumentDraft d = DocumentSettings.defaults().withProcuratorate(PROCURATORATE).drafter()
                .draft(List.of(late.get(0), confirmed(two)), DocumentType.RECOMMENDATION, ISSUED, Optional.empty());
        Path docx = dir.resolve("class-case.docx");
        DocxWriter.write(d, docx);
        List<String> paragraphs = DocumentText.paragraphs(docx);

        DocumentText.assertReadsLikeAnInstrument("class case", paragraphs, PROCURATORATE);
        assertThat(d.classCase()).isTrue();
        assertThat(paragraphs).anySatisfy(p -> assertThat(p).contains("你单位共发生超期投送问题2件"))
                .anySatisfy(p -> assertThat(p).startsWith("（一）罪犯" + one.name()))
                .anySatisfy(p -> assertThat(p).startsWith("（二）罪犯钱七"));
    }
}

package io.xingzhi.testkit;

import static io.xingzhi.testkit.SampleLeads.lead;
import static io.xingzhi.testkit.SampleLeads.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xingzhi.core.app.Actor;
import io.xingzhi.core.app.ApplicationServices;
import io.xingzhi.core.app.DocumentService;
import io.xingzhi.core.app.DocumentSettings;
import io.xingzhi.core.app.FiledDocument;
import io.xingzhi.core.app.InvalidFieldException;
import io.xingzhi.core.document.DocumentRefusedException;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.port.AuditEntry;
import io.xingzhi.core.port.StoredDocument;
import io.xingzhi.core.port.UnknownLeadException;
import io.xingzhi.core.review.ReviewAction;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Core's document service over the in-memory store: drafted, filed under the next number, audited. */
class DocumentServiceTest {
    static final Instant NOW = Instant.parse("2024-12-31T17:00:00Z"); // 2025-01-01 01:00 in Beijing
    static final Actor LI = new Actor("李检察官", "cli");

    InMemoryLeadStore store;
    DocumentService documents;

    @BeforeEach
    void confirmedLeads() {
        store = new InMemoryLeadStore();
        store.saveRun(run(LocalDate.of(2024, 6, 30), lead("A"), lead("B"), lead("N"),
                lead("C", "political-rights", "NOT_SUPERVISED", "东港市公安局")));
        ApplicationServices app = ApplicationServices.over(store)
                .clock(Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")))
                .documents(DocumentSettings.defaults().withProcuratorate("凤城市人民检察院").withNumberPrefix("凤检刑执"))
                .build();
        for (String id : List.of("A", "B", "C")) {
            app.reviews().review(id, 0, ReviewAction.verify(), "", LI);
            app.reviews().review(id, 1, ReviewAction.confirm(), "", LI);
        }
        documents = app.documents();
    }

    FiledDocument file(List<String> ids, String... pairs) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return documents.file(ids, m, LI);
    }

    @Test
    void aDocumentIsFiledUnderPrefixTypeMarkYearAndSequenceAndCarriesItsNumber() {
        FiledDocument d = file(List.of("A"), "document_type", "纠正违法通知书", "date", "2024-07-01");

        assertThat(d.number()).isEqualTo("凤检刑执纠〔2024〕1号");
        assertThat(d.draft().number()).isEqualTo(d.number());
        assertThat(d.draft().procuratorate()).isEqualTo("凤城市人民检察院");
        assertThat(d.draft().markdown()).contains("# 凤城市人民检察院", "凤检刑执纠〔2024〕1号", "请于2024年7月16日前");
        assertThat(store.documents()).containsExactly(new StoredDocument("凤检刑执纠〔2024〕1号", List.of("A"),
                DocumentType.CORRECTION_NOTICE, "凤检刑执纠〔2024〕1号", LocalDate.of(2024, 7, 1), "丹东市看守所",
                Optional.of(LocalDate.of(2024, 7, 16)), d.draft().markdown()));
    }

    @Test
    void numbersRunPerTypeAndYearAndADateDefaultsToTodayByTheClock() {
        assertThat(file(List.of("A"), "document_type", "CORRECTION_NOTICE", "date", "2024-07-01").number())
                .isEqualTo("凤检刑执纠〔2024〕1号");
        assertThat(file(List.of("A", "B"), "document_type", "RECOMMENDATION", "date", "2024-07-01").number())
                .isEqualTo("凤检刑执建〔2024〕1号");
        assertThat(file(List.of("B"), "document_type", "CORRECTION_NOTICE", "date", "2024-12-31").number())
                .isEqualTo("凤检刑执纠〔2024〕2号");
        FiledDocument today = file(List.of("C"), "document_type", "CORRECTION_NOTICE");
        assertThat(today.number()).isEqualTo("凤检刑执纠〔2025〕1号");
        assertThat(today.stored().date()).isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void aRefusedDocumentOrAnUnknownLeadFilesNothingAndUsesUpNoNumber() {
        assertThatThrownBy(() -> file(List.of("N"), "document_type", "纠正违法通知书", "date", "2024-07-01"))
                .isInstanceOf(DocumentRefusedException.class).hasMessageContaining("N");
        assertThatThrownBy(() -> file(List.of("A", "C"), "document_type", "检察建议", "date", "2024-07-01"))
                .isInstanceOf(DocumentRefusedException.class).hasMessageContaining("东港市公安局");
        assertThatThrownBy(() -> file(List.of("A", "NOPE"), "document_type", "检察建议", "date", "2024-07-01"))
                .isInstanceOf(UnknownLeadException.class);
        assertThat(store.documents()).isEmpty();
        assertThat(store.auditTrail(0, 100)).noneMatch(e -> e.action().equals("file document"));

        assertThat(file(List.of("A"), "document_type", "纠正违法通知书", "date", "2024-07-01").number())
                .isEqualTo("凤检刑执纠〔2024〕1号");
    }

    @Test
    void aDocumentWhoseNumberedDraftCannotBeWrittenFilesNothingAndTheNextTakesTheSameNumber() {
        Map<String, String> fields = Map.of("document_type", "纠正违法通知书", "date", "2024-07-01");
        List<String> seen = new java.util.ArrayList<>();

        assertThatThrownBy(() -> documents.file(List.of("A"), fields, LI, d -> {
            seen.add(d.number());
            throw new IllegalStateException("the disk is full");
        })).hasMessage("the disk is full");

        assertThat(seen).containsExactly("凤检刑执纠〔2024〕1号");
        assertThat(store.documents()).isEmpty();
        assertThat(store.auditTrail(0, 100)).noneMatch(e -> e.action().equals("file document"));
        List<String> written = new java.util.ArrayList<>();
        FiledDocument filed = documents.file(List.of("A"), fields, LI, d -> written.add(d.markdown()));
        assertThat(filed.number()).isEqualTo("凤检刑执纠〔2024〕1号");
        assertThat(written).containsExactly(filed.draft().markdown());
    }

    @Test
    void fieldsAreReadByNameAndABadOneIsNamed() {
        assertField(() -> file(List.of("A")), "document_type", "missing");
        assertField(() -> file(List.of("A"), "document_type", "MEMO"), "document_type", "MEMO");
        assertField(() -> file(List.of("A"), "type", "纠正违法通知书"), "type", "unknown field");
        assertField(() -> file(List.of("A"), "document_type", "纠正违法通知书", "issue_date", "2024-07-01"), "issue_date",
                "unknown field");
        assertField(() -> file(List.of("A"), "document_type", "纠正违法通知书", "date", "2024-07-10",
                "reply_deadline", "2024-07-01"), "reply_deadline", "before");
        assertField(() -> file(List.of(), "document_type", "纠正违法通知书"), "lead_ids", "at least one lead");
        assertThat(store.documents()).isEmpty();
    }

    @Test
    void eachFilingIsAuditedWithTheLeadsAndTheNumber() {
        file(List.of("A", "B"), "document_type", "检察建议", "date", "2024-07-01");

        assertThat(store.auditTrail(0, 100)).last().isEqualTo(new AuditEntry(NOW, "李检察官", "cli", "file document",
                List.of("A", "B"), "凤检刑执建〔2024〕1号 RECOMMENDATION"));
    }

    static void assertField(Runnable r, String field, String... words) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(InvalidFieldException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(words);
        });
    }

    @Test
    void aReferredLeadGetsAReferralLetterToItsRecipientNumberedInItsOwnSeries() {
        ApplicationServices app = ApplicationServices.over(store).clock(Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")))
                .documents(DocumentSettings.defaults().withProcuratorate("凤城市人民检察院").withNumberPrefix("凤检刑执")).build();
        app.reviews().review("A", 2, new ReviewAction.Refer("公益诉讼部门", LocalDate.of(2024, 7, 1), ""), "涉嫌损害社会公共利益", LI);
        file(List.of("A"), "document_type", "纠正违法通知书", "date", "2024-07-01");

        FiledDocument letter = file(List.of("A"), "document_type", "线索移送函", "date", "2024-07-02");

        assertThat(letter.number()).isEqualTo("凤检刑执移〔2024〕1号");
        assertThat(letter.draft().recipient()).isEqualTo("公益诉讼部门");
        assertThat(letter.draft().replyDeadline()).isEqualTo(LocalDate.of(2024, 8, 2));
        assertThat(letter.draft().markdown()).contains("# 线索移送函", "凤检刑执移〔2024〕1号", "公益诉讼部门：",
                "涉嫌损害社会公共利益。", "现将线索移送你处", "请依法审查处理，并于2024年8月2日前将处理情况反馈本院")
                .doesNotContain("{{", "丹东市看守所：");
        assertThat(letter.stored().type()).isEqualTo(DocumentType.REFERRAL_LETTER);
        assertThat(file(List.of("A"), "document_type", "REFERRAL_LETTER", "date", "2024-07-03").number())
                .isEqualTo("凤检刑执移〔2024〕2号");
    }

    @Test
    void aReferralLetterNeedsEveryLeadReferredToItsRecipientAndRecipientAppliesToItAlone() {
        ApplicationServices app = ApplicationServices.over(store).clock(Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"))).build();
        app.reviews().review("A", 2, new ReviewAction.Refer("公益诉讼部门", LocalDate.of(2024, 7, 1), ""), "", LI);
        app.reviews().review("A", 3, new ReviewAction.Refer("监察委员会", LocalDate.of(2024, 7, 1), ""), "", LI);
        app.reviews().review("C", 2, new ReviewAction.Refer("公益诉讼部门", LocalDate.of(2024, 7, 1), ""), "", LI);

        assertThatThrownBy(() -> file(List.of("B"), "document_type", "线索移送函"))
                .isInstanceOf(DocumentRefusedException.class).hasMessageContaining("B was not referred");
        assertThatThrownBy(() -> file(List.of("A", "C"), "document_type", "线索移送函"))
                .isInstanceOf(DocumentRefusedException.class).hasMessageContaining("not referred to 监察委员会");
        assertField(() -> file(List.of("A"), "document_type", "检察建议", "recipient", "公益诉讼部门"), "recipient",
                "线索移送函 only");
        assertThat(store.documents()).isEmpty();

        FiledDocument both = file(List.of("A", "C"), "document_type", "线索移送函", "recipient", "公益诉讼部门");
        assertThat(both.draft().recipient()).isEqualTo("公益诉讼部门");
        assertThat(both.draft().leadIds()).containsExactly("A", "C");
        assertThat(both.draft().markdown()).contains("丹东市看守所、东港市公安局");
    }

    @Test
    void aDocumentOnALeadTheLatestRunNoLongerFoundIsFiledAndSaysWhichAndSinceWhichRun() {
        assertThat(file(List.of("A", "B"), "document_type", "检察建议", "date", "2024-07-01").noLongerFound()).isEmpty();

        store.saveRun(run(LocalDate.of(2024, 7, 31), lead("A"), lead("N"), lead("C", "political-rights", "NOT_SUPERVISED",
                "东港市公安局"))); // run 2: B's data was corrected
        FiledDocument d = file(List.of("A", "B"), "document_type", "检察建议", "date", "2024-08-01");

        assertThat(d.noLongerFound()).containsExactly(Map.entry("B", 2L));
        assertThat(store.documents()).extracting(StoredDocument::number).contains(d.number());
    }
}

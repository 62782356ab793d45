package io.xingzhi.testkit;

import static io.xingzhi.testkit.SampleLeads.lead;
import static io.xingzhi.testkit.SampleLeads.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xingzhi.core.app.Actor;
import io.xingzhi.core.app.ApplicationServices;
import io.xingzhi.core.app.InvalidFieldException;
import io.xingzhi.core.app.ReviewOutcome;
import io.xingzhi.core.app.ReviewService;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.port.AuditEntry;
import io.xingzhi.core.port.ConcurrentReviewException;
import io.xingzhi.core.port.UnknownLeadException;
import io.xingzhi.core.review.IllegalTransitionException;
import io.xingzhi.core.review.ReviewActionType;
import io.xingzhi.core.review.ReviewEvent;
import io.xingzhi.core.review.ReviewState;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Core's review service, the one parser and decision every door calls, over the in-memory store
 * (core's own tests cannot use the test kit). The clock stands at 2024-07-01 10:00 in Beijing.
 */
class ReviewServiceTest {
    static final Instant NOW = Instant.parse("2024-07-01T02:00:00Z");
    static final Actor LI = new Actor("李检察官", "10.0.0.7");

    InMemoryLeadStore store;
    ApplicationServices app;
    ReviewService reviews;

    @BeforeEach
    void aStoreWithThreeLeads() {
        store = new InMemoryLeadStore();
        store.saveRun(run(LocalDate.of(2024, 6, 30), lead("A"), lead("B"),
                lead("C", "political-rights", "NOT_SUPERVISED", "东港市公安局")));
        app = ApplicationServices.over(store).clock(Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"))).build();
        reviews = app.reviews();
    }

    static Map<String, String> f(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    ReviewEvent review(String id, String... pairs) {
        return reviews.review(id, f(pairs), LI).event();
    }

    void confirm(String id) {
        review(id, "action", "verify");
        review(id, "action", "confirm");
    }

    static void assertField(Runnable r, String field, String... words) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(InvalidFieldException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).startsWith(field + ": ").contains(words);
        });
    }

    @Test
    void aLeadWalksFromVerifyToRectifiedWithTheFieldsOfEachAction() {
        ReviewOutcome verified = reviews.review("A", f("action", "verify", "expected_version", "0", "note", "调取台账"), LI);
        assertThat(verified.event()).isEqualTo(new ReviewEvent("A", 1, "李检察官", NOW, ReviewState.NEW,
                ReviewState.VERIFYING, ReviewActionType.VERIFY, "调取台账", Map.of()));
        assertThat(verified.lead().version()).isEqualTo(1);
        review("A", "action", "confirm", "expected_version", "1");
        ReviewEvent issued = review("A", "action", "issue-document", "document_type", "检察建议", "number", "凤检建〔2024〕1号",
                "date", "2024-07-01", "recipient", "丹东市看守所", "reply_deadline", "2024-09-01");
        assertThat(issued.details()).isEqualTo(Map.of("document_type", "RECOMMENDATION", "document_number", "凤检建〔2024〕1号",
                "document_date", "2024-07-01", "recipient", "丹东市看守所", "reply_deadline", "2024-09-01"));
        ReviewEvent replied = review("A", "action", "record-reply", "summary", "已整改", "date", "2024-08-01");
        assertThat(replied.details()).isEqualTo(Map.of("reply_date", "2024-08-01", "reply_summary", "已整改"));
        assertThat(store.lead("A").orElseThrow().state()).isEqualTo(ReviewState.RECTIFIED);
        assertThat(store.lead("A").orElseThrow().replyDeadline()).contains(LocalDate.of(2024, 9, 1));
    }

    @Test
    void dismissTakesAReasonByCodeOrLabelAndItsExplanationFromTheNote() {
        review("A", "action", "verify");
        ReviewEvent e = review("A", "action", "dismiss", "reason", "数据错误", "note", "出所日期录错");
        assertThat(e.details()).isEqualTo(Map.of("reason", "DATA_ERROR", "reason_text", "出所日期录错"));
        assertThat(e.note()).isEqualTo("出所日期录错");
        ReviewEvent reopened = review("A", "action", "reopen", "note", "另有证据");
        assertThat(reopened.details()).isEqualTo(Map.of("reason_text", "另有证据"));
    }

    @Test
    void aMissingOrUnreadableValueNamesItsField() {
        review("A", "action", "verify");
        assertField(() -> review("A", "action", "dismiss"), "reason", "missing");
        assertField(() -> review("A", "action", "dismiss", "reason", "maybe"), "reason", "maybe", "DATA_ERROR");
        assertField(() -> review("A", "action", "dismiss", "reason", "OTHER"), "note", "explanation");
        assertField(() -> review("B", "action", "fly"), "action", "fly", "verify");
        assertField(() -> review("B", "note", "x"), "action", "missing");
        assertField(() -> review("B", "action", "verify", "expected_version", "-1"), "expected_version", "less than 0");
        assertField(() -> review("B", "action", "verify", "expected_version", "one"), "expected_version", "whole number");
        confirm("B");
        assertField(() -> review("B", "action", "issue-document", "number", "1号", "date", "2024/7/1"), "date", "ISO");
        assertField(() -> review("B", "action", "issue-document", "number", " "), "number", "blank");
        assertField(() -> review("B", "action", "issue-document", "number", "1号", "document_type", "MEMO"),
                "document_type", "MEMO");
        assertField(() -> review("B", "action", "issue-document", "number", "1号", "date", "2024-07-10",
                "reply_deadline", "2024-07-09"), "reply_deadline", "before");
        assertThat(store.history("A")).hasSize(1);
        assertThat(store.history("B")).hasSize(2);
    }

    @Test
    void aFieldTheActionDoesNotTakeOrNoActionTakesIsRefusedNamingIt() {
        assertField(() -> review("A", "action", "verify", "summary", "已整改"), "summary", "does not apply to verify");
        assertField(() -> review("A", "action", "verify", "text", "旧的字段名"), "text", "unknown field");
        assertField(() -> review("A", "action", "verify", "reply_by", "2024-07-01"), "reply_by", "unknown field");
        assertThat(ReviewService.fieldsOf(ReviewActionType.DISMISS)).containsExactlyInAnyOrder("action",
                "expected_version", "note", "reason");
        assertThat(ReviewService.knownFields()).containsExactlyInAnyOrder("action", "expected_version", "note", "reason",
                "document_type", "number", "date", "recipient", "reply_deadline", "summary", "to");
        assertThat(store.history("A")).isEmpty();
    }

    @Test
    void withoutAnExpectedVersionTheCurrentOneIsUsedAndAStaleOneIsAConflict() {
        review("A", "action", "verify");
        assertThatThrownBy(() -> review("A", "action", "confirm", "expected_version", "0"))
                .isInstanceOfSatisfying(ConcurrentReviewException.class, e -> assertThat(e.actualVersion()).isEqualTo(1));
        assertThat(review("A", "action", "confirm").seq()).isEqualTo(2);
    }

    @Test
    void anActionTheWorkflowRefusesOrAnUnknownLeadWritesNothing() {
        assertThatThrownBy(() -> review("A", "action", "confirm")).isInstanceOf(IllegalTransitionException.class);
        // a lead that may not be issued a document is refused for that, not for the document it lacks
        assertThatThrownBy(() -> review("A", "action", "issue-document"))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.state()).isEqualTo(ReviewState.NEW);
                    assertThat(e.action()).isEqualTo(ReviewActionType.ISSUE_DOCUMENT);
                    assertThat(e.allowedActions()).containsExactly(ReviewActionType.VERIFY);
                });
        // a malformed value is named before the state is looked at
        assertField(() -> review("A", "action", "issue-document", "date", "soon"), "date", "ISO");
        assertField(() -> review("A", "action", "dismiss", "reason", "OTHER"), "note", "explanation");
        assertThatThrownBy(() -> review("NOPE", "action", "verify")).isInstanceOf(UnknownLeadException.class);
        assertThat(store.history("A")).isEmpty();
        assertThat(store.auditTrail(0, 10)).isEmpty();
    }

    @Test
    void aMissingDateIsTodayByTheServicesClock() {
        confirm("A");
        ReviewEvent issued = review("A", "action", "issue-document", "number", "凤检纠〔2024〕3号");
        assertThat(issued.details()).containsEntry("document_date", "2024-07-01");
        assertThatThrownBy(() -> review("A", "action", "mark-reply-overdue"))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("2024-07-01");
        assertThat(review("A", "action", "record-reply", "summary", "已整改").details())
                .containsEntry("reply_date", "2024-07-01");
    }

    @Test
    void issuingANumberNotFiledTakesTheLeadsDocumentItsAgencyAndTheDefaultReplyPeriod() {
        confirm("A");
        ReviewEvent e = review("A", "action", "issue-document", "number", "外〔2024〕9号", "date", "2024-07-01");
        assertThat(e.details()).isEqualTo(Map.of("document_type", "CORRECTION_NOTICE", "document_number", "外〔2024〕9号",
                "document_date", "2024-07-01", "recipient", "丹东市看守所", "reply_deadline", "2024-07-16"));
    }

    @Test
    void issuingWithoutANumberTakesTheLatestDocumentFiledForTheLeadOrNamesTheNumberField() {
        confirm("A");
        confirm("B");
        assertField(() -> review("A", "action", "issue-document"), "number", "no document was filed", "A");
        app.documents().file(List.of("A"), DocumentType.CORRECTION_NOTICE, Optional.of(LocalDate.of(2024, 6, 20)),
                Optional.empty(), LI);
        app.documents().file(List.of("A", "B"), DocumentType.RECOMMENDATION, Optional.of(LocalDate.of(2024, 6, 21)),
                Optional.of(LocalDate.of(2024, 8, 1)), LI);

        ReviewEvent e = review("A", "action", "issue-document");

        assertThat(e.details()).isEqualTo(Map.of("document_type", "RECOMMENDATION", "document_number", "××检刑执建〔2024〕1号",
                "document_date", "2024-06-21", "recipient", "丹东市看守所", "reply_deadline", "2024-08-01"));
        assertField(() -> review("B", "action", "issue-document", "document_type", "纠正违法通知书"), "number",
                "no 纠正违法通知书 was filed");
        assertThat(review("B", "action", "issue-document").details())
                .containsEntry("document_number", "××检刑执建〔2024〕1号");
        ReviewEvent notice = review("A", "action", "record-reply", "summary", "已整改");
        assertThat(notice.details()).containsEntry("reply_date", "2024-07-01");
    }

    @Test
    void aGivenValueWinsOverTheFiledDocumentsAndANumberFiledAsAnotherTypeIsRefused() {
        confirm("A");
        app.documents().file(List.of("A"), DocumentType.CORRECTION_NOTICE, Optional.of(LocalDate.of(2024, 6, 20)),
                Optional.empty(), LI);
        assertField(() -> review("A", "action", "issue-document", "number", "××检刑执纠〔2024〕1号",
                "document_type", "检察建议"), "document_type", "纠正违法通知书");

        ReviewEvent e = review("A", "action", "issue-document", "recipient", "丹东市公安局", "reply_deadline", "2024-07-30");

        assertThat(e.details()).containsEntry("recipient", "丹东市公安局").containsEntry("reply_deadline", "2024-07-30")
                .containsEntry("document_number", "××检刑执纠〔2024〕1号");
    }

    @Test
    void eachRecordedReviewIsAuditedWithTheActorOriginLeadAndNewVersion() {
        review("A", "action", "verify");
        review("A", "action", "confirm", "note", "属实");

        assertThat(store.auditTrail(0, 10)).containsExactly(
                new AuditEntry(NOW, "李检察官", "10.0.0.7", "review verify", List.of("A"), "version 1"),
                new AuditEntry(NOW, "李检察官", "10.0.0.7", "review confirm", List.of("A"), "version 2"));
    }

    @Test
    void referringAConfirmedLeadRecordsTheRecipientDateAndNumberKeepsItsStateAndIsAudited() {
        confirm("A");
        ReviewOutcome first = reviews.review("A", f("action", "refer", "to", " 公益诉讼部门 ", "note", "涉嫌破坏生态环境"), LI);
        ReviewEvent second = review("A", "action", "移送", "to", "监察委员会", "date", "2024-06-28", "number", "凤检移〔2024〕2号");

        assertThat(first.event()).isEqualTo(new ReviewEvent("A", 3, "李检察官", NOW, ReviewState.CONFIRMED,
                ReviewState.CONFIRMED, ReviewActionType.REFER, "涉嫌破坏生态环境",
                Map.of("referred_to", "公益诉讼部门", "referral_date", "2024-07-01")));
        assertThat(first.lead().state()).isEqualTo(ReviewState.CONFIRMED);
        assertThat(second.details()).isEqualTo(Map.of("referred_to", "监察委员会", "referral_date", "2024-06-28",
                "referral_number", "凤检移〔2024〕2号"));
        assertThat(store.auditTrail(0, 10)).last().isEqualTo(
                new AuditEntry(NOW, "李检察官", "10.0.0.7", "review refer", List.of("A"), "version 4"));
        assertThat(review("A", "action", "issue-document", "number", "凤检纠〔2024〕3号").to())
                .isEqualTo(ReviewState.DOCUMENT_ISSUED);
    }

    @Test
    void aReferralGoesOnlyToAConfiguredRecipientAndOnlyFromAConfirmedLead() {
        confirm("A");
        assertField(() -> review("A", "action", "refer"), "to", "missing");
        assertField(() -> review("A", "action", "refer", "to", "环保局"), "to", "'环保局' is not a department",
                "公益诉讼部门", "公安机关", "referral_departments");
        assertField(() -> review("A", "action", "refer", "to", "公安机关", "summary", "x"), "summary", "does not apply");
        assertThatThrownBy(() -> review("B", "action", "refer", "to", "公安机关"))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("cannot refer (移送)");

        ReviewService configured = ApplicationServices.over(store).clock(Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")))
                .documents(io.xingzhi.core.app.DocumentSettings.defaults().withReferralDepartments(List.of("环保局", "司法局")))
                .build().reviews();
        assertThat(configured.review("A", f("action", "refer", "to", "环保局"), LI).event().details())
                .containsEntry("referred_to", "环保局");
        assertThatThrownBy(() -> configured.review("A", f("action", "refer", "to", "公益诉讼部门"), LI))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getMessage()).contains("[环保局, 司法局]"));
        assertThat(store.history("A")).hasSize(3);
    }

    @Test
    void aReferralLetterIsNeverIssuedToTheSupervisedAgency() {
        confirm("A");
        assertField(() -> review("A", "action", "issue-document", "document_type", "线索移送函", "number", "x"),
                "document_type", "goes with a referral");
        review("A", "action", "refer", "to", "公益诉讼部门");
        app.documents().file(List.of("A"), DocumentType.REFERRAL_LETTER, Optional.empty(), Optional.empty(), LI);
        assertField(() -> review("A", "action", "issue-document"), "number", "no document was filed");
    }

    @Test
    void aReplyDatedBeforeTheDocumentItAnswersIsRefusedNamingDateAndNothingIsRecorded() {
        confirm("A");
        review("A", "action", "issue-document", "document_type", "纠正违法通知书", "number", "凤检刑执纠〔2024〕7号",
                "date", "2024-06-03");

        assertField(() -> review("A", "action", "record-reply", "summary", "已整改", "date", "2024-06-01"), "date",
                "2024-06-01 is before 2024-06-03", "凤检刑执纠〔2024〕7号");
        assertThatThrownBy(() -> review("A", "action", "record-reply", "summary", "已整改", "date", "2024-06-01"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.chineseMessage())
                        .contains("回复日期2024-06-01早于所回复文书凤检刑执纠〔2024〕7号的日期2024-06-03"));
        assertThat(store.lead("A").orElseThrow().state()).isEqualTo(ReviewState.DOCUMENT_ISSUED);
        assertThat(store.history("A")).hasSize(3);

        assertThat(review("A", "action", "record-reply", "summary", "已整改", "date", "2024-06-03").to())
                .as("a reply the day the document went out").isEqualTo(ReviewState.RECTIFIED);
    }
}

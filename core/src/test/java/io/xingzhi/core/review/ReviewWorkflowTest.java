package io.xingzhi.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xingzhi.core.lead.DocumentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReviewWorkflowTest {
    private static final LocalDate ISSUED = LocalDate.of(2024, 5, 10);
    private static final LocalDate DEADLINE = LocalDate.of(2024, 6, 10);
    private static final Optional<LocalDate> NO_DEADLINE = Optional.empty();

    private static final ReviewAction.IssueDocument ISSUE = new ReviewAction.IssueDocument(
            DocumentType.CORRECTION_NOTICE, "丹检刑执纠〔2024〕1号", ISSUED, "丹东市看守所", DEADLINE);

    /** One sample action of every kind, with the mark-overdue date after the deadline. */
    private static ReviewAction sample(ReviewActionType t) {
        return switch (t) {
            case VERIFY -> ReviewAction.verify();
            case CONFIRM -> ReviewAction.confirm();
            case DISMISS -> ReviewAction.dismiss(DismissReason.DATA_ERROR, "出所日期录入错误");
            case ISSUE_DOCUMENT -> ISSUE;
            case RECORD_REPLY -> new ReviewAction.RecordReply(LocalDate.of(2024, 6, 1), "已将罪犯交付监狱执行");
            case MARK_REPLY_OVERDUE -> new ReviewAction.MarkReplyOverdue(DEADLINE.plusDays(1));
            case REOPEN -> new ReviewAction.Reopen("发现新的出所记录");
            case REFER -> new ReviewAction.Refer("公益诉讼部门", LocalDate.of(2024, 5, 12), "");
        };
    }

    private static final Map<ReviewState, Map<ReviewActionType, ReviewState>> EXPECTED = Map.of(
            ReviewState.NEW, Map.of(ReviewActionType.VERIFY, ReviewState.VERIFYING),
            ReviewState.VERIFYING, Map.of(ReviewActionType.CONFIRM, ReviewState.CONFIRMED,
                    ReviewActionType.DISMISS, ReviewState.DISMISSED),
            ReviewState.CONFIRMED, Map.of(ReviewActionType.ISSUE_DOCUMENT, ReviewState.DOCUMENT_ISSUED,
                    ReviewActionType.REFER, ReviewState.CONFIRMED),
            ReviewState.DISMISSED, Map.of(ReviewActionType.REOPEN, ReviewState.VERIFYING),
            ReviewState.DOCUMENT_ISSUED, Map.of(ReviewActionType.RECORD_REPLY, ReviewState.RECTIFIED,
                    ReviewActionType.MARK_REPLY_OVERDUE, ReviewState.REPLY_OVERDUE,
                    ReviewActionType.REFER, ReviewState.DOCUMENT_ISSUED),
            ReviewState.REPLY_OVERDUE, Map.of(ReviewActionType.RECORD_REPLY, ReviewState.RECTIFIED,
                    ReviewActionType.REFER, ReviewState.REPLY_OVERDUE),
            ReviewState.RECTIFIED, Map.of(ReviewActionType.REFER, ReviewState.RECTIFIED));

    static Stream<Arguments> everyStateAndAction() {
        List<Arguments> all = new ArrayList<>();
        for (ReviewState s : ReviewState.values()) {
            for (ReviewActionType a : ReviewActionType.values()) {
                all.add(Arguments.of(s, a));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyStateAndAction")
    void everyPairIsAllowedToItsTargetOrRefusedNamingStateAndAllowedActions(ReviewState state, ReviewActionType type) {
        ReviewDecision d = ReviewWorkflow.decide(state, Optional.of(DEADLINE), sample(type));
        ReviewState expected = EXPECTED.get(state).get(type);
        if (expected != null) {
            assertThat(d).isInstanceOfSatisfying(ReviewDecision.Allowed.class, a -> {
                assertThat(a.from()).isEqualTo(state);
                assertThat(a.to()).isEqualTo(expected);
            });
        } else {
            assertThat(d).isInstanceOfSatisfying(ReviewDecision.Refused.class, r -> {
                assertThat(r.state()).isEqualTo(state);
                assertThat(r.allowedActions()).isEqualTo(EXPECTED.get(state).keySet());
                assertThat(r.message()).contains(state.name()).contains(state.label()).contains(type.code());
                EXPECTED.get(state).keySet().forEach(allowed -> assertThat(r.message()).contains(allowed.code()));
            });
        }
    }

    @Test
    void allowedActionsFollowTheTable() {
        for (ReviewState s : ReviewState.values()) {
            assertThat(ReviewWorkflow.allowedActions(s)).as(s.name()).isEqualTo(EXPECTED.get(s).keySet());
            assertThat(ReviewWorkflow.isFinal(s)).as(s.name()).isFalse();
        }
    }

    @Test
    void aConfirmedLeadIsReferredAgainAndAgainKeepingItsStateAndReplyDeadline() {
        var first = ReviewWorkflow.decide(ReviewState.DOCUMENT_ISSUED, Optional.of(DEADLINE),
                new ReviewAction.Refer("公益诉讼部门", ISSUED, "")).orElseThrow("XZ-1");
        var second = ReviewWorkflow.decide(first.to(), first.replyDeadline(),
                new ReviewAction.Refer("监察委员会", ISSUED.plusDays(3), "凤检移〔2024〕2号")).orElseThrow("XZ-1");
        assertThat(second.from()).isEqualTo(ReviewState.DOCUMENT_ISSUED);
        assertThat(second.to()).isEqualTo(ReviewState.DOCUMENT_ISSUED);
        assertThat(second.replyDeadline()).contains(DEADLINE);
        assertThat(second.action().details()).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(
                ReviewAction.REFERRAL_DATE, "2024-05-13", ReviewAction.REFERRAL_NUMBER, "凤检移〔2024〕2号",
                ReviewAction.REFERRED_TO, "监察委员会")));
    }

    @Test
    void aLeadNotYetConfirmedCannotBeReferred() {
        var d = ReviewWorkflow.decide(ReviewState.VERIFYING, NO_DEADLINE, new ReviewAction.Refer("公安机关", ISSUED, ""));
        assertThat(((ReviewDecision.Refused) d).message())
                .isEqualTo("cannot refer (移送): the lead is VERIFYING (核查中); allowed: confirm (成案), dismiss (排除)");
    }

    @Test
    void newLeadIsVerifiedThenConfirmed() {
        var verifying = ReviewWorkflow.decide(ReviewState.NEW, NO_DEADLINE, ReviewAction.verify()).orElseThrow("XZ-1");
        var confirmed = ReviewWorkflow.decide(verifying.to(), NO_DEADLINE, ReviewAction.confirm()).orElseThrow("XZ-1");
        assertThat(verifying.to()).isEqualTo(ReviewState.VERIFYING);
        assertThat(confirmed.to()).isEqualTo(ReviewState.CONFIRMED);
    }

    @Test
    void newLeadCannotBeConfirmedWithoutVerification() {
        var d = ReviewWorkflow.decide(ReviewState.NEW, NO_DEADLINE, ReviewAction.confirm());
        assertThat(d.allowed()).isFalse();
        assertThat(((ReviewDecision.Refused) d).message())
                .isEqualTo("cannot confirm (成案): the lead is NEW (新线索); allowed: verify (核查)");
    }

    @Test
    void refusalThrownByAStoreNamesTheLeadTheStateAndTheAllowedActions() {
        assertThatThrownBy(() -> ReviewWorkflow.decide(ReviewState.DISMISSED, NO_DEADLINE, ReviewAction.confirm())
                .orElseThrow("XZ-0123456789abcdef"))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.leadId()).isEqualTo("XZ-0123456789abcdef");
                    assertThat(e.state()).isEqualTo(ReviewState.DISMISSED);
                    assertThat(e.action()).isEqualTo(ReviewActionType.CONFIRM);
                    assertThat(e.allowedActions()).containsExactly(ReviewActionType.REOPEN);
                })
                .hasMessage("lead XZ-0123456789abcdef: cannot confirm (成案): the lead is DISMISSED (排除); "
                        + "allowed: reopen (重新核查)");
    }

    @Test
    void aRectifiedLeadCanOnlyBeReferred() {
        var d = (ReviewDecision.Refused) ReviewWorkflow.decide(ReviewState.RECTIFIED, NO_DEADLINE,
                new ReviewAction.Reopen("再查"));
        assertThat(d.allowedActions()).containsExactly(ReviewActionType.REFER);
        assertThat(d.message()).isEqualTo("cannot reopen (重新核查): the lead is RECTIFIED (已整改); allowed: refer (移送)");
    }

    @Test
    void dismissedLeadIsReopenedIntoVerification() {
        var d = ReviewWorkflow.decide(ReviewState.DISMISSED, NO_DEADLINE, new ReviewAction.Reopen("发现新的出所记录"))
                .orElseThrow("XZ-1");
        assertThat(d.to()).isEqualTo(ReviewState.VERIFYING);
        assertThat(d.action().details()).containsEntry(ReviewAction.REASON_TEXT, "发现新的出所记录");
    }

    @Test
    void issuingADocumentSetsTheReplyDeadline() {
        var d = ReviewWorkflow.decide(ReviewState.CONFIRMED, NO_DEADLINE, ISSUE).orElseThrow("XZ-1");
        assertThat(d.to()).isEqualTo(ReviewState.DOCUMENT_ISSUED);
        assertThat(d.replyDeadline()).contains(DEADLINE);
    }

    @Test
    void otherActionsKeepTheReplyDeadline() {
        var d = ReviewWorkflow.decide(ReviewState.DOCUMENT_ISSUED, Optional.of(DEADLINE),
                new ReviewAction.RecordReply(DEADLINE, "已整改")).orElseThrow("XZ-1");
        assertThat(d.to()).isEqualTo(ReviewState.RECTIFIED);
        assertThat(d.replyDeadline()).contains(DEADLINE);
    }

    @Test
    void replyIsOverdueTheDayAfterTheDeadline() {
        var d = ReviewWorkflow.decide(ReviewState.DOCUMENT_ISSUED, Optional.of(DEADLINE),
                new ReviewAction.MarkReplyOverdue(DEADLINE.plusDays(1)));
        assertThat(d).isInstanceOfSatisfying(ReviewDecision.Allowed.class,
                a -> assertThat(a.to()).isEqualTo(ReviewState.REPLY_OVERDUE));
    }

    @Test
    void replyIsNotOverdueOnTheDeadlineItself() {
        var d = ReviewWorkflow.decide(ReviewState.DOCUMENT_ISSUED, Optional.of(DEADLINE),
                new ReviewAction.MarkReplyOverdue(DEADLINE));
        assertThat(d).isInstanceOfSatisfying(ReviewDecision.Refused.class, r -> {
            assertThat(r.state()).isEqualTo(ReviewState.DOCUMENT_ISSUED);
            assertThat(r.message()).contains("the reply deadline 2024-06-10 has not passed")
                    .contains("DOCUMENT_ISSUED (已制发文书)").contains("record-reply").contains("mark-reply-overdue");
        });
    }

    @Test
    void replyCannotBeMarkedOverdueWithoutARecordedDeadline() {
        var d = ReviewWorkflow.decide(ReviewState.DOCUMENT_ISSUED, NO_DEADLINE,
                new ReviewAction.MarkReplyOverdue(DEADLINE.plusYears(1)));
        assertThat(d).isInstanceOfSatisfying(ReviewDecision.Refused.class,
                r -> assertThat(r.message()).contains("no reply deadline is recorded"));
    }

    @Test
    void lateReplyAfterOverdueStillRectifies() {
        var d = ReviewWorkflow.decide(ReviewState.REPLY_OVERDUE, Optional.of(DEADLINE),
                new ReviewAction.RecordReply(DEADLINE.plusDays(20), "逾期回复, 已整改")).orElseThrow("XZ-1");
        assertThat(d.to()).isEqualTo(ReviewState.RECTIFIED);
    }

    @Test
    void dismissingForOtherNeedsAnExplanation() {
        assertThatThrownBy(() -> ReviewAction.dismiss(DismissReason.OTHER, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("其他");
        assertThat(ReviewAction.dismiss(DismissReason.DUPLICATE, "").details())
                .containsExactly(Map.entry(ReviewAction.REASON, "DUPLICATE"), Map.entry(ReviewAction.REASON_TEXT, ""));
    }

    @Test
    void replyDeadlineBeforeTheDocumentDateIsRejected() {
        assertThatThrownBy(() -> new ReviewAction.IssueDocument(DocumentType.RECOMMENDATION, "1号", ISSUED, "司法局",
                ISSUED.minusDays(1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before");
    }

    @Test
    void reopeningNeedsAReason() {
        assertThatThrownBy(() -> new ReviewAction.Reopen("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void issuingADocumentRecordsEveryValueInItsDetails() {
        assertThat(ISSUE.details()).containsExactlyInAnyOrderEntriesOf(Map.of(
                ReviewAction.DOCUMENT_TYPE, "CORRECTION_NOTICE",
                ReviewAction.DOCUMENT_NUMBER, "丹检刑执纠〔2024〕1号",
                ReviewAction.DOCUMENT_DATE, "2024-05-10",
                ReviewAction.RECIPIENT, "丹东市看守所",
                ReviewAction.REPLY_DEADLINE, "2024-06-10"));
    }

    @Test
    void actionTypesStatesAndReasonsReadTheirCodesNamesAndLabels() {
        assertThat(ReviewActionType.parse("issue-document")).contains(ReviewActionType.ISSUE_DOCUMENT);
        assertThat(ReviewActionType.parse("MARK_REPLY_OVERDUE")).contains(ReviewActionType.MARK_REPLY_OVERDUE);
        assertThat(ReviewActionType.parse("排除")).contains(ReviewActionType.DISMISS);
        assertThat(ReviewActionType.parse("approve")).isEmpty();
        assertThat(ReviewState.parse("成案")).contains(ReviewState.CONFIRMED);
        assertThat(ReviewState.parse("reply_overdue")).contains(ReviewState.REPLY_OVERDUE);
        assertThat(DismissReason.parse("有合法理由")).contains(DismissReason.LAWFUL_REASON);
        assertThat(DismissReason.parse("already-corrected")).contains(DismissReason.ALREADY_CORRECTED);
        assertThat(EnumSet.allOf(ReviewActionType.class)).allSatisfy(
                t -> assertThat(ReviewActionType.parse(t.code())).contains(t));
    }

    @Test
    void eventKeepsItsDetailsSortedAndRefusesABlankActor() {
        var e = new ReviewEvent("XZ-1", 1, "张检察官", java.time.Instant.parse("2024-05-01T02:00:00Z"), ReviewState.NEW,
                ReviewState.VERIFYING, ReviewActionType.VERIFY, "", Map.of("b", "2", "a", "1"));
        assertThat(e.details().keySet()).containsExactly("a", "b");
        assertThatThrownBy(() -> new ReviewEvent("XZ-1", 1, " ", e.at(), ReviewState.NEW, ReviewState.VERIFYING,
                ReviewActionType.VERIFY, "", Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}

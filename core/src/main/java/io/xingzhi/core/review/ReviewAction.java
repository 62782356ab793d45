package io.xingzhi.core.review;

import io.xingzhi.core.lead.DocumentType;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a prosecutor does to a lead. Each action validates its own values when built (a blank
 * reason, a deadline before the document's date are programming errors and throw
 * {@link IllegalArgumentException}); whether it is allowed in the lead's current state is
 * {@link ReviewWorkflow}'s decision. {@link #details()} flattens the values into the
 * {@link ReviewEvent} that records the action, under the keys named by the constants below.
 */
public sealed interface ReviewAction {

    /** Detail key: the {@link DismissReason} name. */
    String REASON = "reason";
    /** Detail key: the free-text explanation of a dismissal or a reopening. */
    String REASON_TEXT = "reason_text";
    /** Detail key: the {@link DocumentType} name. */
    String DOCUMENT_TYPE = "document_type";
    /** Detail key: the document number (文号). */
    String DOCUMENT_NUMBER = "document_number";
    /** Detail key: the date the document was issued, ISO. */
    String DOCUMENT_DATE = "document_date";
    /** Detail key: the agency the document was sent to. */
    String RECIPIENT = "recipient";
    /** Detail key: the reply deadline, ISO. */
    String REPLY_DEADLINE = "reply_deadline";
    /** Detail key: the date the reply was received, ISO. */
    String REPLY_DATE = "reply_date";
    /** Detail key: what the reply says. */
    String REPLY_SUMMARY = "reply_summary";
    /** Detail key: the date an overdue reply was established on, ISO. */
    String AS_OF = "as_of";
    /** Detail key: the department or body a lead was referred to (移送). */
    String REFERRED_TO = "referred_to";
    /** Detail key: the date of a referral, ISO. */
    String REFERRAL_DATE = "referral_date";
    /** Detail key: the number of a referral (its letter's 文号, or a register number); absent when none was given. */
    String REFERRAL_NUMBER = "referral_number";

    /** The kind of action. */
    ReviewActionType type();

    /** The action's values as key → text, for the event; empty for actions without values. */
    Map<String, String> details();

    /** Start verifying a {@link ReviewState#NEW} lead. */
    static Verify verify() {
        return new Verify();
    }

    /** Confirm a lead under verification as a case (成案). */
    static Confirm confirm() {
        return new Confirm();
    }

    /** Dismiss a lead under verification (排除). */
    static Dismiss dismiss(DismissReason reason, String text) {
        return new Dismiss(reason, text);
    }

    /** Start verifying a {@link ReviewState#NEW} lead. */
    record Verify() implements ReviewAction {
        @Override
        public ReviewActionType type() {
            return ReviewActionType.VERIFY;
        }

        @Override
        public Map<String, String> details() {
            return Map.of();
        }
    }

    /** Verified: a violation (成案). */
    record Confirm() implements ReviewAction {
        @Override
        public ReviewActionType type() {
            return ReviewActionType.CONFIRM;
        }

        @Override
        public Map<String, String> details() {
            return Map.of();
        }
    }

    /**
     * Verified: nothing to act on (排除).
     *
     * @param reason the reason from the list
     * @param text free text; may be empty except for {@link DismissReason#OTHER}
     */
    record Dismiss(DismissReason reason, String text) implements ReviewAction {
        public Dismiss {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(text, "text");
            if (reason == DismissReason.OTHER && text.isBlank()) {
                throw new IllegalArgumentException("dismissing for 其他 (OTHER) needs an explanation");
            }
        }

        @Override
        public ReviewActionType type() {
            return ReviewActionType.DISMISS;
        }

        @Override
        public Map<String, String> details() {
            return sorted(REASON, reason.name(), REASON_TEXT, text);
        }
    }

    /**
     * A 纠正违法通知书 or 检察建议 was issued for a confirmed lead.
     *
     * @param documentType the document type
     * @param number the document number (文号)
     * @param date the date it was issued
     * @param recipient the agency it was sent to
     * @param replyDeadline the date by which the agency must reply; not before {@code date}
     */
    record IssueDocument(DocumentType documentType, String number, LocalDate date, String recipient,
                         LocalDate replyDeadline) implements ReviewAction {
        public IssueDocument {
            Objects.requireNonNull(documentType, "documentType");
            requireText(number, "document number");
            Objects.requireNonNull(date, "date");
            requireText(recipient, "recipient");
            Objects.requireNonNull(replyDeadline, "replyDeadline");
            if (replyDeadline.isBefore(date)) {
                throw new IllegalArgumentException("reply deadline " + replyDeadline + " is before the document date " + date);
            }
        }

        @Override
        public ReviewActionType type() {
            return ReviewActionType.ISSUE_DOCUMENT;
        }

        @Override
        public Map<String, String> details() {
            return sorted(DOCUMENT_TYPE, documentType.name(), DOCUMENT_NUMBER, number, DOCUMENT_DATE, date.toString(),
                    RECIPIENT, recipient, REPLY_DEADLINE, replyDeadline.toString());
        }
    }

    /**
     * The agency's reply was received (rectified), on time or after being marked overdue.
     *
     * @param date the date the reply was received
     * @param summary what it says
     */
    record RecordReply(LocalDate date, String summary) implements ReviewAction {
        public RecordReply {
            Objects.requireNonNull(date, "date");
            requireText(summary, "reply summary");
        }

        @Override
        public ReviewActionType type() {
            return ReviewActionType.RECORD_REPLY;
        }

        @Override
        public Map<String, String> details() {
            return sorted(REPLY_DATE, date.toString(), REPLY_SUMMARY, summary);
        }
    }

    /**
     * The reply deadline passed unanswered; allowed only when {@code asOf} is after the deadline.
     *
     * @param asOf the date the prosecutor establishes it on
     */
    record MarkReplyOverdue(LocalDate asOf) implements ReviewAction {
        public MarkReplyOverdue {
            Objects.requireNonNull(asOf, "asOf");
        }

        @Override
        public ReviewActionType type() {
            return ReviewActionType.MARK_REPLY_OVERDUE;
        }

        @Override
        public Map<String, String> details() {
            return sorted(AS_OF, asOf.toString());
        }
    }

    /**
     * A dismissed lead is verified again.
     *
     * @param reason why (new facts, a wrong dismissal)
     */
    record Reopen(String reason) implements ReviewAction {
        public Reopen {
            requireText(reason, "reopening reason");
        }

        @Override
        public ReviewActionType type() {
            return ReviewActionType.REOPEN;
        }

        @Override
        public Map<String, String> details() {
            return sorted(REASON_TEXT, reason);
        }
    }

    /**
     * A confirmed lead was referred (移送线索) to a department of the procuratorate (公益诉讼部门,
     * 刑事检察部门 …) or an outside body (监察委员会, 公安机关 …). The lead keeps its state; the referral
     * is one more event in its history, and a lead may be referred to several recipients.
     *
     * @param to the recipient
     * @param date the date of the referral
     * @param number its number (the 线索移送函's 文号, a register number), or empty
     */
    record Refer(String to, LocalDate date, String number) implements ReviewAction {
        public Refer {
            requireText(to, "referral recipient");
            to = to.strip();
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(number, "number");
            number = number.strip();
        }

        @Override
        public ReviewActionType type() {
            return ReviewActionType.REFER;
        }

        @Override
        public Map<String, String> details() {
            return number.isEmpty() ? sorted(REFERRED_TO, to, REFERRAL_DATE, date.toString())
                    : sorted(REFERRED_TO, to, REFERRAL_DATE, date.toString(), REFERRAL_NUMBER, number);
        }
    }

    private static void requireText(String s, String what) {
        Objects.requireNonNull(s, what);
        if (s.isBlank()) {
            throw new IllegalArgumentException(what + " is blank");
        }
    }

    private static Map<String, String> sorted(String... pairs) {
        Map<String, String> m = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}

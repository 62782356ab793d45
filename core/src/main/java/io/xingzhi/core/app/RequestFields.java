package io.xingzhi.core.app;

/**
 * The one vocabulary of the requests doors pass to the application services: each field's
 * snake_case name. A JSON body uses these names as they are; the command line uses them as
 * options, with {@code -} for {@code _} ({@code reply_deadline} is {@code --reply-deadline}).
 * Values are text: dates ISO ({@code 2024-06-30}), enums by name or Chinese label.
 *
 * <table>
 *   <caption>Review actions ({@link ReviewService})</caption>
 *   <tr><th>field</th><th>meaning</th><th>for</th></tr>
 *   <tr><td>{@code action}</td><td>a {@link io.xingzhi.core.review.ReviewActionType} code: verify,
 *       confirm, dismiss, reopen, issue-document, record-reply, mark-reply-overdue, refer</td><td>all, required</td></tr>
 *   <tr><td>{@code expected_version}</td><td>the lead version the reviewer read; the current one
 *       when absent</td><td>all</td></tr>
 *   <tr><td>{@code note}</td><td>the reviewer's note; the explanation a dismissal for OTHER and a
 *       reopening require</td><td>all</td></tr>
 *   <tr><td>{@code reason}</td><td>DATA_ERROR, LAWFUL_REASON, ALREADY_CORRECTED, DUPLICATE, OTHER
 *       (or 数据错误, …)</td><td>dismiss, required</td></tr>
 *   <tr><td>{@code document_type}</td><td>CORRECTION_NOTICE or RECOMMENDATION (纠正违法通知书,
 *       检察建议; and for documents REFERRAL_LETTER, 线索移送函)</td><td>issue-document; documents, required</td></tr>
 *   <tr><td>{@code number}</td><td>the document number (文号); a referral's number</td><td>issue-document,
 *       refer</td></tr>
 *   <tr><td>{@code date}</td><td>the document's date, the day a reply came, the day a reply is
 *       found overdue, the day of a referral; today when absent</td><td>issue-document, record-reply,
 *       mark-reply-overdue, refer; documents</td></tr>
 *   <tr><td>{@code recipient}</td><td>the agency the document went to; for a 线索移送函, which of the
 *       lead's referrals it goes with</td><td>issue-document; documents</td></tr>
 *   <tr><td>{@code to}</td><td>where a lead is referred (移送): one of the configured
 *       {@link DocumentSettings#referralDepartments()}</td><td>refer, required</td></tr>
 *   <tr><td>{@code reply_deadline}</td><td>the date a reply is due</td><td>issue-document; documents</td></tr>
 *   <tr><td>{@code summary}</td><td>what the reply says</td><td>record-reply, required</td></tr>
 * </table>
 */
public final class RequestFields {
    /** The review action's code. */
    public static final String ACTION = "action";
    /** The lead version the reviewer acted on. */
    public static final String EXPECTED_VERSION = "expected_version";
    /** The reviewer's note, and the explanation of a dismissal for OTHER or of a reopening. */
    public static final String NOTE = "note";
    /** Why a lead is dismissed: a {@link io.xingzhi.core.review.DismissReason}. */
    public static final String REASON = "reason";
    /** A {@link io.xingzhi.core.lead.DocumentType}. */
    public static final String DOCUMENT_TYPE = "document_type";
    /** A document number (文号). */
    public static final String NUMBER = "number";
    /** The date of a document, of a reply, or of finding a reply overdue. */
    public static final String DATE = "date";
    /** The agency a document went to. */
    public static final String RECIPIENT = "recipient";
    /** The date by which a reply is due. */
    public static final String REPLY_DEADLINE = "reply_deadline";
    /** What a reply says. */
    public static final String SUMMARY = "summary";
    /** The leads a document rests on. */
    public static final String LEAD_IDS = "lead_ids";
    /** First seen by a run as of this date or later. */
    public static final String FROM = "from";
    /**
     * In a review: the department or body a lead is referred to ({@code refer}). In a statistics query:
     * the end of the period (first seen by a run as of this date or earlier; decided on it or earlier).
     */
    public static final String TO = "to";
    /** The fewest confirmed leads a 类案 group has. */
    public static final String MIN_COUNT = "min_count";

    private RequestFields() {
    }
}

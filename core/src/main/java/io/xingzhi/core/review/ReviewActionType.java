package io.xingzhi.core.review;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of {@link ReviewAction}, with the code the command line and the store use
 * ({@code verify}, {@code confirm}, {@code dismiss}, ...) and a Chinese label.
 */
public enum ReviewActionType {
    /** Start verifying a new lead. */
    VERIFY("verify", "核查"),
    /** Verified: a violation (成案). */
    CONFIRM("confirm", "成案"),
    /** Verified: no violation to act on (排除), with a reason. */
    DISMISS("dismiss", "排除"),
    /** A document was issued to the supervised agency, with a reply deadline. */
    ISSUE_DOCUMENT("issue-document", "制发文书"),
    /** The agency's reply was received: rectified. */
    RECORD_REPLY("record-reply", "登记回复"),
    /** The reply deadline passed unanswered. */
    MARK_REPLY_OVERDUE("mark-reply-overdue", "逾期未回复"),
    /** A dismissed lead is verified again, with a reason. */
    REOPEN("reopen", "重新核查"),
    /**
     * A confirmed lead is referred (移送) to a department or an outside body, with its recipient and
     * date; its state stays as it is, and a lead may be referred several times.
     */
    REFER("refer", "移送");

    private final String code;
    private final String label;

    ReviewActionType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The command-line and storage code, e.g. {@code issue-document}. */
    public String code() {
        return code;
    }

    /** The Chinese label, e.g. {@code 制发文书}. */
    public String label() {
        return label;
    }

    /** Reads a code ({@code issue-document}), an enum name ({@code ISSUE_DOCUMENT}) or a label. */
    public static Optional<ReviewActionType> parse(String s) {
        String t = s == null ? "" : s.trim();
        for (ReviewActionType v : values()) {
            if (v.code.equalsIgnoreCase(t) || v.name().equalsIgnoreCase(t.replace('-', '_').toUpperCase(Locale.ROOT))
                    || v.label.equals(t)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return code;
    }
}

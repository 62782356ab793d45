package io.xingzhi.core.review;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where a lead stands in manual verification. A lead starts {@link #NEW}; the allowed moves are
 * those of {@link ReviewWorkflow}. "No longer found by a later run" is not a state: it is a mark on
 * the stored lead that leaves its review state alone.
 */
public enum ReviewState {
    /** 新线索: reported by a run, not yet looked at. */
    NEW("新线索"),
    /** 核查中: a prosecutor is verifying it against the files. */
    VERIFYING("核查中"),
    /** 成案: verified, a violation to act on. */
    CONFIRMED("成案"),
    /** 排除: verified, no violation to act on (with a {@link DismissReason}). */
    DISMISSED("排除"),
    /** 已制发文书: a 纠正违法通知书 or 检察建议 was issued, the reply is awaited. */
    DOCUMENT_ISSUED("已制发文书"),
    /** 已整改: the agency replied and corrected. */
    RECTIFIED("已整改"),
    /** 逾期未回复: the reply deadline passed unanswered. */
    REPLY_OVERDUE("逾期未回复");

    /** 成案 or later: confirmed, and since then perhaps issued, rectified or overdue. */
    private static final Set<ReviewState> CONFIRMED_OR_LATER = Collections.unmodifiableSet(
            EnumSet.of(CONFIRMED, DOCUMENT_ISSUED, RECTIFIED, REPLY_OVERDUE));

    private final String label;

    ReviewState(String label) {
        this.label = label;
    }

    /** The Chinese label, e.g. {@code 成案}. */
    public String label() {
        return label;
    }

    /** True at 成案 or later (document issued, rectified, reply overdue): the lead was confirmed. */
    public boolean confirmed() {
        return CONFIRMED_OR_LATER.contains(this);
    }

    /** The states of a confirmed lead ({@link #confirmed()}), in declaration order. */
    public static Set<ReviewState> confirmedStates() {
        return CONFIRMED_OR_LATER;
    }

    /** Reads the enum name in any case ({@code confirmed}) or the Chinese label ({@code 成案}). */
    public static Optional<ReviewState> parse(String s) {
        String t = s == null ? "" : s.trim();
        for (ReviewState v : values()) {
            if (v.name().equalsIgnoreCase(t) || v.label.equals(t)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return name() + " (" + label + ")";
    }
}

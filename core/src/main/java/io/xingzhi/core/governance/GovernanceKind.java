package io.xingzhi.core.governance;

import java.util.Locale;

/** What a governance record is, with the status it starts in. */
public enum GovernanceKind {
    /** A systemic 检察建议 to one agency, grounded in confirmed leads (a class case). */
    RECOMMENDATION("recommendation", "检察建议", GovernanceStatus.PENDING),
    /** A joint meeting with the agencies concerned: when, who, what was agreed (the minutes). */
    MEETING("meeting", "联席会议", GovernanceStatus.HELD),
    /** A rectification measure: what one responsible agency does, by a deadline. */
    MEASURE("measure", "整改措施", GovernanceStatus.PENDING),
    /** A standing cooperation mechanism between the procuratorate and agencies. */
    MECHANISM("mechanism", "联动协作机制", GovernanceStatus.IN_FORCE);

    private final String code;
    private final String label;
    private final GovernanceStatus initial;

    GovernanceKind(String code, String label, GovernanceStatus initial) {
        this.code = code;
        this.label = label;
        this.initial = initial;
    }

    /** The code doors use: {@code recommendation}, {@code meeting}, {@code measure}, {@code mechanism}. */
    public String code() {
        return code;
    }

    /** The Chinese name. */
    public String label() {
        return label;
    }

    /** The status a new record of this kind has. */
    public GovernanceStatus initial() {
        return initial;
    }

    /**
     * The kind with this code, name or Chinese label.
     *
     * @throws IllegalArgumentException naming the kinds
     */
    public static GovernanceKind of(String text) {
        String t = text.strip();
        for (GovernanceKind k : values()) {
            if (k.code.equalsIgnoreCase(t) || k.name().equalsIgnoreCase(t) || k.label.equals(t)) {
                return k;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a governance record kind; the kinds are recommendation "
                + "(检察建议), meeting (联席会议), measure (整改措施), mechanism (联动协作机制)");
    }

    @Override
    public String toString() {
        return code.toUpperCase(Locale.ROOT);
    }
}

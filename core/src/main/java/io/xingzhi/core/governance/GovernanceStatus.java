package io.xingzhi.core.governance;

/**
 * Where a governance record stands. All but {@link #OVERDUE} are kept; {@link #OVERDUE} is seen:
 * a record {@link #PENDING} whose deadline has passed on the date it is looked at
 * ({@link GovernanceRecord#status(java.time.LocalDate)}).
 */
public enum GovernanceStatus {
    /** 待落实: issued or agreed, not yet carried out. */
    PENDING("pending", "待落实"),
    /** 已采纳: the agency accepted the 检察建议. */
    ADOPTED("adopted", "已采纳"),
    /** 已整改: carried out. */
    RECTIFIED("rectified", "已整改"),
    /** 逾期未落实: pending past its deadline (computed, never kept). */
    OVERDUE("overdue", "逾期未落实"),
    /** 已召开: a joint meeting that took place. */
    HELD("held", "已召开"),
    /** 运行中: a mechanism in force. */
    IN_FORCE("in-force", "运行中"),
    /** 已终止: a mechanism ended. */
    TERMINATED("terminated", "已终止");

    private final String code;
    private final String label;

    GovernanceStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The code doors use, e.g. {@code in-force}. */
    public String code() {
        return code;
    }

    /** The Chinese name, e.g. {@code 运行中}. */
    public String label() {
        return label;
    }

    /**
     * The status with this code, name or Chinese label.
     *
     * @throws IllegalArgumentException naming the statuses
     */
    public static GovernanceStatus of(String text) {
        String t = text.strip();
        for (GovernanceStatus s : values()) {
            if (s.code.equalsIgnoreCase(t) || s.name().equalsIgnoreCase(t) || s.label.equals(t)) {
                return s;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a governance status; the statuses are pending (待落实), "
                + "adopted (已采纳), rectified (已整改), held (已召开), in-force (运行中), terminated (已终止)");
    }
}

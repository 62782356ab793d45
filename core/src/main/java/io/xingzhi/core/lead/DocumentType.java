package io.xingzhi.core.lead;

/**
 * The procuratorial documents a confirmed lead can lead to: the two sent to the supervised agency
 * (纠正违法通知书, 检察建议), and the 线索移送函 that goes with a lead referred (移送) to another
 * department or body.
 */
public enum DocumentType {
    /** 纠正违法通知书 - a notice to correct a violation, for a specific unlawful act. */
    CORRECTION_NOTICE("纠正违法通知书"),
    /** 检察建议 - a procuratorial recommendation, for systemic or minor problems. */
    RECOMMENDATION("检察建议"),
    /**
     * 线索移送函 - the letter that goes with a lead referred (移送) to a department of the
     * procuratorate or an outside body (公益诉讼部门, 监察委员会, 公安机关 …); drafted from a referred lead,
     * addressed to the recipient of its referral. It is filed and numbered like the others but never
     * "issued" to the supervised agency: it awaits no rectification.
     */
    REFERRAL_LETTER("线索移送函");

    private final String label;

    DocumentType(String label) {
        this.label = label;
    }

    /** The Chinese name, e.g. {@code 检察建议}. */
    public String label() {
        return label;
    }

    /** True for the documents sent to the supervised agency, whose reply ends in rectification (not a referral letter). */
    public boolean toSupervisedAgency() {
        return this != REFERRAL_LETTER;
    }

    /** Reads {@code 纠正违法通知书}/{@code 检察建议}/{@code 线索移送函} or the enum name. */
    public static DocumentType fromLabel(String s) {
        for (DocumentType t : values()) {
            if (t.label.equals(s) || t.name().equalsIgnoreCase(s)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown document type \"" + s + "\" (纠正违法通知书, 检察建议 or 线索移送函)");
    }
}

package io.xingzhi.core.lead;

/** The procuratorial documents a confirmed lead can lead to. */
public enum DocumentType {
    /** 纠正违法通知书 - a notice to correct a violation, for a specific unlawful act. */
    CORRECTION_NOTICE("纠正违法通知书"),
    /** 检察建议 - a procuratorial recommendation, for systemic or minor problems. */
    RECOMMENDATION("检察建议");

    private final String label;

    DocumentType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads {@code 纠正违法通知书}/{@code 检察建议} or the enum name. */
    public static DocumentType fromLabel(String s) {
        for (DocumentType t : values()) {
            if (t.label.equals(s) || t.name().equalsIgnoreCase(s)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown document type \"" + s + "\" (纠正违法通知书 or 检察建议)");
    }
}

package io.xingzhi.core.record;

/** A person's role in an enterprise (职务/人员类型). */
public enum RoleType {
    LEGAL_REPRESENTATIVE("法定代表人"), SHAREHOLDER("股东"), INVESTOR("投资人"), OPERATOR("经营者"),
    /** 董事, also written 董事长, 执行董事, 副董事长. */
    DIRECTOR("董事"),
    SUPERVISOR("监事"), MANAGER("经理"), OTHER("其他");

    private final String label;

    RoleType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True for the roles that found, own or run an enterprise: 法定代表人, 股东, 投资人, 经营者. */
    public boolean controlling() {
        return this == LEGAL_REPRESENTATIVE || this == SHAREHOLDER || this == INVESTOR || this == OPERATOR;
    }

    /**
     * True for the offices a person deprived of political rights may not hold in a company (公司法 art.
     * 178(二)): 法定代表人, 董事, 监事, 经理.
     */
    public boolean companyOffice() {
        return this == LEGAL_REPRESENTATIVE || this == DIRECTOR || this == SUPERVISOR || this == MANAGER;
    }

    /**
     * What separates the roles of a label that names several ({@code 股东、监事}, {@code 执行董事兼总经理}): each
     * one character, so a label is split by a scan, not a regular expression (every mapped registration asks).
     */
    private static final String SEPARATORS = "、,，;；/／|｜+＋&＆兼及和并";

    /**
     * Every role a label names: one for a label of one role ({@link #fromLabel}), and each of them for a
     * label that names several ({@code 股东、监事}: {@link #SHAREHOLDER} and {@link #SUPERVISOR};
     * {@code 执行董事兼总经理}: {@link #DIRECTOR} and {@link #MANAGER}), in this enum's order; {@link #OTHER}
     * only when it names none of the others.
     */
    public static java.util.Set<RoleType> allFromLabel(String raw) {
        java.util.EnumSet<RoleType> all = java.util.EnumSet.of(fromLabel(raw));
        String s = io.xingzhi.core.value.Texts.removeSpaces(raw);
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            if (SEPARATORS.indexOf(s.charAt(i)) >= 0) {
                if (i > from) {
                    all.add(fromLabel(s.substring(from, i)));
                }
                from = i + 1;
            }
        }
        if (from > 0 && from < s.length()) {
            all.add(fromLabel(s.substring(from)));
        }
        if (all.size() > 1) {
            all.remove(OTHER);
        }
        return java.util.Collections.unmodifiableSet(all);
    }

    /**
     * Reads a label or variant ({@code 法人}, {@code 出资人}, {@code 个体工商户}, {@code 董事长},
     * {@code 执行董事}, {@code 副董事长}, {@code 总经理}); anything else is {@link #OTHER}. A label that names
     * several roles gives the first of them in this method's order: {@link #allFromLabel} gives them all.
     */
    public static RoleType fromLabel(String raw) {
        String s = io.xingzhi.core.value.Texts.removeSpaces(raw);
        if (s.contains("法定代表") || s.equals("法人")) {
            return LEGAL_REPRESENTATIVE;
        }
        if (s.contains("股东")) {
            return SHAREHOLDER;
        }
        if (s.contains("投资") || s.contains("出资")) {
            return INVESTOR;
        }
        if (s.contains("经营者") || s.contains("个体")) {
            return OPERATOR;
        }
        if (s.contains("监事")) {
            return SUPERVISOR;
        }
        if (s.contains("董事")) {
            return DIRECTOR;
        }
        if (s.contains("经理")) {
            return MANAGER;
        }
        return OTHER;
    }
}

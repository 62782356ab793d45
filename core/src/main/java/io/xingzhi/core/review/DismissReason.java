package io.xingzhi.core.review;

import java.util.Optional;

/** Why a verified lead was dismissed (排除). {@link #OTHER} needs an explanation in words. */
public enum DismissReason {
    /** 数据错误: the source data was wrong (a typo in a date, the wrong person). */
    DATA_ERROR("数据错误"),
    /** 有合法理由: the files show a lawful reason (e.g. a documented extension). */
    LAWFUL_REASON("有合法理由"),
    /** 已纠正: the agency had already corrected it. */
    ALREADY_CORRECTED("已纠正"),
    /** 重复: the same matter as another lead. */
    DUPLICATE("重复"),
    /** 其他: anything else, explained in the free text. */
    OTHER("其他");

    private final String label;

    DismissReason(String label) {
        this.label = label;
    }

    /** The Chinese label, e.g. {@code 数据错误}. */
    public String label() {
        return label;
    }

    /** Reads the enum name in any case ({@code data_error}, {@code data-error}) or the Chinese label. */
    public static Optional<DismissReason> parse(String s) {
        String t = s == null ? "" : s.trim().replace('-', '_');
        for (DismissReason v : values()) {
            if (v.name().equalsIgnoreCase(t) || v.label.equals(t)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}

package io.xingzhi.core.record;

import java.util.Optional;

/** Why a person left the detention center (出所原因). */
public enum LeaveReason {
    /** 投送监狱 / 送监执行 - delivered to prison. */
    TO_PRISON("投送监狱"),
    /** 刑满释放 - released at the end of the term. */
    SENTENCE_SERVED("刑满释放"),
    /** 取保候审 - bail. */
    BAIL("取保候审"),
    /** 监视居住 - residential surveillance. */
    RESIDENTIAL_SURVEILLANCE("监视居住"),
    /** 判处缓刑 - given a suspended sentence. */
    SUSPENDED_SENTENCE("判处缓刑"),
    /** 释放 - released (other grounds). */
    RELEASED("释放"),
    /** 死亡 - died. */
    DIED("死亡"),
    /** 其他 - other. */
    OTHER("其他");

    private final String label;

    LeaveReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Reads a label or a common variant ({@code 送监执行}, {@code 送监}, {@code 交付监狱执行}, {@code 刑期届满释放},
     * {@code 服刑期满}); empty if blank.
     */
    public static Optional<LeaveReason> fromLabel(String raw) {
        String s = io.xingzhi.core.value.Texts.removeSpaces(raw);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (s.contains("监狱") || s.startsWith("送监") || s.contains("投送") || s.contains("交付执行")) {
            return Optional.of(TO_PRISON);
        }
        if (s.contains("刑满") || s.contains("刑期届满") || s.contains("刑期已满") || s.contains("刑期满")) {
            return Optional.of(SENTENCE_SERVED); // 刑满释放, 刑期届满释放, 服刑期满 (not 刑期未满, nor 期满 alone: 拘留期满, 羁押期满)
        }
        if (s.contains("取保")) {
            return Optional.of(BAIL);
        }
        if (s.contains("监视居住")) {
            return Optional.of(RESIDENTIAL_SURVEILLANCE);
        }
        if (s.contains("缓刑")) {
            return Optional.of(SUSPENDED_SENTENCE);
        }
        if (s.contains("死亡")) {
            return Optional.of(DIED);
        }
        if (s.contains("释放")) {
            return Optional.of(RELEASED);
        }
        return Optional.of(OTHER);
    }
}

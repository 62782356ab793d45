package io.xingzhi.core.record;

import java.util.Optional;

/** How an enforcement case was closed (结案方式). */
public enum Closure {
    /** 执行完毕. */
    COMPLETED("执行完毕"),
    /** 终结本次执行程序 (终本). */
    TERMINATED_THIS_ROUND("终结本次执行程序"),
    /** 终结执行. */
    TERMINATED("终结执行"),
    /** 不予执行. */
    NOT_ENFORCED("不予执行"),
    /** 销案. */
    WITHDRAWN("销案"),
    /** 其他. */
    OTHER("其他");

    private final String label;

    Closure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True for 终本 and 终结执行, the closures that stop enforcement while money is owed. */
    public boolean terminates() {
        return this == TERMINATED_THIS_ROUND || this == TERMINATED;
    }

    /** Reads a label or variant ({@code 终本}, {@code 终结本次}); empty when blank. */
    public static Optional<Closure> fromLabel(String raw) {
        String s = io.xingzhi.core.value.Texts.removeSpaces(raw);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (s.contains("终本") || s.contains("终结本次")) {
            return Optional.of(TERMINATED_THIS_ROUND);
        }
        if (s.contains("终结")) {
            return Optional.of(TERMINATED);
        }
        if (s.contains("完毕")) {
            return Optional.of(COMPLETED);
        }
        if (s.contains("不予")) {
            return Optional.of(NOT_ENFORCED);
        }
        if (s.contains("销案")) {
            return Optional.of(WITHDRAWN);
        }
        return Optional.of(OTHER);
    }
}

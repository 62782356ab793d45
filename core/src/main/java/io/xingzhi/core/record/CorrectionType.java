package io.xingzhi.core.record;

import java.util.Optional;

/** The kind of community correction (社区矫正类别). */
public enum CorrectionType {
    PUBLIC_SURVEILLANCE("管制"), PROBATION("缓刑"), PAROLE("假释"), TEMPORARY_OUTSIDE("暂予监外执行");

    private final String label;

    CorrectionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads a label ({@code 管制}, {@code 缓刑}, {@code 假释}, {@code 暂予监外执行}/{@code 监外执行}); empty if unknown. */
    public static Optional<CorrectionType> fromLabel(String raw) {
        String s = io.xingzhi.core.value.Texts.removeSpaces(raw);
        if (s.contains("管制")) {
            return Optional.of(PUBLIC_SURVEILLANCE);
        }
        if (s.contains("缓刑")) {
            return Optional.of(PROBATION);
        }
        if (s.contains("假释")) {
            return Optional.of(PAROLE);
        }
        if (s.contains("监外")) {
            return Optional.of(TEMPORARY_OUTSIDE);
        }
        return Optional.empty();
    }
}

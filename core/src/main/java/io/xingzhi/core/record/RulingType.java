package io.xingzhi.core.record;

import java.util.Optional;

/** The kind of a ruling in the {@code commutations} dataset (裁定类型). */
public enum RulingType {
    /** 减刑: the sentence was reduced. */
    COMMUTATION("减刑"),
    /** 假释: the person was released on parole. */
    PAROLE("假释");

    private final String label;

    RulingType(String label) {
        this.label = label;
    }

    /** The Chinese name, {@code 减刑} or {@code 假释}. */
    public String label() {
        return label;
    }

    /** Reads {@code 减刑}, {@code 假释} or a text containing one of them ({@code 减刑裁定}); empty for anything else. */
    public static Optional<RulingType> fromLabel(String raw) {
        String s = io.xingzhi.core.value.Texts.removeSpaces(raw);
        boolean commutation = s.contains("减刑");
        boolean parole = s.contains("假释");
        if (commutation == parole) {
            return Optional.empty();
        }
        return Optional.of(commutation ? COMMUTATION : PAROLE);
    }
}

package io.xingzhi.core.record;

/** How a person left prison or detention (释放类型). */
public enum ReleaseType {
    SENTENCE_SERVED("刑满释放"), PAROLE("假释"), OTHER("其他");

    private final String label;

    ReleaseType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads a label; anything not 刑满/假释 is {@link #OTHER}. */
    public static ReleaseType fromLabel(String raw) {
        String s = raw == null ? "" : raw;
        if (s.contains("假释")) {
            return PAROLE;
        }
        if (s.contains("刑满")) {
            return SENTENCE_SERVED;
        }
        return OTHER;
    }
}

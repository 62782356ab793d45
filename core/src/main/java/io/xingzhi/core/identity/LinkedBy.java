package io.xingzhi.core.identity;

/** How a lead's records were linked to one person (CONTRACT.md §3). */
public enum LinkedBy {
    /** Every record carried the same valid identity number. */
    ID_NUMBER("id_number"),
    /** At least one record was linked by normalised name + birth date, having no valid number. */
    NAME_BIRTH_DATE("name+birth_date");

    private final String code;

    LinkedBy(String code) {
        this.code = code;
    }

    /** The contract's spelling: {@code id_number} or {@code name+birth_date}. */
    public String code() {
        return code;
    }

    /** The weaker of two links. */
    public LinkedBy weakest(LinkedBy other) {
        return this == NAME_BIRTH_DATE || other == NAME_BIRTH_DATE ? NAME_BIRTH_DATE : ID_NUMBER;
    }

    public static LinkedBy fromCode(String code) {
        for (LinkedBy l : values()) {
            if (l.code.equals(code) || l.name().equals(code)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown linked_by: " + code);
    }
}

package io.xingzhi.core.record;

import java.util.Objects;

/**
 * A row that did not become a record, with the reason. Reasons name the field and, for values
 * that are not identity numbers, the value that failed; identity numbers never appear.
 *
 * @param ref where the row came from
 * @param reason why it was rejected, e.g. {@code effective_date: "2024-13-01" is not a date}
 */
public record Rejection(SourceRef ref, String reason) {
    public Rejection {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(reason, "reason");
    }

    /** The category under which reasons beyond the counted ones are counted. */
    public static final String OTHER_REASONS = "其他原因 (other reasons)";


    /**
     * The kind of reason, for counting rejections by reason: the reason with the values it quotes
     * and its numbers left out ({@code effective_date: "2024-13-01" is not a date} and
     * {@code effective_date: "2023-02-30" is not a date} are one kind).
     */
    public static String category(String reason) {
        // one pass over the characters (every rejected row is counted: the two expressions this replaces cost
        // a run of a million rejected rows a fifth of its time); RejectionCategoryTest holds it to them
        StringBuilder b = new StringBuilder(reason.length());
        int n = reason.length();
        for (int i = 0; i < n; i++) {
            char c = reason.charAt(i);
            int end = -1;
            if (c == '"') {
                end = reason.indexOf('"', i + 1);
            } else if (c == '“') {
                end = reason.indexOf('”', i + 1);
            } else if (c == '\'' && (i == 0 || !asciiLetter(reason.charAt(i - 1)))) {
                end = reason.indexOf('\'', i + 1);
            }
            if (end >= 0) {
                b.append("\"…\"");
                i = end;
            } else if (c >= '0' && c <= '9') {
                b.append('#');
                while (i + 1 < n && reason.charAt(i + 1) >= '0' && reason.charAt(i + 1) <= '9') {
                    i++;
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean asciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    @Override
    public String toString() {
        return ref + ": " + reason;
    }
}

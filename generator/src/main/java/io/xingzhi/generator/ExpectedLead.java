package io.xingzhi.generator;

import java.util.Objects;

/**
 * One line of {@code expected.jsonl}: a lead LAW.md gives for the generated data, keyed by
 * {@code tools/score.py} on (model, kind, id_number).
 *
 * @param model the model name ({@code custody-transfer}, ...)
 * @param kind the lead kind ({@code NOT_TRANSFERRED}, ...)
 * @param idNumber the normalised 18-digit identity number
 * @param caseNumber the normalised criminal case number, e.g. {@code (2023)辽0682刑初12号}
 * @param scenario what was planted, in a few words
 */
public record ExpectedLead(String model, String kind, String idNumber, String caseNumber, String scenario) {
    public ExpectedLead {
        Objects.requireNonNull(model);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(idNumber);
        Objects.requireNonNull(caseNumber);
        Objects.requireNonNull(scenario);
    }

    /** The line as written to {@code expected.jsonl}. */
    public String toJson() {
        return "{\"model\": " + quote(model) + ", \"kind\": " + quote(kind) + ", \"id_number\": " + quote(idNumber)
                + ", \"case_number\": " + quote(caseNumber) + ", \"scenario\": " + quote(scenario) + "}";
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}

package io.xingzhi.generator;

import java.time.LocalDate;

/** GB 11643 identity numbers for the generator: check character, 18-digit and legacy 15-digit forms. */
final class IdNumbers {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private IdNumbers() {
    }

    /** The check character for the first 17 digits. */
    static char check(CharSequence body17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** An 18-digit number from its area code, birth date and 3-digit sequence. */
    static String make(String area6, LocalDate birth, int seq) {
        StringBuilder b = new StringBuilder(18).append(area6);
        b.append(birth.getYear());
        two(b, birth.getMonthValue());
        two(b, birth.getDayOfMonth());
        if (seq < 100) {
            b.append('0');
        }
        if (seq < 10) {
            b.append('0');
        }
        b.append(seq);
        return b.append(check(b)).toString();
    }

    /** True for 18 characters, 17 digits and the right check character (upper-case X). */
    static boolean valid(String id) {
        if (id == null || id.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return false;
            }
        }
        return check(id) == id.charAt(17);
    }

    /** The legacy 15-digit form (births in 19xx only): drops the century and the check character. */
    static String legacy15(String id18) {
        if (!id18.startsWith("19", 6)) {
            throw new IllegalArgumentException("legacy numbers exist only for births in the 1900s");
        }
        return id18.substring(0, 6) + id18.substring(8, 17);
    }

    private static void two(StringBuilder b, int v) {
        if (v < 10) {
            b.append('0');
        }
        b.append(v);
    }
}

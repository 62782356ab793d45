package io.xingzhi.examples;

/** Valid synthetic identity numbers for tests. */
public final class Ids {
    private Ids() {
    }

    /** A valid 18-digit identity number (GB 11643 check digit) from its first 17 digits. */
    public static String idNumber(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}

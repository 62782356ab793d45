package io.xingzhi.core.value;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A resident identity number (公民身份号码, GB 11643-1999) in its normalised 18-character form:
 * ASCII digits, upper-case {@code X} check character, check digit verified. Instances exist only
 * for numbers that passed validation; invalid numbers are reported by {@link #parse}, never guessed.
 *
 * <p>Besides the check digit, a number is an identity only when its address code starts with a
 * province of GB/T 2260 (11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71 台湾, 81 香港, 82 澳门, and
 * 83, the code of the Taiwan residents' residence permit that uses this format) or is {@code 9}
 * followed by one (the foreign permanent resident ID card of 2023, 外国人永久居留身份证, whose
 * second and third digits are the issuing province and the next three the nationality:
 * {@code 932682198501010017}), its birth date is
 * a real day, and it is not a placeholder: a body of one repeated digit ({@code 111111111111111})
 * passes the other tests by chance, and taking it as an identity would merge everyone who carries
 * it into one person. A number that is not an identity leaves the row its name and birth date
 * (CONTRACT.md §2).
 *
 * <p>Neither failure reasons nor exception messages ever contain the number, and {@link
 * #toString()} masks it.
 *
 * @param value the normalised 18-character number
 */
public record IdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    /** A number as a spreadsheet shows a long one: {@code 2.10103E+17}. */
    private static final Pattern SCIENTIFIC = Pattern.compile("[0-9](\\.[0-9]+)?[Ee]\\+?[0-9]{1,2}");
    /** A whole number with a decimal fraction of zeros: {@code 210103196803287000.0}. */
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{15,18}\\.0+");

    private static final int MIN_BIRTH_YEAR = 1800;
    /** The two-digit province codes of GB/T 2260, and 83 (Taiwan residents' residence permits). */
    private static final boolean[] PROVINCE = provinces(11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37,
            41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83);

    /**
     * Validates the normalised form.
     *
     * @throws IllegalArgumentException (without the number in its message) unless the value has
     *     17 ASCII digits and a valid check character, and encodes a real birth date
     */
    public IdNumber {
        if (value == null) {
            throw new IllegalArgumentException("identity number is null");
        }
        String problem = problemWith18(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /**
     * Reads a raw number: trims, folds full-width digits and letters, drops one leading apostrophe
     * (Excel's mark for a number kept as text, {@code '21010319900307123X}), removes inner spaces and
     * hyphens, upper-cases {@code x}, upgrades a 15-digit legacy number to 18 (inserting {@code 19}
     * and computing the check digit), and verifies the GB 11643 check digit and the birth date.
     * Failure reasons never contain the number itself.
     */
    public static Parsed<IdNumber> parse(String raw) {
        if (Texts.isBlank(raw)) {
            return Parsed.failed("identity number is blank");
        }
        String plain = raw.strip();
        if (isAscii18(plain)) {
            // the common case: already 18 ASCII characters; skip width folding and copying
            String t = plain.charAt(17) == 'x' ? plain.substring(0, 17) + 'X' : plain;
            try {
                return Parsed.ok(new IdNumber(t)); // the constructor's check is the one check (it was made twice)
            } catch (IllegalArgumentException e) {
                return Parsed.failed(e.getMessage());
            }
        }
        return parseGeneral(raw);
    }

    /** The general path of {@link #parse}, which gives the same result for every input (FastPathsTest). */
    static Parsed<IdNumber> parseGeneral(String raw) {
        if (Texts.isBlank(raw)) {
            return Parsed.failed("identity number is blank");
        }
        String folded = Texts.foldWidth(raw);
        if (folded.startsWith("'")) {
            folded = folded.substring(1); // Excel's mark for a number kept as text ('21010319900307123X)
        }
        StringBuilder sb = new StringBuilder(18);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Texts.isSpace(c) || isHyphen(c)) {
                continue;
            }
            sb.append(c == 'x' ? 'X' : c);
        }
        String s = sb.toString();
        if (s.length() == 15) {
            if (!allDigits(s, 0, 15)) {
                return Parsed.failed("15-character identity number contains a character other than a digit");
            }
            if (!PROVINCE[(s.charAt(0) - '0') * 10 + s.charAt(1) - '0']) {
                return Parsed.failed("15-digit identity number does not start with a province code (GB/T 2260)");
            }
            if (oneDigitRepeated(s, 15)) {
                return Parsed.failed(PLACEHOLDER);
            }
            String body = s.substring(0, 6) + "19" + s.substring(6, 15);
            if (birthDateOf(body) == null) {
                return Parsed.failed("birth date in the 15-digit identity number is not a real date");
            }
            return Parsed.ok(new IdNumber(body + checkCharacter(body)));
        }
        if (s.length() != 18) {
            if (SCIENTIFIC.matcher(s).matches()) {
                return Parsed.failed("identity number is written in scientific notation (ending in E+17, as Excel shows a long "
                        + "number): its last digits are lost; export the column as text");
            }
            if (DECIMAL.matcher(s).matches()) {
                return Parsed.failed("identity number is written as a decimal number (ending in .0, as a numeric column "
                        + "exports it): its last digits may be lost; export the column as text");
            }
            return Parsed.failed("identity number has " + s.length() + " characters, expected 18 (or 15)");
        }
        String problem = problemWith18(s);
        return problem == null ? Parsed.ok(new IdNumber(s)) : Parsed.failed(problem);
    }

    /**
     * Whether {@code s} is 17 ASCII digits and an ASCII digit, {@code x} or {@code X}: the form the
     * fast paths read as written. Any other last character (a full-width {@code Ｘ} or {@code ７}
     * typed after half-width digits) is for the general path, which folds it.
     */
    private static boolean isAscii18(String s) {
        if (s.length() != 18 || !allDigits(s, 0, 17)) {
            return false;
        }
        char last = s.charAt(17);
        return last >= '0' && last <= '9' || last == 'x' || last == 'X';
    }

    /**
     * The normalised form of {@code raw} when it is a valid number, else null: the same test as
     * {@code parse(raw).isOk()} and the same value as {@code parse(raw).value().value()}, without
     * building an {@code IdNumber} (for screening millions of streamed rows).
     */
    public static String normalisedOrNull(String raw) {
        if (raw != null && isAscii18(raw)) {
            String t = raw.charAt(17) == 'x' ? raw.substring(0, 17) + 'X' : raw;
            return problemWith18(t) == null ? t : null;
        }
        Parsed<IdNumber> p = parse(raw);
        return p.isOk() ? p.value().value() : null;
    }

    /**
     * True when {@code b[from, to)}, exactly as given (no trimming, no folding), is a valid number in
     * its normal form: 17 ASCII digits and a digit or {@code X}, a province code, not one digit
     * repeated, a real birth date, the right check character. Then {@link #normalisedOrNull} of those
     * characters returns them unchanged. False for everything else, including forms {@link #parse}
     * still reads ({@code x}, spaces, full-width digits, 15 digits). For screening streamed rows from
     * their bytes: allocates nothing; {@code ScreenChecksTest} holds it to {@link #parse}.
     */
    public static boolean isNormalValid(byte[] b, int from, int to) {
        return normalCode(b, from, to) >= 0;
    }

    /**
     * {@link #isNormalValid}'s test, giving the number's code when it passes: its 17 body digits
     * read as one number, times 11, plus its check value (0-9, and 10 for {@code X}); -1 when it
     * fails. Distinct numbers have distinct codes. Reads each byte once, into locals, with no loop:
     * the screen asks it of every streamed row, in code the quick compiler neither unrolls nor
     * strips of bounds checks.
     */
    public static long normalCode(byte[] b, int from, int to) {
        return code(b, from, to, false);
    }

    /**
     * {@link #normalCode} that also takes a lower-case {@code x} as the check character: the code of
     * the number {@link #parse} reads from these bytes as written (it upper-cases the {@code x}), -1
     * for any other form. For screening streamed rows whose exports write {@code x}.
     */
    public static long writtenCode(byte[] b, int from, int to) {
        return code(b, from, to, true);
    }

    private static long code(byte[] b, int from, int to, boolean lowerX) {
        if (to - from != 18) {
            return -1;
        }
        int d0 = b[from] - '0';
        int d1 = b[from + 1] - '0';
        int d2 = b[from + 2] - '0';
        int d3 = b[from + 3] - '0';
        int d4 = b[from + 4] - '0';
        int d5 = b[from + 5] - '0';
        int d6 = b[from + 6] - '0';
        int d7 = b[from + 7] - '0';
        int d8 = b[from + 8] - '0';
        int d9 = b[from + 9] - '0';
        int d10 = b[from + 10] - '0';
        int d11 = b[from + 11] - '0';
        int d12 = b[from + 12] - '0';
        int d13 = b[from + 13] - '0';
        int d14 = b[from + 14] - '0';
        int d15 = b[from + 15] - '0';
        int d16 = b[from + 16] - '0';
        byte last = lowerX && b[from + 17] == 'x' ? (byte) 'X' : b[from + 17];
        // a value outside 0-9 makes d or 9 - d negative: one test for all seventeen
        int outside = d0 | 9 - d0 | d1 | 9 - d1 | d2 | 9 - d2 | d3 | 9 - d3 | d4 | 9 - d4 | d5 | 9 - d5 | d6 | 9 - d6
                | d7 | 9 - d7 | d8 | 9 - d8 | d9 | 9 - d9 | d10 | 9 - d10 | d11 | 9 - d11 | d12 | 9 - d12 | d13 | 9 - d13
                | d14 | 9 - d14 | d15 | 9 - d15 | d16 | 9 - d16;
        int check = last >= '0' && last <= '9' ? last - '0' : last == 'X' ? 10 : -1;
        if (outside < 0 || check < 0 || !PROVINCE[d0 * 10 + d1] && !(d0 == 9 && PROVINCE[d1 * 10 + d2])) {
            return -1;
        }
        int year = d6 * 1000 + d7 * 100 + d8 * 10 + d9;
        int month = d10 * 10 + d11;
        int day = d12 * 10 + d13;
        if (year < MIN_BIRTH_YEAR || month < 1 || month > 12 || day < 1 || day > Dates.daysIn(year, month)) {
            return -1;
        }
        int sum = 7 * d0 + 9 * d1 + 10 * d2 + 5 * d3 + 8 * d4 + 4 * d5 + 2 * d6 + d7 + 6 * d8 + 3 * d9 + 7 * d10
                + 9 * d11 + 10 * d12 + 5 * d13 + 8 * d14 + 4 * d15 + 2 * d16;
        if (CHECK[sum % 11] != last || d1 == d0 && oneDigitRepeated(b, from)) {
            return -1;
        }
        long body = d0;
        body = body * 10 + d1;
        body = body * 10 + d2;
        body = body * 10 + d3;
        body = body * 10 + d4;
        body = body * 10 + d5;
        body = body * 10 + d6;
        body = body * 10 + d7;
        body = body * 10 + d8;
        body = body * 10 + d9;
        body = body * 10 + d10;
        body = body * 10 + d11;
        body = body * 10 + d12;
        body = body * 10 + d13;
        body = body * 10 + d14;
        body = body * 10 + d15;
        body = body * 10 + d16;
        return body * 11 + check;
    }

    /** Whether the 17 body digits from {@code b[from]} are one digit repeated. */
    private static boolean oneDigitRepeated(byte[] b, int from) {
        for (int i = 1; i < 17; i++) {
            if (b[from + i] != b[from]) {
                return false;
            }
        }
        return true;
    }

    /** The GB 11643 check character for 17 body digits. */
    public static char checkCharacter(CharSequence body17) {
        if (body17 == null || body17.length() != 17 || !allDigits(body17, 0, 17)) {
            throw new IllegalArgumentException("check character needs exactly 17 ASCII digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** The birth date encoded in the number (characters 7-14). */
    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /**
     * {@link #birthDate()} as the shared {@code Optional} of its day ({@link Dates#optional}), made
     * from the number's digits without building or reading a date first.
     */
    public Optional<LocalDate> birthDateOptional() {
        int year = digits(value, 6, 10);
        return year < MIN_BIRTH_YEAR ? Optional.empty()
                : Dates.optionalDay(year, digits(value, 10, 12), digits(value, 12, 14));
    }

    /** The legacy 15-digit form (drops the century and the check digit); only for births in 19xx. */
    public Optional<String> toLegacy15() {
        if (!value.startsWith("19", 6)) {
            return Optional.empty();
        }
        return Optional.of(value.substring(0, 6) + value.substring(8, 17));
    }

    /** Masked for roles that must not see it: first 6 and last 4 kept, e.g. {@code 210682********1234}. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    /** Never prints the whole number (safe for logs). */
    @Override
    public String toString() {
        return masked();
    }

    /** Why an 18-character string is not a valid number, or null when it is. */
    private static String problemWith18(String s) {
        if (s.length() != 18) {
            return "identity number has " + s.length() + " characters, expected 18";
        }
        if (!allDigits(s, 0, 17)) {
            return "identity number contains a character other than a digit in its first 17 places";
        }
        char last = s.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            return "identity number ends in a character other than a digit or X";
        }
        if (!startsWithRegion(s)) {
            return NO_PROVINCE;
        }
        if (oneDigitRepeated(s, 17)) {
            return PLACEHOLDER;
        }
        if (!realBirthDate(s)) {
            return "birth date in the identity number is not a real date";
        }
        if (check(s) != last) {
            return "identity number check digit does not match (GB 11643)";
        }
        return null;
    }

    private static final String NO_PROVINCE =
            "identity number does not start with a province code (GB/T 2260), nor with 9 and one";

    /**
     * Whether the 18-character number {@code s} (digits in its first three places) starts with a
     * province code, or with {@code 9} and a province code (a foreign permanent resident's card).
     */
    private static boolean startsWithRegion(String s) {
        int d0 = s.charAt(0) - '0';
        int d1 = s.charAt(1) - '0';
        return PROVINCE[d0 * 10 + d1] || d0 == 9 && PROVINCE[d1 * 10 + s.charAt(2) - '0'];
    }
    private static final String PLACEHOLDER =
            "identity number is a placeholder (one digit repeated), not a person's number";

    private static boolean[] provinces(int... codes) {
        boolean[] known = new boolean[100];
        for (int c : codes) {
            known[c] = true;
        }
        return known;
    }

    /** True when the first {@code length} characters are one digit repeated. */
    private static boolean oneDigitRepeated(String s, int length) {
        for (int i = 1; i < length; i++) {
            if (s.charAt(i) != s.charAt(0)) {
                return false;
            }
        }
        return true;
    }

    /** The check character of the first 17 digits of {@code s} (already known to be digits). */
    private static char check(CharSequence s) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (s.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** The same test as {@code birthDateOf(s) != null}, without allocating a date. */
    private static boolean realBirthDate(String s) {
        int year = digits(s, 6, 10);
        int month = digits(s, 10, 12);
        int day = digits(s, 12, 14);
        if (year < MIN_BIRTH_YEAR || month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= Dates.daysIn(year, month);
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    /** The birth date in characters 7-14 (already known to be digits), or null when it is not a real day. */
    private static LocalDate birthDateOf(String s) {
        int year = digits(s, 6, 10);
        if (year < MIN_BIRTH_YEAR) {
            return null;
        }
        return Dates.day(year, digits(s, 10, 12), digits(s, 12, 14));
    }

    private static boolean allDigits(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014'
                || c == '\u2212';
    }

    /**
     * The value's equality, written out: what a record derives, without the method-handle chain the
     * quick compiler calls through on every comparison.
     */
    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof IdNumber other && value.equals(other.value));
    }

    /** The value's hash code: the same number a record with this one component derives. */
    @Override
    public int hashCode() {
        return value.hashCode();
    }
}

package io.xingzhi.core.value;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in free text (a reviewer's note, a dismissal reason, a document, an error
 * message) for readers who may see only masked data. It promises:
 * <ul>
 *   <li><b>Identity numbers</b>: every run of 15 or more digits - ASCII or full-width, the last one
 *       possibly {@code X}/{@code x} (also full-width) - keeps its first 6 and last 4 characters and
 *       loses every other digit to {@code *}, so an 18-digit number shows as {@link IdNumber#masked()}
 *       does ({@code 210682********0777}) and no birth date survives (a run of exactly 15, the old
 *       number whose birth date ends three from its end, keeps its last 3: {@code 210682******077}); a
 *       longer run (a bank card) is masked the same way, since over-masking is the safe error. Between
 *       two digits of a run may stand up to {@value #MAX_GAP} whitespace or invisible characters
 *       (spaces, full-width and no-break spaces, tabs, line breaks, U+200B-U+200D, U+2060, U+FEFF, the
 *       soft hyphen) or one hyphen or middle dot ({@code - ‐ ‑ － · • ‧ ・}), so
 *       {@code 210103 1990 0117 1536} and {@code 2101031990⏎01171536} are one number, shown without its
 *       separators; a dash or a full stop does not join digits (two dates written as a period stay);</li>
 *   <li><b>names</b>: every given name of two or more characters (not counting its dots) in every form
 *       {@link PersonName#parse} reads as that name - simplified or traditional characters, full-width
 *       letters, any whitespace or zero-width character between its characters, any middle-dot form
 *       ({@code 买买提·艾力}, {@code 买买提•艾力}, {@code 买买提．艾力}) - and also with the dot left out or
 *       with hyphens between its characters, keeps its first character ({@link PersonName#masked()}:
 *       {@code 买*****}); where two names overlap, the longer is masked;</li>
 *   <li>everything else is left as it was; {@code null} gives {@code null}.</li>
 * </ul>
 * It is pure and thread-safe; a door calls it on every string it hands a masked reader.
 */
public final class PersonalData {
    /** The most separator characters that may stand between two digits of one identity number. */
    static final int MAX_GAP = 3;
    private static final String DIGIT = "[0-9０-９]";
    /**
     * Whitespace and invisible characters that may stand, up to {@value #MAX_GAP} of them, between two digits of a
     * number: the inside of a character class, shared with {@link Texts}'s masking of messages.
     */
    static final String GAP_CHARACTERS = "\\s\\p{Z}\\u00AD\\u200B-\\u200D\\u2060\\uFEFF";
    private static final String GAP = "[" + GAP_CHARACTERS + "]";
    /**
     * Marks that may stand, one alone, between two digits of a number: a hyphen (not a dash or a full
     * stop, which join dates into ranges: {@code 2024-01-01—2024-06-30}, {@code 2024.01.01-2024.06.30})
     * or a middle dot.
     */
    static final String MARK_CHARACTERS = "\\-\\u2010\\u2011\\uFF0D\\u00B7\\u2022\\u2027\\u30FB\\uFF65";
    private static final String MARK = "[" + MARK_CHARACTERS + "]";
    private static final String SEP = "(?:" + GAP + "{1," + MAX_GAP + "}|" + MARK + ")?";
    /** 14 or more digits with optional separators, then a digit or an X. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![0-9０-９])" + DIGIT + "(?:" + SEP + DIGIT + "){13,}(?:" + SEP + "[0-9０-９XxＸｘ])(?![0-9０-９XxＸｘ])");

    private PersonalData() {
    }

    /** {@code text} with identity numbers masked (names left as they are). */
    public static String maskIdNumbers(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = NUMBER.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        do {
            out.append(text, last, m.start()).append(maskRun(m.group()));
            last = m.end();
        } while (m.find());
        return out.append(text, last, text.length()).toString();
    }

    /** A run of exactly 15 or 18 digits (the last of 18 possibly X): the written forms of an identity number. */
    private static final Pattern EXACT_NUMBER =
            Pattern.compile("(?<![0-9])(?:[0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9Xx])");

    /**
     * {@code text} with only runs of exactly 15 or 18 ASCII digits masked, as {@link #maskIdNumbers}
     * masks them: for a text that may hold a longer run that is not a person's (a file path through a
     * folder named with a long number), where over-masking would leave the text useless.
     */
    public static String maskExactIdNumbers(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = EXACT_NUMBER.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(maskRun(m.group())));
        }
        return m.appendTail(out).toString();
    }

    /** {@code text} with identity numbers and the given names masked. */
    public static String mask(String text, Collection<String> names) {
        String t = maskIdNumbers(text);
        if (t == null || t.isEmpty() || names.isEmpty()) {
            return t;
        }
        List<NameForm> forms = new ArrayList<>();
        for (String n : names) {
            NameForm f = n == null ? null : NameForm.of(n);
            if (f != null) {
                forms.add(f);
            }
        }
        if (forms.isEmpty()) {
            return t;
        }
        // the longer name first: 欧阳娜娜 is masked as one, not as 欧阳 and the rest
        forms.sort(Comparator.comparingInt((NameForm f) -> f.key.length).reversed());
        // by first character: a position of the text is tried only against the names that start with it
        Map<Integer, List<NameForm>> byFirst = new HashMap<>();
        forms.forEach(f -> byFirst.computeIfAbsent(f.key[0], c -> new ArrayList<>()).add(f));
        return maskNames(t, byFirst);
    }

    /** A name as it is looked for: its characters without dots, normalised, and how it is shown masked. */
    private record NameForm(int[] key, String masked) {
        /** The form of {@code raw}, or null for a name of fewer than two characters. */
        static NameForm of(String raw) {
            Parsed<PersonName> parsed = PersonName.parse(raw);
            if (!parsed.isOk()) {
                return null;
            }
            String value = parsed.value().value();
            int[] key = value.codePoints().filter(c -> c != PersonName.MIDDLE_DOT).toArray();
            return key.length < 2 ? null : new NameForm(key, parsed.value().masked());
        }
    }

    /**
     * Every written form of the {@code forms} in {@code text} masked: the text is read code point by
     * code point as {@link PersonName#parse} reads a name (width folded, simplified), skipping the
     * characters that may stand between a name's characters, and a name found there is replaced, with
     * whatever stood between its characters, by its masked form.
     */
    private static String maskNames(String text, Map<Integer, List<NameForm>> byFirst) {
        int n = text.length();
        int[] keys = new int[n];
        int[] starts = new int[n];
        int[] ends = new int[n];
        int count = 0;
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            int key = normalised(text, i, cp);
            if (key >= 0) {
                keys[count] = key;
                starts[count] = i;
                ends[count] = next;
                count++;
            }
            i = next;
        }
        StringBuilder out = new StringBuilder(n);
        int copied = 0;
        int k = 0;
        while (k < count) {
            NameForm found = null;
            for (NameForm f : byFirst.getOrDefault(keys[k], List.of())) {
                if (matchesAt(keys, count, k, f.key)) {
                    found = f;
                    break;
                }
            }
            if (found == null) {
                k++;
                continue;
            }
            out.append(text, copied, starts[k]).append(found.masked);
            k += found.key.length;
            copied = ends[k - 1];
        }
        return out.length() == 0 ? text : out.append(text, copied, n).toString();
    }

    private static boolean matchesAt(int[] keys, int count, int at, int[] name) {
        if (at + name.length > count) {
            return false;
        }
        for (int j = 0; j < name.length; j++) {
            if (keys[at + j] != name[j]) {
                return false;
            }
        }
        return true;
    }

    /**
     * One character of a text as a name's character: the code point it reads as (width folded,
     * simplified), or -1 for a character that may stand between a name's characters (whitespace,
     * zero-width characters, a dot, a hyphen or dash).
     */
    private static int normalised(String text, int at, int cp) {
        if (cp < 0x10000) {
            char c = (char) cp;
            if (isNameGap(c)) {
                return -1;
            }
            if (Texts.untouched(c)) {
                return c; // the common case: a character no folding changes
            }
        }
        String ch = text.substring(at, at + Character.charCount(cp));
        String folded = Texts.foldWidth(ch);
        if (folded.isEmpty() || (folded.length() == 1 && isNameGap(folded.charAt(0)))) {
            return -1; // a full-width space or dot
        }
        String simple = Texts.toSimplified(folded);
        return simple.codePointCount(0, simple.length()) == 1 ? simple.codePointAt(0) : cp;
    }

    /**
     * True for a character that may stand between a name's characters: whitespace and invisible
     * characters ({@link #GAP}), a dash or hyphen, and every dot form.
     */
    private static boolean isNameGap(char c) {
        return Texts.isSpace(c) || PersonName.isDot(c) || c == '\u00AD' || (c >= '\u200B' && c <= '\u200D') || c == '\u2060'
                || c == '\uFEFF' || c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\uFE63'
                || c == '\uFF0D' || c == '\uFF0E' || c == '\uFF65';
    }

    private static String maskRun(String run) {
        StringBuilder chars = new StringBuilder();
        run.codePoints().filter(c -> Character.isDigit(c) || "XxＸｘ".indexOf(c) >= 0).forEach(chars::appendCodePoint);
        String s = chars.toString();
        int n = s.length();
        // a 15-digit number's birth date (yymmdd) ends three characters from its end: keep three, not four
        int kept = n == 15 ? 3 : 4;
        return s.substring(0, 6) + "*".repeat(n - 6 - kept) + s.substring(n - kept);
    }
}

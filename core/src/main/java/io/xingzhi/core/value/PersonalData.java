package io.xingzhi.core.value;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in free text (a reviewer's note, a dismissal reason, a document, an error
 * message) for readers who may see only masked data. It promises:
 * <ul>
 *   <li><b>Identity numbers</b>: every run of 15 or more digits - ASCII or full-width, with single
 *       spaces, full-width spaces or hyphens between them, the last one possibly {@code X}/{@code x}
 *       (also full-width) - keeps its first 6 and last 4 characters and loses every other digit to
 *       {@code *}, so an 18-digit number shows as {@link IdNumber#masked()} does
 *       ({@code 210682********0777}) and no birth date survives (a run of exactly 15, the old number
 *       whose birth date ends three from its end, keeps its last 3: {@code 210682******077}); a longer run (a bank card) is
 *       masked the same way, since over-masking is the safe error;</li>
 *   <li><b>names</b>: every given name of two or more characters, written with or without spaces
 *       between its characters, in simplified or traditional characters, keeps its first character
 *       ({@link PersonName#masked()});</li>
 *   <li>everything else is left as it was; {@code null} gives {@code null}.</li>
 * </ul>
 * It is pure and thread-safe; a door calls it on every string it hands a masked reader.
 */
public final class PersonalData {
    private static final String DIGIT = "[0-9０-９]";
    private static final String SEP = "[ \\u3000-]?";
    /** 14 or more digits with optional single separators, then a digit or an X. */
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
        List<String> sorted = new ArrayList<>();
        for (String n : names) {
            if (n != null && n.strip().codePointCount(0, n.strip().length()) >= 2) {
                sorted.add(n.strip());
            }
        }
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        for (String name : sorted) {
            t = maskName(t, name);
        }
        return t;
    }

    /** Every written form of {@code name} in {@code text} (spaced, traditional) masked. */
    private static String maskName(String text, String name) {
        Parsed<PersonName> parsed = PersonName.parse(name);
        String simplified = parsed.isOk() ? parsed.value().value() : name;
        StringBuilder regex = new StringBuilder();
        int[] cps = simplified.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            if (i > 0) {
                regex.append("[\\s\\u3000]*");
            }
            regex.append(Pattern.quote(new String(Character.toChars(cps[i]))));
        }
        String masked = new PersonName(simplified).masked();
        // match against the text's simplified form, position by position, so 張三 is found as 张三
        String folded = Texts.toSimplified(text);
        if (folded.length() != text.length()) {
            return Pattern.compile(regex.toString()).matcher(text).replaceAll(Matcher.quoteReplacement(masked));
        }
        Matcher m = Pattern.compile(regex.toString()).matcher(folded);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start()).append(masked);
            last = m.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    private static String maskRun(String run) {
        StringBuilder chars = new StringBuilder();
        run.codePoints().filter(c -> c != ' ' && c != '\u3000' && c != '-').forEach(chars::appendCodePoint);
        String s = chars.toString();
        int n = s.length();
        // a 15-digit number's birth date (yymmdd) ends three characters from its end: keep three, not four
        int kept = n == 15 ? 3 : 4;
        return s.substring(0, 6) + "*".repeat(n - 6 - kept) + s.substring(n - kept);
    }
}

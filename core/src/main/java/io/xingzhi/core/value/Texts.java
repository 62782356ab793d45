package io.xingzhi.core.value;

import io.xingzhi.core.XingzhiException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Text folding shared by every parser: full-width to half-width (NFKC), traditional to simplified,
 * whitespace handling. Needs nothing but the JDK and one bundled data file.
 *
 * <p>Width folding applies NFKC ({@link Normalizer}) only to the width-variant blocks (the
 * ideographic space U+3000, CJK compatibility forms U+FE30-FE4F, small forms U+FE50-FE6F and
 * halfwidth/fullwidth forms U+FF00-FFEF), so {@code ２０２４} becomes {@code 2024}, {@code （）}
 * becomes {@code ()} and {@code ￥} becomes {@code ¥}, while CJK ideographs and every other
 * character stay as written.
 *
 * <p>Traditional to simplified uses OpenCC's character table ({@code TSCharacters.txt} of OpenCC
 * 1.4.2, bundled unmodified with its Apache-2.0 licence under {@code opencc/} beside this class):
 * character by character, the table's first candidate, as OpenCC's {@code t2s} does for a
 * character outside its phrase table. Names carry no phrase context, and this is a key for
 * comparing records, so two refinements keep distinct names distinct:
 * <ul>
 *   <li>a character that the table also lists among its own candidates ({@code 乾 → 干 乾},
 *       {@code 昇 → 升 昇}, {@code 陞}, {@code 於}, {@code 徵}, {@code 夥}…) is a standard simplified
 *       character in its own right, used in names (《通用规范汉字表》, 2013): it stays as written, so
 *       张昇 ≠ 张升 and 刘乾 ≠ 刘干;</li>
 *   <li>the two name forms of that table's 附件1 that differ from OpenCC's first candidate are
 *       used: 鉅 → 钜 (not 巨) and 麴 → 麹 (not 曲).</li>
 * </ul>
 * CJK compatibility ideographs (U+F900-FAFF, U+2F800-2FA1F) are first made their unified
 * character (canonical normalisation, as OpenCC's {@code t2s} does). The tables are derived from
 * these sources by {@link #derivedTables()} and bundled, derived, beside this class
 * ({@code texts-tables.txt}, held to the derivation by a test); a conversion is one array look-up
 * per character.
 */
public final class Texts {
    /**
     * 15 or more digits (ASCII or full-width), the last possibly X, with the separators
     * {@link PersonalData} reads between the digits of one number: whitespace of any kind (the
     * no-break and ideographic spaces too), the invisible characters (U+200B-U+200D, U+2060, U+FEFF,
     * the soft hyphen), hyphens and middle dots. A dash or a full stop does not join digits.
     */
    private static final java.util.regex.Pattern ID_LIKE = java.util.regex.Pattern.compile(
            "[0-9０-９][0-9０-９" + PersonalData.GAP_CHARACTERS + PersonalData.MARK_CHARACTERS + "]{13,}[0-9０-９xXｘＸ]");
    private static final int MESSAGE_LENGTH = 60;

    /** The bundled OpenCC table, relative to this class. */
    static final String TABLE = "opencc/TSCharacters.txt";
    /** Name forms of 《通用规范汉字表》 附件1 that OpenCC's first candidate does not give. */
    private static final Map<Integer, String> NAME_FORMS = Map.of((int) '鉅', "钜", (int) '麴', "麹");

    /** Per BMP character: whether it is whitespace in the sense of {@link #isBlank} ({@link #spaceByDefinition}). */
    private static final boolean[] SPACE = new boolean[0x10000];

    static {
        // every BMP character the definition takes for a space is at most U+3000, or U+FEFF
        // (FastPathsTest holds the table to the definition over all 65,536)
        for (int c = 0; c <= 0x3000; c++) {
            SPACE[c] = spaceByDefinition((char) c);
        }
        SPACE[0xFEFF] = spaceByDefinition('\uFEFF');
    }

    /** Per BMP character: what it becomes, or null when it stays as written. */
    private static final String[] SIMPLIFIED = new String[0x10000];
    /** Per supplementary code point that changes: what it becomes. */
    private static final Map<Integer, String> SIMPLIFIED_SUPPLEMENTARY = new HashMap<>();
    /** Per width-variant character: its NFKC form. */
    private static final String[] WIDTH_FOLDED = new String[0x10000];
    /**
     * The tables above as {@link #derivedTables()} makes them, bundled beside this class so that a
     * run does not derive them again on every start (reading OpenCC's table and normalising about
     * 1,300 characters took some 30 ms of a run's start, before any compiler had looked at the code).
     * {@code TextsTablesTest} holds the file to the derivation.
     */
    static final String DERIVED = "texts-tables.txt";

    static {
        loadDerived();
    }

    private Texts() {
    }

    /**
     * Reads {@link #DERIVED}: a line per character that changes, {@code s} (simplified) or {@code w}
     * (width-folded), its code point and what it becomes as code points, all in hexadecimal.
     */
    private static void loadDerived() {
        String text;
        try (InputStream in = Texts.class.getResourceAsStream(DERIVED)) {
            if (in == null) {
                throw new XingzhiException("the derived text tables are missing from the classpath: " + DERIVED);
            }
            text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new XingzhiException("cannot read the derived text tables " + DERIVED, e);
        }
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (end > start && text.charAt(start) != '#') {
                loadLine(text, start, end);
            }
            start = end + 1;
        }
    }

    /** One line of {@link #DERIVED}, {@code text[start, end)}: a method of its own, so it is compiled after a few lines. */
    private static void loadLine(String text, int start, int end) {
        char kind = text.charAt(start);
        int i = start + 2;
        int cp = 0;
        for (; i < end && text.charAt(i) != ' '; i++) {
            cp = cp * 16 + Character.digit(text.charAt(i), 16);
        }
        StringBuilder to = new StringBuilder(2);
        while (i < end) {
            int c = 0;
            for (i++; i < end && text.charAt(i) != ' '; i++) {
                c = c * 16 + Character.digit(text.charAt(i), 16);
            }
            to.appendCodePoint(c);
        }
        if (kind == 'w') {
            WIDTH_FOLDED[cp] = to.toString();
        } else {
            put(cp, to.toString());
        }
    }

    /**
     * The tables as derived from their sources, in {@link #DERIVED}'s form (see {@link #loadDerived}),
     * sorted: the width variants' NFKC forms (JDK's {@link Normalizer}), then OpenCC's table with the
     * refinements of this class's comment and the CJK compatibility ideographs (their unified
     * character, then the table).
     */
    static List<String> derivedTables() {
        List<String> lines = new ArrayList<>();
        for (int c = 0; c < 0x10000; c++) {
            if (isWidthVariant((char) c)) {
                lines.add(line("w", c, Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC)));
            }
        }
        Map<Integer, String> derived = new java.util.TreeMap<>();
        Map<Integer, String> table = new HashMap<>(8192);
        try (InputStream in = Texts.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new XingzhiException("the traditional-to-simplified table is missing from the classpath: " + TABLE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                String key = line.substring(0, tab);
                String[] candidates = line.substring(tab + 1).trim().split(" ");
                if (key.codePointCount(0, key.length()) != 1) {
                    continue;
                }
                boolean standardInItsOwnRight = Arrays.asList(candidates).contains(key);
                if (!standardInItsOwnRight && !candidates[0].equals(key)) {
                    table.put(key.codePointAt(0), candidates[0]);
                }
            }
        } catch (IOException e) {
            throw new XingzhiException("cannot read the traditional-to-simplified table " + TABLE, e);
        }
        table.putAll(NAME_FORMS);
        derived.putAll(table);
        // CJK compatibility ideographs: their unified character, then the table
        for (int cp : compatibilityIdeographs()) {
            String unified = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFC);
            if (!unified.equals(new String(Character.toChars(cp)))) {
                int u = unified.codePointAt(0);
                derived.put(cp, table.getOrDefault(u, unified));
            }
        }
        derived.forEach((cp, to) -> lines.add(line("s", cp, to)));
        return lines;
    }

    private static String line(String kind, int codePoint, String to) {
        StringBuilder b = new StringBuilder(kind).append(' ').append(Integer.toHexString(codePoint).toUpperCase(java.util.Locale.ROOT));
        to.codePoints().forEach(c -> b.append(' ').append(Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)));
        return b.toString();
    }

    private static int[] compatibilityIdeographs() {
        int[] cps = new int[(0xFAFF - 0xF900 + 1) + (0x2FA1F - 0x2F800 + 1)];
        int n = 0;
        for (int cp = 0xF900; cp <= 0xFAFF; cp++) {
            cps[n++] = cp;
        }
        for (int cp = 0x2F800; cp <= 0x2FA1F; cp++) {
            cps[n++] = cp;
        }
        return cps;
    }

    private static void put(int codePoint, String simplified) {
        if (codePoint < 0x10000) {
            SIMPLIFIED[codePoint] = simplified;
        } else {
            SIMPLIFIED_SUPPLEMENTARY.put(codePoint, simplified);
        }
    }

    /** Folds full-width letters, digits and punctuation to ASCII, and trims; keeps CJK as is. */
    public static String foldWidth(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            String folded = WIDTH_FOLDED[c];
            if (folded != null) {
                if (out == null) {
                    out = new StringBuilder(raw.length()).append(raw, 0, i);
                }
                out.append(folded);
            } else if (out != null) {
                out.append(c);
            }
        }
        return trim(out == null ? raw : out.toString());
    }

    /**
     * Converts traditional Chinese characters to simplified (張三 → 张三, 李峯 → 李峰), character by
     * character with OpenCC's table as described above (张昇 stays 张昇). Text that needs no
     * conversion, nearly all of it, costs one array look-up per character and is returned as is.
     * Thread-safe.
     */
    public static String toSimplified(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (SIMPLIFIED[c] != null
                    || (Character.isHighSurrogate(c) && SIMPLIFIED_SUPPLEMENTARY.containsKey(raw.codePointAt(i)))) {
                return convertFrom(raw, i);
            }
        }
        return raw; // the common case: no character that the conversion changes
    }

    private static String convertFrom(String raw, int first) {
        StringBuilder b = new StringBuilder(raw.length());
        b.append(raw, 0, first);
        for (int i = first; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            String to = cp < 0x10000 ? SIMPLIFIED[cp] : SIMPLIFIED_SUPPLEMENTARY.get(cp);
            if (to != null) {
                b.append(to);
            } else {
                b.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    /** True for null, empty, or only whitespace (including the ideographic space U+3000). */
    public static boolean isBlank(String raw) {
        if (raw == null) {
            return true;
        }
        for (int i = 0; i < raw.length(); i++) {
            if (!isSpace(raw.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Removes every whitespace character, including U+3000, no-break spaces and the BOM. */
    public static String removeSpaces(String raw) {
        if (raw == null) {
            return "";
        }
        int i = 0;
        while (i < raw.length() && !isSpace(raw.charAt(i))) {
            i++;
        }
        if (i == raw.length()) {
            return raw; // the common case: nothing to remove, nothing made
        }
        StringBuilder out = new StringBuilder(raw.length()).append(raw, 0, i);
        for (; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Removes leading and trailing whitespace in the sense of {@link #isBlank}. */
    public static String trim(String raw) {
        if (raw == null) {
            return "";
        }
        int start = 0;
        int end = raw.length();
        while (start < end && isSpace(raw.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(raw.charAt(end - 1))) {
            end--;
        }
        return raw.substring(start, end);
    }

    /**
     * {@code s} on one line: each run of line breaks (CR, LF, VT, FF, NEL, U+2028, U+2029: every break
     * a document's lines are split at) becomes one space. A value from an agency's export (a unit, a
     * venue, a prohibition order, a name) is text inside a sentence; a break in it would otherwise
     * start lines of its own in the document, and a line such as {@code # 标题} would be drafted as a
     * heading, a {@code - } line as a list item.
     */
    public static String oneLine(String s) {
        int i = 0;
        while (i < s.length() && !lineBreak(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length()).append(s, 0, i);
        boolean inBreak = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (lineBreak(c)) {
                if (!inBreak) {
                    b.append(' ');
                }
                inBreak = true;
            } else {
                b.append(c);
                inBreak = false;
            }
        }
        return b.toString();
    }

    private static boolean lineBreak(char c) {
        return (c >= '\n' && c <= '\r') || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * A raw value made safe to quote in a failure reason or message: anything that looks like an
     * identity number (a run of 15 or more digits, possibly ending in X) is replaced by
     * {@code [identity-number-like]}, and long values are cut to 60 characters.
     */
    public static String forMessage(String raw) {
        if (raw == null) {
            return "";
        }
        String safe = mayHoldIdLike(raw) ? ID_LIKE.matcher(raw).replaceAll("[identity-number-like]") : raw;
        return safe.length() <= MESSAGE_LENGTH ? safe : safe.substring(0, MESSAGE_LENGTH) + "…";
    }

    /**
     * False when {@code raw} cannot hold what {@link #ID_LIKE} finds: that takes 15 characters in a row, each a
     * digit, a gap, a mark or an X ({@link IdLikeCharacters}). Most values quoted in reasons (dates, times,
     * names) have no such run, and are spared the expression, whose character class costs about a
     * microsecond a character under the quick compiler (a run of a million rejected rows spent a third of
     * its time there).
     */
    static boolean mayHoldIdLike(String raw) {
        if (raw.length() < 15) {
            return false;
        }
        boolean[] in = IdLikeCharacters.IN;
        int run = 0;
        for (int i = 0; i < raw.length(); i++) {
            run = in[raw.charAt(i)] ? run + 1 : 0;
            if (run >= 15) {
                return true;
            }
        }
        return false;
    }

    /** The characters {@link #ID_LIKE} takes anywhere in a match, made on first use. */
    static final class IdLikeCharacters {
        static final boolean[] IN = new boolean[Character.MAX_VALUE + 1];

        static {
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                int type = Character.getType(c);
                IN[c] = (c >= '0' && c <= '9') || (c >= '０' && c <= '９') || "xXｘＸ".indexOf(c) >= 0
                        || c == ' ' || (c >= '\t' && c <= '\r') // \s
                        || type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                        || type == Character.PARAGRAPH_SEPARATOR // \p{Z}
                        || "\u00AD\u200B\u200C\u200D\u2060\uFEFF-\u2010\u2011\uFF0D\u00B7\u2022\u2027\u30FB\uFF65".indexOf(c) >= 0;
            }
        }

        private IdLikeCharacters() {
        }
    }

    /** Whitespace in the sense of {@link #isBlank}: one table look-up ({@link #spaceByDefinition}, computed once). */
    static boolean isSpace(char c) {
        return SPACE[c];
    }

    /** The definition of the whitespace {@link #isSpace} looks up. */
    static boolean spaceByDefinition(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF'
                || (c >= '\u200B' && c <= '\u200D');
    }

    /**
     * True when none of the parsers' foldings touches {@code c}: no whitespace, no width variant,
     * no character that {@link #toSimplified} changes, no half of a surrogate pair. A value made only
     * of such characters is its own width-folded, space-free, simplified form.
     */
    static boolean untouched(char c) {
        return !SPACE[c] && WIDTH_FOLDED[c] == null && SIMPLIFIED[c] == null && !Character.isSurrogate(c);
    }

    private static boolean isWidthVariant(char c) {
        return c == '\u3000' || (c >= '\uFE30' && c <= '\uFE6F') || (c >= '\uFF00' && c <= '\uFFEF');
    }
}

package io.xingzhi.core.value;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The principal penalty (主刑) of a judgment, with the labels courts and agencies write. */
public enum PrincipalPenalty {
    /** 管制 - public surveillance, executed in community correction. */
    PUBLIC_SURVEILLANCE("管制"),
    /** 拘役 - criminal detention, executed by the police (detention center). */
    CRIMINAL_DETENTION("拘役"),
    /** 有期徒刑 - fixed-term imprisonment. */
    FIXED_TERM("有期徒刑"),
    /** 无期徒刑 - life imprisonment. */
    LIFE("无期徒刑"),
    /** 死刑缓期二年执行 - death with two years' reprieve. */
    DEATH_SUSPENDED("死刑缓期二年执行"),
    /** 死刑 - death. */
    DEATH("死刑"),
    /** 免予刑事处罚 - exempted from punishment. */
    EXEMPTED("免予刑事处罚"),
    /** 单处附加刑 - a supplementary penalty alone (单处罚金, 单处剥夺政治权利). */
    SUPPLEMENTARY_ONLY("单处附加刑");

    private static final Map<String, PrincipalPenalty> VARIANTS = Map.ofEntries(
            Map.entry("有期", FIXED_TERM),
            Map.entry("无期", LIFE),
            Map.entry("死缓", DEATH_SUSPENDED),
            Map.entry("死刑缓期执行", DEATH_SUSPENDED),
            Map.entry("死刑缓期两年执行", DEATH_SUSPENDED),
            Map.entry("死刑缓期2年执行", DEATH_SUSPENDED),
            Map.entry("死刑缓期二年", DEATH_SUSPENDED),
            Map.entry("死刑立即执行", DEATH),
            Map.entry("免刑", EXEMPTED),
            Map.entry("免于刑事处罚", EXEMPTED),
            Map.entry("免除刑事处罚", EXEMPTED),
            Map.entry("定罪免刑", EXEMPTED),
            Map.entry("定罪免处", EXEMPTED),
            Map.entry("单处", SUPPLEMENTARY_ONLY),
            Map.entry("单处罚金", SUPPLEMENTARY_ONLY),
            Map.entry("单处剥夺政治权利", SUPPLEMENTARY_ONLY),
            Map.entry("单处没收财产", SUPPLEMENTARY_ONLY),
            Map.entry("单处驱逐出境", SUPPLEMENTARY_ONLY));

    private final String label;

    PrincipalPenalty(String label) {
        this.label = label;
    }

    /** The Chinese label as written in CONTRACT.md. */
    public String label() {
        return label;
    }

    /** True for 有期徒刑, 无期徒刑 and 死缓: the penalties served in prison (CPL art. 264). */
    public boolean isPrisonPenalty() {
        return this == FIXED_TERM || this == LIFE || this == DEATH_SUSPENDED;
    }

    /**
     * Reads a label: the canonical ones and their common variants ({@code 死缓}, {@code 死刑缓期执行},
     * {@code 有期}, {@code 无期}, {@code 单处}, {@code 单处罚金}, {@code 单处剥夺政治权利},
     * {@code 免刑}, {@code 免于刑事处罚}). Width, spaces, punctuation ({@code 死刑，缓期二年执行}) and
     * traditional characters do not matter. Anything else is a failure, never a guess.
     */
    public static Parsed<PrincipalPenalty> parse(String raw) {
        if (Texts.isBlank(raw)) {
            return Parsed.failed("principal penalty is blank");
        }
        Parsed<PrincipalPenalty> exact = EXACT.get(raw);
        if (exact != null) {
            return exact; // the common case: a canonical label as written
        }
        return parseGeneral(raw);
    }

    private static final java.util.regex.Pattern PUNCTUATION = java.util.regex.Pattern.compile("[,;、。.]");
    /** Canonical labels that {@link #parseGeneral} reads as themselves, each with its one result. */
    private static final Map<String, Parsed<PrincipalPenalty>> EXACT = new HashMap<>();

    static {
        for (PrincipalPenalty p : values()) {
            Parsed<PrincipalPenalty> general = parseGeneral(p.label);
            if (general.isOk() && general.value() == p) {
                EXACT.put(p.label, general);
            }
        }
    }

    private static Parsed<PrincipalPenalty> parseGeneral(String raw) {
        if (Texts.isBlank(raw)) {
            return Parsed.failed("principal penalty is blank");
        }
        String s = PUNCTUATION.matcher(Texts.toSimplified(Texts.removeSpaces(Texts.foldWidth(raw)))).replaceAll("");
        for (PrincipalPenalty p : values()) {
            if (p.label.equals(s)) {
                return Parsed.ok(p);
            }
        }
        PrincipalPenalty variant = VARIANTS.get(s);
        return variant != null ? Parsed.ok(variant) : Parsed.failed("unknown principal penalty: " + Texts.forMessage(s));
    }

    /** 有期徒刑(缓刑), 有期徒刑缓刑, 拘役（缓刑）, 拘役缓刑: a principal penalty labelled with its suspension. */
    private static final java.util.regex.Pattern SUSPENDED =
            java.util.regex.Pattern.compile("(有期徒刑|有期|拘役)[(\\[]?(?:宣告)?缓刑[)\\]]?");

    /**
     * The penalty of a label that also says it is suspended, as agencies export a 刑种 column
     * ({@code 有期徒刑（缓刑）}, {@code 有期徒刑缓刑}, {@code 拘役缓刑}): {@link #FIXED_TERM} or
     * {@link #CRIMINAL_DETENTION}; empty for any other label. The label does not say how long the probation is:
     * the caller needs it from elsewhere, and a suspended sentence without it is never taken as one served.
     */
    public static Optional<PrincipalPenalty> suspendedLabel(String raw) {
        if (Texts.isBlank(raw) || !mentionsSuspension(raw)) {
            return Optional.empty(); // every judgment row asks: most labels (有期徒刑) are answered without an expression
        }
        String s = PUNCTUATION.matcher(Texts.toSimplified(Texts.removeSpaces(Texts.foldWidth(raw)))).replaceAll("");
        java.util.regex.Matcher m = SUSPENDED.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1).equals("拘役") ? CRIMINAL_DETENTION : FIXED_TERM);
    }

    /** Every character that is, or becomes once simplified ({@link Texts#toSimplified}), the 缓 of 缓刑. */
    static final String SUSPENSION_CHARACTERS = "缓緩";

    /** True when {@code raw} holds one of the {@link #SUSPENSION_CHARACTERS}: no label without one says 缓刑. */
    private static boolean mentionsSuspension(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (SUSPENSION_CHARACTERS.indexOf(raw.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Same as {@link #parse} but empty for unknown labels. */
    public static Optional<PrincipalPenalty> fromLabel(String raw) {
        return parse(raw).toOptional();
    }
}

package io.xingzhi.core.value;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the sentence as courts write it, e.g.
 * {@code 判处有期徒刑三年六个月,缓刑四年,并处罚金人民币五万元,剥夺政治权利二年},
 * {@code 单处剥夺政治权利一年}, {@code 并处没收个人全部财产}, {@code 判处死刑，缓期二年执行},
 * {@code 判处无期徒刑，剥夺政治权利终身}. Full-width punctuation is accepted; when several offences are
 * sentenced and then combined after {@code 决定执行}, only the combined sentence counts; bracketed
 * notes about term counting or payment (（刑期从…起至…止）) are not penalties; a prohibition order
 * may be its own clause ({@code 禁止被告人在缓刑考验期内…}).
 *
 * <p>How it reads, precisely:
 * <ul>
 *   <li>The text is folded (width, traditional characters) and its whitespace removed; every
 *       bracketed note ({@code (…)}, {@code （…）}, {@code 【…】}, {@code [ … ]}) is dropped before
 *       penalties are looked for.</li>
 *   <li>When {@code 决定执行} (or {@code 合并执行}) occurs, everything after its last occurrence is
 *       the sentence and the per-offence penalties before it are ignored, including supplementary
 *       penalties the combined part does not restate: per-offence fines are <em>not</em> summed,
 *       because under CL art. 69 the court states the combined supplementary penalties after
 *       {@code 决定执行} and a sum would be a guess. The prohibition order is looked for in the
 *       whole text.</li>
 *   <li>The principal penalty is the one named with its term ({@code 有期徒刑三年}, {@code 拘役五个月},
 *       {@code 管制一年}), or {@code 无期徒刑}, {@code 死刑，缓期二年执行}, {@code 死刑},
 *       {@code 免予刑事处罚}, or {@code 单处…} / {@code 判处罚金…} alone ({@link
 *       PrincipalPenalty#SUPPLEMENTARY_ONLY}). Life imprisonment and death sentences have no
 *       {@code term}.</li>
 *   <li>A fine is {@code 罚金} followed by an amount; {@code 缴纳罚金…} (payment) is not a fine.
 *       Confiscation is {@code 没收个人全部财产} (all property) or {@code 没收(个人)财产} with an
 *       amount; {@code 没收违法所得} is not a penalty.</li>
 *   <li>The prohibition order is every clause that starts with {@code 禁止} (after {@code 同时},
 *       {@code 并}, {@code 宣告}…), as written from {@code 禁止} on. Its term is read from
 *       {@code 禁止令期限…} (also inside a bracketed note), a following {@code 期限…} clause,
 *       {@code 在六个月内} in the clause, or is the probation (or surveillance) period when the
 *       clause says {@code 在缓刑考验期内} ({@code 在管制期间内}).</li>
 *   <li>When, without {@code 决定执行}, the text names two different values for the same item
 *       (two principal penalties, two fines…), the parse fails rather than pick one.</li>
 * </ul>
 */
public final class SentenceText {
    private static final String TERM = "[0-9零〇一二两三四五六七八九十百年个月半天日]+";
    private static final String AMOUNT =
            "¥?(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|[0-9.零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟])+元?";

    /** No term in a sentence is longer; a longer "term" is a date misread (2025年1月1日). */
    private static final int MAX_YEARS = 50;

    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)|【[^【】]*】|\\[[^\\[\\]]*]");
    private static final Pattern COMBINED = Pattern.compile("决定执行|合并执行");

    private static final Pattern DEATH_SUSPENDED = Pattern.compile("死刑,?缓期(?:(?:二|两|2)年)?执行|死缓");
    private static final Pattern DEATH = Pattern.compile("死刑(?!,?缓期)");
    private static final Pattern LIFE = Pattern.compile("无期徒刑");
    private static final Pattern FIXED_TERM = Pattern.compile("有期徒刑(" + TERM + ")");
    private static final Pattern DETENTION = Pattern.compile("拘役(" + TERM + ")");
    private static final Pattern SURVEILLANCE = Pattern.compile("管制(" + TERM + ")");
    private static final Pattern EXEMPTED = Pattern.compile("免[予于除]刑事处罚");
    private static final Pattern SUPPLEMENTARY_ONLY = Pattern.compile("单处(?:罚金|剥夺政治权利|没收|驱逐出境)?");
    private static final Pattern SUPPLEMENTARY_ALONE =
            Pattern.compile("判处?(?:罚金|剥夺政治权利|没收(?:个人)?财产|驱逐出境)");

    private static final Pattern PROBATION = Pattern.compile("缓刑(?:考验期限?)?为?(" + TERM + ")");
    private static final Pattern POLITICAL_RIGHTS = Pattern.compile("剥夺政治权利(?:期限)?为?(终身|" + TERM + ")");
    private static final Pattern FINE = Pattern.compile("(?<!缴纳|交纳|缴|交)罚金(?:人民币)?(" + AMOUNT + ")");
    private static final Pattern CONFISCATE_ALL =
            Pattern.compile("没收(?:被告人[^,;。:]{0,8}?)?(?:个人)?(?:的)?全部(?:个人)?财产");
    private static final Pattern CONFISCATE_AMOUNT =
            Pattern.compile("没收(?:被告人[^,;。:]{0,8}?)?(?:个人)?(?:的)?财产(?:人民币)?(" + AMOUNT + ")");

    private static final Pattern CLAUSE_SPLIT = Pattern.compile("[,;。:]");
    private static final Pattern PROHIBITION = Pattern.compile(
            "^(?:同时|并且|并|另|依法|宣告|对被告人[^,;。]{0,8}?|对其)*(禁止(?!令).*)$");
    private static final Pattern ORDER_TERM = Pattern.compile("禁止令的?(?:执行)?期限(?:为)?(" + TERM + ")");
    private static final Pattern FOLLOWING_TERM = Pattern.compile("^(?:禁止令)?的?(?:执行)?期限为?(" + TERM + ")");
    private static final Pattern WITHIN_TERM = Pattern.compile("(" + TERM + ")内");
    private static final Pattern WITHIN_PROBATION = Pattern.compile("缓刑(?:考验)?期(?:限|间)?内");
    private static final Pattern WITHIN_SURVEILLANCE = Pattern.compile("管制(?:执行)?期(?:限|间)?内");

    private SentenceText() {
    }

    /** Reads what it can; an unreadable text gives {@link ParsedSentence#empty()} with a failure reason. */
    public static Parsed<ParsedSentence> parse(String text) {
        if (Texts.isBlank(text)) {
            return Parsed.failed("sentence text is blank");
        }
        String full = normalise(text);
        String unbracketed = dropBracketedNotes(full);
        Matcher combined = COMBINED.matcher(unbracketed);
        int from = -1;
        while (combined.find()) {
            from = combined.start();
        }
        boolean isCombined = from >= 0;
        String part = isCombined ? unbracketed.substring(from) : unbracketed;

        Found<Penalty> penalties = new Found<>("principal penalty");
        readPenalties(part, penalties);
        Found<Months> probation = new Found<>("probation");
        for (Matcher m = PROBATION.matcher(part); m.find(); ) {
            term(m.group(1)).ifPresent(probation::add);
        }
        Found<Months> politicalRights = new Found<>("deprivation of political rights");
        for (Matcher m = POLITICAL_RIGHTS.matcher(part); m.find(); ) {
            term(m.group(1)).ifPresent(politicalRights::add);
        }
        Found<Amount> fine = new Found<>("fine");
        for (Matcher m = FINE.matcher(part); m.find(); ) {
            Amount.parse(m.group(1)).toOptional().ifPresent(fine::add);
        }
        Found<Amount> confiscation = new Found<>("confiscation");
        for (Matcher m = CONFISCATE_ALL.matcher(part); m.find(); ) {
            confiscation.add(Amount.ofAllProperty());
        }
        for (Matcher m = CONFISCATE_AMOUNT.matcher(part); m.find(); ) {
            Amount.parse(m.group(1)).toOptional().ifPresent(confiscation::add);
        }

        for (Found<?> f : List.of(penalties, probation, politicalRights, fine, confiscation)) {
            if (f.values.size() > 1) {
                return Parsed.failed("the sentence text names more than one " + f.what
                        + " and no combined sentence (决定执行)");
            }
        }
        Optional<Penalty> penalty = penalties.single();
        if (penalty.isEmpty() && SUPPLEMENTARY_ALONE.matcher(part).find()) {
            penalty = Optional.of(new Penalty(PrincipalPenalty.SUPPLEMENTARY_ONLY, Optional.empty()));
        }

        List<String> orders = new ArrayList<>();
        Optional<Months> orderTerm = Optional.empty();
        Matcher stated = ORDER_TERM.matcher(full);
        if (stated.find()) {
            orderTerm = term(stated.group(1));
        }
        String[] clauses = CLAUSE_SPLIT.split(unbracketed);
        for (int i = 0; i < clauses.length; i++) {
            Matcher m = PROHIBITION.matcher(clauses[i]);
            if (!m.matches()) {
                continue;
            }
            String order = m.group(1);
            orders.add(order);
            if (orderTerm.isPresent()) {
                continue;
            }
            Matcher following = i + 1 < clauses.length ? FOLLOWING_TERM.matcher(clauses[i + 1]) : null;
            Matcher within = WITHIN_TERM.matcher(order);
            if (following != null && following.find()) {
                orderTerm = term(following.group(1));
            } else if (within.find()) {
                orderTerm = term(within.group(1));
            } else if (WITHIN_PROBATION.matcher(order).find()) {
                orderTerm = probation.single();
            } else if (WITHIN_SURVEILLANCE.matcher(order).find()
                    && penalty.map(p -> p.kind == PrincipalPenalty.PUBLIC_SURVEILLANCE).orElse(false)) {
                orderTerm = penalty.flatMap(p -> p.term);
            }
        }

        ParsedSentence result = new ParsedSentence(
                penalty.map(p -> p.kind),
                penalty.flatMap(p -> p.term),
                probation.single(),
                politicalRights.single(),
                fine.single(),
                confiscation.single(),
                orders.isEmpty() ? Optional.empty() : Optional.of(String.join("；", orders)),
                orders.isEmpty() ? Optional.empty() : orderTerm);
        if (result.equals(ParsedSentence.empty())) {
            return Parsed.failed("no penalty found in the sentence text");
        }
        return Parsed.ok(result);
    }

    private static void readPenalties(String part, Found<Penalty> found) {
        List<int[]> taken = new ArrayList<>();
        for (Matcher m = DEATH_SUSPENDED.matcher(part); m.find(); ) {
            found.add(new Penalty(PrincipalPenalty.DEATH_SUSPENDED, Optional.empty()));
            taken.add(new int[] {m.start(), m.end()});
        }
        for (Matcher m = DEATH.matcher(part); m.find(); ) {
            if (!inside(taken, m.start())) {
                found.add(new Penalty(PrincipalPenalty.DEATH, Optional.empty()));
            }
        }
        for (Matcher m = LIFE.matcher(part); m.find(); ) {
            found.add(new Penalty(PrincipalPenalty.LIFE, Optional.empty()));
        }
        termed(FIXED_TERM, PrincipalPenalty.FIXED_TERM, part, found);
        termed(DETENTION, PrincipalPenalty.CRIMINAL_DETENTION, part, found);
        termed(SURVEILLANCE, PrincipalPenalty.PUBLIC_SURVEILLANCE, part, found);
        if (EXEMPTED.matcher(part).find()) {
            found.add(new Penalty(PrincipalPenalty.EXEMPTED, Optional.empty()));
        }
        if (SUPPLEMENTARY_ONLY.matcher(part).find()) {
            found.add(new Penalty(PrincipalPenalty.SUPPLEMENTARY_ONLY, Optional.empty()));
        }
    }

    private static void termed(Pattern p, PrincipalPenalty kind, String part, Found<Penalty> found) {
        for (Matcher m = p.matcher(part); m.find(); ) {
            Optional<Months> t = term(m.group(1));
            if (t.isPresent()) {
                found.add(new Penalty(kind, t));
            }
        }
    }

    private static boolean inside(List<int[]> spans, int at) {
        for (int[] s : spans) {
            if (at >= s[0] && at < s[1]) {
                return true;
            }
        }
        return false;
    }

    /** The longest prefix of {@code candidate} that reads as a non-zero term (or life) of at most 50 years. */
    private static Optional<Months> term(String candidate) {
        for (int end = candidate.length(); end >= 1; end--) {
            Parsed<Months> p = Months.parse(candidate.substring(0, end));
            if (p.isOk() && !p.value().isZero() && p.value().years() <= MAX_YEARS) {
                return p.toOptional();
            }
        }
        return Optional.empty();
    }

    private static String normalise(String text) {
        String s = Texts.toSimplified(Texts.removeSpaces(Texts.foldWidth(text)));
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '，' -> sb.append(',');
                case '；' -> sb.append(';');
                case '：' -> sb.append(':');
                case '〔' -> sb.append('(');
                case '〕' -> sb.append(')');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String dropBracketedNotes(String s) {
        String previous;
        String current = s;
        do {
            previous = current;
            current = BRACKETED.matcher(previous).replaceAll("");
        } while (!current.equals(previous));
        return current;
    }

    /** A principal penalty with its term, if it has one. */
    private record Penalty(PrincipalPenalty kind, Optional<Months> term) {
    }

    /** The distinct values found for one item. */
    private static final class Found<T> {
        private final String what;
        private final Set<T> values = new LinkedHashSet<>();

        Found(String what) {
            this.what = what;
        }

        void add(T value) {
            values.add(value);
        }

        Optional<T> single() {
            return values.size() == 1 ? Optional.of(values.iterator().next()) : Optional.empty();
        }
    }
}

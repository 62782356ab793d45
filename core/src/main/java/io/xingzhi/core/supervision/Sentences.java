package io.xingzhi.core.supervision;

import io.xingzhi.core.identity.Person;
import io.xingzhi.core.record.CustodyStay;
import io.xingzhi.core.record.EnforcementCase;
import io.xingzhi.core.record.Judgment;
import io.xingzhi.core.sentence.SentenceArithmetic;
import io.xingzhi.core.value.CaseNumber;
import io.xingzhi.core.value.Months;
import io.xingzhi.core.value.PrincipalPenalty;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The common rules of LAW.md shared by the models: which judgments count, which custody stay
 * belongs to a judgment, when a term starts and ends.
 */
public final class Sentences {
    private Sentences() {
    }

    /** Only effective judgments count: {@code effective_date} ≤ as-of. */
    public static boolean effective(Judgment j, LocalDate asOf) {
        return !j.effectiveDate().isAfter(asOf);
    }

    /**
     * True when a record (a custody stay, a correction term, an enforcement case) may belong to the
     * judgment's case: the same case number, or either side does not say which case.
     */
    public static boolean sameCase(Judgment j, Optional<CaseNumber> recordCase) {
        return recordCase.isEmpty() || j.caseNumber().isEmpty() || recordCase.get().equals(j.caseNumber().get());
    }

    /** True for a judgment with a property penalty: a fine or a confiscation of property. */
    public static boolean hasPropertyPenalty(Judgment j) {
        return j.fine().isPresent() || j.confiscation().isPresent();
    }

    /**
     * The effective judgment an enforcement case is for (LAW.md, common rules): the person's
     * judgment whose case number is the case's {@code source_case_number}; for a case with no source
     * number, the person's effective judgment with a property penalty when there is exactly one;
     * otherwise none. (The identity step has already brought a case to the person whose judgment its
     * source number names, whatever its identity columns said.)
     */
    public static Optional<Judgment> judgmentOf(Person p, EnforcementCase e, LocalDate asOf) {
        if (e.sourceCaseNumber().isPresent()) {
            for (Judgment j : p.judgments()) {
                if (effective(j, asOf) && j.caseNumber().equals(e.sourceCaseNumber())) {
                    return Optional.of(j);
                }
            }
            return Optional.empty();
        }
        List<Judgment> property = p.judgments().stream().filter(j -> effective(j, asOf) && hasPropertyPenalty(j)).toList();
        return property.size() == 1 ? Optional.of(property.get(0)) : Optional.empty();
    }

    /**
     * The person's enforcement cases for the judgment: those whose {@code source_case_number} is the
     * judgment's case number (the judgment effective as of {@code asOf}), and those without one that
     * {@link #judgmentOf} gives it. Two judgments of one person with the same case number (a corrected
     * export beside the old one, which identity resolution reports) both have the cases that name it.
     */
    public static List<EnforcementCase> enforcementOf(Person p, Judgment j, LocalDate asOf) {
        if (p.enforcement().isEmpty()) {
            return List.of(); // most persons: no case, no stream to build
        }
        return p.enforcement().stream().filter(e -> e.sourceCaseNumber().isPresent()
                ? effective(j, asOf) && j.caseNumber().equals(e.sourceCaseNumber())
                : judgmentOf(p, e, asOf).map(x -> x == j).orElse(false)).toList();
    }

    /** Why {@link #judgmentOf} found no judgment for the case, in Chinese, for the run report. */
    public static String whyNoJudgment(Person p, EnforcementCase e, LocalDate asOf) {
        if (e.sourceCaseNumber().isPresent()) {
            return "执行依据" + e.sourceCaseNumber().get().value() + "在基准日的生效裁判中无对应判决，该执行案件未与任何判决碰撞";
        }
        long n = p.judgments().stream().filter(j -> effective(j, asOf) && hasPropertyPenalty(j)).count();
        return "执行案件未载明执行依据案号，且该人含财产刑的生效裁判有" + n + "份（仅有一份时方可对应），该执行案件未与任何判决碰撞";
    }

    /**
     * The judgment's custody stay (LAW.md, common rules): a stay that covers the effective date
     * ({@code admitted_on} ≤ effective ≤ {@code left_on}, or still in custody) and
     * <ul>
     *   <li>whose {@code case_number} is the judgment's; or,</li>
     *   <li>when no stay of the person names the judgment's case, the latest-admitted stay without
     *       a case number.</li>
     * </ul>
     * A stay naming another case is never used; neither is a stay without a case number when another
     * stay of the person names the judgment's case (even one that does not cover the effective date).
     */
    public static Optional<CustodyStay> stayAtEffect(Person p, Judgment j) {
        LocalDate effective = j.effectiveDate();
        // loops, not streams: this is asked several times per person (the latest admission wins, the first of equals)
        if (j.caseNumber().isPresent()) {
            boolean named = false;
            CustodyStay latest = null;
            for (CustodyStay s : p.custody()) {
                if (s.caseNumber().equals(j.caseNumber())) {
                    named = true;
                    if (s.covers(effective) && (latest == null || latest.admittedOn().compareTo(s.admittedOn()) < 0)) {
                        latest = s;
                    }
                }
            }
            if (named) {
                return Optional.ofNullable(latest);
            }
        }
        CustodyStay latest = null;
        for (CustodyStay s : p.custody()) {
            if (s.caseNumber().isEmpty() && s.covers(effective)
                    && (latest == null || latest.admittedOn().compareTo(s.admittedOn()) < 0)) {
                latest = s;
            }
        }
        return Optional.ofNullable(latest);
    }

    /**
     * The first day counted: the judgment's {@code term_start}; else, when the person was in
     * custody for the case (CL art. 44, 47: custody counts one for one), the stay's
     * {@code admitted_on}; else {@code effective_date}.
     */
    public static LocalDate termStart(Person p, Judgment j) {
        if (j.termStart().isPresent()) {
            return j.termStart().get();
        }
        boolean credited = j.penalty().map(x -> x == PrincipalPenalty.FIXED_TERM || x == PrincipalPenalty.CRIMINAL_DETENTION)
                .orElse(false);
        if (credited) {
            Optional<CustodyStay> s = stayAtEffect(p, j);
            if (s.isPresent()) {
                return s.get().admittedOn();
            }
        }
        return j.effectiveDate();
    }

    /**
     * The last day of the principal term: the judgment's {@code term_end}; else computed by the
     * sentence rule from {@link #termStart}; empty for 无期徒刑, 死缓, life terms, unknown terms and
     * penalties that cannot be determined.
     */
    public static Optional<LocalDate> termEnd(Person p, Judgment j) {
        if (j.termEnd().isPresent()) {
            return j.termEnd();
        }
        if (j.penalty().isEmpty()) {
            return Optional.empty(); // a penalty that cannot be determined is never guessed
        }
        PrincipalPenalty pen = j.penalty().get();
        if (pen == PrincipalPenalty.LIFE || pen == PrincipalPenalty.DEATH_SUSPENDED || pen == PrincipalPenalty.DEATH) {
            return Optional.empty();
        }
        Optional<Months> term = j.term();
        if (term.isEmpty() || term.get().life() || term.get().isZero()) {
            return Optional.empty();
        }
        return Optional.of(SentenceArithmetic.termEnd(termStart(p, j), term.get()));
    }

    /** The end of a period of {@code length} that starts on {@code start}; empty for life. */
    public static Optional<LocalDate> periodEnd(LocalDate start, Months length) {
        return length.life() ? Optional.empty() : Optional.of(SentenceArithmetic.termEnd(start, length));
    }
}

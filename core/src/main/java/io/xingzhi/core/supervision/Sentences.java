package io.xingzhi.core.supervision;

import io.xingzhi.core.identity.Person;
import io.xingzhi.core.record.CustodyStay;
import io.xingzhi.core.record.Judgment;
import io.xingzhi.core.sentence.SentenceArithmetic;
import io.xingzhi.core.value.CaseNumber;
import io.xingzhi.core.value.Months;
import io.xingzhi.core.value.PrincipalPenalty;
import java.time.LocalDate;
import java.util.Comparator;
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
        if (j.caseNumber().isPresent()) {
            List<CustodyStay> named = p.custody().stream().filter(s -> s.caseNumber().equals(j.caseNumber())).toList();
            if (!named.isEmpty()) {
                return named.stream().filter(s -> s.covers(effective)).max(Comparator.comparing(CustodyStay::admittedOn));
            }
        }
        return p.custody().stream().filter(s -> s.caseNumber().isEmpty() && s.covers(effective))
                .max(Comparator.comparing(CustodyStay::admittedOn));
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

package io.xingzhi.core.record;

import io.xingzhi.core.value.Amount;
import io.xingzhi.core.value.CaseNumber;
import io.xingzhi.core.value.Months;
import io.xingzhi.core.value.PrincipalPenalty;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * One defendant in one effective judgment (生效裁判). Structured fields left blank in the row are
 * filled from the sentence text by {@link RecordMapper}; {@code termEnd} is the judgment's own
 * when given (the models compute it otherwise, since the start may come from custody).
 *
 * @param ref where it came from
 * @param identity who it is about
 * @param caseNumber the criminal case number
 * @param court the court
 * @param effectiveDate the day it took effect
 * @param judgmentDate the day it was pronounced
 * @param penalty the principal penalty; {@link RecordMapper} rejects a judgment whose penalty
 *     neither the column nor the text determines, so a mapped judgment always has one
 * @param politicalRights the deprivation of political rights (剥夺政治权利), possibly for life; life
 *     when the penalty is 无期徒刑 or 死缓 and none is stated (CL art. 57)
 * @param term the term of the principal penalty
 * @param termStart the first day counted, when the judgment gives it (column, or a term stated in the
 *     text: {@code 刑期自…起至…止})
 * @param termEnd the last day, when the judgment gives it (column or stated term)
 * @param probation the probation period of a suspended sentence; present means suspended
 * @param fine the fine
 * @param confiscation the confiscation of property
 * @param prepaid what was paid before or at judgment
 * @param prohibitionOrder the prohibition order (禁止令) text
 * @param prohibitionTerm the prohibition order's length
 * @param prohibitionStart the order's first day, when given
 * @param prohibitionEnd the order's last day, when given
 * @param sentenceText the judgment's sentence text as written
 * @param sentenceTextProblem why the sentence text could not be read, when it could not: the
 *     judgment's fields then come from its columns alone (the engine lists such rows in the run
 *     report, so that a text that said more than the columns never vanishes in silence)
 * @param extra unknown columns
 */
public record Judgment(SourceRef ref, RecordIdentity identity, Optional<CaseNumber> caseNumber, String court,
                       LocalDate effectiveDate, Optional<LocalDate> judgmentDate,
                       Optional<PrincipalPenalty> penalty, Optional<Months> term,
                       Optional<LocalDate> termStart, Optional<LocalDate> termEnd,
                       Optional<Months> probation, Optional<Months> politicalRights,
                       Optional<Amount> fine, Optional<Amount> confiscation, Optional<Amount> prepaid,
                       Optional<String> prohibitionOrder, Optional<Months> prohibitionTerm,
                       Optional<LocalDate> prohibitionStart, Optional<LocalDate> prohibitionEnd,
                       Optional<String> sentenceText, Optional<String> sentenceTextProblem,
                       Map<String, String> extra) implements AgencyRecord {
    public Judgment {
        extra = Map.copyOf(extra);
    }

    /** True for a suspended sentence (缓刑): a non-zero probation period. */
    public boolean suspended() {
        return probation.isPresent() && !probation.get().isZero();
    }

    /** The case number's text, or empty string. */
    public String caseText() {
        return caseNumber.map(CaseNumber::value).orElse("");
    }
}

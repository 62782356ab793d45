package io.xingzhi.core.value;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What {@link SentenceText} read from a judgment's text (判决结果). Every field is optional: the
 * text fills the structured fields of a judgment that are blank, never overrides them.
 *
 * @param penalty the principal penalty of the (combined) sentence
 * @param term the term of imprisonment, detention or surveillance
 * @param probation the probation period of a suspended sentence (缓刑考验期)
 * @param politicalRights the deprivation of political rights (剥夺政治权利), possibly life
 * @param fine the fine (罚金)
 * @param confiscation the confiscation (没收财产); {@link Amount#ofAllProperty()} for 全部
 * @param prohibitionOrder the prohibition order clause (禁止令), as written
 * @param prohibitionTerm the prohibition order's period when the text states one
 * @param termStart the first day of the term when the text states it
 *     ({@code 刑期自2023年5月1日起至2026年10月31日止}, {@code 即自…起至…止})
 * @param termEnd the last day of the term when the text states it
 */
public record ParsedSentence(
        Optional<PrincipalPenalty> penalty,
        Optional<Months> term,
        Optional<Months> probation,
        Optional<Months> politicalRights,
        Optional<Amount> fine,
        Optional<Amount> confiscation,
        Optional<String> prohibitionOrder,
        Optional<Months> prohibitionTerm,
        Optional<LocalDate> termStart,
        Optional<LocalDate> termEnd) {

    private static final ParsedSentence EMPTY = new ParsedSentence(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    /** Nothing read (one shared instance: it is immutable). */
    public static ParsedSentence empty() {
        return EMPTY;
    }
}

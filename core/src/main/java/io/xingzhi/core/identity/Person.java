package io.xingzhi.core.identity;

import io.xingzhi.core.record.AgencyRecord;
import io.xingzhi.core.record.Commutation;
import io.xingzhi.core.record.CorrectionTerm;
import io.xingzhi.core.record.CustodyStay;
import io.xingzhi.core.record.DprSupervision;
import io.xingzhi.core.record.EnforcementCase;
import io.xingzhi.core.record.Judgment;
import io.xingzhi.core.record.Release;
import io.xingzhi.core.value.IdNumber;
import io.xingzhi.core.value.PersonName;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One resolved person with every record of the small (indexed) datasets. {@code linkedBy} tells,
 * per record, how it joined this person; a lead takes the weakest link among its evidence.
 *
 * @param key the stable person key: the identity number itself, or {@code NB:name|birth date}
 * @param idNumber the valid identity number, when any record had one
 * @param name the normalised name (from the first record that had one)
 * @param birthDate the birth date, when known
 * @param judgments effective judgments
 * @param custody detention-center stays
 * @param corrections community-correction terms
 * @param releases releases from prison or detention
 * @param supervision police supervision terms of deprivation of political rights
 * @param enforcement enforcement cases: those of the person's own identity, and those whose
 *     {@code source_case_number} names one of the person's judgments (LAW.md: matched by case number
 *     whatever the identity columns say)
 * @param commutations commutation and parole rulings (optional dataset; empty when absent)
 * @param linkedBy how each record joined this person
 */
public record Person(String key, Optional<IdNumber> idNumber, PersonName name, Optional<LocalDate> birthDate,
                     List<Judgment> judgments, List<CustodyStay> custody, List<CorrectionTerm> corrections,
                     List<Release> releases, List<DprSupervision> supervision, List<EnforcementCase> enforcement,
                     List<Commutation> commutations, Map<AgencyRecord, LinkedBy> linkedBy) {
    public Person {
        Objects.requireNonNull(key);
        Objects.requireNonNull(name);
        judgments = List.copyOf(judgments);
        custody = List.copyOf(custody);
        corrections = List.copyOf(corrections);
        releases = List.copyOf(releases);
        supervision = List.copyOf(supervision);
        enforcement = List.copyOf(enforcement);
        commutations = List.copyOf(commutations);
        linkedBy = Map.copyOf(linkedBy);
    }

    /** A person without commutation rulings. */
    public Person(String key, Optional<IdNumber> idNumber, PersonName name, Optional<LocalDate> birthDate,
                  List<Judgment> judgments, List<CustodyStay> custody, List<CorrectionTerm> corrections,
                  List<Release> releases, List<DprSupervision> supervision, List<EnforcementCase> enforcement,
                  Map<AgencyRecord, LinkedBy> linkedBy) {
        this(key, idNumber, name, birthDate, judgments, custody, corrections, releases, supervision, enforcement, List.of(),
                linkedBy);
    }

    /** How {@code record} joined this person; {@link LinkedBy#ID_NUMBER} for records not listed. */
    public LinkedBy linkOf(AgencyRecord record) {
        return linkedBy.getOrDefault(record, LinkedBy.ID_NUMBER);
    }
}

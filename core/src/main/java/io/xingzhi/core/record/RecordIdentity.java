package io.xingzhi.core.record;

import io.xingzhi.core.value.IdNumber;
import io.xingzhi.core.value.PersonName;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a record is about, as the record says it: a valid identity number when it had one, the
 * normalised name, and a birth date (from {@code birth_date}, else from the valid number).
 * {@code idProblem} says why a number that was present is not an identity (bad check digit, wrong
 * length); such a record can still be linked by name + birth date, never by name alone.
 *
 * @param idNumber the valid identity number, when there is one
 * @param name the normalised name, when there is one
 * @param birthDate the birth date, when known
 * @param idProblem why the given number was not accepted, when one was given and failed
 */
public record RecordIdentity(Optional<IdNumber> idNumber, Optional<PersonName> name,
                             Optional<LocalDate> birthDate, Optional<String> idProblem) {
    public RecordIdentity {
        Objects.requireNonNull(idNumber);
        Objects.requireNonNull(name);
        Objects.requireNonNull(birthDate);
        Objects.requireNonNull(idProblem);
    }

    /** True when the record can be linked: a valid number, or a name and a birth date. */
    public boolean linkable() {
        return idNumber.isPresent() || (name.isPresent() && birthDate.isPresent());
    }
}

package io.xingzhi.core.identity;

import io.xingzhi.core.record.RecordIdentity;
import io.xingzhi.core.value.PersonName;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Looks up the person a record belongs to, by the rules of CONTRACT.md §3: by identity number;
 * when the record has no valid number, by normalised name + birth date (unique matches only);
 * never by name alone. Used for the streamed datasets, whose records are never held.
 */
public final class IdentityIndex {
    /** Made on first use: the engine finds a record with a valid number by the table of watched numbers, and never asks. */
    private final Supplier<Map<String, String>> byNumber;
    /** Made on first use: only records without a valid number need it (none, in a clean export). */
    private final Supplier<Map<String, String>> byNameBirth;

    IdentityIndex(Supplier<Map<String, String>> byNumber, Supplier<Map<String, String>> byNameBirth) {
        this.byNumber = com.google.common.base.Suppliers.memoize(byNumber::get);
        this.byNameBirth = com.google.common.base.Suppliers.memoize(byNameBirth::get);
    }

    /** A match: the person's key and how the record linked to it. */
    public record Match(String personKey, LinkedBy linkedBy) {
    }

    /** The person this record identity belongs to, if any. */
    public Optional<Match> find(RecordIdentity identity) {
        if (identity.idNumber().isPresent()) {
            String key = byNumber.get().get(identity.idNumber().get().value());
            return key == null ? Optional.empty() : Optional.of(new Match(key, LinkedBy.ID_NUMBER));
        }
        if (identity.name().isPresent() && identity.birthDate().isPresent()) {
            String key = byNameBirth.get().get(nameBirth(identity.name().get(), identity.birthDate().get()));
            if (key != null && !key.isEmpty()) {
                return Optional.of(new Match(key, LinkedBy.NAME_BIRTH_DATE));
            }
        }
        return Optional.empty();
    }

    /**
     * For a record with a valid number that no person of the indexed datasets has: the person without
     * a number whose name and birth date are the record's name and its number's birth date (CONTRACT.md
     * §3: the records of that person, which carry no valid number, match it by name + birth date),
     * linked by {@link LinkedBy#NAME_BIRTH_DATE}. Empty when the number is a person's (it is that
     * person's, whatever its name), when the record has no name, and when the name + birth date is a
     * numbered person's or several numbers' (a number never joins another number's person).
     */
    public Optional<Match> findUnnumbered(RecordIdentity identity) {
        if (identity.idNumber().isEmpty() || identity.name().isEmpty()
                || byNumber.get().containsKey(identity.idNumber().get().value())) {
            return Optional.empty();
        }
        String key = byNameBirth.get().get(nameBirth(identity.name().get(), identity.idNumber().get().birthDate()));
        return key != null && key.startsWith(UNNUMBERED) ? Optional.of(new Match(key, LinkedBy.NAME_BIRTH_DATE)) : Optional.empty();
    }

    /** How the key of a person without a number begins ({@code NB:name|birth date}). */
    static final String UNNUMBERED = "NB:";

    static String nameBirth(PersonName name, LocalDate birth) {
        return nameBirth(name.value(), birth);
    }

    static String nameBirth(String name, LocalDate birth) {
        return name + "|" + birth;
    }
}

package io.xingzhi.core.record;

import io.xingzhi.core.value.IdNumber;
import io.xingzhi.core.value.PersonName;
import io.xingzhi.core.value.Texts;
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
 * @param unverifiedBody the 17 body digits of a number that was given but is not a valid identity
 *     (check digit wrong, impossible birth date), when they can be read: never used to link, only to
 *     offer the record as a near miss of a person's number ({@code possible_matches})
 */
public record RecordIdentity(Optional<IdNumber> idNumber, Optional<PersonName> name,
                             Optional<LocalDate> birthDate, Optional<String> idProblem, Optional<String> unverifiedBody) {
    public RecordIdentity {
        Objects.requireNonNull(idNumber);
        Objects.requireNonNull(name);
        Objects.requireNonNull(birthDate);
        Objects.requireNonNull(idProblem);
        Objects.requireNonNull(unverifiedBody);
        unverifiedBody.ifPresent(b -> {
            if (b.length() != 17 || !b.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("an identity number body has 17 digits");
            }
        });
    }

    /** An identity whose given number, if any, left no readable body. */
    public RecordIdentity(Optional<IdNumber> idNumber, Optional<PersonName> name, Optional<LocalDate> birthDate,
                          Optional<String> idProblem) {
        this(idNumber, name, birthDate, idProblem, Optional.empty());
    }

    /**
     * Equal components, as a record's generated {@code equals} compares them, written out: identities
     * are interned for every record read, and the generated method-handle chain is slow before the
     * compiler has inlined it.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof RecordIdentity r && idNumber.equals(r.idNumber) && name.equals(r.name)
                && birthDate.equals(r.birthDate) && idProblem.equals(r.idProblem) && unverifiedBody.equals(r.unverifiedBody);
    }

    /** The value a record's generated {@code hashCode} gives (31 × the hash so far + each component's, in order). */
    @Override
    public int hashCode() {
        int h = idNumber.hashCode();
        h = 31 * h + name.hashCode();
        h = 31 * h + birthDate.hashCode();
        h = 31 * h + idProblem.hashCode();
        return 31 * h + unverifiedBody.hashCode();
    }

    /** True when the record can be linked: a valid number, or a name and a birth date. */
    public boolean linkable() {
        return idNumber.isPresent() || (name.isPresent() && birthDate.isPresent());
    }

    /** The 17 body digits of the valid number, else of the unverified one. */
    public Optional<String> body() {
        return idNumber.map(n -> n.value().substring(0, 17)).or(() -> unverifiedBody);
    }

    /**
     * The 17 body digits of a raw number that is not valid: width folded, spaces and hyphens removed;
     * the first 17 of 18 characters, or 17 digits alone, or a 15-digit number upgraded as
     * {@link IdNumber#parse} would (century 19); empty when they are not all digits.
     */
    public static Optional<String> bodyOf(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String folded = Texts.foldWidth(raw);
        StringBuilder sb = new StringBuilder(18);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '-') {
                sb.append(c);
            }
        }
        String s = sb.toString();
        String body = switch (s.length()) {
            case 18, 17 -> s.substring(0, 17);
            case 15 -> s.substring(0, 6) + "19" + s.substring(6);
            default -> null;
        };
        return body != null && body.chars().allMatch(c -> c >= '0' && c <= '9') ? Optional.of(body) : Optional.empty();
    }

    /** Never prints an unverified number whole (safe for logs), as {@link IdNumber#toString()} does not. */
    @Override
    public String toString() {
        return "RecordIdentity[idNumber=" + idNumber + ", name=" + name + ", birthDate=" + birthDate + ", idProblem=" + idProblem
                + ", unverifiedBody=" + unverifiedBody.map(b -> b.substring(0, 6) + "********" + b.substring(14)) + "]";
    }
}

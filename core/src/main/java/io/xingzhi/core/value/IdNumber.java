package io.xingzhi.core.value;

import java.time.LocalDate;

/**
 * A resident identity number (公民身份号码, GB 11643-1999) in its normalised 18-character form:
 * ASCII digits, upper-case {@code X} check character, check digit verified. Instances exist only
 * for numbers that passed validation; invalid numbers are reported by {@link #parse}, never guessed.
 *
 * @param value the normalised 18-character number
 */
public record IdNumber(String value) {

    public IdNumber {
        throw new UnsupportedOperationException("TODO: validate 18 chars and check digit");
    }

    /**
     * Reads a raw number: trims, folds full-width digits and letters, removes inner spaces and
     * hyphens, upper-cases {@code x}, upgrades a 15-digit legacy number to 18 (inserting {@code 19}
     * and computing the check digit), and verifies the GB 11643 check digit and the birth date.
     * Failure reasons never contain the number itself.
     */
    public static Parsed<IdNumber> parse(String raw) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The GB 11643 check character for 17 body digits. */
    public static char checkCharacter(CharSequence body17) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The birth date encoded in the number (characters 7-14). */
    public LocalDate birthDate() {
        throw new UnsupportedOperationException("TODO");
    }

    /** The legacy 15-digit form (drops the century and the check digit); only for births in 19xx. */
    public java.util.Optional<String> toLegacy15() {
        throw new UnsupportedOperationException("TODO");
    }

    /** Masked for roles that must not see it: first 6 and last 4 kept, e.g. {@code 210682********1234}. */
    public String masked() {
        throw new UnsupportedOperationException("TODO");
    }

    /** Never prints the whole number (safe for logs). */
    @Override
    public String toString() {
        return masked();
    }
}

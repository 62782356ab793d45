package io.xingzhi.generator;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate: how many sentenced persons, how many activity rows (planted ones included;
 * more when the planted ones alone exceed it), the random seed, and the as-of date every planted
 * lead and near-miss is computed from (run the engine with the same as-of).
 *
 * @param persons sentenced persons, one judgment each (0 or more)
 * @param activities rows of the activities dataset (0 or more)
 * @param seed the random seed: the same spec gives byte-identical files
 * @param asOf the date the leads are planted for
 */
public record GeneratorSpec(int persons, long activities, long seed, LocalDate asOf) {
    /** The as-of date used when none is given: the county fixture's. */
    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2024, 10, 1);

    public GeneratorSpec {
        Objects.requireNonNull(asOf, "asOf");
        if (persons < 0) {
            throw new IllegalArgumentException("persons must not be negative: " + persons);
        }
        if (activities < 0) {
            throw new IllegalArgumentException("activities must not be negative: " + activities);
        }
        if (asOf.getYear() < 2012 || asOf.getYear() > 2100) {
            throw new IllegalArgumentException("as-of must lie between 2012 and 2100: " + asOf);
        }
    }

    /** {@code persons} persons with ten activity rows each, as of {@link #DEFAULT_AS_OF}. */
    public static GeneratorSpec of(int persons, long seed) {
        return new GeneratorSpec(persons, 10L * persons, seed, DEFAULT_AS_OF);
    }
}

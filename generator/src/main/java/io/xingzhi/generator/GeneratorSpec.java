package io.xingzhi.generator;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate: how many sentenced persons, how many activity rows (planted ones included;
 * more when the planted ones alone exceed it), the random seed, the as-of date every planted
 * lead and near-miss is computed from (run the engine with the same as-of), and whether the files
 * are written as agencies export them (messy) or as a database exports them (clean).
 *
 * @param persons sentenced persons, one judgment each (0 or more)
 * @param activities rows of the activities dataset (0 or more)
 * @param seed the random seed: the same spec gives byte-identical files
 * @param asOf the date the leads are planted for
 * @param clean false: values in the messy forms of CONTRACT.md §2 (Chinese headers, GB18030, text-only
 *     sentences, 15-digit numbers, ...); true: the same persons, records and planted leads, every value
 *     in one canonical form and every structured field filled (docs/testing-with-fixtures.md, "Clean data")
 */
public record GeneratorSpec(int persons, long activities, long seed, LocalDate asOf, boolean clean) {
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

    /** Messy data, as agencies export it. */
    public GeneratorSpec(int persons, long activities, long seed, LocalDate asOf) {
        this(persons, activities, seed, asOf, false);
    }

    /** {@code persons} persons with ten activity rows each, as of {@link #DEFAULT_AS_OF}. */
    public static GeneratorSpec of(int persons, long seed) {
        return new GeneratorSpec(persons, 10L * persons, seed, DEFAULT_AS_OF);
    }

    /** The same spec written as a clean database export. */
    public GeneratorSpec asClean() {
        return new GeneratorSpec(persons, activities, seed, asOf, true);
    }
}

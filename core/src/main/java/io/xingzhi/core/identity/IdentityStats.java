package io.xingzhi.core.identity;

import java.util.List;

/**
 * What identity resolution did in one run (CONTRACT.md §3).
 *
 * @param persons persons resolved
 * @param linkedById records linked by identity number
 * @param linkedByNameBirth records linked by name + birth date
 * @param linkedByCaseNumber enforcement cases that joined the person whose judgment their
 *     {@code source_case_number} names, their identity columns naming nobody or somebody else
 * @param unresolved records that could not be linked (no valid number and no birth date): listed,
 *     never linked by name alone
 * @param invalidIdNumbers records whose identity number failed validation
 * @param sharedNumbers identity numbers carried by records with different names
 * @param duplicateRecords records that repeat, in every value the models read, an earlier record of the
 *     same person and dataset (the same row exported twice, overlapping exports): each is counted as
 *     read and accepted, and merged into the record it repeats, which alone the models see
 * @param conflictingRecords records that share their own number with an earlier record of the same person
 *     and dataset but differ from it in a value the models read (a judgment's case number, an enforcement
 *     case's number, a commutation ruling's number; a corrected or later export beside the old one):
 *     which is right cannot be told from the data, so both are kept and assessed, and the samples name them
 * @param samples up to 50 examples, each {@code source:line reason} (no identity numbers)
 */
public record IdentityStats(long persons, long linkedById, long linkedByNameBirth, long linkedByCaseNumber, long unresolved,
                            long invalidIdNumbers, long sharedNumbers, long duplicateRecords, long conflictingRecords,
                            List<String> samples) {
    public IdentityStats {
        samples = List.copyOf(samples);
    }

    /** Statistics of a run in which no record repeated another and no two judgments of one case differed. */
    public IdentityStats(long persons, long linkedById, long linkedByNameBirth, long linkedByCaseNumber, long unresolved,
                         long invalidIdNumbers, long sharedNumbers, List<String> samples) {
        this(persons, linkedById, linkedByNameBirth, linkedByCaseNumber, unresolved, invalidIdNumbers, sharedNumbers, 0, 0, samples);
    }

    /** Statistics of a run in which no record was linked by case number. */
    public IdentityStats(long persons, long linkedById, long linkedByNameBirth, long unresolved, long invalidIdNumbers,
                         long sharedNumbers, List<String> samples) {
        this(persons, linkedById, linkedByNameBirth, 0, unresolved, invalidIdNumbers, sharedNumbers, 0, 0, samples);
    }

    public static IdentityStats empty() {
        return new IdentityStats(0, 0, 0, 0, 0, 0, 0, 0, 0, List.of());
    }

    /**
     * These statistics and {@code other}'s, of disjoint sets of persons (a distributed run's partitions),
     * added up: every count summed, the samples of both (this one's first), at most 50.
     */
    public IdentityStats plus(IdentityStats other) {
        List<String> both = new java.util.ArrayList<>(samples);
        for (String s : other.samples) {
            if (both.size() >= 50) {
                break;
            }
            both.add(s);
        }
        return new IdentityStats(persons + other.persons, linkedById + other.linkedById,
                linkedByNameBirth + other.linkedByNameBirth, linkedByCaseNumber + other.linkedByCaseNumber,
                unresolved + other.unresolved, invalidIdNumbers + other.invalidIdNumbers, sharedNumbers + other.sharedNumbers,
                duplicateRecords + other.duplicateRecords, conflictingRecords + other.conflictingRecords, both);
    }
}

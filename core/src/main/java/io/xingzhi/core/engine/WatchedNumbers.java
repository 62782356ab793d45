package io.xingzhi.core.engine;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import io.xingzhi.core.value.Dates;
import io.xingzhi.core.value.IdNumber;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.function.Predicate;

/**
 * The normalised identity numbers of the watched persons, as a set of longs in one open-addressing
 * table: asked once for every streamed row (millions), it answers without hashing a string or
 * following a pointer per entry. A number is 17 digits and a check character (0-9 or X), encoded
 * as {@code body * 11 + check}; a string that is no such number is never in the set. The set
 * answers exactly what {@code numbers.contains(s)} answers for such strings. Immutable, so safe to
 * read from the mapping threads.
 */
final class WatchedNumbers implements Predicate<String> {
    private static final long EMPTY = -1;
    private final long[] table;
    /** The value of each number, in the slot of its code (the watches on its person); null for a plain set. */
    private final Object[] values;
    private final int mask;
    /**
     * One bit per slot of a small filter, set for each number's code: a clear bit says "not watched"
     * without touching the table (the filter, 16 bits per number, stays in the processor's cache; the
     * table, probed for millions of streamed rows, does not). A set bit only says "maybe".
     */
    private final long[] filter;
    private final int filterMask;
    /**
     * Per slot, the first and last day ({@link Dates#dayKey}) on which its value acts; null when
     * every number's value acts every day.
     */
    private final int[] firstDay;
    private final int[] lastDay;
    /**
     * The birth dates ({@code yyyyMMdd}) of the watched persons keyed by name + birth date ({@code
     * NB:name|yyyy-MM-dd}), sorted; empty unless asked for ({@link #orBornOnTheDaysOfUnnumbered}). A
     * valid number born on one of them may be such a person's (CONTRACT.md §3: a person's records
     * without a number match a number's record by name + birth date), so it is not screened out.
     */
    private final int[] unnumberedBirths;

    /** The set of those {@code keys} that are 18-character numbers; other keys can never be asked for. */
    WatchedNumbers(Collection<String> keys) {
        this(keys, null, null);
    }

    /** The numbers of {@code keyed} that are 18-character numbers, each with its value ({@link #get}). */
    WatchedNumbers(java.util.Map<String, ?> keyed) {
        this(keyed.keySet(), keyed, null);
    }

    /**
     * As {@link #WatchedNumbers(java.util.Map)}, with the days on which each number's value acts
     * ({@link #watchesOn}); {@code days} is asked once per number.
     */
    WatchedNumbers(java.util.Map<String, ?> keyed, java.util.function.Function<Object, Range<LocalDate>> days) {
        this(keyed.keySet(), keyed, days);
    }

    private WatchedNumbers(Collection<String> keys, java.util.Map<String, ?> keyed,
                           java.util.function.Function<Object, Range<LocalDate>> days) {
        this(keys, keyed, days, false);
    }

    /**
     * As {@link #WatchedNumbers(java.util.Map, java.util.function.Function)}, and {@link #test},
     * {@link #containsCode} and {@link #watchesOn} also answer yes for every number born on the birth
     * date of a watched person keyed by name + birth date ({@code NB:name|yyyy-MM-dd}): such a row
     * may be that person's, and only the identity index can tell ({@link #get} stays exact).
     */
    static WatchedNumbers orBornOnTheDaysOfUnnumbered(java.util.Map<String, ?> keyed,
                                                      java.util.function.Function<Object, Range<LocalDate>> days) {
        return new WatchedNumbers(keyed.keySet(), keyed, days, true);
    }

    private WatchedNumbers(Collection<String> keys, java.util.Map<String, ?> keyed,
                           java.util.function.Function<Object, Range<LocalDate>> days, boolean unnumbered) {
        unnumberedBirths = unnumbered ? unnumberedBirths(keys) : new int[0];
        int size = Integer.highestOneBit(Math.max(4, keys.size() * 2 - 1)) << 1;
        table = new long[size];
        values = keyed == null ? null : new Object[size];
        mask = size - 1;
        int bits = Integer.highestOneBit(Math.max(64, keys.size() * 16 - 1)) << 1;
        filter = new long[bits >>> 6];
        filterMask = bits - 1;
        Arrays.fill(table, EMPTY);
        firstDay = days == null ? null : new int[size];
        lastDay = days == null ? null : new int[size];
        for (String k : keys) {
            long code = encode(k);
            if (code != EMPTY) {
                int i = slot(code);
                while (table[i] != EMPTY && table[i] != code) {
                    i = (i + 1) & mask;
                }
                table[i] = code;
                int b = bit(code);
                filter[b >>> 6] |= 1L << b;
                if (values != null) {
                    values[i] = keyed.get(k);
                }
                if (days != null) {
                    Range<LocalDate> r = days.apply(values[i]);
                    firstDay[i] = !r.hasLowerBound() ? Integer.MIN_VALUE
                            : Dates.dayKey(r.lowerBoundType() == BoundType.CLOSED ? r.lowerEndpoint() : r.lowerEndpoint().plusDays(1));
                    lastDay[i] = !r.hasUpperBound() ? Integer.MAX_VALUE
                            : Dates.dayKey(r.upperBoundType() == BoundType.CLOSED ? r.upperEndpoint() : r.upperEndpoint().minusDays(1));
                }
            }
        }
    }

    /** The sorted distinct birth dates ({@code yyyyMMdd}) of the keys {@code NB:name|yyyy-MM-dd}. */
    private static int[] unnumberedBirths(Collection<String> keys) {
        java.util.TreeSet<Integer> births = new java.util.TreeSet<>();
        for (String k : keys) {
            if (k.startsWith("NB:")) {
                try {
                    LocalDate b = LocalDate.parse(k.substring(k.lastIndexOf('|') + 1));
                    births.add(b.getYear() * 10_000 + b.getMonthValue() * 100 + b.getDayOfMonth());
                } catch (java.time.format.DateTimeParseException | StringIndexOutOfBoundsException e) {
                    // not a name + birth date key: nobody's number can be born on it
                }
            }
        }
        return births.stream().mapToInt(Integer::intValue).toArray();
    }

    /** True when some watched person is keyed by name + birth date and asked for ({@link #orBornOnTheDaysOfUnnumbered}). */
    boolean watchesUnnumbered() {
        return unnumberedBirths.length > 0;
    }

    /** Whether the number of {@code code} is born on the birth date of a watched person keyed by name + birth date. */
    private boolean bornOnAnUnnumberedDay(long code) {
        if (unnumberedBirths.length == 0 || code < 0) {
            return false;
        }
        int birth = (int) ((code / 11 / 1000) % 100_000_000L); // body digits 7-14: yyyyMMdd
        return Arrays.binarySearch(unnumberedBirths, birth) >= 0;
    }

    /** The value of {@code number} when it is one of the numbers, else null (also for a plain set). */
    Object get(String number) {
        int i = find(encode(number));
        return i < 0 || values == null ? null : values[i];
    }

    /** True when {@code number} is one of the watched numbers. */
    @Override
    public boolean test(String number) {
        long code = encode(number);
        return contains(code) || bornOnAnUnnumberedDay(code);
    }

    /**
     * {@link #test} for a number given by its code ({@link IdNumber#normalCode}, the encoding this
     * table keeps: the 17 body digits times 11 plus the check value); false for -1.
     */
    boolean containsCode(long code) {
        return code >= 0 && (find(code) >= 0 || bornOnAnUnnumberedDay(code));
    }

    /**
     * Whether the number of {@code code} ({@link IdNumber#normalCode}) is watched on the day of
     * {@code dayKey} ({@link Dates#plainDayKey}): one of the numbers, and the day within its days.
     * False for code -1.
     */
    boolean watchesOn(long code, int dayKey) {
        int i = code < 0 ? -1 : find(code);
        return i >= 0 && (firstDay == null || dayKey >= firstDay[i] && dayKey <= lastDay[i]) || bornOnAnUnnumberedDay(code);
    }

    private boolean contains(long code) {
        return find(code) >= 0;
    }

    /** The filter's bit for {@code code} (other bits of the hash than the table's slot). */
    private int bit(long code) {
        return (int) (code * 0xC2B2AE3D27D4EB4FL >>> 32) & filterMask;
    }

    /** The slot of {@code code}, or -1. */
    private int find(long code) {
        if (code == EMPTY) {
            return -1;
        }
        int b = bit(code);
        if ((filter[b >>> 6] & (1L << b)) == 0) {
            return -1;
        }
        for (int i = slot(code); ; i = (i + 1) & mask) {
            long t = table[i];
            if (t == code) {
                return i;
            }
            if (t == EMPTY) {
                return -1;
            }
        }
    }

    private int slot(long code) {
        return (int) ((code * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    /** {@code body * 11 + check} for 17 ASCII digits and 0-9 or X; EMPTY for anything else. */
    static long encode(String s) {
        if (s == null || s.length() != 18) {
            return EMPTY;
        }
        long body = 0;
        for (int i = 0; i < 17; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return EMPTY;
            }
            body = body * 10 + (c - '0');
        }
        char last = s.charAt(17);
        int check = last == 'X' ? 10 : last >= '0' && last <= '9' ? last - '0' : -1;
        return check < 0 ? EMPTY : body * 11 + check;
    }
}

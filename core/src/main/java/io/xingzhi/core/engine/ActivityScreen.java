package io.xingzhi.core.engine;

import io.xingzhi.core.port.RowScreen;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.HeaderAliases;
import io.xingzhi.core.value.Dates;
import io.xingzhi.core.value.IdNumber;
import java.util.List;
import java.util.Optional;

/**
 * The {@link RowScreen} of the activities: a row settles when its identity number is valid and in
 * its normal form, its {@code occurred_on} (and {@code birth_date}, when given) is a plain valid
 * date, and no watch on that number acts on that day (nobody watches it, or the day is outside the
 * span of its watches' {@link io.xingzhi.core.supervision.StreamWatch#activityDays()}, which ignore
 * it there). Those are every check {@link io.xingzhi.core.record.RecordMapper#mapIfWatched} makes of
 * such a row before it drops it, made here on the row's bytes with the same code
 * ({@link IdNumber#normalCode}, {@link Dates#plainDayKey}, {@link WatchedNumbers#watchesOn}); any other
 * form goes the ordinary way. Bound to one header; immutable, so it may be asked from several
 * threads at once.
 */
final class ActivityScreen implements RowScreen {
    private final int[] columns;
    private final WatchedNumbers watched;

    private ActivityScreen(int[] columns, WatchedNumbers watched) {
        this.columns = columns;
        this.watched = watched;
    }

    /**
     * The screen for a header of {@code dataset}, or empty when its rows cannot be screened: another
     * dataset, or a header without exactly one column each for the number and {@code occurred_on}, or
     * with two for {@code birth_date} (the mapping then picks the first non-blank of them, row by row).
     */
    static Optional<RowScreen> bind(Dataset dataset, List<String> header, HeaderAliases aliases, WatchedNumbers watched) {
        if (dataset != Dataset.ACTIVITIES) {
            return Optional.empty();
        }
        int id = -1;
        int occurred = -1;
        int birth = -1;
        for (int i = 0; i < header.size(); i++) {
            String field = aliases.canonical(dataset, header.get(i)).orElse("");
            switch (field) {
                case "id_number" -> {
                    if (id >= 0) {
                        return Optional.empty();
                    }
                    id = i;
                }
                case "occurred_on" -> {
                    if (occurred >= 0) {
                        return Optional.empty();
                    }
                    occurred = i;
                }
                case "birth_date" -> {
                    if (birth >= 0) {
                        return Optional.empty();
                    }
                    birth = i;
                }
                default -> {
                }
            }
        }
        if (id < 0 || occurred < 0) {
            return Optional.empty();
        }
        int[] columns = birth < 0 ? new int[] {id, occurred} : new int[] {id, occurred, birth};
        return Optional.of(new ActivityScreen(columns, watched));
    }

    @Override
    public int[] columns() {
        return columns.clone();
    }

    @Override
    public boolean settles(byte[] line, int[] from, int[] to) {
        long code = IdNumber.normalCode(line, from[0], to[0]);
        int day = code < 0 ? -1 : Dates.plainDayKey(line, from[1], to[1]);
        if (day < 0 || watched.watchesOn(code, day)) {
            return false;
        }
        // a blank birth date is no value; any other must be a plain valid date
        return columns.length == 2 || from[2] == to[2] || Dates.isPlainValid(line, from[2], to[2]);
    }
}

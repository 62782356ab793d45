package io.xingzhi.core.engine;

import io.xingzhi.core.port.RowScreen;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.HeaderAliases;
import io.xingzhi.core.value.Dates;
import io.xingzhi.core.value.IdNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@link RowScreen} of the streamed datasets. A row settles when its identity number is valid
 * and in its normal form (or ends in a lower-case {@code x}), every date the mapping would read from
 * it is a plain valid date or blank - spaces and tabs around a value passed over, as the mapping
 * strips them; a day the mapping reads as blank ({@link Dates#isPlaceholder}, 1900-01-01) is not
 * settled here, nor is a value it reads as blank or only once unwrapped (a placeholder such as
 * {@code 无} or {@code NULL}, Excel's {@code ="…"}: none is a plain date or number), so they go the
 * ordinary way -
 * and no watch on that number acts on it:
 * <ul>
 *   <li>an activity needs a plain valid {@code occurred_on}, and settles when nobody watches its
 *       number in the activities or the day is outside the span of its watches'
 *       {@link io.xingzhi.core.supervision.StreamWatch#activityDays()} (which ignore it there); its
 *       {@code birth_date} may be blank;</li>
 *   <li>a business registration settles when nobody watches its number in the registrations; its
 *       {@code role_start}, {@code role_end} and {@code birth_date} may be blank.</li>
 * </ul>
 * Those are every check the mapping makes of such a row ({@link io.xingzhi.core.record.RecordMapper}:
 * the identity, the dates; its other columns are text it takes as written), made here on the row's
 * bytes with the same code ({@link IdNumber#writtenCode}, {@link Dates#plainDayKey},
 * {@link WatchedNumbers}); any other form goes the ordinary way. Bound to one header; immutable, so it
 * may be asked from several threads at once.
 */
final class StreamedRowScreen implements RowScreen {
    /** The number's column, then (activities) the day's, then the optional dates'. */
    private final int[] columns;
    /** Whether {@code columns[1]} is a required day that the watches' days apply to (the activities). */
    private final boolean dayed;
    private final WatchedNumbers watched;

    private StreamedRowScreen(int[] columns, boolean dayed, WatchedNumbers watched) {
        this.columns = columns;
        this.dayed = dayed;
        this.watched = watched;
    }

    /**
     * The screen for a header of {@code dataset}, or empty when its rows cannot be screened: a dataset
     * that is not streamed, or a header without exactly one column for the number (and, for the
     * activities, {@code occurred_on}), or with two columns for any one field (the mapping then
     * compares them row by row, and rejects a row whose columns disagree).
     */
    static Optional<RowScreen> bind(Dataset dataset, List<String> header, HeaderAliases aliases, WatchedNumbers watched) {
        List<String> fields = switch (dataset) {
            case ACTIVITIES -> List.of("id_number", "occurred_on", "birth_date");
            case BUSINESS_REGISTRATIONS -> List.of("id_number", "role_start", "role_end", "birth_date");
            default -> List.of();
        };
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        int[] at = new int[fields.size()];
        java.util.Arrays.fill(at, -1);
        java.util.Set<String> named = new java.util.HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            Optional<String> field = aliases.canonical(dataset, header.get(i));
            if (field.isPresent() && !named.add(field.get())) {
                return Optional.empty(); // two columns of one field: the mapping compares them, row by row
            }
            int f = fields.indexOf(field.orElse(""));
            if (f >= 0) {
                if (at[f] >= 0) {
                    return Optional.empty();
                }
                at[f] = i;
            }
        }
        boolean dayed = dataset == Dataset.ACTIVITIES;
        if (at[0] < 0 || dayed && at[1] < 0) {
            return Optional.empty();
        }
        List<Integer> columns = new ArrayList<>();
        for (int c : at) {
            if (c >= 0) {
                columns.add(c);
            }
        }
        return Optional.of(new StreamedRowScreen(columns.stream().mapToInt(Integer::intValue).toArray(), dayed, watched));
    }

    @Override
    public int[] columns() {
        return columns.clone();
    }

    @Override
    public boolean settles(byte[] line, int[] from, int[] to) {
        // the mapping strips a value's spaces and tabs before it reads it (padded CHAR columns): so does the screen
        int f = start(line, from[0], to[0]);
        long code = IdNumber.writtenCode(line, f, end(line, f, to[0]));
        if (code < 0) {
            return false;
        }
        int k = 1;
        if (dayed) {
            f = start(line, from[1], to[1]);
            int day = Dates.plainDayKey(line, f, end(line, f, to[1]));
            if (day < 0 || Dates.isPlaceholder(day) || watched.watchesOn(code, day)) {
                return false;
            }
            k = 2;
        } else if (watched.containsCode(code)) {
            return false;
        }
        // an optional date: blank (or spaces) is no value; any other must be a plain valid date
        for (; k < columns.length; k++) {
            f = start(line, from[k], to[k]);
            int e = end(line, f, to[k]);
            if (f != e) {
                int day = Dates.plainDayKey(line, f, e);
                if (day < 0 || Dates.isPlaceholder(day)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Where a value starts once its leading spaces and tabs are passed over. */
    private static int start(byte[] b, int from, int to) {
        while (from < to && (b[from] == ' ' || b[from] == '\t')) {
            from++;
        }
        return from;
    }

    /** Where a value starting at {@code from} ends without its trailing spaces and tabs. */
    private static int end(byte[] b, int from, int to) {
        while (to > from && (b[to - 1] == ' ' || b[to - 1] == '\t')) {
            to--;
        }
        return to;
    }
}

package io.xingzhi.core.supervision;

import com.google.common.collect.Range;
import io.xingzhi.core.record.Activity;
import io.xingzhi.core.record.BusinessRole;
import java.time.LocalDate;

/**
 * A model's interest in one person's streamed records (activities, business registrations). The
 * engine calls it for each streamed record of that person, in source order, and never holds the
 * streamed datasets. Implementations keep only what they need (ideally nothing). A watch is handed
 * the records of the datasets its model {@linkplain SupervisionModel#streams() streams}, and no
 * others: the rows of a dataset no watch on a person streams are only checked and counted.
 */
public interface StreamWatch {
    /**
     * The days on which this watch may act on an activity: {@link #onActivity} ignores, without a
     * lead or any other effect, every activity whose {@code occurred_on} falls outside them, so the
     * engine may leave such an activity unbuilt (its row is still checked and counted). It must never
     * leave out a day the watch would act on. By default every day.
     */
    default Range<LocalDate> activityDays() {
        return Range.all();
    }

    /** Called for each activity of the watched person. */
    default void onActivity(Activity activity, LeadCollector out) {
    }

    /** Called for each business role of the watched person. */
    default void onBusinessRole(BusinessRole role, LeadCollector out) {
    }
}

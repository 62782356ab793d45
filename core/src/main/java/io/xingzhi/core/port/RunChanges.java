package io.xingzhi.core.port;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What changed between two runs a {@link RunStore} kept, lead by lead, as {@link RunStore#runChanges}
 * tells it: the leads the later run found that the earlier did not ({@link #newLeads}), those the
 * earlier found and the later no longer did ({@link #goneLeads}), those both found whose facts
 * differ ({@link #changedLeads}, by {@link io.xingzhi.core.lead.LeadFacts#digest}) and how many both
 * found alike ({@link #unchanged}). Each list is in the order the store first kept the leads.
 *
 * @param since the earlier run's number; 0 when the later run is the first (every lead is new)
 * @param run the later run's number
 * @param newLeads ids of leads found by {@code run} and not by {@code since}
 * @param goneLeads ids of leads found by {@code since} and not by {@code run}
 * @param changedLeads ids of leads found by both whose facts changed
 * @param unchanged how many leads both found with the same facts
 */
public record RunChanges(long since, long run, List<String> newLeads, List<String> goneLeads, List<String> changedLeads,
                         long unchanged) {
    public RunChanges {
        if (since < 0 || run <= since) {
            throw new IllegalArgumentException("changes from run " + since + " to run " + run);
        }
        newLeads = List.copyOf(newLeads);
        goneLeads = List.copyOf(goneLeads);
        changedLeads = List.copyOf(changedLeads);
        if (unchanged < 0) {
            throw new IllegalArgumentException("unchanged " + unchanged + " is negative");
        }
    }

    /**
     * The changes from run {@code since} to run {@code run}, given the leads' ids in the order the store
     * first kept them and each lead's facts digest in either run ({@code null}: that run did not find
     * it). A lead neither run found is passed over. The one comparison every store uses: a store only
     * supplies the digests.
     */
    public static RunChanges between(long since, long run, Iterable<String> ids, Function<String, String> before,
                                     Function<String, String> after) {
        List<String> added = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        long unchanged = 0;
        for (String id : ids) {
            String b = before.apply(id);
            String a = after.apply(id);
            if (a == null) {
                if (b != null) {
                    gone.add(id);
                }
            } else if (b == null) {
                added.add(id);
            } else if (a.equals(b)) {
                unchanged++;
            } else {
                changed.add(id);
            }
        }
        return new RunChanges(since, run, added, gone, changed, unchanged);
    }

    /** How many leads the later run found: new, changed and unchanged. */
    public long found() {
        return newLeads.size() + changedLeads.size() + unchanged;
    }
}

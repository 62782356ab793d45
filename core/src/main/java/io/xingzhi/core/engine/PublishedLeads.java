package io.xingzhi.core.engine;

import io.xingzhi.core.SideThread;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.lead.LeadIdKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A run's leads under their published ids ({@link Lead#publishedUnder}), in {@link
 * RunPlan#LEAD_ORDER}. Keying an id is an HMAC per lead and the sort compares texts: with many
 * leads and more than one processor, the first half is published and sorted on a thread of its own
 * while the calling thread does the second, and the two are merged. The order is the one sorting
 * them all gives: the sort is stable, and of two equal leads the merge takes the first half's. (The
 * JDK's parallel sort sorts on the calling thread alone when the common pool has one worker, as it
 * has on two processors.)
 */
final class PublishedLeads {
    /** The system property that sets from how many leads a second thread is used (default {@value #PARALLEL_FROM}): for tests. */
    static final String PARALLEL_FROM_PROPERTY = "xingzhi.publish.parallelFrom";
    private static final int PARALLEL_FROM = 4_096;

    private PublishedLeads() {
    }

    /** {@code leads} (merged by id, in the order found) under their ids keyed by {@code key}, sorted. */
    static List<Lead> of(Collection<Lead> leads, LeadIdKey key) {
        List<Lead> all = new ArrayList<>(leads);
        if (all.size() < Math.max(2, Integer.getInteger(PARALLEL_FROM_PROPERTY, PARALLEL_FROM))
                || Runtime.getRuntime().availableProcessors() < 2) {
            return publishedAndSorted(all, key);
        }
        List<Lead> firstHalf = all.subList(0, all.size() / 2);
        SideThread<List<Lead>> first = SideThread.start("xingzhi-publish", "publishing the leads",
                () -> publishedAndSorted(firstHalf, key));
        List<Lead> second = publishedAndSorted(all.subList(firstHalf.size(), all.size()), key);
        return merged(first.join(), second);
    }

    private static List<Lead> publishedAndSorted(List<Lead> leads, LeadIdKey key) {
        List<Lead> published = new ArrayList<>(leads.size());
        for (Lead l : leads) {
            published.add(l.publishedUnder(key));
        }
        published.sort(RunPlan.LEAD_ORDER);
        return published;
    }

    /** Two sorted lists as one, the first's lead first of two equal ones. */
    private static List<Lead> merged(List<Lead> a, List<Lead> b) {
        List<Lead> out = new ArrayList<>(a.size() + b.size());
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            out.add(RunPlan.LEAD_ORDER.compare(a.get(i), b.get(j)) <= 0 ? a.get(i++) : b.get(j++));
        }
        out.addAll(a.subList(i, a.size()));
        out.addAll(b.subList(j, b.size()));
        return out;
    }
}

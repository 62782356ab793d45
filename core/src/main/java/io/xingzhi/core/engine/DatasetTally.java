package io.xingzhi.core.engine;

import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.Rejection;
import io.xingzhi.core.run.DatasetCounts;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The counts of one dataset in one run, as rows arrive in source order: accepted and rejected rows,
 * rejections by the kind of their reason (the first {@value Engine#REASONS_COUNTED} kinds met, the
 * others together as {@link Rejection#OTHER_REASONS}), the canonical columns its headers named, and
 * whether it was deliberately not read. The single-machine {@link Engine} and a distributed engine
 * count through it, so their reports agree. Not thread-safe.
 */
public final class DatasetTally {
    private final Dataset dataset;
    private long accepted;
    private long rejected;
    private boolean notRead;
    private final Set<String> columns = new HashSet<>();
    private final Map<String, Long> byReason = new LinkedHashMap<>();

    /** An empty tally of {@code dataset}. */
    public DatasetTally(Dataset dataset) {
        this.dataset = dataset;
    }

    /** The dataset counted. */
    public Dataset dataset() {
        return dataset;
    }

    /** Counts {@code n} accepted rows. */
    public void accepted(long n) {
        accepted += n;
    }

    /**
     * Counts a rejected row by the kind of its reason.
     *
     * @return true when it is among the first {@value Engine#REJECTIONS_KEPT} of the dataset, which
     *     the report keeps
     */
    public boolean rejected(Rejection rejection) {
        rejected++;
        String why = Rejection.category(rejection.reason());
        if (byReason.size() < Engine.REASONS_COUNTED || byReason.containsKey(why)) {
            byReason.merge(why, 1L, Long::sum);
        } else {
            byReason.merge(Rejection.OTHER_REASONS, 1L, Long::sum);
        }
        return rejected <= Engine.REJECTIONS_KEPT;
    }

    /** Notes canonical columns its headers named. */
    public void columns(Set<String> named) {
        columns.addAll(named);
    }

    /** Marks the dataset as present but not read (no running model needs it). */
    public void notRead() {
        notRead = true;
    }

    /** Rows read so far (accepted and rejected). */
    public long rows() {
        return accepted + rejected;
    }

    /** The canonical columns its headers named. */
    public Set<String> columns() {
        return Collections.unmodifiableSet(columns);
    }

    /** The counts for the report, naming the sources read. */
    public DatasetCounts counts(List<String> sources) {
        return new DatasetCounts(dataset, true, sources, accepted + rejected, accepted, rejected, notRead, byReason);
    }
}

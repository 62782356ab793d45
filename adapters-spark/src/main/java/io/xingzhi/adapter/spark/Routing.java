package io.xingzhi.adapter.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.Partitioner;

/**
 * Which partition a row belongs to. Rows are keyed by birth date ({@link
 * io.xingzhi.core.identity.IdentityResolver#birthKey}): every record resolution can put into one
 * person has the same. The one exception is an enforcement case that follows its source case number
 * to a judgment of another person; for each such case number the birth dates of its judgments and
 * of the cases naming it are joined into one group ({@code groups}: birth key → the group's key), so
 * the resolver in that partition sees every person it could choose from, as the single-machine
 * resolver does. A row without a birth key joins no person by its identity: it goes where the
 * judgments its source case number names are ({@code byCase}), else where the rows naming the same
 * identity and case number go (spread by them, so unresolved rows do not pile up in one partition, and
 * a row given twice meets its first copy, into which resolution merges it, as on one machine).
 */
final class Routing extends Partitioner implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int partitions;
    private final HashMap<Long, Long> groups;
    private final HashMap<String, Long> byCase;

    Routing(int partitions, Map<Long, Long> groups, Map<String, Long> byCase) {
        this.partitions = partitions;
        this.groups = new HashMap<>(groups);
        this.byCase = new HashMap<>(byCase);
    }

    /** The partition of a row read. */
    int partitionOf(ReadItem row) {
        if (row.birth == ReadItem.NO_BIRTH) {
            Long group = row.caseNumber == null ? null : byCase.get(row.caseNumber);
            return group != null ? spread(group) : spread(row.alike);
        }
        return spread(groups.getOrDefault(row.birth, row.birth));
    }

    private int spread(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) Math.floorMod(h ^ (h >>> 29), (long) partitions);
    }

    @Override
    public int numPartitions() {
        return partitions;
    }

    @Override
    public int getPartition(Object key) {
        return ((RowKey) key).partition();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Routing r && r.partitions == partitions && r.groups.equals(groups) && r.byCase.equals(byCase);
    }

    @Override
    public int hashCode() {
        return partitions;
    }
}

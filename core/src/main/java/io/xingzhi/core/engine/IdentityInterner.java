package io.xingzhi.core.engine;

import io.xingzhi.core.record.RecordIdentity;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * One instance per distinct identity for a run's small datasets, shared by the mapping threads:
 * the records of one person carry equal identities, made once and kept for the whole run. A
 * {@link ConcurrentHashMap} sized up front from the datasets' bytes rather than Guava's strong
 * interner, whose segments start small and are rehashed again and again as hundreds of thousands
 * of persons arrive (docs/performance-log.md).
 */
final class IdentityInterner implements UnaryOperator<RecordIdentity> {
    /** Bytes of input per distinct identity assumed when sizing (the generated sets hold about 360). */
    private static final long BYTES_PER_IDENTITY = 160;
    /** No more slots than this are made up front, whatever the input's size. */
    private static final int MOST_EXPECTED = 4_000_000;

    private final ConcurrentHashMap<RecordIdentity, RecordIdentity> identities;

    /** An interner for datasets of {@code bytes} bytes in all (0 when unknown). */
    IdentityInterner(long bytes) {
        identities = new ConcurrentHashMap<>((int) Math.min(MOST_EXPECTED, Math.max(16, bytes / BYTES_PER_IDENTITY)));
    }

    /** The first identity equal to {@code id} that was given, or {@code id} itself when it is the first. */
    @Override
    public RecordIdentity apply(RecordIdentity id) {
        RecordIdentity known = identities.get(id);
        if (known != null) {
            return known;
        }
        known = identities.putIfAbsent(id, id);
        return known == null ? id : known;
    }
}

package io.xingzhi.core.port;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One run as a {@link RunStore} keeps it.
 *
 * @param number 1 for the first run kept, then 2, 3, ...
 * @param asOf the date the run looked from
 * @param startedAt when the run started
 * @param finishedAt when it finished
 * @param parameters the parameters it used, name → value, in the run's order
 * @param leads the leads it produced
 * @param newLeads of those, how many the store had never seen
 * @param reappeared of those, how many had been marked no longer found and were found again
 * @param noLongerFound leads stored earlier that this run no longer produced and were marked so by it
 * @param rowsRead source rows read, all datasets
 * @param rowsRejected source rows rejected, all datasets
 * @param leadsByModelAndKind model → kind → leads, as the run reported them
 */
public record StoredRun(long number, LocalDate asOf, Instant startedAt, Instant finishedAt, Map<String, String> parameters,
                        long leads, long newLeads, long reappeared, long noLongerFound, long rowsRead, long rowsRejected,
                        Map<String, Map<String, Long>> leadsByModelAndKind) {
    public StoredRun {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        Map<String, Map<String, Long>> c = new LinkedHashMap<>();
        leadsByModelAndKind.forEach((k, v) -> c.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        leadsByModelAndKind = Collections.unmodifiableMap(c);
    }
}

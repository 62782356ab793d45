package io.xingzhi.core.record;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One row as an adapter read it: where it came from and its fields as header → string, exactly
 * as exported (Chinese or English headers, untrimmed values). Adapters produce raw rows; only
 * {@link RecordMapper} gives them meaning, so every source means the same thing.
 *
 * @param ref dataset, source and line
 * @param fields header → raw value, in column order
 */
public record RawRow(SourceRef ref, Map<String, String> fields) {
    public RawRow {
        Objects.requireNonNull(ref, "ref");
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public Dataset dataset() {
        return ref.dataset();
    }
}

package io.xingzhi.examples.adapter;

import io.xingzhi.core.port.RecordSource;
import io.xingzhi.core.port.RowVisitor;
import io.xingzhi.core.record.Dataset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Several record sources as one: each dataset comes from the first source, in the order given,
 * that has it. With {@code new CompositeRecordSource(fixedWidthCustody, csvFolder)} custody comes
 * from the fixed-width file and every other dataset from the CSV folder (its {@code custody.csv},
 * if any, is ignored).
 */
public final class CompositeRecordSource implements RecordSource {
    private final List<RecordSource> sources;

    /** The sources, first wins. */
    public CompositeRecordSource(RecordSource... sources) {
        this.sources = List.of(sources);
    }

    private Optional<RecordSource> owner(Dataset d) {
        return sources.stream().filter(s -> s.available().contains(d)).findFirst();
    }

    @Override
    public Set<Dataset> available() {
        Set<Dataset> all = EnumSet.noneOf(Dataset.class);
        sources.forEach(s -> all.addAll(s.available()));
        return all;
    }

    @Override
    public List<String> describe(Dataset dataset) {
        return owner(dataset).map(s -> s.describe(dataset)).orElse(List.of());
    }

    @Override
    public void read(Dataset dataset, RowVisitor visitor) {
        owner(dataset).ifPresent(s -> s.read(dataset, visitor));
    }
}

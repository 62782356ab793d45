package io.xingzhi.core.port;

import io.xingzhi.core.record.Dataset;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Several record sources as one, dataset by dataset: each dataset comes from the first source, in
 * the order given, that has it; the others' rows of that dataset are not read. With
 * {@code new CompositeRecordSource(fixedWidthCustody, csvFolder)} custody comes from the
 * fixed-width file and every other dataset from the CSV folder (its {@code custody.csv}, if any, is
 * ignored); the command line's {@code --sources} file joins database tables and HTTP feeds so.
 *
 * <p>It keeps every promise of {@link RecordSource} that its parts keep: {@link #available()} is
 * the union of theirs; {@link #describe} and {@link #read} of a dataset are those of the source that
 * provides it (nothing, for a dataset no source has); it reads nothing itself and adds no row,
 * rejection or exception of its own. It is immutable, and as safe to read from several threads as
 * its parts are.
 */
public final class CompositeRecordSource implements RecordSource {
    private final List<RecordSource> sources;

    /** The sources, first wins. */
    public CompositeRecordSource(RecordSource... sources) {
        this(List.of(sources));
    }

    /** The sources, first wins. */
    public CompositeRecordSource(List<? extends RecordSource> sources) {
        this.sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
    }

    /** The source that provides {@code dataset}: the first that has it. */
    public Optional<RecordSource> provider(Dataset dataset) {
        return sources.stream().filter(s -> s.available().contains(dataset)).findFirst();
    }

    @Override
    public Set<Dataset> available() {
        Set<Dataset> all = EnumSet.noneOf(Dataset.class);
        sources.forEach(s -> all.addAll(s.available()));
        return all;
    }

    @Override
    public List<String> describe(Dataset dataset) {
        return provider(dataset).map(s -> s.describe(dataset)).orElse(List.of());
    }

    @Override
    public void read(Dataset dataset, RowVisitor visitor) {
        Objects.requireNonNull(visitor, "visitor");
        provider(dataset).ifPresent(s -> s.read(dataset, visitor));
    }

    @Override
    public String toString() {
        return "CompositeRecordSource" + sources;
    }
}

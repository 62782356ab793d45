package io.xingzhi.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.Rejection;
import io.xingzhi.core.record.SourceRef;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompositeRecordSourceTest {

    /** One row per dataset it has, named after the source; counts its reads. */
    static final class Named implements RecordSource {
        final String name;
        final Set<Dataset> datasets;
        final List<Dataset> reads = new ArrayList<>();

        Named(String name, Dataset... datasets) {
            this.name = name;
            this.datasets = datasets.length == 0 ? EnumSet.noneOf(Dataset.class) : EnumSet.of(datasets[0], datasets);
        }

        @Override
        public Set<Dataset> available() {
            return datasets;
        }

        @Override
        public List<String> describe(Dataset d) {
            return datasets.contains(d) ? List.of(name) : List.of();
        }

        @Override
        public void read(Dataset d, RowVisitor visitor) {
            if (datasets.contains(d)) {
                reads.add(d);
                visitor.row(new RawRow(new SourceRef(d, name, 2), Map.of("姓名", name)));
                visitor.rejected(new Rejection(new SourceRef(d, name, 3), "expected 2 fields, found 1"));
            }
        }
    }

    static List<Object> read(RecordSource s, Dataset d) {
        List<Object> seen = new ArrayList<>();
        s.read(d, new RowVisitor() {
            @Override
            public void row(RawRow row) {
                seen.add(row.ref());
            }

            @Override
            public void rejected(Rejection rejection) {
                seen.add(rejection);
            }
        });
        return seen;
    }

    @Test
    void eachDatasetComesWholeFromTheFirstSourceThatHasIt() {
        Named feeds = new Named("feeds", Dataset.ACTIVITIES);
        Named tables = new Named("tables", Dataset.ACTIVITIES, Dataset.JUDGMENTS);
        CompositeRecordSource both = new CompositeRecordSource(feeds, tables);

        assertThat(both.available()).containsExactlyInAnyOrder(Dataset.ACTIVITIES, Dataset.JUDGMENTS);
        assertThat(both.describe(Dataset.ACTIVITIES)).containsExactly("feeds");
        assertThat(both.describe(Dataset.JUDGMENTS)).containsExactly("tables");
        assertThat(read(both, Dataset.ACTIVITIES)).containsExactly(new SourceRef(Dataset.ACTIVITIES, "feeds", 2),
                new Rejection(new SourceRef(Dataset.ACTIVITIES, "feeds", 3), "expected 2 fields, found 1"));
        assertThat(tables.reads).isEmpty();
        assertThat(both.provider(Dataset.JUDGMENTS)).containsSame(tables);
    }

    @Test
    void aDatasetNoSourceHasIsAbsentAndReadsNothing() {
        CompositeRecordSource both = new CompositeRecordSource(List.of(new Named("a", Dataset.CUSTODY), new Named("b")));
        assertThat(both.available()).containsExactly(Dataset.CUSTODY);
        assertThat(both.describe(Dataset.ENFORCEMENT)).isEmpty();
        assertThat(read(both, Dataset.ENFORCEMENT)).isEmpty();
        assertThat(both.provider(Dataset.ENFORCEMENT)).isEmpty();
        assertThat(new CompositeRecordSource().available()).isEmpty();
    }
}

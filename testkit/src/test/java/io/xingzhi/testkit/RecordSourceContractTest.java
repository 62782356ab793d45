package io.xingzhi.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xingzhi.core.port.RecordSource;
import io.xingzhi.core.port.RowVisitor;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.Rejection;
import io.xingzhi.core.record.SourceRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract itself: a well-behaved in-memory source passes it, and sources that break a
 * promise (trimming values, dropping broken rows, claiming datasets they lack) fail it.
 */
class RecordSourceContractTest extends RecordSourceContract {

    /** Holds rows in memory; a broken row is rejected as "2 fields missing". */
    static final class ListSource implements RecordSource {
        private final Dataset dataset;
        private final List<Row> rows;
        private final UnaryOperator<String> value;
        private final boolean dropBroken;
        private final Set<Dataset> claimed;

        ListSource(Dataset dataset, List<Row> rows, UnaryOperator<String> value, boolean dropBroken, Set<Dataset> claimed) {
            this.dataset = dataset;
            this.rows = List.copyOf(rows);
            this.value = value;
            this.dropBroken = dropBroken;
            this.claimed = claimed;
        }

        @Override
        public Set<Dataset> available() {
            return claimed;
        }

        @Override
        public List<String> describe(Dataset d) {
            return d == dataset ? List.of("memory") : List.of();
        }

        @Override
        public void read(Dataset d, RowVisitor visitor) {
            if (d != dataset) {
                return;
            }
            long line = 1;
            for (Row r : rows) {
                line++;
                SourceRef ref = new SourceRef(d, "memory", line);
                if (r.broken()) {
                    if (!dropBroken) {
                        visitor.rejected(new Rejection(ref, "2 fields missing"));
                    }
                    continue;
                }
                Map<String, String> fields = new LinkedHashMap<>();
                r.values().forEach((k, v) -> fields.put(k, value.apply(v)));
                visitor.row(new RawRow(ref, fields));
            }
        }
    }

    @Override
    protected Dataset dataset() {
        return Dataset.CUSTODY;
    }

    @Override
    protected RecordSource sourceWith(List<Row> rows) {
        return new ListSource(Dataset.CUSTODY, rows, UnaryOperator.identity(), false, Set.of(Dataset.CUSTODY));
    }

    /** Runs one contract test against a faulty source. */
    abstract static class Faulty extends RecordSourceContract {
        @Override
        protected Dataset dataset() {
            return Dataset.CUSTODY;
        }
    }

    @Nested
    class FaultySourcesFailIt {
        @Test
        void aSourceThatTrimsValuesFailsValuesArePassedRaw() {
            Faulty c = new Faulty() {
                @Override
                protected RecordSource sourceWith(List<Row> rows) {
                    return new ListSource(Dataset.CUSTODY, rows, String::strip, false, Set.of(Dataset.CUSTODY));
                }
            };
            assertThatThrownBy(c::valuesArePassedRaw).isInstanceOf(AssertionError.class);
        }

        @Test
        void aSourceThatDropsBrokenRowsFailsTheOneRowPerLineRule() {
            Faulty c = new Faulty() {
                @Override
                protected RecordSource sourceWith(List<Row> rows) {
                    return new ListSource(Dataset.CUSTODY, rows, UnaryOperator.identity(), true, Set.of(Dataset.CUSTODY));
                }
            };
            assertThatThrownBy(c::everyPhysicalRowEndsInExactlyOneRowOrRejectionInSourceOrder).isInstanceOf(AssertionError.class);
            assertThatThrownBy(c::aBrokenRowDoesNotStopTheRestAndItsReasonHoldsNoIdentityNumber)
                    .isInstanceOf(AssertionError.class);
        }

        @Test
        void aSourceThatClaimsADatasetItLacksFailsAvailable() {
            Faulty c = new Faulty() {
                @Override
                protected RecordSource sourceWith(List<Row> rows) {
                    return new ListSource(Dataset.CUSTODY, rows, UnaryOperator.identity(), false,
                            Set.of(Dataset.CUSTODY, Dataset.JUDGMENTS));
                }
            };
            assertThatThrownBy(c::availableListsTheDatasetItHasAndNoOther).isInstanceOf(AssertionError.class);
            assertThatCode(c::readingTwiceGivesTheSameRows).doesNotThrowAnyException();
        }
    }
}

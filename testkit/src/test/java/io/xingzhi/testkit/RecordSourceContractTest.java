package io.xingzhi.testkit;

import static org.assertj.core.api.Assertions.assertThat;
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
 * promise (trimming values, dropping broken rows, giving up at a stray quote, claiming datasets they
 * lack, excusing damage they do not read as rows) fail it.
 */
class RecordSourceContractTest extends RecordSourceContract {

    /** Holds rows in memory; a damaged row is rejected as "row damaged: KIND". */
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
                if (r.damage() != Damage.NONE) {
                    if (!dropBroken) {
                        visitor.rejected(new Rejection(ref, "row damaged: " + r.damage()));
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

    /**
     * Reads a stray quote the way HttpRecordSource once did: the rest of the export after it is
     * one rejection ("the rest of the page is skipped"), its rows lost uncounted.
     */
    static final class GivesUpAtAStrayQuote implements RecordSource {
        private final List<Row> rows;

        GivesUpAtAStrayQuote(List<Row> rows) {
            this.rows = List.copyOf(rows);
        }

        @Override
        public Set<Dataset> available() {
            return Set.of(Dataset.CUSTODY);
        }

        @Override
        public List<String> describe(Dataset d) {
            return d == Dataset.CUSTODY ? List.of("page") : List.of();
        }

        @Override
        public void read(Dataset d, RowVisitor visitor) {
            if (d != Dataset.CUSTODY) {
                return;
            }
            long line = 1;
            for (Row r : rows) {
                line++;
                SourceRef ref = new SourceRef(d, "page", line);
                if (r.damage() == Damage.STRAY_QUOTE) {
                    visitor.rejected(new Rejection(ref, "broken CSV; the rest of the page is skipped"));
                    return;
                }
                if (r.damage() != Damage.NONE) {
                    visitor.rejected(new Rejection(ref, "row damaged"));
                    continue;
                }
                visitor.row(new RawRow(ref, r.values()));
            }
        }
    }

    /** A source that claims every damage reads as a row, though it rejects them. */
    static final class ExcusesWithoutReason extends RecordSourceContract {
        @Override
        protected Dataset dataset() {
            return Dataset.CUSTODY;
        }

        @Override
        protected RecordSource sourceWith(List<Row> rows) {
            return new ListSource(Dataset.CUSTODY, rows, UnaryOperator.identity(), false, Set.of(Dataset.CUSTODY));
        }

        @Override
        protected java.util.Optional<String> readsAsARow(Damage damage) {
            return java.util.Optional.of("(no reason)");
        }
    }

    @Test
    void theStandardWritersWriteEachDamageAsTheFormatBreaks() {
        List<Row> rows = List.of(good(1), damaged(2, Damage.SHORT_ROW), damaged(3, Damage.LONG_ROW),
                damaged(4, Damage.STRAY_QUOTE), damaged(5, Damage.BAD_BYTES));
        String[] csv = new String(csv(rows, java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.UTF_8)
                .split("\r\n");
        int columns = fields().size();
        assertThat(csv[0].split(",")).hasSize(columns).startsWith("姓名", "身份证号");
        assertThat(csv[1].split(",")).hasSize(columns);
        assertThat(csv[2].split(",")).hasSize(columns - 1);
        assertThat(csv[3].split(",")).hasSize(columns + 1).endsWith("多余");
        assertThat(csv[4]).startsWith("\"张三4,");
        assertThat(csv[5]).startsWith("张三5\uFFFD,");
        byte[] bytes = csv(List.of(damaged(5, Damage.BAD_BYTES)), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(bytes).contains(BAD_BYTE);
        assertThat(new String(jsonLines(List.of(good(1), damaged(2, Damage.STRAY_QUOTE)), java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.UTF_8)).startsWith("{\"姓名\":\"张三1\",").contains("{\"姓名\":\"\"张三2\",");
    }

    @Nested
    class FaultySourcesFailIt {
        @Test
        void aSourceThatGivesUpAtAStrayQuoteFailsTheStrayQuoteRule() {
            Faulty c = new Faulty() {
                @Override
                protected RecordSource sourceWith(List<Row> rows) {
                    return new GivesUpAtAStrayQuote(rows);
                }
            };
            assertThatThrownBy(c::aStrayQuoteCostsItsOwnRowOnly).isInstanceOf(AssertionError.class);
            assertThatCode(c::aShortRowCostsItsOwnRowOnly).doesNotThrowAnyException();
        }

        @Test
        void aSourceThatClaimsItReadsDamagedRowsAsRowsButRejectsThemFails() {
            ExcusesWithoutReason c = new ExcusesWithoutReason();
            assertThatThrownBy(c::aByteTheEncodingCannotDecodeCostsItsOwnRowOnly).isInstanceOf(AssertionError.class);
        }

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

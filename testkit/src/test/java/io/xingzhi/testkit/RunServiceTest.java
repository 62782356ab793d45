package io.xingzhi.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xingzhi.core.app.RunOutcome;
import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.app.RunService;
import io.xingzhi.core.lead.LeadIdKey;
import io.xingzhi.core.port.RunJob;
import io.xingzhi.core.port.RecordSource;
import io.xingzhi.core.port.RowVisitor;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.HeaderAliases;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.SourceRef;
import io.xingzhi.core.run.RunResult;
import io.xingzhi.core.supervision.Parameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Core's run service: one engine from the given inputs; outputs, then the store. */
class RunServiceTest {
    static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);

    /** One judgment whose effective date is under a header only an alias names. */
    static final RecordSource JUDGMENT = new RecordSource() {
        @Override
        public Set<Dataset> available() {
            return Set.of(Dataset.JUDGMENTS);
        }

        @Override
        public List<String> describe(Dataset dataset) {
            return List.of("memory");
        }

        @Override
        public void read(Dataset dataset, RowVisitor visitor) {
            if (dataset == Dataset.JUDGMENTS) {
                visitor.row(new RawRow(new SourceRef(dataset, "memory", 2), Map.of("name", "张三", "birth_date",
                        "1980-01-01", "case_number", "(2024)辽0682刑初1号", "裁判生效日期X", "2024-01-10",
                        "principal_penalty", "有期徒刑", "term_months", "36")));
            }
        }
    };

    @Test
    void aRunIsHandedToEachOutputInOrderThenKeptAndReturnedAsStored() {
        InMemoryLeadStore store = new InMemoryLeadStore();
        List<String> seen = new ArrayList<>();
        RunService runs = RunService.builder(JUDGMENT).store(store)
                .output(r -> seen.add("first " + store.runs().size()))
                .output(r -> seen.add("second " + store.runs().size()))
                .build();

        RunOutcome o = runs.run(AS_OF);

        assertThat(seen).containsExactly("first 0", "second 0");
        assertThat(o.stored()).hasValueSatisfying(s -> {
            assertThat(s.number()).isEqualTo(1);
            assertThat(s.asOf()).isEqualTo(AS_OF);
            assertThat(s.rowsRead()).isEqualTo(1);
        });
        assertThat(store.runs()).hasSize(1);
        assertThat(runs.run(AS_OF).stored().orElseThrow().number()).isEqualTo(2);
    }

    @Test
    void theParametersAndHeaderAliasesGivenAreTheOnesTheRunUses() {
        RunResult plain = RunService.builder(JUDGMENT).build().run(AS_OF).result();
        RunResult configured = RunService.builder(JUDGMENT).parameters(Parameters.defaults().withBoundaryDays(5))
                .aliases(HeaderAliases.withExtra(Map.of(Dataset.JUDGMENTS, Map.of("effective_date", List.of("裁判生效日期X")))))
                .build().run(AS_OF).result();

        assertThat(plain.report().parameters()).containsEntry("boundary_days", "2");
        assertThat(plain.report().datasets().get(Dataset.JUDGMENTS).rejected()).isEqualTo(1);
        assertThat(configured.report().parameters()).containsEntry("boundary_days", "5");
        assertThat(configured.report().datasets().get(Dataset.JUDGMENTS).rejected()).isZero();
    }

    @Test
    void withoutAStoreNothingIsKeptAndAnUnknownModelIsRefusedBeforeAnythingIsRead() {
        RecordSource unreadable = new RecordSource() {
            @Override
            public Set<Dataset> available() {
                throw new AssertionError("read");
            }

            @Override
            public List<String> describe(Dataset dataset) {
                return List.of();
            }

            @Override
            public void read(Dataset dataset, RowVisitor visitor) {
                throw new AssertionError("read");
            }
        };
        RunService runs = RunService.builder(unreadable).build();

        assertThatThrownBy(() -> runs.run(AS_OF, List.of("custody"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("custody-transfer");
        assertThat(RunService.builder(JUDGMENT).build().run(AS_OF, List.of("custody-transfer")).stored()).isEmpty();
    }

    @Test
    void withAStoreRunsUseTheStoresKeyWhichKeepsTheOfferedOneOnlyWhenItHasNone() {
        InMemoryLeadStore store = new InMemoryLeadStore();
        LeadIdKey offered = LeadIdKey.generate();

        RunService first = RunService.builder(JUDGMENT).store(store).leadIdKey(() -> offered).build();
        RunService second = RunService.builder(JUDGMENT).store(store).leadIdKey(LeadIdKey::generate).build();

        assertThat(first.leadIdKey()).isEqualTo(offered);
        assertThat(second.leadIdKey()).isEqualTo(offered);
        assertThat(store.leadIdKey(LeadIdKey::generate)).isEqualTo(offered);
    }

    @Test
    void withoutAStoreRunsUseTheOfferedKeyOrElseTheProcesssOwn() {
        LeadIdKey offered = LeadIdKey.generate();

        assertThat(RunService.builder(JUDGMENT).leadIdKey(() -> offered).build().leadIdKey()).isEqualTo(offered);
        assertThat(RunService.builder(JUDGMENT).build().leadIdKey()).isEqualTo(LeadIdKey.ofThisProcess());
    }

    @Test
    void aRunIsRecordedBeforeItReadsAnythingAndFinishedWithTheRunItKept() {
        InMemoryLeadStore store = new InMemoryLeadStore();
        List<RunJob.State> seenWhileReading = new ArrayList<>();
        RecordSource watching = new RecordSource() {
            @Override
            public Set<Dataset> available() {
                store.runJobs().forEach(j -> seenWhileReading.add(j.state()));
                return JUDGMENT.available();
            }

            @Override
            public List<String> describe(Dataset dataset) {
                return JUDGMENT.describe(dataset);
            }

            @Override
            public void read(Dataset dataset, RowVisitor visitor) {
                JUDGMENT.read(dataset, visitor);
            }
        };
        RunService runs = RunService.builder(watching).store(store).build();

        RunService.StartedRun started = runs.start(AS_OF, List.of(), "ops");
        RunOutcome o = started.execute();

        assertThat(started.job()).hasValueSatisfying(j -> assertThat(j.state()).isEqualTo(RunJob.State.RUNNING));
        assertThat(seenWhileReading).containsExactly(RunJob.State.RUNNING);
        RunJob done = store.runJob(started.job().orElseThrow().number()).orElseThrow();
        assertThat(done.state()).isEqualTo(RunJob.State.FINISHED);
        assertThat(done.requestedBy()).isEqualTo("ops");
        assertThat(done.runNumber()).isEqualTo(o.stored().map(s -> s.number()));
        assertThatThrownBy(started::execute).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFailedRunIsRecordedFailedWithItsReasonIdentityNumbersMasked() {
        InMemoryLeadStore store = new InMemoryLeadStore();
        RecordSource broken = new RecordSource() {
            @Override
            public Set<Dataset> available() {
                return Set.of(Dataset.JUDGMENTS);
            }

            @Override
            public List<String> describe(Dataset dataset) {
                return List.of("judgments.csv");
            }

            @Override
            public void read(Dataset dataset, RowVisitor visitor) {
                throw new XingzhiException("judgments.csv line 3 names 210682199908110777 twice");
            }
        };
        RunService runs = RunService.builder(broken).store(store).build();

        assertThatThrownBy(() -> runs.run(AS_OF)).isInstanceOf(XingzhiException.class);

        RunJob failed = store.runJobs().get(0);
        assertThat(failed.state()).isEqualTo(RunJob.State.FAILED);
        assertThat(failed.error()).hasValueSatisfying(e -> assertThat(e).contains("judgments.csv line 3")
                .contains("210682********0777").doesNotContain("210682199908110777"));
        assertThat(store.runs()).isEmpty();
    }
}

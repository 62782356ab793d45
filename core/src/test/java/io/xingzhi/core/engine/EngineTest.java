package io.xingzhi.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xingzhi.core.identity.Person;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.port.RecordSource;
import io.xingzhi.core.port.RowVisitor;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.Rejection;
import io.xingzhi.core.record.SourceRef;
import io.xingzhi.core.run.DatasetCounts;
import io.xingzhi.core.run.RunResult;
import io.xingzhi.core.supervision.LeadBuilder;
import io.xingzhi.core.supervision.LeadCollector;
import io.xingzhi.core.supervision.ModelContext;
import io.xingzhi.core.supervision.SupervisionModel;
import io.xingzhi.core.value.IdNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EngineTest {
    private static final String BODY = "21068219800101123";
    private static final String ID = BODY + IdNumber.checkCharacter(BODY);

    /** Rows given in code; a "broken" row is reported as an adapter-level rejection. */
    static class ListSource implements RecordSource {
        final Map<Dataset, List<Map<String, String>>> rows = new EnumMap<>(Dataset.class);

        ListSource add(Dataset d, String... kv) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < kv.length; i += 2) {
                m.put(kv[i], kv[i + 1]);
            }
            rows.computeIfAbsent(d, k -> new ArrayList<>()).add(m);
            return this;
        }

        @Override
        public Set<Dataset> available() {
            return rows.keySet();
        }

        @Override
        public List<String> describe(Dataset d) {
            return List.of(d.fileStem() + ".mem");
        }

        @Override
        public void read(Dataset d, RowVisitor v) {
            long line = 1;
            for (Map<String, String> m : rows.getOrDefault(d, List.of())) {
                line++;
                SourceRef ref = new SourceRef(d, d.fileStem() + ".mem", line);
                if (m.containsKey("broken")) {
                    v.rejected(new Rejection(ref, "expected 5 fields, found 3"));
                } else {
                    v.row(new RawRow(ref, m));
                }
            }
        }
    }

    private ListSource source() {
        return new ListSource()
                .add(Dataset.JUDGMENTS, "案号", "(2024)辽0682刑初1号", "姓名", "张三", "身份证号", ID, "生效日期", "2024-01-10",
                        "判决结果", "判处有期徒刑三年")
                .add(Dataset.JUDGMENTS, "案号", "(2024)辽0682刑初2号", "姓名", "李四", "身份证号", "", "生效日期", "2024-13-10")
                .add(Dataset.JUDGMENTS, "broken", "x")
                .add(Dataset.CUSTODY, "姓名", "张三", "身份证号", ID, "入所日期", "2023-10-01", "收到执行通知书日期", "2024-01-20")
                .add(Dataset.ACTIVITIES, "name", "张三", "id_number", ID, "occurred_on", "2024-05-01", "venue_type", "酒吧");
    }

    @Test
    void countsAddUpPerDatasetAndRejectionsCarryTheirReasons() {
        RunResult r = Engine.builder().source(source()).build().run(LocalDate.parse("2024-10-01"));
        DatasetCounts j = r.report().datasets().get(Dataset.JUDGMENTS);
        assertThat(j.read()).isEqualTo(3);
        assertThat(j.accepted()).isEqualTo(1);
        assertThat(j.rejected()).isEqualTo(2);
        assertThat(r.report().rejections()).extracting(Rejection::reason)
                .anySatisfy(s -> assertThat(s).contains("effective_date"))
                .anySatisfy(s -> assertThat(s).contains("expected 5 fields"));
        assertThat(r.report().datasets().get(Dataset.ENFORCEMENT).present()).isFalse();
    }

    @Test
    void aLeadNamesThePersonsNumberEvenWhenTheJudgmentThatOpenedThePersonCarriedNone() {
        // the judgment (read first) has no number but the name and the number's birth date; the custody stay has the number
        ListSource s = new ListSource()
                .add(Dataset.JUDGMENTS, "案号", "(2024)辽0682刑初1号", "姓名", "张三", "身份证号", "", "出生日期", "1980-01-01",
                        "生效日期", "2024-01-10", "判决结果", "判处有期徒刑三年")
                .add(Dataset.CUSTODY, "姓名", "张三", "身份证号", ID, "入所日期", "2023-10-01", "收到执行通知书日期", "2024-01-20");

        RunResult r = Engine.builder().source(s).build().run(LocalDate.parse("2024-10-01"));

        assertThat(r.leads()).isNotEmpty().allSatisfy(l -> {
            assertThat(l.idText()).isEqualTo(ID);
            assertThat(l.linkedBy()).isEqualTo(io.xingzhi.core.identity.LinkedBy.NAME_BIRTH_DATE);
        });
        assertThat(r.report().identity().persons()).isEqualTo(1);
    }

    @Test
    void aMissingModelIsRefusedWhereItIsAddedNamingWhatIsMissing() {
        // it was accepted and failed later, in build() or run(), as a NullPointerException saying "null"
        assertThatThrownBy(() -> Engine.builder().addModel(null)).isInstanceOf(NullPointerException.class).hasMessage("model");
        List<SupervisionModel> withANull = new ArrayList<>();
        withANull.add(null);
        assertThatThrownBy(() -> Engine.builder().models(withANull)).isInstanceOf(NullPointerException.class).hasMessage("model");
    }

    @Test
    void aModelThatThrowsEndsTheRunNamingTheModelAndWhereButNotItsMessageWhichMayQuoteAPerson() {
        IllegalStateException boom = new IllegalStateException("boom for 张三 " + ID);
        SupervisionModel failing = new Recorder() {
            @Override
            public String name() {
                return "county-extra";
            }

            @Override
            public void assess(Person person, ModelContext context, LeadCollector out) {
                throw boom;
            }
        };
        Engine engine = Engine.builder().source(source()).models(List.of(failing)).build();

        assertThatThrownBy(() -> engine.run(LocalDate.parse("2024-10-01"))).isInstanceOf(ModelFailedException.class)
                .hasMessageContaining("county-extra").hasMessageContaining("java.lang.IllegalStateException at ")
                .hasMessageNotContaining("张三").hasMessageNotContaining(ID).hasCause(boom)
                .satisfies(e -> assertThat(((ModelFailedException) e).chineseMessage()).hasValueSatisfying(m ->
                        assertThat(m).contains("county-extra").doesNotContain("张三").doesNotContain(ID)));
    }

    @Test
    void modelsMissingARequiredDatasetAreSkippedWithTheReason() {
        RunResult r = Engine.builder().source(source()).build().run(LocalDate.parse("2024-10-01"));
        assertThat(r.report().skippedModels()).containsKeys("political-rights", "property-penalty", "prohibition-order");
        assertThat(r.report().skippedModels().get("property-penalty")).contains("enforcement");
    }

    @Test
    void aStreamedDatasetNoSelectedModelNeedsIsMarkedNotReadRatherThanCountedAsEmpty() {
        RunResult r = Engine.builder().source(source()).build().run(LocalDate.parse("2024-10-01"));
        DatasetCounts a = r.report().datasets().get(Dataset.ACTIVITIES);
        assertThat(a.present()).isTrue();
        assertThat(a.notRead()).isTrue();
        assertThat(r.report().datasets().get(Dataset.JUDGMENTS).notRead()).isFalse();
        assertThat(r.report().skippedModels()).doesNotContainKey("(activities)");
    }

    @Test
    void findsTheCustodyLeadAndReportsItPerKind() {
        RunResult r = Engine.builder().source(source()).build().run(LocalDate.parse("2024-10-01"));
        assertThat(r.leads()).extracting(Lead::kindCode).containsExactly("NOT_TRANSFERRED");
        assertThat(r.leads().get(0).idText()).isEqualTo(ID);
        assertThat(r.report().leadsByModelAndKind().get("custody-transfer")).containsEntry("NOT_TRANSFERRED", 1L)
                .containsEntry("LATE_TRANSFER", 0L);
    }

    @Test
    void unknownModelNameIsRefusedWithTheKnownNames() {
        Engine e = Engine.builder().source(source()).build();
        assertThatThrownBy(() -> e.run(LocalDate.parse("2024-10-01"), List.of("custody"), io.xingzhi.core.supervision.Parameters.defaults()))
                .hasMessageContaining("unknown model \"custody\"").hasMessageContaining("custody-transfer");
    }

    /** An integrator's model, added without touching the engine: a judgment still unserved a year later. */
    static final class StaleJudgmentModel implements SupervisionModel {
        @Override
        public String name() {
            return "stale-judgment";
        }

        static final io.xingzhi.core.lead.LeadKind OLD_JUDGMENT = io.xingzhi.core.lead.LeadKind.of("stale-judgment",
                "生效裁判久未执行", "OLD_JUDGMENT", "裁判久未执行").withAgency("法院");

        @Override
        public List<io.xingzhi.core.lead.LeadKind> kinds() {
            return List.of(OLD_JUDGMENT);
        }

        @Override
        public Set<Dataset> requires() {
            return Set.of(Dataset.JUDGMENTS);
        }

        @Override
        public void assess(Person p, ModelContext ctx, LeadCollector out) {
            p.judgments().stream().filter(j -> j.effectiveDate().plusMonths(6).isBefore(ctx.asOf()))
                    .forEach(j -> out.add(LeadBuilder.lead(OLD_JUDGMENT, p).caseNumber(j.caseText())
                            .summary("测试").evidence(j, "生效裁判").build()));
        }
    }

    @Test
    void anIntegratorsModelRunsBesideTheStandardOnes() {
        RunResult r = Engine.builder().source(source()).addModel(new StaleJudgmentModel()).build()
                .run(LocalDate.parse("2024-10-01"));
        assertThat(r.leads()).extracting(Lead::model).contains("stale-judgment", "custody-transfer");
        assertThat(r.report().leadsByModelAndKind().get("stale-judgment")).containsEntry("OLD_JUDGMENT", 1L);
    }

    @Test
    void progressIsReportedWhileReading() {
        List<Long> seen = new ArrayList<>();
        Engine.builder().source(source()).progress((d, rows, nanos) -> seen.add(rows), 1).build().run(LocalDate.parse("2024-10-01"));
        assertThat(seen).isNotEmpty();
    }

    /** A model that watches every activity of every person and records the line numbers it saw (of business roles too, if handed any). */
    static class Recorder implements SupervisionModel {
        final List<Long> lines = new ArrayList<>();
        final List<Long> roles = new ArrayList<>();

        @Override
        public String name() {
            return "recorder";
        }

        @Override
        public List<io.xingzhi.core.lead.LeadKind> kinds() {
            return List.of();
        }

        @Override
        public Set<Dataset> requires() {
            return Set.of(Dataset.JUDGMENTS);
        }

        @Override
        public Set<Dataset> streams() {
            return Set.of(Dataset.ACTIVITIES);
        }

        @Override
        public void assess(Person p, ModelContext ctx, LeadCollector out) {
        }

        @Override
        public java.util.Optional<io.xingzhi.core.supervision.StreamWatch> watch(Person p, ModelContext ctx) {
            return java.util.Optional.of(new io.xingzhi.core.supervision.StreamWatch() {
                @Override
                public void onActivity(io.xingzhi.core.record.Activity a, LeadCollector out) {
                    lines.add(a.ref().line());
                }

                @Override
                public void onBusinessRole(io.xingzhi.core.record.BusinessRole r, LeadCollector out) {
                    roles.add(r.ref().line());
                }
            });
        }
    }

    private ListSource manyActivities(int n) {
        ListSource s = new ListSource().add(Dataset.JUDGMENTS, "姓名", "张三", "身份证号", ID, "生效日期", "2024-01-10",
                "主刑", "有期徒刑", "刑期", "36");
        for (int i = 0; i < n; i++) {
            if (i % 1000 == 999) {
                s.add(Dataset.ACTIVITIES, "broken", "x");
            } else {
                s.add(Dataset.ACTIVITIES, "name", "张三", "id_number", ID, "occurred_on", "2024-05-01");
            }
        }
        return s;
    }

    @Test
    void streamedRowsReachTheWatchesInSourceOrderAndAllAreCounted() {
        Recorder recorder = new Recorder();
        RunResult r = Engine.builder().source(manyActivities(10_000)).models(List.of(recorder)).build()
                .run(LocalDate.parse("2024-10-01"));
        assertThat(recorder.lines).hasSize(9_990).isSorted();
        DatasetCounts a = r.report().datasets().get(Dataset.ACTIVITIES);
        assertThat(a.read()).isEqualTo(10_000);
        assertThat(a.rejected()).isEqualTo(10);
    }

    /** A model that streams business registrations only, with a watch that would also take activities. */
    static class RegistrationsOnly extends Recorder {
        @Override
        public String name() {
            return "registrations-only";
        }

        @Override
        public Set<Dataset> streams() {
            return Set.of(Dataset.BUSINESS_REGISTRATIONS);
        }
    }

    @Test
    void aWatchIsHandedOnlyTheRecordsOfTheDatasetsItsModelStreams() {
        Recorder activities = new Recorder();
        RegistrationsOnly registrations = new RegistrationsOnly();
        ListSource s = manyActivities(50).add(Dataset.BUSINESS_REGISTRATIONS, "name", "张三", "id_number", ID,
                "enterprise", "某某商贸有限公司", "role", "法定代表人");
        RunResult r = Engine.builder().source(s).models(List.of(activities, registrations)).build()
                .run(LocalDate.parse("2024-10-01"));
        assertThat(activities.lines).hasSize(50);
        assertThat(registrations.lines).as("activities never reach a watch whose model streams none").isEmpty();
        assertThat(registrations.roles).hasSize(1);
        assertThat(r.report().datasets().get(Dataset.ACTIVITIES).read()).isEqualTo(50);
    }

    @Test
    void aSourceFailingWhileStreamingFailsTheRunNamingTheDataset() {
        ListSource failing = new ListSource() {
            @Override
            public void read(Dataset d, RowVisitor v) {
                if (d != Dataset.ACTIVITIES) {
                    super.read(d, v);
                    return;
                }
                for (int i = 2; i < 6000; i++) {
                    v.row(new RawRow(new SourceRef(d, "activities.mem", i),
                            Map.of("name", "张三", "id_number", ID, "occurred_on", "2024-05-01")));
                }
                throw new io.xingzhi.core.XingzhiException("activities.mem: disk gone at line 6000");
            }
        };
        failing.add(Dataset.JUDGMENTS, "姓名", "张三", "身份证号", ID, "生效日期", "2024-01-10",
                "主刑", "有期徒刑", "刑期", "36");
        failing.add(Dataset.ACTIVITIES, "name", "张三");
        Engine e = Engine.builder().source(failing).models(List.of(new Recorder())).build();
        assertThatThrownBy(() -> e.run(LocalDate.parse("2024-10-01"))).hasMessageContaining("line 6000");
    }

    @Test
    void aModelFailingWhileStreamingStopsTheReaderAndFailsTheRun() {
        SupervisionModel broken = new Recorder() {
            @Override
            public java.util.Optional<io.xingzhi.core.supervision.StreamWatch> watch(Person p, ModelContext ctx) {
                return java.util.Optional.of(new io.xingzhi.core.supervision.StreamWatch() {
                    @Override
                    public void onActivity(io.xingzhi.core.record.Activity a, LeadCollector out) {
                        throw new IllegalStateException("model bug");
                    }
                });
            }
        };
        Engine e = Engine.builder().source(manyActivities(50_000)).models(List.of(broken)).build();
        // the model's own message is the cause's, not shown in the run's (ModelFailedException)
        assertThatThrownBy(() -> e.run(LocalDate.parse("2024-10-01"))).isInstanceOf(ModelFailedException.class)
                .hasMessageContaining("watch").hasRootCauseMessage("model bug");
    }
}

package io.xingzhi.testkit;

import static io.xingzhi.testkit.SampleLeads.full;
import static io.xingzhi.testkit.SampleLeads.lead;
import static io.xingzhi.testkit.SampleLeads.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xingzhi.core.app.Actor;
import io.xingzhi.core.app.DocumentSettings;
import io.xingzhi.core.app.ReviewService;
import io.xingzhi.core.identity.LinkedBy;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.lead.Evidence;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.lead.LeadIdKey;
import io.xingzhi.core.lead.LeadKind;
import io.xingzhi.core.lead.PossibleMatch;
import io.xingzhi.core.port.AuditEntry;
import io.xingzhi.core.port.ConcurrentReviewException;
import io.xingzhi.core.port.LeadFilter;
import io.xingzhi.core.port.LeadStore;
import io.xingzhi.core.port.RunChanges;
import io.xingzhi.core.port.RunJob;
import io.xingzhi.core.port.StoredDocument;
import io.xingzhi.core.port.StoredLead;
import io.xingzhi.core.port.StoredRun;
import io.xingzhi.core.port.UnknownLeadException;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.SourceRef;
import io.xingzhi.core.review.DismissReason;
import io.xingzhi.core.review.IllegalTransitionException;
import io.xingzhi.core.review.ReviewAction;
import io.xingzhi.core.review.ReviewActionType;
import io.xingzhi.core.review.ReviewEvent;
import io.xingzhi.core.review.ReviewState;
import io.xingzhi.core.value.IdNumber;
import io.xingzhi.core.value.Parsed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The promises of the store ports - {@link io.xingzhi.core.port.RunStore},
 * {@link io.xingzhi.core.port.LeadRepository}, {@link io.xingzhi.core.port.DocumentStore},
 * {@link io.xingzhi.core.port.AuditLog}, together a {@link LeadStore} - as tests. An adapter's test
 * class extends this and returns a fresh, empty store from {@link #newStore()}; every test here then
 * runs against it. Most tests use the ports directly; those headed "the core workflow over this
 * store" drive core's {@link ReviewService} over the store, as every door does, to show that the
 * store's atomic compare-and-set is enough for the workflow (one winner of a race, nothing written
 * on a refusal). Leads carry no identity number except in
 * {@link #leadWithAnIdentityNumberRoundTrips()}.
 */
public abstract class LeadStoreContract {
    /** A text that would break any SQL built by concatenation. */
    public static final String INJECTION = "'; DROP TABLE leads; --";

    private static final LocalDate JAN = LocalDate.of(2024, 1, 31);
    private static final LocalDate FEB = LocalDate.of(2024, 2, 29);
    private static final LocalDate MAR = LocalDate.of(2024, 3, 31);
    private static final Instant T0 = Instant.parse("2024-04-01T01:00:00Z");

    private static final Actor ZHANG = new Actor("张检察官", "contract");
    private static final Actor LI = new Actor("李检察官", "contract");

    /** The store under test. */
    protected LeadStore store;
    /** Core's review service over {@link #store}. */
    protected ReviewService reviews;

    /** A new, empty store; called before every test. */
    protected abstract LeadStore newStore();

    @BeforeEach
    protected void openEmptyStore() {
        store = newStore();
        reviews = new ReviewService(store, store, store, DocumentSettings.defaults(), Clock.fixed(T0, ZoneOffset.UTC));
    }

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    private StoredLead stored(String id) {
        return store.lead(id).orElseThrow(() -> new AssertionError("store lost lead " + id));
    }

    private ReviewEvent act(String id, ReviewAction action) {
        return reviews.review(id, stored(id).version(), action, "", ZHANG).event();
    }

    // ---- runs and merging by lead id -------------------------------------------------------

    @Test
    public void firstRunIsNumberedOneAndAddsEveryLeadAsNew() {
        long n = store.saveRun(run(JAN, lead("XZ-a"), lead("XZ-b")));

        assertThat(n).isEqualTo(1);
        assertThat(store.count(LeadFilter.all())).isEqualTo(2);
        assertThat(store.leads(LeadFilter.all())).allSatisfy(l -> {
            assertThat(l.state()).isEqualTo(ReviewState.NEW);
            assertThat(l.version()).isZero();
            assertThat(l.firstSeenRun()).isEqualTo(1);
            assertThat(l.lastSeenRun()).isEqualTo(1);
            assertThat(l.noLongerFoundInRun()).isEmpty();
            assertThat(l.replyDeadline()).isEmpty();
        });
    }

    @Test
    public void runsAreNumberedInOrderAndKeepAsOfTimesParametersAndCounts() {
        store.saveRun(run(JAN, Map.of("custody.transfer_days", "30", "boundary_days", "3"), lead("XZ-a"), lead("XZ-b")));
        store.saveRun(run(FEB, lead("XZ-b"), lead("XZ-c"),
                lead("XZ-d", "political-rights", "NOT_SUPERVISED", "城关派出所")));

        List<StoredRun> runs = store.runs();
        assertThat(runs).extracting(StoredRun::number).containsExactly(1L, 2L);
        StoredRun first = runs.get(0);
        assertThat(first.asOf()).isEqualTo(JAN);
        assertThat(first.startedAt()).isEqualTo(run(JAN).report().startedAt());
        assertThat(first.finishedAt()).isEqualTo(run(JAN).report().finishedAt());
        assertThat(first.parameters()).containsExactlyInAnyOrderEntriesOf(
                Map.of("custody.transfer_days", "30", "boundary_days", "3"));
        assertThat(first.rowsRead()).isEqualTo(200);
        assertThat(first.rowsRejected()).isEqualTo(3);
        StoredRun second = runs.get(1);
        assertThat(second.leads()).isEqualTo(3);
        assertThat(second.newLeads()).isEqualTo(2);
        assertThat(second.noLongerFound()).isEqualTo(1);
        assertThat(second.reappeared()).isZero();
        assertThat(second.leadsByModelAndKind()).isEqualTo(Map.of(
                "custody-transfer", Map.of("LATE_TRANSFER", 2L), "political-rights", Map.of("NOT_SUPERVISED", 1L)));
    }

    @Test
    public void savingTheSameRunTwiceKeepsTheLeadCountAndTheReviewState() {
        var result = run(JAN, lead("XZ-a"), lead("XZ-b"), lead("XZ-c"));
        store.saveRun(result);
        act("XZ-a", ReviewAction.verify());
        act("XZ-a", ReviewAction.confirm());
        act("XZ-b", ReviewAction.verify());

        long second = store.saveRun(result);

        assertThat(second).isEqualTo(2);
        assertThat(store.count(LeadFilter.all())).isEqualTo(3);
        assertThat(stored("XZ-a").state()).isEqualTo(ReviewState.CONFIRMED);
        assertThat(stored("XZ-a").version()).isEqualTo(2);
        assertThat(stored("XZ-b").state()).isEqualTo(ReviewState.VERIFYING);
        assertThat(stored("XZ-c").state()).isEqualTo(ReviewState.NEW);
        assertThat(store.history("XZ-a")).hasSize(2);
        assertThat(store.runs().get(1).newLeads()).isZero();
        assertThat(store.runs().get(1).noLongerFound()).isZero();
        assertThat(store.leads(LeadFilter.all())).allSatisfy(l -> {
            assertThat(l.firstSeenRun()).isEqualTo(1);
            assertThat(l.lastSeenRun()).isEqualTo(2);
            assertThat(l.stillFound()).isTrue();
        });
    }

    @Test
    public void knownLeadTakesTheFieldsOfTheLatestRunButKeepsItsReview() {
        store.saveRun(run(JAN, lead("XZ-a")));
        act("XZ-a", ReviewAction.verify());
        Lead moved = new Lead("XZ-a", SampleLeads.kind("custody-transfer", "LATE_TRANSFER"), Optional.empty(), "张三",
                "(2024)辽0682刑初123号", "丹东市看守所", "", Optional.of(LocalDate.of(2024, 3, 10)), "新的摘要",
                List.of("刑事诉讼法第264条第2款"),
                List.of(new Evidence(new SourceRef(Dataset.CUSTODY, "custody-2024-02.csv", 99), "看守所羁押记录")),
                LinkedBy.NAME_BIRTH_DATE, false, true, DocumentType.CORRECTION_NOTICE, Map.of(), List.of());

        store.saveRun(run(FEB, moved));

        StoredLead s = stored("XZ-a");
        assertThat(s.lead()).isEqualTo(moved);
        assertThat(s.state()).isEqualTo(ReviewState.VERIFYING);
        assertThat(s.version()).isEqualTo(1);
        assertThat(s.firstSeenRun()).isEqualTo(1);
        assertThat(s.lastSeenRun()).isEqualTo(2);
    }

    @Test
    public void leadNoLongerProducedIsMarkedNoLongerFoundAndKept() {
        store.saveRun(run(JAN, lead("XZ-fixed"), lead("XZ-open")));
        act("XZ-fixed", ReviewAction.verify());

        store.saveRun(run(FEB, lead("XZ-open")));

        StoredLead fixed = stored("XZ-fixed");
        assertThat(fixed.noLongerFoundInRun()).contains(2L);
        assertThat(fixed.stillFound()).isFalse();
        assertThat(fixed.lastSeenRun()).isEqualTo(1);
        assertThat(fixed.state()).isEqualTo(ReviewState.VERIFYING);
        assertThat(store.history("XZ-fixed")).hasSize(1);
        assertThat(stored("XZ-open").noLongerFoundInRun()).isEmpty();
        assertThat(store.count(LeadFilter.all())).isEqualTo(2);
    }

    @Test
    public void noLongerFoundMarkNamesTheFirstRunThatMissedIt() {
        store.saveRun(run(JAN, lead("XZ-a"), lead("XZ-b")));
        store.saveRun(run(FEB, lead("XZ-b")));
        store.saveRun(run(MAR, lead("XZ-b")));

        assertThat(stored("XZ-a").noLongerFoundInRun()).contains(2L);
        assertThat(store.runs().get(2).noLongerFound()).isZero();
    }

    @Test
    public void noLongerFoundLeadCanStillBeReviewed() {
        store.saveRun(run(JAN, lead("XZ-a")));
        act("XZ-a", ReviewAction.verify());
        store.saveRun(run(FEB));

        act("XZ-a", ReviewAction.dismiss(DismissReason.ALREADY_CORRECTED, "已于2月投送监狱"));

        assertThat(stored("XZ-a").state()).isEqualTo(ReviewState.DISMISSED);
        assertThat(stored("XZ-a").noLongerFoundInRun()).contains(2L);
    }

    @Test
    public void reappearingLeadLosesTheMarkAndKeepsItsReview() {
        store.saveRun(run(JAN, lead("XZ-a"), lead("XZ-b")));
        act("XZ-a", ReviewAction.verify());
        store.saveRun(run(FEB, lead("XZ-b")));

        store.saveRun(run(MAR, lead("XZ-a"), lead("XZ-b")));

        StoredLead a = stored("XZ-a");
        assertThat(a.noLongerFoundInRun()).isEmpty();
        assertThat(a.lastSeenRun()).isEqualTo(3);
        assertThat(a.firstSeenRun()).isEqualTo(1);
        assertThat(a.state()).isEqualTo(ReviewState.VERIFYING);
        assertThat(store.runs().get(2).reappeared()).isEqualTo(1);
        assertThat(store.runs().get(2).newLeads()).isZero();
    }

    @Test
    public void leadIdProducedTwiceInOneRunIsStoredOnce() {
        store.saveRun(run(JAN, lead("XZ-a"), lead("XZ-a")));

        assertThat(store.count(LeadFilter.all())).isEqualTo(1);
        assertThat(store.runs().get(0).leads()).isEqualTo(1);
    }

    @Test
    public void emptyStoreHasNoRunsLeadsOrHistory() {
        assertThat(store.runs()).isEmpty();
        assertThat(store.leads(LeadFilter.all())).isEmpty();
        assertThat(store.count(LeadFilter.all())).isZero();
        assertThat(store.lead("XZ-none")).isEmpty();
        assertThat(store.history("XZ-none")).isEmpty();
        assertThat(store.documents()).isEmpty();
        assertThat(store.auditTrail(0, 10)).isEmpty();
    }

    // ---- fidelity ------------------------------------------------------------------------

    @Test
    public void everyLeadFieldRoundTrips() {
        Lead lead = full("XZ-0123456789abcdef");
        store.saveRun(run(JAN, lead));

        assertThat(stored("XZ-0123456789abcdef").lead()).isEqualTo(lead);
        assertThat(store.leads(LeadFilter.all())).extracting(StoredLead::lead).containsExactly(lead);
    }

    @Test
    public void leadWithoutDueDateOrFactsRoundTrips() {
        Lead lead = new Lead("XZ-b", SampleLeads.kind("prohibition-order", "ORDER_VIOLATED"), Optional.empty(), "李四", "",
                "司法局", "", Optional.empty(), "李四在禁止令期间进入娱乐场所", List.of(), List.of(), LinkedBy.ID_NUMBER, false,
                false, DocumentType.RECOMMENDATION, Map.of(), List.of());
        store.saveRun(run(JAN, lead));

        assertThat(stored("XZ-b").lead()).isEqualTo(lead);
    }

    @Test
    public void leadWithAnIdentityNumberRoundTrips() {
        Parsed<IdNumber> id = IdNumber.parse("11010519491231002X");
        assertThat(id.isOk()).as("a valid 18-digit number with its check character X").isTrue();
        Lead base = full("XZ-id");
        Lead lead = new Lead(base.leadId(), base.kind(), Optional.of(id.value()), base.name(),
                base.caseNumber(), base.supervisedAgency(), base.supervisedUnit(), base.dueOn(), base.summary(),
                base.legalBasis(), base.evidence(), LinkedBy.ID_NUMBER, base.estimated(), base.boundary(),
                base.suggestedDocument(), base.facts(), base.possibleMatches());
        store.saveRun(run(JAN, lead));

        assertThat(stored("XZ-id").lead()).isEqualTo(lead);
        assertThat(stored("XZ-id").lead().idText()).isEqualTo("11010519491231002X");
    }

    // ---- review: the compare-and-set write of the port -----------------------------------

    private static ReviewEvent event(String id, long seq, ReviewState from, ReviewState to, ReviewActionType action,
                                     String actor, Instant at) {
        return new ReviewEvent(id, seq, actor, at, from, to, action, "", Map.of());
    }

    @Test
    public void transitionMovesTheLeadBumpsItsVersionAndAppendsTheEvent() {
        store.saveRun(run(JAN, lead("XZ-a")));
        ReviewEvent e = new ReviewEvent("XZ-a", 1, "张检察官", at(5), ReviewState.NEW, ReviewState.VERIFYING,
                ReviewActionType.VERIFY, "调取看守所台账", Map.of());

        ReviewEvent kept = store.recordTransition(e, Optional.empty());

        assertThat(kept).isEqualTo(e);
        assertThat(stored("XZ-a").state()).isEqualTo(ReviewState.VERIFYING);
        assertThat(stored("XZ-a").version()).isEqualTo(1);
        assertThat(stored("XZ-a").replyDeadline()).isEmpty();
        assertThat(store.history("XZ-a")).containsExactly(e);
    }

    @Test
    public void transitionKeepsTheReplyDeadlineItIsGivenAndTheDetails() {
        store.saveRun(run(JAN, lead("XZ-a")));
        LocalDate deadline = LocalDate.of(2024, 5, 10);
        ReviewEvent e = new ReviewEvent("XZ-a", 1, "张检察官", at(1), ReviewState.NEW, ReviewState.VERIFYING,
                ReviewActionType.VERIFY, "", Map.of(ReviewAction.REPLY_DEADLINE, deadline.toString(), "k", "值"));

        store.recordTransition(e, Optional.of(deadline));
        store.recordTransition(event("XZ-a", 2, ReviewState.VERIFYING, ReviewState.CONFIRMED, ReviewActionType.CONFIRM,
                "张检察官", at(2)), Optional.of(deadline));

        assertThat(stored("XZ-a").replyDeadline()).contains(deadline);
        assertThat(store.history("XZ-a").get(0).details()).isEqualTo(e.details());
    }

    @Test
    public void staleVersionIsAConflictNamingTheLeadAndBothVersionsAndWritesNothing() {
        store.saveRun(run(JAN, lead("XZ-a")));
        ReviewEvent first = store.recordTransition(event("XZ-a", 1, ReviewState.NEW, ReviewState.VERIFYING,
                ReviewActionType.VERIFY, "张检察官", at(1)), Optional.empty());

        assertThatThrownBy(() -> store.recordTransition(event("XZ-a", 1, ReviewState.NEW, ReviewState.VERIFYING,
                ReviewActionType.VERIFY, "李检察官", at(2)), Optional.of(FEB)))
                .isInstanceOfSatisfying(ConcurrentReviewException.class, e -> {
                    assertThat(e.leadId()).isEqualTo("XZ-a");
                    assertThat(e.expectedVersion()).isZero();
                    assertThat(e.actualVersion()).isEqualTo(1);
                })
                .hasMessageContaining("XZ-a").hasMessageContaining("version 0").hasMessageContaining("version 1");
        assertThat(store.history("XZ-a")).containsExactly(first);
        assertThat(stored("XZ-a").version()).isEqualTo(1);
        assertThat(stored("XZ-a").replyDeadline()).isEmpty();
    }

    @Test
    public void transitionFromAStateTheLeadIsNotInIsRefusedAndWritesNothing() {
        store.saveRun(run(JAN, lead("XZ-a")));

        assertThatThrownBy(() -> store.recordTransition(event("XZ-a", 1, ReviewState.VERIFYING, ReviewState.CONFIRMED,
                ReviewActionType.CONFIRM, "张检察官", at(1)), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("XZ-a");
        assertThat(stored("XZ-a").state()).isEqualTo(ReviewState.NEW);
        assertThat(stored("XZ-a").version()).isZero();
        assertThat(store.history("XZ-a")).isEmpty();
    }

    @Test
    public void transitionOfAnUnknownLeadFails() {
        store.saveRun(run(JAN, lead("XZ-a")));

        assertThatThrownBy(() -> store.recordTransition(event("XZ-nope", 1, ReviewState.NEW, ReviewState.VERIFYING,
                ReviewActionType.VERIFY, "张检察官", at(1)), Optional.empty()))
                .isInstanceOf(UnknownLeadException.class).hasMessageContaining("XZ-nope");
        assertThat(store.history("XZ-nope")).isEmpty();
    }

    @Test
    public void timesAreKeptToTheMicrosecond() {
        store.saveRun(run(JAN, lead("XZ-a")));
        Instant withNanos = Instant.parse("2024-04-01T01:02:03.123456789Z");

        ReviewEvent kept = store.recordTransition(event("XZ-a", 1, ReviewState.NEW, ReviewState.VERIFYING,
                ReviewActionType.VERIFY, "张检察官", withNanos), Optional.empty());

        assertThat(kept.at()).isEqualTo(Instant.parse("2024-04-01T01:02:03.123456Z"));
        assertThat(store.history("XZ-a").get(0).at()).isEqualTo(Instant.parse("2024-04-01T01:02:03.123456Z"));
    }

    @Test
    public void historiesOfSeveralLeadsReadBackAtOnce() {
        store.saveRun(run(JAN, lead("XZ-a"), lead("XZ-b"), lead("XZ-c")));
        act("XZ-a", ReviewAction.verify());
        act("XZ-a", ReviewAction.confirm());
        act("XZ-c", ReviewAction.verify());

        Map<String, List<ReviewEvent>> h = store.histories(List.of("XZ-c", "XZ-b", "XZ-a", "XZ-none"));

        assertThat(h.getOrDefault("XZ-a", List.of())).isEqualTo(store.history("XZ-a")).hasSize(2);
        assertThat(h.getOrDefault("XZ-c", List.of())).isEqualTo(store.history("XZ-c")).hasSize(1);
        assertThat(h.getOrDefault("XZ-b", List.of())).isEmpty();
        assertThat(h.getOrDefault("XZ-none", List.of())).isEmpty();
        assertThat(store.histories(List.of())).isEmpty();
    }

    @Test
    public void severalLeadsReadBackAtOnceByTheirIdsAsOneByOne() {
        store.saveRun(run(JAN, lead("XZ-a"), lead("XZ-b"), lead("XZ-c")));
        act("XZ-b", ReviewAction.verify());

        Map<String, StoredLead> m = store.leadsById(List.of("XZ-c", "XZ-none", "XZ-b", "XZ-c", INJECTION));

        assertThat(m.keySet()).as("the ids held, in the order asked, each once").containsExactly("XZ-c", "XZ-b");
        assertThat(m.get("XZ-c")).isEqualTo(stored("XZ-c"));
        assertThat(m.get("XZ-b")).isEqualTo(stored("XZ-b"));
        assertThat(m.get("XZ-b").state()).isEqualTo(ReviewState.VERIFYING);
        assertThat(store.leadsById(List.of())).isEmpty();
        assertThat(store.leadsById(List.of("XZ-none"))).isEmpty();
    }

    @Test
    public void moreLeadsThanOneQueryListsReadBackAtOnce() {
        Lead[] many = new Lead[1_203];
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < many.length; i++) {
            many[i] = lead("XZ-" + i);
            ids.add("XZ-" + (many.length - 1 - i));
        }
        store.saveRun(run(JAN, many));

        Map<String, StoredLead> m = store.leadsById(ids);

        assertThat(m.keySet()).containsExactlyElementsOf(ids);
        m.forEach((id, l) -> assertThat(l.leadId()).isEqualTo(id));
    }

    // ---- review: the core workflow over this store ------------------------------------------

    @Test
    public void reviewerWhoLostTheRaceReloadsAndContinues() {
        store.saveRun(run(JAN, lead("XZ-a")));
        reviews.review("XZ-a", 0, ReviewAction.verify(), "", ZHANG);
        assertThatThrownBy(() -> reviews.review("XZ-a", 0, ReviewAction.verify(), "", LI))
                .isInstanceOf(ConcurrentReviewException.class);

        StoredLead reloaded = stored("XZ-a");
        reviews.review("XZ-a", reloaded.version(), ReviewAction.confirm(), "核实属实", LI);

        assertThat(store.history("XZ-a")).extracting(ReviewEvent::actor, ReviewEvent::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("张检察官", ReviewState.VERIFYING),
                        org.assertj.core.groups.Tuple.tuple("李检察官", ReviewState.CONFIRMED));
    }

    @Test
    public void twoReviewersAtOnceExactlyOneWinsAndNothingIsLost() throws Exception {
        int leads = 8;
        List<Lead> all = new ArrayList<>();
        for (int i = 0; i < leads; i++) {
            all.add(lead("XZ-race-" + i));
        }
        store.saveRun(run(JAN, all.toArray(Lead[]::new)));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < leads; i++) {
                String id = "XZ-race-" + i;
                CountDownLatch go = new CountDownLatch(1);
                Callable<ReviewEvent> zhang = () -> {
                    go.await();
                    return reviews.review(id, 0, ReviewAction.verify(), "", ZHANG).event();
                };
                Callable<ReviewEvent> li = () -> {
                    go.await();
                    return reviews.review(id, 0, ReviewAction.verify(), "", LI).event();
                };
                Future<ReviewEvent> a = pool.submit(zhang);
                Future<ReviewEvent> b = pool.submit(li);
                go.countDown();
                List<ReviewEvent> won = new ArrayList<>();
                List<Throwable> lost = new ArrayList<>();
                for (Future<ReviewEvent> f : List.of(a, b)) {
                    try {
                        won.add(f.get(30, TimeUnit.SECONDS));
                    } catch (ExecutionException e) {
                        lost.add(e.getCause());
                    }
                }
                assertThat(won).as(id).hasSize(1);
                assertThat(lost).as(id).singleElement().isInstanceOf(ConcurrentReviewException.class);
                assertThat(store.history(id)).as(id).containsExactly(won.get(0));
                assertThat(stored(id).version()).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void illegalTransitionIsRefusedAndWritesNothing() {
        store.saveRun(run(JAN, lead("XZ-a")));

        assertThatThrownBy(() -> reviews.review("XZ-a", 0, ReviewAction.confirm(), "", ZHANG))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.state()).isEqualTo(ReviewState.NEW);
                    assertThat(e.allowedActions()).containsExactly(ReviewActionType.VERIFY);
                })
                .hasMessageContaining("XZ-a").hasMessageContaining("NEW").hasMessageContaining("verify");
        assertThat(stored("XZ-a").state()).isEqualTo(ReviewState.NEW);
        assertThat(stored("XZ-a").version()).isZero();
        assertThat(store.history("XZ-a")).isEmpty();
        assertThat(store.auditTrail(0, 10)).isEmpty();
    }

    @Test
    public void reviewingAnUnknownLeadFails() {
        store.saveRun(run(JAN, lead("XZ-a")));

        assertThatThrownBy(() -> reviews.review("XZ-nope", 0, ReviewAction.verify(), "", ZHANG))
                .isInstanceOf(UnknownLeadException.class).hasMessageContaining("XZ-nope");
        assertThat(store.history("XZ-nope")).isEmpty();
    }

    @Test
    public void historyReadsBackTheWholeLifeOfALeadInOrder() {
        store.saveRun(run(JAN, lead("XZ-a")));
        LocalDate issued = LocalDate.of(2024, 4, 10);
        List<ReviewAction> life = List.of(
                ReviewAction.verify(),
                ReviewAction.dismiss(DismissReason.LAWFUL_REASON, "有暂予监外执行决定"),
                new ReviewAction.Reopen("决定书系伪造"),
                ReviewAction.confirm(),
                new ReviewAction.IssueDocument(DocumentType.CORRECTION_NOTICE, "丹检刑执纠〔2024〕7号", issued,
                        "丹东市看守所", issued.plusDays(30)),
                new ReviewAction.MarkReplyOverdue(issued.plusDays(31)),
                new ReviewAction.RecordReply(issued.plusDays(40), "已将罪犯交付监狱执行"));
        List<ReviewEvent> returned = new ArrayList<>();
        for (int i = 0; i < life.size(); i++) {
            returned.add(reviews.review("XZ-a", i, life.get(i), "第" + (i + 1) + "步", i % 2 == 0 ? ZHANG : LI).event());
        }

        List<ReviewEvent> history = store.history("XZ-a");

        assertThat(history).isEqualTo(returned);
        assertThat(history).extracting(ReviewEvent::seq).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(history).extracting(ReviewEvent::to).containsExactly(ReviewState.VERIFYING, ReviewState.DISMISSED,
                ReviewState.VERIFYING, ReviewState.CONFIRMED, ReviewState.DOCUMENT_ISSUED, ReviewState.REPLY_OVERDUE,
                ReviewState.RECTIFIED);
        assertThat(history).extracting(ReviewEvent::from).containsExactly(ReviewState.NEW, ReviewState.VERIFYING,
                ReviewState.DISMISSED, ReviewState.VERIFYING, ReviewState.CONFIRMED, ReviewState.DOCUMENT_ISSUED,
                ReviewState.REPLY_OVERDUE);
        assertThat(history).extracting(ReviewEvent::actor).containsExactly("张检察官", "李检察官", "张检察官", "李检察官",
                "张检察官", "李检察官", "张检察官");
        assertThat(history.get(1).details()).isEqualTo(Map.of(ReviewAction.REASON, "LAWFUL_REASON",
                ReviewAction.REASON_TEXT, "有暂予监外执行决定"));
        assertThat(history.get(4).details()).containsEntry(ReviewAction.DOCUMENT_NUMBER, "丹检刑执纠〔2024〕7号")
                .containsEntry(ReviewAction.REPLY_DEADLINE, "2024-05-10");
        assertThat(stored("XZ-a").state()).isEqualTo(ReviewState.RECTIFIED);
        assertThat(stored("XZ-a").version()).isEqualTo(7);
        assertThat(stored("XZ-a").replyDeadline()).contains(LocalDate.of(2024, 5, 10));
    }

    @Test
    public void aReferralIsAnEventThatKeepsTheLeadsStateAndReplyDeadline() {
        store.saveRun(run(JAN, lead("XZ-a")));
        act("XZ-a", ReviewAction.verify());
        act("XZ-a", ReviewAction.confirm());
        LocalDate deadline = LocalDate.of(2024, 5, 10);
        act("XZ-a", new ReviewAction.IssueDocument(DocumentType.RECOMMENDATION, "丹检刑执建〔2024〕2号",
                LocalDate.of(2024, 4, 10), "丹东市司法局", deadline));

        act("XZ-a", new ReviewAction.Refer("公益诉讼部门", LocalDate.of(2024, 4, 11), ""));
        act("XZ-a", new ReviewAction.Refer("监察委员会", LocalDate.of(2024, 4, 12), "丹检刑执移〔2024〕1号"));

        assertThat(stored("XZ-a").state()).isEqualTo(ReviewState.DOCUMENT_ISSUED);
        assertThat(stored("XZ-a").version()).isEqualTo(5);
        assertThat(stored("XZ-a").replyDeadline()).contains(deadline);
        List<ReviewEvent> history = store.history("XZ-a");
        assertThat(history.subList(3, 5)).extracting(ReviewEvent::from, ReviewEvent::to, ReviewEvent::action)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(ReviewState.DOCUMENT_ISSUED, ReviewState.DOCUMENT_ISSUED,
                        ReviewActionType.REFER));
        assertThat(history.get(4).details()).isEqualTo(Map.of(ReviewAction.REFERRED_TO, "监察委员会",
                ReviewAction.REFERRAL_DATE, "2024-04-12", ReviewAction.REFERRAL_NUMBER, "丹检刑执移〔2024〕1号"));
        act("XZ-a", new ReviewAction.RecordReply(LocalDate.of(2024, 5, 1), "已整改"));
        assertThat(stored("XZ-a").state()).isEqualTo(ReviewState.RECTIFIED);
    }

    @Test
    public void replyIsNotOverdueBeforeTheStoredDeadlinePasses() {
        store.saveRun(run(JAN, lead("XZ-a")));
        act("XZ-a", ReviewAction.verify());
        act("XZ-a", ReviewAction.confirm());
        LocalDate deadline = LocalDate.of(2024, 5, 10);
        act("XZ-a", new ReviewAction.IssueDocument(DocumentType.RECOMMENDATION, "丹检刑执建〔2024〕2号",
                LocalDate.of(2024, 4, 10), "丹东市司法局", deadline));
        assertThat(stored("XZ-a").replyDeadline()).contains(deadline);

        assertThatThrownBy(() -> act("XZ-a", new ReviewAction.MarkReplyOverdue(deadline)))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("has not passed");
        act("XZ-a", new ReviewAction.MarkReplyOverdue(deadline.plusDays(1)));

        assertThat(stored("XZ-a").state()).isEqualTo(ReviewState.REPLY_OVERDUE);
    }

    @Test
    public void reviewStateSurvivesARunThatNoLongerFindsTheLeadAndOneThatFindsItAgain() {
        store.saveRun(run(JAN, lead("XZ-a")));
        act("XZ-a", ReviewAction.verify());
        act("XZ-a", ReviewAction.confirm());
        store.saveRun(run(FEB));
        store.saveRun(run(MAR, lead("XZ-a")));

        assertThat(stored("XZ-a").state()).isEqualTo(ReviewState.CONFIRMED);
        assertThat(store.history("XZ-a")).extracting(ReviewEvent::action)
                .containsExactly(ReviewActionType.VERIFY, ReviewActionType.CONFIRM);
    }

    // ---- listing -------------------------------------------------------------------------

    private void threeRunsOfMixedLeads() {
        store.saveRun(run(JAN, lead("XZ-1"), lead("XZ-2", "political-rights", "NOT_SUPERVISED", "城关派出所")));
        store.saveRun(run(FEB, lead("XZ-1"), lead("XZ-2", "political-rights", "NOT_SUPERVISED", "城关派出所"),
                lead("XZ-3", "custody-transfer", "HELD_PAST_TERM", "丹东市看守所"),
                lead("XZ-4", "property-penalty", "ENFORCEMENT_OVERDUE", "东港市人民法院")));
        store.saveRun(run(MAR, lead("XZ-2", "political-rights", "NOT_SUPERVISED", "城关派出所"),
                lead("XZ-3", "custody-transfer", "HELD_PAST_TERM", "丹东市看守所"),
                lead("XZ-4", "property-penalty", "ENFORCEMENT_OVERDUE", "东港市人民法院"),
                lead("XZ-5", "political-rights", "NOT_RESTORED", "城关派出所")));
        act("XZ-3", ReviewAction.verify());
        act("XZ-4", ReviewAction.verify());
        act("XZ-4", ReviewAction.confirm());
    }

    private List<String> ids(LeadFilter f) {
        return store.leads(f).stream().map(StoredLead::leadId).toList();
    }

    @Test
    public void listsInTheOrderLeadsWereFirstStored() {
        threeRunsOfMixedLeads();

        assertThat(ids(LeadFilter.all())).containsExactly("XZ-1", "XZ-2", "XZ-3", "XZ-4", "XZ-5");
    }

    @Test
    public void filtersByModelKindStateAndAgency() {
        threeRunsOfMixedLeads();

        assertThat(ids(LeadFilter.all().withModel("political-rights"))).containsExactly("XZ-2", "XZ-5");
        assertThat(ids(LeadFilter.all().withModel("political-rights").withKind("NOT_RESTORED"))).containsExactly("XZ-5");
        assertThat(ids(LeadFilter.all().withKind("HELD_PAST_TERM"))).containsExactly("XZ-3");
        assertThat(ids(LeadFilter.all().withState(ReviewState.NEW))).containsExactly("XZ-1", "XZ-2", "XZ-5");
        assertThat(ids(LeadFilter.all().withState(ReviewState.CONFIRMED))).containsExactly("XZ-4");
        assertThat(ids(LeadFilter.all().withSupervisedAgency("丹东市看守所"))).containsExactly("XZ-1", "XZ-3");
        assertThat(ids(LeadFilter.all().withModel("custody-transfer").withState(ReviewState.VERIFYING)))
                .containsExactly("XZ-3");
        assertThat(ids(LeadFilter.all().withModel("no-such-model"))).isEmpty();
        assertThat(store.count(LeadFilter.all().withSupervisedAgency("城关派出所"))).isEqualTo(2);
    }

    @Test
    public void filtersByTheAsOfDateOfTheRunThatFirstFoundTheLead() {
        threeRunsOfMixedLeads();

        assertThat(ids(LeadFilter.all().withFirstSeenBetween(FEB, FEB))).containsExactly("XZ-3", "XZ-4");
        assertThat(ids(LeadFilter.all().withFirstSeenBetween(FEB, MAR))).containsExactly("XZ-3", "XZ-4", "XZ-5");
        assertThat(ids(LeadFilter.all().withFirstSeenBetween(JAN.minusYears(1), JAN))).containsExactly("XZ-1", "XZ-2");
        assertThat(ids(LeadFilter.all().withFirstSeenBetween(JAN.plusDays(1), FEB.minusDays(1)))).isEmpty();
    }

    @Test
    public void filtersByStillFound() {
        threeRunsOfMixedLeads();

        assertThat(ids(LeadFilter.all().withStillFound(false))).containsExactly("XZ-1");
        assertThat(ids(LeadFilter.all().withStillFound(true))).containsExactly("XZ-2", "XZ-3", "XZ-4", "XZ-5");
    }

    @Test
    public void pagesAreStableSlicesAndCountIgnoresPaging() {
        threeRunsOfMixedLeads();

        assertThat(ids(LeadFilter.all().withPage(0, 2))).containsExactly("XZ-1", "XZ-2");
        assertThat(ids(LeadFilter.all().withPage(2, 2))).containsExactly("XZ-3", "XZ-4");
        assertThat(ids(LeadFilter.all().withPage(4, 2))).containsExactly("XZ-5");
        assertThat(ids(LeadFilter.all().withPage(5, 2))).isEmpty();
        assertThat(ids(LeadFilter.all().withPage(0, 0))).isEmpty();
        assertThat(ids(LeadFilter.all().withModel("political-rights").withPage(1, 10))).containsExactly("XZ-5");
        assertThat(store.count(LeadFilter.all().withPage(1, 1))).isEqualTo(5);
    }

    // ---- documents and audit -------------------------------------------------------------

    private static StoredDocument document(String id, String number, String... leadIds) {
        return new StoredDocument(id, List.of(leadIds), DocumentType.CORRECTION_NOTICE, number,
                LocalDate.of(2024, 4, 10), "丹东市看守所", Optional.of(LocalDate.of(2024, 5, 10)),
                "# 纠正违法通知书\n\n丹东市看守所:\n\n经审查, 罪犯**张三**……\n");
    }

    @Test
    public void documentsRoundTripInTheOrderFirstSavedAndAreReplacedById() {
        store.saveRun(run(JAN, lead("XZ-a"), lead("XZ-b"), lead("XZ-c")));
        StoredDocument first = document("doc-2", "", "XZ-a");
        StoredDocument second = new StoredDocument("doc-1", List.of("XZ-c", "XZ-b"), DocumentType.RECOMMENDATION,
                "丹检刑执建〔2024〕3号", LocalDate.of(2024, 4, 12), "丹东市司法局", Optional.empty(), "类案检察建议");
        store.saveDocument(first);
        store.saveDocument(second);
        StoredDocument redraft = document("doc-2", "丹检刑执纠〔2024〕8号", "XZ-a");

        store.saveDocument(redraft);

        assertThat(store.documents()).containsExactly(redraft, second);
        assertThat(store.documentsOf("XZ-b")).containsExactly(second);
        assertThat(store.documentsOf("XZ-a")).containsExactly(redraft);
        assertThat(store.documentsOf("XZ-none")).isEmpty();
    }

    private static StoredDocument numbered(DocumentType type, int year, long seq, String... leadIds) {
        String number = "丹检" + switch (type) {
            case CORRECTION_NOTICE -> "纠";
            case RECOMMENDATION -> "建";
            case REFERRAL_LETTER -> "移";
        } + "〔" + year + "〕" + seq + "号";
        return new StoredDocument(number, List.of(leadIds), type, number, LocalDate.of(year, 4, 10), "丹东市看守所",
                Optional.of(LocalDate.of(year, 5, 10)), "# " + number + "\n");
    }

    @Test
    public void filingDrawsOneSequencePerTypeAndYearStartingAtOne() {
        store.saveRun(run(JAN, lead("XZ-a"), lead("XZ-b")));

        StoredDocument n1 = store.file(DocumentType.CORRECTION_NOTICE, 2024,
                seq -> numbered(DocumentType.CORRECTION_NOTICE, 2024, seq, "XZ-a"));
        StoredDocument n2 = store.file(DocumentType.CORRECTION_NOTICE, 2024,
                seq -> numbered(DocumentType.CORRECTION_NOTICE, 2024, seq, "XZ-b"));
        StoredDocument r1 = store.file(DocumentType.RECOMMENDATION, 2024,
                seq -> numbered(DocumentType.RECOMMENDATION, 2024, seq, "XZ-a", "XZ-b"));
        StoredDocument n2025 = store.file(DocumentType.CORRECTION_NOTICE, 2025,
                seq -> numbered(DocumentType.CORRECTION_NOTICE, 2025, seq, "XZ-a"));
        StoredDocument m1 = store.file(DocumentType.REFERRAL_LETTER, 2024,
                seq -> numbered(DocumentType.REFERRAL_LETTER, 2024, seq, "XZ-b"));

        assertThat(List.of(n1, n2, r1, n2025, m1)).extracting(StoredDocument::number)
                .containsExactly("丹检纠〔2024〕1号", "丹检纠〔2024〕2号", "丹检建〔2024〕1号", "丹检纠〔2025〕1号", "丹检移〔2024〕1号");
        assertThat(store.documents()).containsExactly(n1, n2, r1, n2025, m1);
        assertThat(store.documentsOf("XZ-b")).containsExactly(n2, r1, m1);
    }

    @Test
    public void aFilingThatFailsKeepsNothingAndUsesUpNoNumber() {
        store.saveRun(run(JAN, lead("XZ-a")));
        class Refused extends RuntimeException {
            private static final long serialVersionUID = 1L;
        }

        assertThatThrownBy(() -> store.file(DocumentType.CORRECTION_NOTICE, 2024, seq -> {
            throw new Refused();
        })).isInstanceOf(Refused.class);

        assertThat(store.documents()).isEmpty();
        assertThat(store.file(DocumentType.CORRECTION_NOTICE, 2024,
                seq -> numbered(DocumentType.CORRECTION_NOTICE, 2024, seq, "XZ-a")).number()).isEqualTo("丹检纠〔2024〕1号");
    }

    @Test
    public void filingsAtOnceEachGetTheirOwnNumber() throws Exception {
        store.saveRun(run(JAN, lead("XZ-a")));
        int each = 5;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            Callable<List<String>> filer = () -> {
                go.await();
                List<String> numbers = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    numbers.add(store.file(DocumentType.RECOMMENDATION, 2024,
                            seq -> numbered(DocumentType.RECOMMENDATION, 2024, seq, "XZ-a")).number());
                }
                return numbers;
            };
            Future<List<String>> a = pool.submit(filer);
            Future<List<String>> b = pool.submit(filer);
            go.countDown();
            List<String> all = new ArrayList<>(a.get(60, TimeUnit.SECONDS));
            all.addAll(b.get(60, TimeUnit.SECONDS));

            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= 2 * each; i++) {
                expected.add("丹检建〔2024〕" + i + "号");
            }
            assertThat(all).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(store.documents()).extracting(StoredDocument::number).containsExactlyInAnyOrderElementsOf(expected);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void auditTrailReadsBackInOrderAndPages() {
        List<AuditEntry> entries = List.of(
                new AuditEntry(at(1), "张检察官", "10.0.0.7", "GET /leads", List.of(), "model=custody-transfer"),
                new AuditEntry(at(2), "张检察官", "10.0.0.7", "GET /leads/XZ-a", List.of("XZ-a"), ""),
                new AuditEntry(at(2), "李检察官", "cli", "document", List.of("XZ-b", "XZ-a"), "doc-1"));
        entries.forEach(store::audit);

        assertThat(store.auditTrail(0, 10)).isEqualTo(entries);
        assertThat(store.auditTrail(1, 1)).containsExactly(entries.get(1));
        assertThat(store.auditTrail(3, 10)).isEmpty();
    }

    // ---- the installation's lead-id key ----------------------------------------------------

    @Test
    public void theFirstLeadIdKeyOfferedIsKeptAndGivenEverAfter() {
        LeadIdKey first = LeadIdKey.generate();
        AtomicInteger asked = new AtomicInteger();

        assertThat(store.leadIdKey(() -> {
            asked.incrementAndGet();
            return first;
        })).isEqualTo(first);
        assertThat(store.leadIdKey(() -> {
            asked.incrementAndGet();
            return LeadIdKey.generate();
        })).isEqualTo(first);
        assertThat(asked).hasValue(1);
    }

    @Test
    public void firstCallsForTheKeyAtOnceAllGetTheSameKey() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<LeadIdKey>> keys = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                keys.add(pool.submit(() -> {
                    go.await();
                    return store.leadIdKey(LeadIdKey::generate);
                }));
            }
            go.countDown();
            LeadIdKey first = keys.get(0).get(30, TimeUnit.SECONDS);
            for (Future<LeadIdKey> k : keys) {
                assertThat(k.get(30, TimeUnit.SECONDS)).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- what changed between runs -----------------------------------------------------------

    /** {@code l} with these facts in place of its own (same id: the same finding, other facts). */
    private static Lead withFacts(Lead l, Map<String, String> facts) {
        return new Lead(l.leadId(), l.kind(), l.idNumber(), l.name(), l.caseNumber(), l.supervisedAgency(),
                l.supervisedUnit(), l.dueOn(), l.summary(), l.legalBasis(), l.evidence(), l.linkedBy(), l.estimated(),
                l.boundary(), l.suggestedDocument(), facts, l.possibleMatches());
    }

    @Test
    public void theFirstRunsChangesMakeEveryLeadNew() {
        store.saveRun(run(JAN, lead("XZ-a"), lead("XZ-b")));

        RunChanges c = store.runChanges(1).orElseThrow();

        assertThat(c.since()).isZero();
        assertThat(c.run()).isEqualTo(1);
        assertThat(c.newLeads()).containsExactly("XZ-a", "XZ-b");
        assertThat(c.goneLeads()).isEmpty();
        assertThat(c.changedLeads()).isEmpty();
        assertThat(c.unchanged()).isZero();
    }

    @Test
    public void runChangesSayWhichLeadsAreNewGoneChangedAndUnchanged() {
        store.saveRun(run(JAN, lead("XZ-same"), lead("XZ-moved"), lead("XZ-fixed")));
        Lead moved = withFacts(lead("XZ-moved"), Map.of("notice_received_on", "2024-02-20"));

        store.saveRun(run(FEB, lead("XZ-same"), moved, lead("XZ-fresh")));

        RunChanges c = store.runChanges(2).orElseThrow();
        assertThat(c.since()).isEqualTo(1);
        assertThat(c.newLeads()).containsExactly("XZ-fresh");
        assertThat(c.goneLeads()).containsExactly("XZ-fixed");
        assertThat(c.changedLeads()).containsExactly("XZ-moved");
        assertThat(c.unchanged()).isEqualTo(1);
        assertThat(c.found()).isEqualTo(3);
    }

    @Test
    public void otherFileNamesAndLineNumbersAloneAreNoChange() {
        Lead a = lead("XZ-a");
        store.saveRun(run(JAN, a));
        Lead reexported = a.withEvidence(List.of(new Evidence(new SourceRef(Dataset.CUSTODY, "custody-2024-02.csv", 4711),
                "看守所羁押记录")), a.linkedBy(), a.estimated(), a.boundary());

        store.saveRun(run(FEB, reexported));

        RunChanges c = store.runChanges(2).orElseThrow();
        assertThat(c.changedLeads()).isEmpty();
        assertThat(c.unchanged()).isEqualTo(1);
    }

    @Test
    public void changesBetweenRunsFurtherApartCompareThoseTwoRunsOnly() {
        store.saveRun(run(JAN, lead("XZ-a"), lead("XZ-b")));
        store.saveRun(run(FEB, lead("XZ-b")));
        store.saveRun(run(MAR, lead("XZ-a"), lead("XZ-b"), lead("XZ-c")));

        RunChanges firstToThird = store.runChanges(1, 3).orElseThrow();
        assertThat(firstToThird.newLeads()).containsExactly("XZ-c");
        assertThat(firstToThird.goneLeads()).isEmpty();
        assertThat(firstToThird.unchanged()).isEqualTo(2);
        RunChanges secondToThird = store.runChanges(3).orElseThrow();
        assertThat(secondToThird.newLeads()).containsExactly("XZ-a", "XZ-c");
        assertThat(store.runChanges(2).orElseThrow().goneLeads()).containsExactly("XZ-a");
    }

    @Test
    public void aRerunOnChangedDataKeepsTheReviewsOfUnchangedAndChangedLeads() {
        store.saveRun(run(JAN, lead("XZ-same"), lead("XZ-moved"), lead("XZ-fixed")));
        act("XZ-same", ReviewAction.verify());
        act("XZ-same", ReviewAction.confirm());
        act("XZ-moved", ReviewAction.verify());
        act("XZ-fixed", ReviewAction.verify());

        store.saveRun(run(FEB, lead("XZ-same"), withFacts(lead("XZ-moved"), Map.of("notice_received_on", "2024-02-20")),
                lead("XZ-fresh")));

        assertThat(stored("XZ-same").state()).isEqualTo(ReviewState.CONFIRMED);
        assertThat(stored("XZ-same").version()).isEqualTo(2);
        assertThat(store.history("XZ-same")).extracting(ReviewEvent::action)
                .containsExactly(ReviewActionType.VERIFY, ReviewActionType.CONFIRM);
        assertThat(stored("XZ-moved").state()).isEqualTo(ReviewState.VERIFYING);
        assertThat(stored("XZ-moved").lead().facts()).containsEntry("notice_received_on", "2024-02-20");
        assertThat(stored("XZ-fixed").state()).isEqualTo(ReviewState.VERIFYING);
        assertThat(stored("XZ-fixed").stillFound()).isFalse();
        assertThat(stored("XZ-fresh").state()).isEqualTo(ReviewState.NEW);
    }

    @Test
    public void changesOfARunNotKeptAreEmptyAndABackwardRangeIsRefused() {
        store.saveRun(run(JAN, lead("XZ-a")));

        assertThat(store.runChanges(2)).isEmpty();
        assertThat(store.runChanges(1, 5)).isEmpty();
        assertThatThrownBy(() -> store.runChanges(1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.runChanges(-1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- runs recorded from their start ----------------------------------------------------

    @Test
    public void aRunIsRecordedWhenItStartsAndNumberedInOrder() {
        RunJob first = store.startRun(JAN, "ops", at(1));
        RunJob second = store.startRun(FEB, "李检察官", at(2));

        assertThat(first.number()).isEqualTo(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(store.runJobs()).containsExactly(first, second);
        assertThat(first.state()).isEqualTo(RunJob.State.RUNNING);
        assertThat(first.asOf()).isEqualTo(JAN);
        assertThat(first.requestedBy()).isEqualTo("ops");
        assertThat(first.startedAt()).isEqualTo(at(1));
        assertThat(first.finishedAt()).isEmpty();
        assertThat(first.runNumber()).isEmpty();
        assertThat(first.error()).isEmpty();
        assertThat(store.runs()).isEmpty();
    }

    @Test
    public void finishingARunKeepsItAndMarksItsJobFinishedWithTheRunsNumber() {
        store.saveRun(run(JAN, lead("XZ-a")));
        RunJob job = store.startRun(FEB, "ops", at(1));

        long n = store.finishRun(job.number(), run(FEB, lead("XZ-a"), lead("XZ-b")), at(2));

        assertThat(n).isEqualTo(2);
        RunJob finished = store.runJob(job.number()).orElseThrow();
        assertThat(finished.state()).isEqualTo(RunJob.State.FINISHED);
        assertThat(finished.runNumber()).contains(2L);
        assertThat(finished.finishedAt()).contains(at(2));
        assertThat(finished.startedAt()).isEqualTo(at(1));
        assertThat(store.run(2).orElseThrow().newLeads()).isEqualTo(1);
        assertThat(store.count(LeadFilter.all())).isEqualTo(2);
    }

    @Test
    public void aFailedRunKeepsItsReasonAndNothingElse() {
        RunJob job = store.startRun(JAN, "ops", at(1));

        store.failRun(job.number(), "cannot read judgments.csv line 7: " + INJECTION, at(3));

        RunJob failed = store.runJob(job.number()).orElseThrow();
        assertThat(failed.state()).isEqualTo(RunJob.State.FAILED);
        assertThat(failed.error()).contains("cannot read judgments.csv line 7: " + INJECTION);
        assertThat(failed.finishedAt()).contains(at(3));
        assertThat(failed.runNumber()).isEmpty();
        assertThat(store.runs()).isEmpty();
    }

    @Test
    public void runsLeftRunningAreMarkedInterruptedAndOnlyThose() {
        RunJob done = store.startRun(JAN, "ops", at(1));
        store.finishRun(done.number(), run(JAN, lead("XZ-a")), at(2));
        RunJob failed = store.startRun(JAN, "ops", at(3));
        store.failRun(failed.number(), "bad data", at(4));
        RunJob cut = store.startRun(FEB, "ops", at(5));

        assertThat(store.interruptRuns(at(9))).isEqualTo(1);
        assertThat(store.interruptRuns(at(10))).isZero();

        RunJob interrupted = store.runJob(cut.number()).orElseThrow();
        assertThat(interrupted.state()).isEqualTo(RunJob.State.INTERRUPTED);
        assertThat(interrupted.finishedAt()).contains(at(9));
        assertThat(interrupted.error()).contains(RunJob.INTERRUPTED_REASON);
        assertThat(store.runJob(done.number()).orElseThrow().state()).isEqualTo(RunJob.State.FINISHED);
        assertThat(store.runJob(failed.number()).orElseThrow().state()).isEqualTo(RunJob.State.FAILED);
        assertThat(store.runJobs()).hasSize(3);
    }

    @Test
    public void aRunStoppedBeforeItEndsIsMarkedInterruptedWithWhenAndWhyAndAnEndedOneStaysAsItEnded() {
        RunJob done = store.startRun(JAN, "ops", at(1));
        store.finishRun(done.number(), run(JAN, lead("XZ-a")), at(2));
        RunJob stopped = store.startRun(FEB, "ops", at(3));
        RunJob other = store.startRun(FEB, "李检察官", at(4));

        assertThat(store.interruptRun(stopped.number(), "stopped by SIGTERM: " + INJECTION, at(5))).isTrue();
        assertThat(store.interruptRun(stopped.number(), "again", at(6))).isFalse();
        assertThat(store.interruptRun(done.number(), "too late", at(7))).isFalse();

        RunJob interrupted = store.runJob(stopped.number()).orElseThrow();
        assertThat(interrupted.state()).isEqualTo(RunJob.State.INTERRUPTED);
        assertThat(interrupted.finishedAt()).contains(at(5));
        assertThat(interrupted.error()).contains("stopped by SIGTERM: " + INJECTION);
        assertThat(interrupted.runNumber()).isEmpty();
        assertThat(store.runJob(done.number()).orElseThrow().state()).isEqualTo(RunJob.State.FINISHED);
        assertThat(store.runJob(done.number()).orElseThrow().runNumber()).contains(1L);
        assertThat(store.runJob(other.number()).orElseThrow().state()).as("another process's run").isEqualTo(RunJob.State.RUNNING);
        assertThatThrownBy(() -> store.interruptRun(9, "never started", at(8))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    public void finishingOrFailingAJobNeverStartedIsRefusedAndKeepsNothing() {
        assertThatThrownBy(() -> store.finishRun(7, run(JAN, lead("XZ-a")), at(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.failRun(7, "x", at(1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.runs()).isEmpty();
        assertThat(store.count(LeadFilter.all())).isZero();
        assertThat(store.runJob(7)).isEmpty();
    }

    // ---- no SQL built from input -----------------------------------------------------------

    @Test
    public void sqlInjectionTextRoundTripsThroughEveryTextField() {
        String x = INJECTION;
        LeadKind evilKind = LeadKind.of(x, x, x, x).withAgency(x).withBasis(x).withFacts(x, x, "k", x);
        Lead evil = new Lead(x, evilKind, Optional.empty(), x, x, x, x, Optional.of(JAN), x, List.of(x, x + "2"),
                List.of(new Evidence(new SourceRef(Dataset.ACTIVITIES, x, 3), x)), LinkedBy.NAME_BIRTH_DATE, false,
                false, DocumentType.CORRECTION_NOTICE, Map.of(x, x, "k", x),
                List.of(new PossibleMatch(new SourceRef(Dataset.DPR_SUPERVISION, x, 4), x)));
        store.saveRun(run(JAN, Map.of(x, x), evil, lead("XZ-plain")));

        assertThat(store.lead(x)).map(StoredLead::lead).contains(evil);
        assertThat(ids(LeadFilter.all().withModel(x).withKind(x).withSupervisedAgency(x))).containsExactly(x);
        assertThat(store.count(LeadFilter.all().withModel(x))).isEqualTo(1);
        assertThat(store.runs().get(0).parameters()).isEqualTo(Map.of(x, x));
        assertThat(store.runs().get(0).leadsByModelAndKind()).containsEntry(x, Map.of(x, 1L));

        Actor evilActor = new Actor(x, x);
        reviews.review(x, 0, ReviewAction.verify(), x, evilActor);
        reviews.review(x, 1, ReviewAction.dismiss(DismissReason.OTHER, x), x, evilActor);
        reviews.review(x, 2, new ReviewAction.Reopen(x), x, evilActor);
        reviews.review(x, 3, ReviewAction.confirm(), x, evilActor);
        reviews.review(x, 4, new ReviewAction.IssueDocument(DocumentType.CORRECTION_NOTICE, x, JAN, x, FEB), x, evilActor);
        reviews.review(x, 5, new ReviewAction.RecordReply(FEB, x), x, evilActor);
        assertThat(store.history(x)).hasSize(6).allSatisfy(e -> {
            assertThat(e.leadId()).isEqualTo(x);
            assertThat(e.actor()).isEqualTo(x);
            assertThat(e.note()).isEqualTo(x);
        });
        assertThat(store.history(x).get(1).details()).containsEntry(ReviewAction.REASON_TEXT, x);
        assertThat(store.history(x).get(4).details()).containsEntry(ReviewAction.DOCUMENT_NUMBER, x)
                .containsEntry(ReviewAction.RECIPIENT, x);
        assertThat(store.history(x).get(5).details()).containsEntry(ReviewAction.REPLY_SUMMARY, x);

        StoredDocument doc = new StoredDocument(x, List.of(x, "XZ-plain"), DocumentType.RECOMMENDATION, x, JAN, x,
                Optional.of(FEB), x);
        store.saveDocument(doc);
        StoredDocument filed = store.file(DocumentType.CORRECTION_NOTICE, 2024, seq -> new StoredDocument(x + seq,
                List.of(x), DocumentType.CORRECTION_NOTICE, x + seq, JAN, x, Optional.empty(), x));
        assertThat(filed.number()).isEqualTo(x + 1);
        assertThat(store.documents()).containsExactly(doc, filed);
        assertThat(store.documentsOf(x)).containsExactly(doc, filed);

        assertThat(store.auditTrail(0, 10)).hasSize(6).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo(x);
            assertThat(e.origin()).isEqualTo(x);
            assertThat(e.leadIds()).containsExactly(x);
        });
        AuditEntry entry = new AuditEntry(at(7), x, x, x, List.of(x), x);
        store.audit(entry);
        assertThat(store.auditTrail(6, 10)).containsExactly(entry);

        assertThatCode(() -> store.saveRun(run(FEB, lead("XZ-plain")))).doesNotThrowAnyException();
        assertThat(store.count(LeadFilter.all())).isEqualTo(2);
        assertThat(stored(x).noLongerFoundInRun()).contains(2L);
        assertThat(stored("XZ-plain").lastSeenRun()).isEqualTo(2);
    }
}

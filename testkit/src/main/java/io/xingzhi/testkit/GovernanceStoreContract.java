package io.xingzhi.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xingzhi.core.governance.GovernanceKind;
import io.xingzhi.core.governance.GovernanceRecord;
import io.xingzhi.core.governance.GovernanceStatus;
import io.xingzhi.core.port.GovernanceStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The promises of {@link GovernanceStore} as tests. An adapter's test class extends this and
 * returns a fresh, empty store from {@link #newStore()}.
 */
public abstract class GovernanceStoreContract {
    private static final LocalDate MAY = LocalDate.of(2024, 5, 20);
    private static final LocalDate JUNE = LocalDate.of(2024, 6, 30);

    /** The store under test. */
    protected GovernanceStore store;

    /** A new, empty store; called before every test. */
    protected abstract GovernanceStore newStore();

    @BeforeEach
    protected void openEmptyStore() {
        store = newStore();
    }

    static GovernanceRecord recommendation(long n) {
        return GovernanceRecord.create(n, GovernanceKind.RECOMMENDATION, "关于加强社区矫正对象禁止令执行监督的检察建议",
                List.of("凤城市司法局"), MAY, Optional.of(JUNE), "凤检刑执建〔2024〕2号", "一、建立禁止令执行台账；二、定期核查。",
                List.of("XZ-a", "XZ-b"), Optional.empty(), "王检察官");
    }

    static GovernanceRecord meeting(long n) {
        return GovernanceRecord.create(n, GovernanceKind.MEETING, "禁止令执行联席会议", List.of("凤城市司法局", "凤城市生态环境局",
                "凤城市人民检察院"), MAY.plusDays(3), Optional.empty(), "", "会议议定：信息共享、联合检查。", List.of(), Optional.empty(),
                "王检察官");
    }

    static GovernanceRecord measure(long n, long parent) {
        return GovernanceRecord.create(n, GovernanceKind.MEASURE, "建立禁止令执行台账", List.of("凤城市司法局"), MAY.plusDays(3),
                Optional.of(JUNE), "", "逐人建档，每月核查", List.of(), Optional.of(parent), "王检察官");
    }

    @Test
    public void emptyStoreKeepsNoRecords() {
        assertThat(store.governanceRecords()).isEmpty();
        assertThat(store.governanceRecord(1)).isEmpty();
    }

    @Test
    public void recordsAreNumberedFromOneInOrderAndEveryFieldRoundTrips() {
        GovernanceRecord r = store.keep(GovernanceStoreContract::recommendation);
        GovernanceRecord m = store.keep(GovernanceStoreContract::meeting);
        GovernanceRecord x = store.keep(n -> measure(n, 2));
        GovernanceRecord k = store.keep(n -> GovernanceRecord.create(n, GovernanceKind.MECHANISM, "禁止令执行联动协作机制",
                List.of("凤城市司法局", "凤城市生态环境局"), JUNE, Optional.empty(), "", "每季度通报", List.of("XZ-a"), Optional.of(2L),
                "李检察官"));

        assertThat(List.of(r, m, x, k)).extracting(GovernanceRecord::number).containsExactly(1L, 2L, 3L, 4L);
        assertThat(store.governanceRecords()).containsExactly(recommendation(1), meeting(2), measure(3, 2), k);
        assertThat(store.governanceRecord(1)).contains(recommendation(1));
        assertThat(store.governanceRecord(4).orElseThrow().status()).isEqualTo(GovernanceStatus.IN_FORCE);
        assertThat(store.governanceRecord(2).orElseThrow().agencies())
                .containsExactly("凤城市司法局", "凤城市生态环境局", "凤城市人民检察院");
    }

    @Test
    public void aRecordThatFailsToBeMadeKeepsNothingAndUsesUpNoNumber() {
        assertThatThrownBy(() -> store.keep(n -> {
            throw new IllegalArgumentException("a 整改措施 has a deadline");
        })).isInstanceOf(IllegalArgumentException.class);

        assertThat(store.governanceRecords()).isEmpty();
        assertThat(store.keep(GovernanceStoreContract::recommendation).number()).isEqualTo(1);
    }

    @Test
    public void closingKeepsTheNewStatusDateAndNoteOnlyFromTheStatusRead() {
        GovernanceRecord r = store.keep(GovernanceStoreContract::recommendation);
        GovernanceRecord adopted = r.closed(GovernanceStatus.ADOPTED, JUNE.minusDays(10), "司法局复函采纳");

        GovernanceRecord kept = store.close(adopted, GovernanceStatus.PENDING);

        assertThat(kept).isEqualTo(adopted);
        assertThat(store.governanceRecord(1)).contains(adopted);
        // a second closer who read it pending loses
        GovernanceRecord rectified = r.closed(GovernanceStatus.RECTIFIED, JUNE, "已整改");
        assertThatThrownBy(() -> store.close(rectified, GovernanceStatus.PENDING)).isInstanceOf(IllegalStateException.class);
        assertThat(store.governanceRecord(1)).contains(adopted);
        GovernanceRecord thenRectified = adopted.closed(GovernanceStatus.RECTIFIED, JUNE, "已整改");
        assertThat(store.close(thenRectified, GovernanceStatus.ADOPTED)).isEqualTo(thenRectified);
        // the adoption's day and note are kept beside the rectification's
        assertThat(store.governanceRecord(1)).hasValueSatisfying(g -> {
            assertThat(g.status()).isEqualTo(GovernanceStatus.RECTIFIED);
            assertThat(g.closedOn()).contains(JUNE);
            assertThat(g.adoptedOn()).contains(JUNE.minusDays(10));
            assertThat(g.adoptionNote()).isEqualTo("司法局复函采纳");
        });
    }

    @Test
    public void closingARecordNotKeptIsRefused() {
        assertThatThrownBy(() -> store.close(recommendation(3).closed(GovernanceStatus.ADOPTED, JUNE, ""),
                GovernanceStatus.PENDING)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    public void recordsKeptAtOnceEachGetTheirOwnNumber() throws Exception {
        int threads = 4;
        int each = 5;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<List<Long>> keeper = () -> {
                    go.await();
                    List<Long> got = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        got.add(store.keep(GovernanceStoreContract::recommendation).number());
                    }
                    return got;
                };
                futures.add(pool.submit(keeper));
            }
            go.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : futures) {
                all.addAll(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(all).doesNotHaveDuplicates().hasSize(threads * each);
            assertThat(store.governanceRecords()).extracting(GovernanceRecord::number)
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, threads * each).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void textThatWouldBreakSqlRoundTrips() {
        String x = LeadStoreContract.INJECTION + " \"引号\" 😀";
        GovernanceRecord r = store.keep(n -> GovernanceRecord.create(n, GovernanceKind.MEETING, x, List.of(x, "司法局"), MAY,
                Optional.empty(), x, x, List.of(x), Optional.empty(), x));

        assertThat(store.governanceRecord(1)).contains(r);
    }
}

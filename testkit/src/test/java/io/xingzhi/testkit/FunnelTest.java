package io.xingzhi.testkit;

import static io.xingzhi.testkit.SampleLeads.lead;
import static io.xingzhi.testkit.SampleLeads.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.app.Actor;
import io.xingzhi.core.app.ApplicationServices;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.stats.ReviewStatistics;
import io.xingzhi.core.stats.ReviewStatistics.Funnel;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The seed's funnel (线索 → 核查 → 成案 → 文书 → 整改, and 移送) on a small county, after the seed's own
 * story: six custody leads confirmed on one day and one 纠正违法通知书 to the detention center the
 * next, two of them rectified in March; a 禁止令 violation confirmed and referred to 公益诉讼部门, later
 * to 监察委员会; a dismissal, and a dismissal reopened; a lead of February confirmed in March. The
 * clock moves from day to day in Beijing, so confirmations carry their day.
 */
class FunnelTest {
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final LocalDate JAN = LocalDate.of(2024, 1, 31);
    static final LocalDate FEB = LocalDate.of(2024, 2, 29);
    static final Actor WANG = new Actor("王检察官", "test");
    static final List<String> CUSTODY = List.of("C1", "C2", "C3", "C4", "C5", "C6");

    /** A clock the test moves to 10:00 Beijing time of a day. */
    static final class Days extends Clock {
        Instant now = Instant.EPOCH;

        void on(LocalDate day) {
            now = day.atTime(10, 0).atZone(BEIJING).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return BEIJING;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    InMemoryLeadStore store;
    ApplicationServices app;
    Days clock;

    Map<String, String> f(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    void review(String id, String... pairs) {
        app.reviews().review(id, f(pairs), WANG);
    }

    @BeforeEach
    void theCountyOfTheSeed() {
        store = new InMemoryLeadStore();
        List<Lead> january = new ArrayList<>();
        CUSTODY.forEach(id -> january.add(lead(id)));
        january.add(lead("P1", "prohibition-order", "ORDER_VIOLATED", "司法局"));
        january.add(lead("P2", "prohibition-order", "ORDER_VIOLATED", "司法局"));
        january.add(lead("R1", "political-rights", "NOT_SUPERVISED", "公安机关"));
        store.saveRun(run(JAN, january.toArray(Lead[]::new)));
        List<Lead> february = new ArrayList<>(january);
        february.add(lead("N1"));
        february.add(lead("R2", "political-rights", "NOT_SUPERVISED", "公安机关"));
        store.saveRun(run(FEB, february.toArray(Lead[]::new)));

        clock = new Days();
        app = ApplicationServices.over(store).clock(clock).build();
        clock.on(LocalDate.of(2024, 2, 1));
        for (String id : CUSTODY) {
            review(id, "action", "verify");
            review(id, "action", "confirm");
        }
        review("P1", "action", "verify");
        review("P1", "action", "confirm");
        review("P2", "action", "verify");
        review("P2", "action", "dismiss", "reason", "数据错误");
        review("R1", "action", "verify");
        review("R1", "action", "dismiss", "reason", "重复");
        clock.on(LocalDate.of(2024, 2, 2));
        app.documents().file(CUSTODY, DocumentType.CORRECTION_NOTICE, Optional.empty(), Optional.empty(), WANG);
        for (String id : CUSTODY) {
            review(id, "action", "issue-document");
        }
        clock.on(LocalDate.of(2024, 2, 3));
        review("P1", "action", "refer", "to", "公益诉讼部门", "note", "涉嫌损害社会公共利益");
        clock.on(LocalDate.of(2024, 2, 5));
        review("R1", "action", "reopen", "note", "发现新的登记记录");
        clock.on(LocalDate.of(2024, 3, 1));
        review("R2", "action", "verify");
        review("R2", "action", "confirm");
        clock.on(LocalDate.of(2024, 3, 5));
        review("C1", "action", "record-reply", "summary", "已投送监狱");
        review("C2", "action", "record-reply", "summary", "已投送监狱");
        review("P1", "action", "refer", "to", "监察委员会", "date", "2024-03-10");
    }

    ReviewStatistics stats(LocalDate from, LocalDate to) {
        return app.statistics().statistics(Optional.ofNullable(from), Optional.ofNullable(to));
    }

    static Funnel of(ReviewStatistics s, String model) {
        return s.byModel().stream().filter(m -> m.model().equals(model)).findFirst().orElseThrow().funnel();
    }

    @Test
    void withoutAPeriodTheFunnelCountsEveryLeadAndTheDecisionsItStillStandsBy() {
        ReviewStatistics s = stats(null, null);

        assertThat(s.funnel()).isEqualTo(new Funnel(11, 9, 8, 1, 6, 2, 2, 1,
                Map.of("公益诉讼部门", 1L, "监察委员会", 1L)));
        assertThat(s.funnel().sentence()).isEqualTo("线索 11 条 → 核查 9 条 → 成案 8 件 → 文书 1 份（涉及线索 6 条） → 整改 2 件；"
                + "移送 2 次（公益诉讼部门 1、监察委员会 1）");
    }

    @Test
    void perModelTheClassCaseNoticeCountsOnceAndTheReferralsBelongToTheProhibitionOrderModel() {
        ReviewStatistics s = stats(null, null);

        assertThat(s.byModel()).extracting(ReviewStatistics.ModelFunnel::model)
                .containsExactly("custody-transfer", "political-rights", "prohibition-order");
        assertThat(of(s, "custody-transfer")).isEqualTo(new Funnel(7, 6, 6, 1, 6, 2, 0, 0, Map.of()));
        assertThat(of(s, "political-rights")).isEqualTo(new Funnel(2, 1, 1, 0, 0, 0, 0, 0, Map.of()));
        assertThat(of(s, "prohibition-order")).isEqualTo(new Funnel(2, 2, 1, 0, 0, 0, 2, 1,
                Map.of("公益诉讼部门", 1L, "监察委员会", 1L)));
        assertThat(s.byModel().get(2).modelLabel()).isEqualTo(SampleLeads.kind("prohibition-order", "ORDER_VIOLATED").modelLabel());
    }

    @Test
    void aPeriodCountsTheLeadsFirstFoundInItAndTheDecisionsDatedInIt() {
        ReviewStatistics feb = stats(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29));
        ReviewStatistics march = stats(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));

        assertThat(feb.funnel()).isEqualTo(new Funnel(2, 8, 7, 1, 6, 0, 1, 1, Map.of("公益诉讼部门", 1L)));
        assertThat(march.funnel()).isEqualTo(new Funnel(0, 1, 1, 0, 0, 2, 1, 1, Map.of("监察委员会", 1L)));
        assertThat(feb.total().leads()).isEqualTo(2);
        assertThat(stats(LocalDate.of(2024, 2, 2), LocalDate.of(2024, 2, 2)).funnel())
                .isEqualTo(new Funnel(0, 0, 0, 1, 6, 0, 0, 0, Map.of()));
    }

    @Test
    void theReportAndTheTextTableCarryTheSameFunnel() {
        ReviewStatistics s = stats(null, null);

        assertThat(app.statistics().report(Optional.empty(), Optional.empty(), 2).statistics()).isEqualTo(s);
        assertThat(s.toTextTable()).contains("线索 → 核查 → 成案 → 文书 → 整改", "合计：" + s.funnel().sentence());
    }
}

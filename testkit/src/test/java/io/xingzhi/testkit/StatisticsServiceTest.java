package io.xingzhi.testkit;

import static io.xingzhi.testkit.SampleLeads.lead;
import static io.xingzhi.testkit.SampleLeads.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xingzhi.core.app.Actor;
import io.xingzhi.core.app.InvalidFieldException;
import io.xingzhi.core.app.ReviewService;
import io.xingzhi.core.app.StatisticsReport;
import io.xingzhi.core.app.StatisticsService;
import io.xingzhi.core.app.DocumentSettings;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.port.StoredDocument;
import io.xingzhi.core.review.DismissReason;
import io.xingzhi.core.review.ReviewAction;
import io.xingzhi.core.stats.ClassCaseReport;
import io.xingzhi.core.stats.ReviewStatistics;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Core's statistics service over the in-memory store: more leads than one page, so the pass over
 * the store pages, in two runs, so the first-seen range matters.
 */
class StatisticsServiceTest {
    static final LocalDate JAN = LocalDate.of(2024, 1, 31);
    static final LocalDate FEB = LocalDate.of(2024, 2, 29);
    static final int MANY = StatisticsService.PAGE * 2 + 17;
    static final Actor ZHANG = new Actor("张检察官", "test");

    InMemoryLeadStore store;
    StatisticsService statistics;

    @BeforeEach
    void twoRunsWithMoreLeadsThanAPage() {
        store = new InMemoryLeadStore();
        List<Lead> january = new ArrayList<>();
        for (int i = 0; i < MANY; i++) {
            january.add(lead("J" + i));
        }
        store.saveRun(run(JAN, january.toArray(Lead[]::new)));
        List<Lead> february = new ArrayList<>(january);
        february.add(lead("F1", "political-rights", "NOT_SUPERVISED", "东港市公安局"));
        february.add(lead("F2", "political-rights", "NOT_SUPERVISED", "东港市公安局"));
        store.saveRun(run(FEB, february.toArray(Lead[]::new)));
        ReviewService reviews = new ReviewService(store, store, store, DocumentSettings.defaults(), Clock.systemUTC());
        // the last leads of the last page: one dismissed, two confirmed and issued under one number, one rectified
        String last = "J" + (MANY - 1);
        for (String id : List.of("J0", last, "F1", "F2")) {
            reviews.review(id, 0, ReviewAction.verify(), "", ZHANG);
        }
        reviews.review("J0", 1, ReviewAction.dismiss(DismissReason.DUPLICATE, ""), "", ZHANG);
        for (String id : List.of(last, "F1", "F2")) {
            reviews.review(id, 1, ReviewAction.confirm(), "", ZHANG);
            reviews.review(id, 2, new ReviewAction.IssueDocument(DocumentType.RECOMMENDATION, "丹检建〔2024〕1号", FEB,
                    "机关", FEB.plusMonths(2)), "", ZHANG);
        }
        reviews.review("F1", 3, new ReviewAction.RecordReply(FEB.plusDays(10), "已整改"), "", ZHANG);
        statistics = new StatisticsService(store);
    }

    @Test
    void everyLeadIsCountedOnceAcrossPagesWithItsDismissalAndDocument() {
        ReviewStatistics s = statistics.statistics(Optional.empty(), Optional.empty());

        ReviewStatistics.Counts t = s.total();
        assertThat(t.leads()).isEqualTo(MANY + 2);
        assertThat(t.newLeads()).isEqualTo(MANY + 2 - 4);
        assertThat(t.dismissedByReason()).isEqualTo(Map.of("DUPLICATE", 1L));
        assertThat(t.confirmed()).isEqualTo(3);
        assertThat(t.documentsByType()).isEqualTo(Map.of("RECOMMENDATION", 1L));
        assertThat(t.awaitingReply()).isEqualTo(2);
        assertThat(t.rectified()).isEqualTo(1);
        assertThat(s.byAgency()).extracting(ReviewStatistics.AgencyRow::agency).containsExactly("东港市公安局", "丹东市看守所");
    }

    @Test
    void theFirstSeenRangeChoosesTheLeadsAndIsKeptWithTheResult() {
        ReviewStatistics feb = statistics.statistics(Optional.of(FEB), Optional.empty());
        assertThat(feb.total().leads()).isEqualTo(2);
        assertThat(feb.from()).contains(FEB);
        assertThat(statistics.statistics(Optional.empty(), Optional.of(JAN)).total().leads()).isEqualTo(MANY);
        assertThat(statistics.statistics(Optional.of(JAN.plusDays(1)), Optional.of(FEB.minusDays(1))).total().leads()).isZero();
    }

    @Test
    void theReportCountsStatisticsAndClassCasesInOnePassAsTheSingleCallsDo() {
        StatisticsReport r = statistics.report(Optional.empty(), Optional.empty(), 1);

        assertThat(r.statistics()).isEqualTo(statistics.statistics(Optional.empty(), Optional.empty()));
        assertThat(r.classCases()).isEqualTo(statistics.classCases(1, Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(r.classCases().groups()).extracting(ClassCaseReport.Group::agency, ClassCaseReport.Group::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("东港市公安局", 2),
                        org.assertj.core.groups.Tuple.tuple("丹东市看守所", 1));
        assertThat(statistics.classCases(2, Optional.empty(), Optional.empty(), Optional.empty()).groups()).hasSize(1);
        assertThat(statistics.classCases(1, Optional.of("丹东市看守所"), Optional.empty(), Optional.empty()).groups())
                .singleElement().satisfies(g -> assertThat(g.leadIds()).containsExactly("J" + (MANY - 1)));
    }

    @Test
    void aRangeBackwardsOrAMinimumUnderOneNamesTheField() {
        assertThatThrownBy(() -> statistics.statistics(Optional.of(FEB), Optional.of(JAN)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("from"));
        assertThatThrownBy(() -> statistics.report(Optional.empty(), Optional.empty(), 0))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("min_count"));
    }

    @Test
    void aClassCaseGroupNamesTheRecommendationsAlreadyFiledOnItsLeadsAndTheLeadsNoneCites() {
        StatisticsService withDocuments = new StatisticsService(store, java.time.ZoneOffset.UTC, Optional.of(store));
        ClassCaseReport.Group before = withDocuments.classCases(2, Optional.empty(), Optional.empty(), Optional.empty())
                .groups().get(0);
        assertThat(before.recommendations()).isEmpty();
        assertThat(before.leadsWithoutRecommendation()).containsExactly("F1", "F2");

        // a notice on F2 is no recommendation; a recommendation on F1 is
        store.saveDocument(new StoredDocument("丹检纠〔2024〕1号", List.of("F2"), DocumentType.CORRECTION_NOTICE, "丹检纠〔2024〕1号",
                FEB, "东港市公安局", Optional.empty(), "…"));
        store.saveDocument(new StoredDocument("丹检建〔2024〕2号", List.of("F1"), DocumentType.RECOMMENDATION, "丹检建〔2024〕2号",
                FEB, "东港市公安局", Optional.empty(), "…"));
        ClassCaseReport.Group after = withDocuments.classCases(2, Optional.empty(), Optional.empty(), Optional.empty())
                .groups().get(0);

        assertThat(after.recommendations()).containsExactly("丹检建〔2024〕2号");
        assertThat(after.leadsWithoutRecommendation()).containsExactly("F2");
        assertThat(statistics.classCases(2, Optional.empty(), Optional.empty(), Optional.empty()).groups().get(0)
                .recommendations()).as("a service given no documents").isEmpty();
    }
}

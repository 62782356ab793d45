package io.xingzhi.testkit;

import static io.xingzhi.testkit.ReviewServiceTest.f;
import static io.xingzhi.testkit.SampleLeads.lead;
import static io.xingzhi.testkit.SampleLeads.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xingzhi.core.app.Actor;
import io.xingzhi.core.app.ApplicationServices;
import io.xingzhi.core.app.GovernanceService;
import io.xingzhi.core.app.InvalidFieldException;
import io.xingzhi.core.app.UnknownGovernanceRecordException;
import io.xingzhi.core.governance.GovernanceKind;
import io.xingzhi.core.governance.GovernanceRecord;
import io.xingzhi.core.governance.GovernanceStatistics;
import io.xingzhi.core.governance.GovernanceStatus;
import io.xingzhi.core.port.AuditEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Core's governance service over the in-memory store: only confirmed leads are cited, every record
 * and closing is audited, and overdue is seen from a date. The clock stands at 2024-07-01 in Beijing.
 */
class GovernanceServiceTest {
    static final Instant NOW = Instant.parse("2024-07-01T02:00:00Z");
    static final Actor WANG = new Actor("王检察官", "cli");
    static final String JUSTICE = "凤城市司法局";
    static final String ENVIRONMENT = "凤城市生态环境局";

    InMemoryLeadStore store;
    ApplicationServices app;
    GovernanceService governance;

    @BeforeEach
    void aStoreWithTwoConfirmedLeadsAndOneNew() {
        store = new InMemoryLeadStore();
        store.saveRun(run(LocalDate.of(2024, 6, 30), lead("A"), lead("B"), lead("C")));
        app = ApplicationServices.over(store).clock(Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"))).build();
        for (String id : List.of("A", "B")) {
            app.reviews().review(id, f("action", "verify"), WANG);
            app.reviews().review(id, f("action", "confirm"), WANG);
        }
        governance = app.governance().orElseThrow();
    }

    GovernanceRecord recommendation() {
        return governance.record(GovernanceKind.RECOMMENDATION, f("title", "关于加强禁止令执行监督的检察建议", "agencies", JUSTICE,
                "date", "2024-05-20", "deadline", "2024-06-20", "number", "凤检刑执建〔2024〕2号"), List.of("A", "B"), WANG);
    }

    @Test
    void theAuditKeepsARecordsTitleWithTheNamesOfTheLeadsItCitesMasked() {
        GovernanceRecord r = governance.record(GovernanceKind.RECOMMENDATION, f("title", "关于张 三（210103199001171536）的检察建议",
                "agencies", JUSTICE, "date", "2024-05-20", "deadline", "2024-06-20"), List.of("A"), WANG);

        AuditEntry last = store.auditTrail(0, 100).get(store.auditTrail(0, 100).size() - 1);
        assertThat(r.title()).as("the record itself keeps what was written").contains("张 三");
        assertThat(last.detail()).isEqualTo("g1 检察建议：关于张*（210103********1536）的检察建议");
    }

    @Test
    void aRecommendationCitingConfirmedLeadsIsKeptPendingAndAudited() {
        GovernanceRecord r = recommendation();

        assertThat(r.id()).isEqualTo("g1");
        assertThat(r.status()).isEqualTo(GovernanceStatus.PENDING);
        assertThat(r.leadIds()).containsExactly("A", "B");
        assertThat(r.agency()).isEqualTo(JUSTICE);
        assertThat(r.documentNumber()).isEqualTo("凤检刑执建〔2024〕2号");
        assertThat(r.recordedBy()).isEqualTo("王检察官");
        AuditEntry last = store.auditTrail(0, 100).get(store.auditTrail(0, 100).size() - 1);
        assertThat(last.action()).isEqualTo("governance recommendation");
        assertThat(last.leadIds()).containsExactly("A", "B");
        assertThat(last.actor()).isEqualTo("王检察官");
    }

    @Test
    void onlyConfirmedLeadsCanBeCitedAndARefusalKeepsNothing() {
        assertThatThrownBy(() -> governance.record(GovernanceKind.RECOMMENDATION, f("title", "建议", "agencies", JUSTICE),
                List.of("A", "C"), WANG))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo(GovernanceService.LEAD_IDS);
                    assertThat(e.getMessage()).contains("lead C is NEW");
                });
        assertThatThrownBy(() -> governance.record(GovernanceKind.RECOMMENDATION, f("title", "建议", "agencies", JUSTICE),
                List.of("NOPE"), WANG)).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> governance.record(GovernanceKind.RECOMMENDATION, f("title", "建议", "agencies", JUSTICE),
                List.of(), WANG)).isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.field()).isEqualTo(GovernanceService.LEAD_IDS));
        assertThat(governance.records()).isEmpty();
    }

    @Test
    void aMeasureNeedsADeadlineAndFollowsFromAMeetingOrARecommendation() {
        GovernanceRecord meeting = governance.record(GovernanceKind.MEETING, f("title", "联席会议",
                "agencies", JUSTICE + "、" + ENVIRONMENT, "date", "2024-05-23", "content", "议定两项整改措施"), List.of(), WANG);
        assertThatThrownBy(() -> governance.record(GovernanceKind.MEASURE, f("title", "建立台账", "agencies", JUSTICE,
                "parent", meeting.id()), List.of(), WANG)).isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.field()).isEqualTo(GovernanceService.DEADLINE));
        GovernanceRecord mechanism = governance.record(GovernanceKind.MECHANISM, f("title", "联动协作机制",
                "agencies", JUSTICE + "," + ENVIRONMENT), List.of(), WANG);
        assertThatThrownBy(() -> governance.record(GovernanceKind.MEASURE, f("title", "建立台账", "agencies", JUSTICE,
                "deadline", "2024-08-01", "parent", mechanism.id()), List.of(), WANG))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("parent"));

        GovernanceRecord measure = governance.record(GovernanceKind.MEASURE, f("title", "建立台账", "agencies", JUSTICE,
                "date", "2024-05-23", "deadline", "2024-08-01", "parent", "g1"), List.of(), WANG);

        assertThat(measure.parent()).contains(1L);
        assertThat(meeting.agencies()).containsExactly(JUSTICE, ENVIRONMENT);
        assertThat(meeting.status()).isEqualTo(GovernanceStatus.HELD);
        assertThat(mechanism.status()).isEqualTo(GovernanceStatus.IN_FORCE);
        assertThat(mechanism.date()).isEqualTo(LocalDate.of(2024, 7, 1));
    }

    @Test
    void aFieldTheKindDoesNotTakeIsRefused() {
        assertThatThrownBy(() -> governance.record(GovernanceKind.MEETING, f("title", "会", "agencies", JUSTICE,
                "number", "1号"), List.of(), WANG)).isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.field()).isEqualTo("number"));
    }

    @Test
    void closingARecommendationAdoptsItThenRectifiesItAndAMeetingCannotBeClosed() {
        recommendation();
        GovernanceRecord meeting = governance.record(GovernanceKind.MEETING, f("title", "会", "agencies", JUSTICE), List.of(),
                WANG);

        GovernanceRecord adopted = governance.close("g1", f("date", "2024-06-10", "note", "司法局复函采纳"), WANG);
        GovernanceRecord rectified = governance.close("1", f("status", "已整改"), WANG);

        assertThat(adopted.status()).isEqualTo(GovernanceStatus.ADOPTED);
        assertThat(adopted.closedOn()).contains(LocalDate.of(2024, 6, 10));
        assertThat(rectified.status()).isEqualTo(GovernanceStatus.RECTIFIED);
        assertThat(rectified.closedOn()).contains(LocalDate.of(2024, 7, 1));
        assertThatThrownBy(() -> governance.close(meeting.id(), f(), WANG)).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> governance.close("g1", f("status", "terminated"), WANG)).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> governance.close("g9", f(), WANG)).isInstanceOf(UnknownGovernanceRecordException.class);
        assertThat(store.auditTrail(0, 100)).extracting(AuditEntry::action).containsSubsequence("governance close",
                "governance close");
    }

    @Test
    void statisticsCountPerAgencyWithOverdueSeenFromTheDateGiven() {
        recommendation(); // g1, reply due 2024-06-20
        governance.record(GovernanceKind.MEETING, f("title", "联席会议", "agencies", JUSTICE + "、" + ENVIRONMENT,
                "date", "2024-05-23"), List.of(), WANG); // g2
        governance.record(GovernanceKind.MEASURE, f("title", "建立台账", "agencies", JUSTICE, "date", "2024-05-23",
                "deadline", "2024-06-15", "parent", "g2"), List.of(), WANG); // g3, overdue after 06-15
        governance.record(GovernanceKind.MEASURE, f("title", "联合巡查", "agencies", ENVIRONMENT, "date", "2024-05-23",
                "deadline", "2024-09-30", "parent", "g2"), List.of(), WANG); // g4
        governance.record(GovernanceKind.MECHANISM, f("title", "联动协作机制", "agencies", JUSTICE + "、" + ENVIRONMENT,
                "date", "2024-05-23", "parent", "g2"), List.of(), WANG); // g5
        governance.close("g1", f("date", "2024-06-10"), WANG);

        GovernanceStatistics june = governance.statistics(Optional.of(LocalDate.of(2024, 6, 10)));
        GovernanceStatistics july = governance.statistics(Optional.empty());

        assertThat(june.total().overdue()).isZero();
        assertThat(july.asOf()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(july.byAgency()).containsExactly(
                new GovernanceStatistics.Row(JUSTICE, 1, 1, 1, 0, 1, 1, 1),
                new GovernanceStatistics.Row(ENVIRONMENT, 0, 0, 1, 0, 0, 1, 1));
        assertThat(july.total()).isEqualTo(new GovernanceStatistics.Row(GovernanceStatistics.TOTAL, 1, 1, 2, 0, 1, 1, 1));
        assertThat(governance.find("g3").status(LocalDate.of(2024, 7, 1))).isEqualTo(GovernanceStatus.OVERDUE);
        assertThat(governance.find("g3").status()).isEqualTo(GovernanceStatus.PENDING);
    }

    @Test
    void aRecordClosedAfterTheAsOfDateIsSeenAsItStoodThenSoWhatWasOverdueStaysOverdue() {
        recommendation(); // g1, reply due 2024-06-20
        governance.record(GovernanceKind.MEETING, f("title", "联席会议", "agencies", JUSTICE, "date", "2024-05-23"), List.of(),
                WANG); // g2
        governance.record(GovernanceKind.MEASURE, f("title", "建立台账", "agencies", JUSTICE, "date", "2024-05-23",
                "deadline", "2024-06-15", "parent", "g2"), List.of(), WANG); // g3, overdue after 06-15
        governance.record(GovernanceKind.MECHANISM, f("title", "联动协作机制", "agencies", JUSTICE, "date", "2024-05-23",
                "parent", "g2"), List.of(), WANG); // g4
        governance.close("g1", f("date", "2024-06-25"), WANG);                      // adopted after its deadline
        governance.close("g3", f("date", "2024-06-28"), WANG);                      // rectified late
        governance.close("g4", f("status", "已终止", "date", "2024-06-30"), WANG);   // ended

        LocalDate june18 = LocalDate.of(2024, 6, 18);
        LocalDate june22 = LocalDate.of(2024, 6, 22);
        assertThat(governance.find("g1").status(june18)).isEqualTo(GovernanceStatus.PENDING);
        assertThat(governance.find("g1").status(june22)).isEqualTo(GovernanceStatus.OVERDUE);
        assertThat(governance.find("g3").status(june22)).isEqualTo(GovernanceStatus.OVERDUE);
        assertThat(governance.find("g4").status(june22)).isEqualTo(GovernanceStatus.IN_FORCE);
        assertThat(governance.statistics(Optional.of(june22)).total())
                .isEqualTo(new GovernanceStatistics.Row(GovernanceStatistics.TOTAL, 1, 0, 1, 0, 2, 1, 1));
        LocalDate july = LocalDate.of(2024, 7, 1);
        assertThat(governance.find("g1").status(july)).isEqualTo(GovernanceStatus.ADOPTED);
        assertThat(governance.find("g3").status(july)).isEqualTo(GovernanceStatus.RECTIFIED);
        assertThat(governance.find("g4").status(july)).isEqualTo(GovernanceStatus.TERMINATED);
        assertThat(governance.find("g1").status(LocalDate.of(2024, 6, 25))).as("closed on that very day")
                .isEqualTo(GovernanceStatus.ADOPTED);
    }

    @Test
    void aClosingDatedBeforeTheRecordNamesTheDateInBothLanguagesAndAClosingNotAllowedNamesTheStatus() {
        recommendation(); // g1, dated 2024-05-20
        assertThatThrownBy(() -> governance.close("g1", f("date", "2024-05-01"), WANG))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo(GovernanceService.DATE);
                    assertThat(e.chineseMessage()).contains("g1 的日期是 2024-05-20，不能在此前的 2024-05-01 办结");
                });
        governance.close("g1", f("date", "2024-06-10"), WANG);
        assertThatThrownBy(() -> governance.close("g1", f("status", "已采纳"), WANG))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo(GovernanceService.STATUS);
                    assertThat(e.chineseMessage()).contains("g1（检察建议，已采纳）不能改为已采纳，可改为已整改");
                });
        assertThat(governance.find("g1").status()).isEqualTo(GovernanceStatus.ADOPTED);
    }

    @Test
    void aRecommendationAdoptedThenRectifiedIsAdoptedOnTheDaysBetweenNotPendingOrOverdue() {
        recommendation(); // g1, dated 2024-05-20, reply due 2024-06-20
        governance.close("g1", f("date", "2024-06-10", "note", "司法局复函采纳"), WANG);
        GovernanceRecord rectified = governance.close("g1", f("status", "已整改", "date", "2024-08-01", "note", "已建台账"), WANG);

        assertThat(rectified.adoptedOn()).contains(LocalDate.of(2024, 6, 10));
        assertThat(rectified.adoptionNote()).isEqualTo("司法局复函采纳");
        assertThat(governance.find("g1")).isEqualTo(rectified);
        assertThat(governance.find("g1").status(LocalDate.of(2024, 6, 1))).isEqualTo(GovernanceStatus.PENDING);
        assertThat(governance.find("g1").status(LocalDate.of(2024, 7, 1))).as("after the reply deadline, adopted before it")
                .isEqualTo(GovernanceStatus.ADOPTED);
        assertThat(governance.find("g1").status(LocalDate.of(2024, 8, 1))).isEqualTo(GovernanceStatus.RECTIFIED);
        assertThat(governance.statistics(Optional.of(LocalDate.of(2024, 7, 1))).total().overdue()).isZero();
    }

    @Test
    void aRectificationDatedBeforeTheAdoptionIsRefusedNamingTheDate() {
        recommendation(); // g1
        governance.close("g1", f("date", "2024-06-10"), WANG);

        assertThatThrownBy(() -> governance.close("g1", f("status", "已整改", "date", "2024-06-01"), WANG))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo(GovernanceService.DATE);
                    assertThat(e.chineseMessage()).contains("g1 已于 2024-06-10 已采纳，不能在此前的 2024-06-01 已整改");
                });
        assertThat(governance.find("g1").status()).isEqualTo(GovernanceStatus.ADOPTED);
    }
}

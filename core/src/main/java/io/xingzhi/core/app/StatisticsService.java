package io.xingzhi.core.app;

import static io.xingzhi.core.app.RequestFields.FROM;
import static io.xingzhi.core.app.RequestFields.MIN_COUNT;

import io.xingzhi.core.port.LeadFilter;
import io.xingzhi.core.port.LeadRepository;
import io.xingzhi.core.port.StoredLead;
import io.xingzhi.core.review.ReviewEvent;
import io.xingzhi.core.port.DocumentStore;
import io.xingzhi.core.port.StoredDocument;
import io.xingzhi.core.stats.ClassCaseReport;
import io.xingzhi.core.stats.ReviewStatistics;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Counting what review made of the stored leads, the one way every door does it: the
 * {@link ReviewStatistics} and the {@link ClassCaseReport}, so the command line's {@code stats} and
 * the REST server's {@code /stats} and {@code /class-cases} give the same numbers on the same store.
 * It promises:
 * <ul>
 *   <li>the leads are those first seen by a run whose as-of date lies in {@code [from, to]} (either
 *       end open when empty); the funnel's decisions ({@link ReviewStatistics.Funnel}: 核查, 成案,
 *       文书, 整改, 移送) are those dated in {@code [from, to]}, whenever their lead was first seen - a
 *       confirmation or dismissal by the day it was recorded, in the service's time zone;</li>
 *   <li>it reads the leads through the {@link LeadRepository} page by page ({@value #PAGE} leads),
 *       with the histories of just the leads ever reviewed, one call per page - never the whole
 *       store at once; once without a period, twice with one (the period's leads, then every lead's
 *       decisions);</li>
 *   <li>a {@code from} after {@code to}, or a {@code min_count} under 1, is an
 *       {@link InvalidFieldException} naming the field.</li>
 * </ul>
 */
public final class StatisticsService {
    /** Leads read per page. */
    public static final int PAGE = 1000;

    private final LeadRepository leads;
    private final ZoneId zone;
    /** The documents filed, for the 类案 report's recommendations already drafted; none when not given. */
    private final Optional<DocumentStore> documents;

    /** Statistics whose funnel dates confirmations and dismissals in the system's time zone. */
    public StatisticsService(LeadRepository leads) {
        this(leads, ZoneId.systemDefault());
    }

    /**
     * @param leads where the leads and their histories are read
     * @param zone the time zone that dates a confirmation or dismissal by the time it was recorded
     *     (the other decisions carry their own date)
     */
    public StatisticsService(LeadRepository leads, ZoneId zone) {
        this(leads, zone, Optional.empty());
    }

    /**
     * @param leads where the leads and their histories are read
     * @param zone the time zone that dates a confirmation or dismissal by the time it was recorded
     * @param documents where filed documents are read: the 类案 report names each group's 检察建议 already
     *     filed ({@link ClassCaseReport.Group#recommendations})
     */
    public StatisticsService(LeadRepository leads, ZoneId zone, Optional<DocumentStore> documents) {
        this.leads = Objects.requireNonNull(leads, "leads");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.documents = Objects.requireNonNull(documents, "documents");
    }

    private List<StoredDocument> filed() {
        return documents.map(DocumentStore::documents).orElse(List.of());
    }

    /** The review statistics of the leads first seen in {@code [from, to]}, with the funnel of that period. */
    public ReviewStatistics statistics(Optional<LocalDate> from, Optional<LocalDate> to) {
        ReviewStatistics.Tally tally = new ReviewStatistics.Tally(from, to, zone);
        tally(tally, from, to, l -> { });
        return tally.result();
    }

    /**
     * The 类案 report of the confirmed leads first seen in {@code [from, to]}.
     *
     * @param minCount the fewest leads a reported group has, at least 1
     * @param agency only leads against this supervised agency, when given
     */
    public ClassCaseReport classCases(int minCount, Optional<String> agency, Optional<LocalDate> from,
                                      Optional<LocalDate> to) {
        checkMinCount(minCount);
        LeadFilter f = agency.map(filter(from, to)::withSupervisedAgency).orElse(filter(from, to));
        List<StoredLead> confirmed = new ArrayList<>();
        scan(f, false, (l, h) -> { }, confirmed::add);
        return ClassCaseReport.of(confirmed, minCount, filed());
    }

    /** Both, over the leads first seen in {@code [from, to]}, in one pass. */
    public StatisticsReport report(Optional<LocalDate> from, Optional<LocalDate> to, int minCount) {
        checkMinCount(minCount);
        ReviewStatistics.Tally tally = new ReviewStatistics.Tally(from, to, zone);
        List<StoredLead> confirmed = new ArrayList<>();
        tally(tally, from, to, confirmed::add);
        return new StatisticsReport(tally.result(), ClassCaseReport.of(confirmed, minCount, filed()));
    }

    /** The period's leads into {@code tally}, and the decisions of the period: in the same pass when there is no period. */
    private void tally(ReviewStatistics.Tally tally, Optional<LocalDate> from, Optional<LocalDate> to,
                       Consumer<StoredLead> confirmed) {
        boolean period = from.isPresent() || to.isPresent();
        scan(filter(from, to), true, (l, h) -> {
            tally.add(l, h);
            if (!period) {
                tally.addDecisions(l, h);
            }
        }, confirmed);
        if (period) {
            scan(LeadFilter.all(), true, tally::addDecisions, l -> { });
        }
    }

    private interface LeadAndHistory {
        void add(StoredLead lead, List<ReviewEvent> history);
    }

    /** Reads every lead of {@code f} page by page; hands each to {@code counted}, and the confirmed ones to {@code confirmed}. */
    private void scan(LeadFilter f, boolean withHistories, LeadAndHistory counted, Consumer<StoredLead> confirmed) {
        for (long offset = 0; ; offset += PAGE) {
            List<StoredLead> page = leads.leads(f.withPage(offset, PAGE));
            Map<String, List<ReviewEvent>> histories = withHistories
                    ? leads.histories(page.stream().filter(ReviewStatistics::needsHistory)
                            .map(StoredLead::leadId).toList())
                    : Map.of();
            for (StoredLead l : page) {
                counted.add(l, histories.getOrDefault(l.leadId(), List.of()));
                if (l.state().confirmed()) {
                    confirmed.accept(l);
                }
            }
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    private static LeadFilter filter(Optional<LocalDate> from, Optional<LocalDate> to) {
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new InvalidFieldException(FROM, from.get() + " is after to " + to.get());
        }
        LeadFilter all = LeadFilter.all();
        return new LeadFilter(all.model(), all.kind(), all.state(), all.supervisedAgency(), from, to, all.stillFound(),
                all.offset(), all.limit());
    }

    private static void checkMinCount(int minCount) {
        if (minCount < 1) {
            throw new InvalidFieldException(MIN_COUNT, minCount + " is less than 1");
        }
    }
}

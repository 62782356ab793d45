package io.xingzhi.adapter.rest;

import io.xingzhi.core.app.RequestFields;
import io.xingzhi.core.app.ReviewService;
import io.xingzhi.core.governance.GovernanceRecord;
import io.xingzhi.core.governance.GovernanceStatistics;
import io.xingzhi.core.governance.GovernanceStatus;
import io.xingzhi.core.lead.Evidence;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.port.RunChanges;
import io.xingzhi.core.port.RunJob;
import io.xingzhi.core.port.StoredDocument;
import io.xingzhi.core.port.StoredLead;
import io.xingzhi.core.port.StoredRun;
import io.xingzhi.core.review.DismissReason;
import io.xingzhi.core.review.ReviewActionType;
import io.xingzhi.core.review.ReviewEvent;
import io.xingzhi.core.stats.ClassCaseReport;
import io.xingzhi.core.stats.ReviewStatistics;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The JSON shapes the server answers with, as plain records (dates as ISO text, absent values as
 * {@code null}), always with full data: what a {@link Role#VIEWER} receives is masked afterwards, all
 * of it, by {@link ViewerMask}. The server writes record components in snake_case ({@code leadId} as
 * {@code lead_id}), so that a {@link LeadView} begins with exactly the fields of a {@code leads.jsonl}
 * line, in the same order and with the same values (CONTRACT.md §4), followed by the review fields.
 */
final class Views {
    private Views() {
    }

    /**
     * One lead as listed: the fields of {@code leads.jsonl} ({@code idNumber} is {@code ""} when the
     * lead was linked by name and birth date, {@code linkedBy} its contract code,
     * {@code suggestedDocument} its Chinese label), then its review state.
     */
    record LeadView(String leadId, String model, String kind, String kindLabel, String idNumber, String name,
                    String caseNumber, String supervisedAgency, String supervisedUnit, String dueOn, String summary,
                    List<String> legalBasis, List<EvidenceView> evidence, String linkedBy, boolean estimated,
                    boolean boundary, String suggestedDocument, Map<String, String> facts,
                    List<MatchView> possibleMatches, String state, String stateLabel,
                    long version, long firstSeenRun, long lastSeenRun, Long noLongerFoundInRun,
                    String replyDeadline) {
    }

    /** One evidence record, as in {@code leads.jsonl}: the dataset's file stem, the source file (or URL), the line. */
    record EvidenceView(String dataset, String file, long line, String role) {
    }

    /** One near match offered on an absence lead, as in {@code leads.jsonl}. */
    record MatchView(String dataset, String file, long line, String reason) {
    }

    /** One review event. */
    record EventView(long seq, String actor, String at, String from, String to, String action, String note,
                     Map<String, String> details) {
    }

    /**
     * One lead with its history, its model's Chinese name and its facts' labels, what the caller may do with it now ({@code allowedActions}: the
     * workflow's moves from its state when the caller's role may review, else none) and the reasons a
     * dismissal may give, so that a client never restates the rules.
     */
    record LeadDetail(LeadView lead, List<EventView> history, String modelLabel, Map<String, String> factLabels,
                      List<ActionView> allowedActions, List<ReasonView> dismissReasons) {
    }

    /** The Chinese label of each fact of the lead, by its key (the key itself when its kind declares none). */
    static Map<String, String> factLabels(StoredLead s) {
        Map<String, String> m = new TreeMap<>();
        s.lead().facts().keySet().forEach(k -> m.put(k, s.lead().kind().factLabel(k)));
        return m;
    }

    /**
     * A review action: its code, its Chinese label, the request fields it takes besides action and
     * expected_version, and the values a field may take when they are a closed list (a dismissal's
     * reason, the department a lead is referred to, a document's type).
     */
    record ActionView(String action, String label, List<String> fields, Map<String, List<ChoiceView>> choices) {
    }

    /** One value a field may take, with its Chinese label. */
    record ChoiceView(String value, String label) {
    }

    /** A dismissal reason: its name and Chinese label. */
    record ReasonView(String reason, String label) {
    }

    /** A filed document as the store keeps it (text as filed). */
    record StoredDocumentView(String number, String type, String typeLabel, List<String> leadIds, String issueDate,
                              String recipient, String replyDeadline, String markdown) {
    }

    /** {@code t} as a lead offers it, with the choices of its closed fields ({@code referralDepartments} for a referral). */
    static ActionView action(ReviewActionType t, List<String> referralDepartments) {
        List<String> fields = ReviewService.fieldsOf(t).stream()
                .filter(f -> !f.equals(RequestFields.ACTION) && !f.equals(RequestFields.EXPECTED_VERSION)).sorted().toList();
        Map<String, List<ChoiceView>> choices = new TreeMap<>();
        if (fields.contains(RequestFields.REASON)) {
            choices.put(RequestFields.REASON, dismissReasons().stream().map(r -> new ChoiceView(r.reason(), r.label())).toList());
        }
        if (fields.contains(RequestFields.DOCUMENT_TYPE)) {
            choices.put(RequestFields.DOCUMENT_TYPE, Arrays.stream(io.xingzhi.core.lead.DocumentType.values())
                    .map(d -> new ChoiceView(d.name(), d.label())).toList());
        }
        if (fields.contains(RequestFields.TO)) {
            choices.put(RequestFields.TO, referralDepartments.stream().map(d -> new ChoiceView(d, d)).toList());
        }
        return new ActionView(t.code(), t.label(), fields, choices);
    }

    static List<ReasonView> dismissReasons() {
        return Arrays.stream(DismissReason.values()).map(r -> new ReasonView(r.name(), r.label())).toList();
    }

    static StoredDocumentView document(StoredDocument d) {
        return new StoredDocumentView(d.number(), d.type().name(), d.type().label(), d.leadIds(), d.date().toString(),
                d.recipient(), d.replyDeadline().map(LocalDate::toString).orElse(null), d.bodyMarkdown());
    }

    /** A page of leads. */
    record LeadPage(long total, long offset, int limit, List<LeadView> leads) {
    }

    /** A run as recorded from its start: running, finished (with the run), failed (with why) or interrupted. */
    record RunJobView(String id, String state, String asOf, String requestedBy, String startedAt, String finishedAt,
                      RunView run, String error, RunChangesView changes) {
    }

    /**
     * Core's {@link RunChanges}: what changed since the run before (none for the first run), counts and
     * the lead ids of each kind of change.
     */
    record RunChangesView(Long sinceRun, long newLeads, long goneLeads, long changedLeads, long unchanged,
                          List<String> newLeadIds, List<String> goneLeadIds, List<String> changedLeadIds) {
    }

    static RunChangesView changes(RunChanges c) {
        return new RunChangesView(c.since() == 0 ? null : c.since(), c.newLeads().size(), c.goneLeads().size(),
                c.changedLeads().size(), c.unchanged(), c.newLeads(), c.goneLeads(), c.changedLeads());
    }

    /** A run job's id as the API shows it: {@code r} and its number. */
    static String jobId(RunJob j) {
        return "r" + j.number();
    }

    /**
     * A run job; {@code run} the run it kept, when finished. Who requested it is shown only when
     * {@code showRequester} (not to viewers).
     */
    static RunJobView job(RunJob j, Optional<StoredRun> run, boolean showRequester) {
        return job(j, run, showRequester, Optional.empty());
    }

    /** A run job with what its run changed ({@code changes}, when known). */
    static RunJobView job(RunJob j, Optional<StoredRun> run, boolean showRequester, Optional<RunChanges> changes) {
        return new RunJobView(jobId(j), j.state().name().toLowerCase(java.util.Locale.ROOT), j.asOf().toString(),
                showRequester ? j.requestedBy() : null, j.startedAt().toString(),
                j.finishedAt().map(Object::toString).orElse(null), run.map(Views::run).orElse(null), j.error().orElse(null),
                changes.map(Views::changes).orElse(null));
    }

    /** A run. */
    record RunView(long number, String asOf, String startedAt, String finishedAt, Map<String, String> parameters,
                   long leads, long newLeads, long reappeared, long noLongerFound, long rowsRead, long rowsRejected,
                   Map<String, Map<String, Long>> leadsByModelAndKind) {
    }

    /**
     * Core's {@link ReviewStatistics}, member for member (the command line's {@code stats --json}
     * writes the same record the same way): the first-seen range, the total, per model and kind,
     * per supervised agency.
     */
    record StatsView(String from, String to, CountsView total, List<KindRowView> byKind, List<AgencyRowView> byAgency,
                     FunnelView funnel, List<ModelFunnelView> byModel) {
    }

    /** {@link ReviewStatistics.Funnel}: 线索 → 核查 → 成案 → 文书 → 整改, and 移送. */
    record FunnelView(long leads, long verified, long confirmed, long documents, long documentLeads, long rectified,
                      long referrals, long referredLeads, Map<String, Long> referralsByRecipient) {
    }

    /** {@link ReviewStatistics.ModelFunnel}. */
    record ModelFunnelView(String model, String modelLabel, FunnelView funnel) {
    }

    /** {@link ReviewStatistics.Counts}. */
    record CountsView(long leads, long newLeads, long verifying, long confirmed, long dismissed,
                      Map<String, Long> dismissedByReason, Map<String, Long> documentsByType, long awaitingReply,
                      long rectified, long replyOverdue) {
    }

    /** {@link ReviewStatistics.KindRow}. */
    record KindRowView(String model, String kind, String kindLabel, CountsView counts) {
    }

    /** {@link ReviewStatistics.AgencyRow}. */
    record AgencyRowView(String agency, CountsView counts) {
    }

    /** A filed document, as drafted, with its number (文号). */
    record DocumentView(String type, String number, String title, String procuratorate, String recipient,
                        List<String> leadIds, List<String> legalBasis, String issueDate, String replyDeadline,
                        String templateName, boolean classCase, String markdown, Map<String, Long> noLongerFound) {
    }

    /** One 类案 group. */
    record ClassCaseGroupView(String agency, String model, String kind, String kindLabel, int count,
                              List<String> leadIds, List<String> caseNumbers, String earliest, String latest,
                              String pattern, List<String> recommendations, List<String> leadsWithoutRecommendation) {
    }

    /**
     * The 类案 report, with the source governance (诉源治理) of each agency that has a group: 检察建议
     * adopted, measures overdue, mechanisms in force (empty when it has none or the store keeps none).
     */
    record ClassCasesView(int minCount, List<ClassCaseGroupView> groups, List<GovernanceRowView> governance) {
    }

    static StatsView stats(ReviewStatistics s) {
        return new StatsView(s.from().map(LocalDate::toString).orElse(null), s.to().map(LocalDate::toString).orElse(null),
                counts(s.total()), s.byKind().stream().map(r -> new KindRowView(r.model(), r.kind(), r.kindLabel(),
                        counts(r.counts()))).toList(),
                s.byAgency().stream().map(r -> new AgencyRowView(r.agency(), counts(r.counts()))).toList(),
                funnel(s.funnel()), s.byModel().stream()
                        .map(m -> new ModelFunnelView(m.model(), m.modelLabel(), funnel(m.funnel()))).toList());
    }

    private static FunnelView funnel(ReviewStatistics.Funnel f) {
        return new FunnelView(f.leads(), f.verified(), f.confirmed(), f.documents(), f.documentLeads(), f.rectified(),
                f.referrals(), f.referredLeads(), f.referralsByRecipient());
    }

    private static CountsView counts(ReviewStatistics.Counts c) {
        return new CountsView(c.leads(), c.newLeads(), c.verifying(), c.confirmed(), c.dismissed(), c.dismissedByReason(),
                c.documentsByType(), c.awaitingReply(), c.rectified(), c.replyOverdue());
    }

    static ClassCasesView classCases(ClassCaseReport r, Optional<GovernanceStatistics> governance) {
        java.util.Set<String> agencies = new java.util.HashSet<>();
        r.groups().forEach(g -> agencies.add(g.agency()));
        return new ClassCasesView(r.minCount(), r.groups().stream().map(g -> new ClassCaseGroupView(g.agency(), g.model(),
                g.kind(), g.kindLabel(), g.count(), g.leadIds(), g.caseNumbers(),
                g.earliest().map(LocalDate::toString).orElse(null), g.latest().map(LocalDate::toString).orElse(null),
                g.pattern(), g.recommendations(), g.leadsWithoutRecommendation())).toList(),
                governance.map(gs -> gs.byAgency().stream().filter(row -> agencies.contains(row.agency()))
                        .map(Views::governanceRow).toList()).orElse(List.of()));
    }

    static LeadView lead(StoredLead s) {
        Lead l = s.lead();
        Map<String, String> facts = new TreeMap<>(l.facts());
        List<EvidenceView> ev = l.evidence().stream().map(Views::evidence).toList();
        List<MatchView> matches = l.possibleMatches().stream().map(m -> new MatchView(m.ref().dataset().fileStem(),
                m.ref().source(), m.ref().line(), m.reason())).toList();
        return new LeadView(l.leadId(), l.model(), l.kindCode(), l.kind().label(), l.idText(), l.name(), l.caseNumber(),
                l.supervisedAgency(), l.supervisedUnit(), l.dueOn().map(LocalDate::toString).orElse(null),
                l.summary(), l.legalBasis(), ev,
                l.linkedBy().code(), l.estimated(), l.boundary(), l.suggestedDocument().label(), facts, matches,
                s.state().name(),
                s.state().label(), s.version(), s.firstSeenRun(), s.lastSeenRun(), s.noLongerFoundInRun().orElse(null),
                s.replyDeadline().map(LocalDate::toString).orElse(null));
    }

    static EvidenceView evidence(Evidence e) {
        return new EvidenceView(e.ref().dataset().fileStem(), e.ref().source(), e.ref().line(), e.role());
    }

    static EventView event(ReviewEvent e) {
        return new EventView(e.seq(), e.actor(), e.at().toString(), e.from().name(), e.to().name(), e.action().code(),
                e.note(), e.details());
    }

    static RunView run(StoredRun r) {
        return new RunView(r.number(), r.asOf().toString(), r.startedAt().toString(), r.finishedAt().toString(),
                r.parameters(), r.leads(), r.newLeads(), r.reappeared(), r.noLongerFound(), r.rowsRead(),
                r.rowsRejected(), r.leadsByModelAndKind());
    }
    /** A source-governance record, its status as seen on a date ({@code overdue} computed). */
    record GovernanceView(String id, String kind, String kindLabel, String title, List<String> agencies, String date,
                          String deadline, String number, String content, List<String> leadIds, String parent,
                          String status, String statusLabel, String closedOn, String closingNote, String adoptedOn,
                          String adoptionNote, String recordedBy) {
    }

    /** {@link GovernanceStatistics.Row}. */
    record GovernanceRowView(String agency, long recommendations, long adopted, long measures, long rectified,
                             long overdue, long meetings, long mechanismsInForce) {
    }

    /** Every governance record and the counts per agency, as of a date. */
    record GovernanceListView(String asOf, List<GovernanceView> records, List<GovernanceRowView> byAgency,
                              GovernanceRowView total) {
    }

    static GovernanceView governance(GovernanceRecord r, LocalDate asOf) {
        GovernanceStatus now = r.status(asOf);
        return new GovernanceView(r.id(), r.kind().code(), r.kind().label(), r.title(), r.agencies(), r.date().toString(),
                r.deadline().map(Object::toString).orElse(null), r.documentNumber(), r.content(), r.leadIds(),
                r.parent().map(n -> "g" + n).orElse(null), now.code(), now.label(),
                r.closedOn().map(Object::toString).orElse(null), r.closingNote(),
                r.adoptedOn().map(Object::toString).orElse(null), r.adoptionNote(), r.recordedBy());
    }

    static GovernanceListView governance(LocalDate asOf, List<GovernanceRecord> records, GovernanceStatistics stats) {
        return new GovernanceListView(asOf.toString(), records.stream().map(r -> governance(r, asOf)).toList(),
                stats.byAgency().stream().map(Views::governanceRow).toList(), governanceRow(stats.total()));
    }

    static GovernanceRowView governanceRow(GovernanceStatistics.Row r) {
        return new GovernanceRowView(r.agency(), r.recommendations(), r.adopted(), r.measures(), r.rectified(), r.overdue(),
                r.meetings(), r.mechanismsInForce());
    }
}

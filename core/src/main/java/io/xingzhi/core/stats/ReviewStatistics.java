package io.xingzhi.core.stats;

import io.xingzhi.core.value.DisplayWidth;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.port.StoredLead;
import io.xingzhi.core.review.DismissReason;
import io.xingzhi.core.review.ReviewAction;
import io.xingzhi.core.review.ReviewActionType;
import io.xingzhi.core.review.ReviewEvent;
import io.xingzhi.core.review.ReviewState;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How far review has carried the stored leads: per model and kind, per supervised agency and in
 * total, the leads and where they stand (新线索, 核查中, 成案, 排除 by reason, documents issued by
 * type, awaiting reply, 已整改, 逾期未回复). Restricted to leads first seen by a run whose as-of date
 * lies in a range, when one is given. Counts are of the current standing, so saving the same run
 * again changes none of them. Records only, so they serialise to JSON as they are. Counted with a
 * {@link Tally}; {@code io.xingzhi.core.app.StatisticsService} feeds it from the store.
 *
 * <p>Besides, the seed's <b>funnel</b> ({@link Funnel}), in total and per model: 线索 → 核查 → 成案 →
 * 文书 → 整改, with the referrals (移送). Its leads are those first seen in the range, as above; its
 * decisions are those <i>dated</i> in the range (a period's work: the leads a year brought, and what
 * was verified, confirmed, documented, rectified and referred that year), each lead counted for the
 * decision it still stands by.
 *
 * @param from first seen (and, for the funnel's decisions, decided) on or after this date, when given
 * @param to first seen (and, for the funnel's decisions, decided) on or before this date, when given
 * @param total every counted lead
 * @param byKind per model and kind, in model then kind order
 * @param byAgency per supervised agency, in agency order
 * @param funnel the seed's funnel, in total
 * @param byModel the funnel per model, in model order
 */
public record ReviewStatistics(Optional<LocalDate> from, Optional<LocalDate> to, Counts total, List<KindRow> byKind,
                               List<AgencyRow> byAgency, Funnel funnel, List<ModelFunnel> byModel) {
    private static final Set<ReviewState> ISSUED = EnumSet.of(ReviewState.DOCUMENT_ISSUED, ReviewState.RECTIFIED,
            ReviewState.REPLY_OVERDUE);

    public ReviewStatistics {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(total, "total");
        byKind = List.copyOf(byKind);
        byAgency = List.copyOf(byAgency);
        Objects.requireNonNull(funnel, "funnel");
        byModel = List.copyOf(byModel);
    }

    /**
     * The seed's funnel (线索 → 核查 → 成案 → 文书 → 整改, and 移送), as the county reports its results
     * ("64 leads → 46 cases → 20 documents"). Leads are counted by the run that first found them,
     * every other stage by the date of its decision; a lead counts for a stage only while it still
     * stands by that decision (a dismissal reopened is no longer 核查, a confirmed lead is).
     *
     * @param leads 线索: leads first found by a run in the period
     * @param verified 核查: leads verified (confirmed or dismissed) in the period, by the date of that decision
     * @param confirmed 成案: leads confirmed as cases in the period (confirmed or any later state)
     * @param documents 文书: documents issued in the period (distinct type and number: a 类案 document counts once)
     * @param documentLeads the leads those documents were issued for
     * @param rectified 整改: leads whose agency's reply (rectified) was recorded in the period
     * @param referrals 移送: referrals dated in the period (a lead referred twice counts twice)
     * @param referredLeads the leads referred in the period
     * @param referralsByRecipient referrals per department or body, by name
     */
    public record Funnel(long leads, long verified, long confirmed, long documents, long documentLeads, long rectified,
                         long referrals, long referredLeads, Map<String, Long> referralsByRecipient) {
        public Funnel {
            referralsByRecipient = Collections.unmodifiableMap(new TreeMap<>(referralsByRecipient));
        }

        /**
         * The funnel in the seed's words, on one line: {@code 线索 64 条 → 核查 50 条 → 成案 46 件 → 文书 20 份（涉及线索 30 条）
         * → 整改 12 件；移送 3 次（公益诉讼部门 2、监察委员会 1）}.
         */
        public String sentence() {
            StringBuilder b = new StringBuilder("线索 " + leads + " 条 → 核查 " + verified + " 条 → 成案 " + confirmed + " 件 → 文书 "
                    + documents + " 份（涉及线索 " + documentLeads + " 条） → 整改 " + rectified + " 件；移送 " + referrals + " 次");
            if (!referralsByRecipient.isEmpty()) {
                List<String> parts = new java.util.ArrayList<>();
                referralsByRecipient.forEach((k, v) -> parts.add(k + " " + v));
                b.append("（").append(String.join("、", parts)).append("）");
            }
            return b.toString();
        }
    }

    /**
     * The funnel of one model.
     *
     * @param model the model's code, e.g. {@code prohibition-order}
     * @param modelLabel its Chinese name, e.g. {@code 社区矫正禁止令}
     * @param funnel its funnel
     */
    public record ModelFunnel(String model, String modelLabel, Funnel funnel) {
        public ModelFunnel {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(modelLabel, "modelLabel");
            Objects.requireNonNull(funnel, "funnel");
        }
    }

    /**
     * Counts of leads in one group.
     *
     * @param leads leads
     * @param newLeads still {@link ReviewState#NEW} (新线索)
     * @param verifying {@link ReviewState#VERIFYING} (核查中)
     * @param confirmed confirmed as cases (成案): confirmed or any later state
     * @param dismissed {@link ReviewState#DISMISSED} (排除)
     * @param dismissedByReason dismissed by {@link DismissReason} name
     * @param documentsByType documents issued (distinct type + number) by {@link DocumentType} name
     * @param awaitingReply {@link ReviewState#DOCUMENT_ISSUED}: reply awaited
     * @param rectified {@link ReviewState#RECTIFIED} (已整改)
     * @param replyOverdue {@link ReviewState#REPLY_OVERDUE} (逾期未回复)
     */
    public record Counts(long leads, long newLeads, long verifying, long confirmed, long dismissed,
                         Map<String, Long> dismissedByReason, Map<String, Long> documentsByType, long awaitingReply,
                         long rectified, long replyOverdue) {
        public Counts {
            dismissedByReason = Collections.unmodifiableMap(new TreeMap<>(dismissedByReason));
            documentsByType = Collections.unmodifiableMap(new TreeMap<>(documentsByType));
        }

        /** Documents issued, all types. */
        public long documents() {
            return documentsByType.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Counts for one model and kind. */
    public record KindRow(String model, String kind, String kindLabel, Counts counts) {
    }

    /** Counts for one supervised agency. */
    public record AgencyRow(String agency, Counts counts) {
    }

    /** True when counting a lead in {@code state} needs its history (the reason it was dismissed, the document issued). */
    public static boolean needsHistory(ReviewState state) {
        return state == ReviewState.DISMISSED || ISSUED.contains(state);
    }

    /** True when the funnel's decisions about a lead need its history: it was ever reviewed. */
    public static boolean needsHistory(StoredLead lead) {
        return lead.version() > 0;
    }

    /**
     * Counts leads one at a time, so a caller can feed them page by page without holding them all.
     * Every lead added is counted; choosing the leads (a first-seen range) is the caller's part.
     */
    public static final class Tally {
        private final Optional<LocalDate> from;
        private final Optional<LocalDate> to;
        private final ZoneId zone;
        private final Acc total = new Acc();
        private final Map<String, Acc> kinds = new TreeMap<>();
        private final Map<String, String> kindLabels = new java.util.HashMap<>();
        private final Map<String, Acc> agencies = new TreeMap<>();
        private final FunnelAcc funnel = new FunnelAcc();
        private final Map<String, FunnelAcc> models = new TreeMap<>();
        private final Map<String, String> modelLabels = new java.util.HashMap<>();

        /**
         * A tally whose funnel dates decisions without a date of their own (confirm, dismiss) in the
         * system's time zone.
         *
         * @param from the first-seen range the added leads were chosen by, for the result; empty when open
         * @param to its end; empty when open
         */
        public Tally(Optional<LocalDate> from, Optional<LocalDate> to) {
            this(from, to, ZoneId.systemDefault());
        }

        /**
         * @param from the first-seen range the added leads were chosen by, and the start of the period
         *     the funnel's decisions are counted in; empty when open
         * @param to their end; empty when open
         * @param zone the time zone that dates a decision by the time it was recorded (confirm, dismiss)
         */
        public Tally(Optional<LocalDate> from, Optional<LocalDate> to, ZoneId zone) {
            this.from = Objects.requireNonNull(from, "from");
            this.to = Objects.requireNonNull(to, "to");
            this.zone = Objects.requireNonNull(zone, "zone");
        }

        /**
         * Counts one lead: its standing and, in the funnel, as one of the period's leads. Its
         * decisions go to the funnel only through {@link #addDecisions}.
         *
         * @param s the stored lead
         * @param history its events, oldest first; may be empty unless {@link #needsHistory} holds for its state
         */
        public void add(StoredLead s, List<ReviewEvent> history) {
            total.add(s, history);
            String key = s.lead().model() + "\u0000" + s.lead().kindCode();
            kinds.computeIfAbsent(key, k -> new Acc()).add(s, history);
            kindLabels.putIfAbsent(key, s.lead().kind().label());
            agencies.computeIfAbsent(s.lead().supervisedAgency(), k -> new Acc()).add(s, history);
            funnel.leads++;
            model(s).leads++;
        }

        /**
         * Counts one lead's decisions dated in the period into the funnel, whenever the lead was first
         * seen: a caller with a period adds every lead here, one without adds the same leads as to
         * {@link #add}.
         *
         * @param s the stored lead
         * @param history all its events, oldest first (empty only for a lead never reviewed)
         */
        public void addDecisions(StoredLead s, List<ReviewEvent> history) {
            funnel.decide(s, history, this);
            model(s).decide(s, history, this);
        }

        private FunnelAcc model(StoredLead s) {
            modelLabels.putIfAbsent(s.lead().model(), s.lead().kind().modelLabel());
            return models.computeIfAbsent(s.lead().model(), k -> new FunnelAcc());
        }

        private boolean inPeriod(LocalDate d) {
            return from.map(f -> !d.isBefore(f)).orElse(true) && to.map(t -> !d.isAfter(t)).orElse(true);
        }

        private boolean inPeriod(String isoDate) {
            try {
                return isoDate != null && inPeriod(LocalDate.parse(isoDate));
            } catch (java.time.format.DateTimeParseException e) {
                return false; // an event of an older version without its date: no date, no period
            }
        }

        private boolean inPeriod(java.time.Instant at) {
            return inPeriod(LocalDate.ofInstant(at, zone));
        }

        /** The statistics of every lead added so far. */
        public ReviewStatistics result() {
            List<KindRow> byKind = kinds.entrySet().stream().map(e -> {
                String[] mk = e.getKey().split("\u0000", 2);
                return new KindRow(mk[0], mk[1], kindLabels.get(e.getKey()), e.getValue().counts());
            }).toList();
            List<AgencyRow> byAgency = agencies.entrySet().stream()
                    .map(e -> new AgencyRow(e.getKey(), e.getValue().counts())).toList();
            List<ModelFunnel> byModel = models.entrySet().stream()
                    .map(e -> new ModelFunnel(e.getKey(), modelLabels.get(e.getKey()), e.getValue().funnel())).toList();
            return new ReviewStatistics(from, to, total.counts(), byKind, byAgency, funnel.funnel(), byModel);
        }
    }

    /** One funnel being counted. */
    private static final class FunnelAcc {
        long leads;
        long verified;
        long confirmed;
        long documentLeads;
        long rectified;
        long referrals;
        long referredLeads;
        final Set<String> documents = new HashSet<>();
        final Map<String, Long> byRecipient = new TreeMap<>();

        void decide(StoredLead s, List<ReviewEvent> history, Tally t) {
            ReviewState st = s.state();
            if (st.confirmed() || st == ReviewState.DISMISSED) {
                ReviewActionType decision = st.confirmed() ? ReviewActionType.CONFIRM : ReviewActionType.DISMISS;
                Optional<ReviewEvent> e = Acc.last(history, decision, x -> x);
                if (e.isPresent() && t.inPeriod(e.get().at())) {
                    verified++;
                    confirmed += decision == ReviewActionType.CONFIRM ? 1 : 0;
                }
            }
            if (ISSUED.contains(st)) {
                Acc.last(history, ReviewActionType.ISSUE_DOCUMENT, x -> x)
                        .filter(e -> t.inPeriod(e.details().get(ReviewAction.DOCUMENT_DATE))).ifPresent(e -> {
                            documentLeads++;
                            documents.add(e.details().getOrDefault(ReviewAction.DOCUMENT_TYPE, "?") + "\u0000"
                                    + e.details().getOrDefault(ReviewAction.DOCUMENT_NUMBER, s.leadId()));
                        });
            }
            if (st == ReviewState.RECTIFIED) {
                Acc.last(history, ReviewActionType.RECORD_REPLY, x -> x)
                        .filter(e -> t.inPeriod(e.details().get(ReviewAction.REPLY_DATE))).ifPresent(e -> rectified++);
            }
            boolean referred = false;
            for (ReviewEvent e : history) {
                if (e.action() == ReviewActionType.REFER && t.inPeriod(e.details().get(ReviewAction.REFERRAL_DATE))) {
                    referrals++;
                    byRecipient.merge(e.details().getOrDefault(ReviewAction.REFERRED_TO, "?"), 1L, Long::sum);
                    referred = true;
                }
            }
            referredLeads += referred ? 1 : 0;
        }

        Funnel funnel() {
            return new Funnel(leads, verified, confirmed, documents.size(), documentLeads, rectified, referrals, referredLeads,
                    byRecipient);
        }
    }

    private static final int LABEL_COLUMNS = 56;
    private static final int NUMBER_COLUMNS = 6;

    /**
     * The statistics as plain-text tables, one row per kind and per agency, then the total; columns
     * line up in a terminal (a Chinese character is two columns wide, {@link DisplayWidth}).
     */
    public String toTextTable() {
        StringBuilder b = new StringBuilder();
        b.append("审查统计").append(from.isPresent() || to.isPresent()
                ? "（首次发现 " + from.map(LocalDate::toString).orElse("…") + " 至 " + to.map(LocalDate::toString).orElse("…") + "）"
                : "").append('\n');
        StringBuilder h = new StringBuilder(DisplayWidth.padRight("", LABEL_COLUMNS));
        for (String c : new String[] {"线索", "新线索", "核查中", "成案", "排除", "文书", "待回复", "已整改", "逾期"}) {
            h.append(' ').append(DisplayWidth.padLeft(c, NUMBER_COLUMNS));
        }
        String head = h.toString().stripTrailing() + "\n";
        b.append('\n').append("按模型与类型\n").append(head);
        for (KindRow r : byKind) {
            row(b, r.model() + " " + r.kind() + " " + r.kindLabel(), r.counts());
        }
        b.append('\n').append("按被监督单位\n").append(head);
        for (AgencyRow r : byAgency) {
            row(b, r.agency(), r.counts());
        }
        b.append('\n');
        row(b, "合计", total);
        if (!total.dismissedByReason().isEmpty()) {
            b.append("排除原因：");
            total.dismissedByReason().forEach((k, v) -> b.append(DismissReason.valueOf(k).label()).append(' ').append(v).append("；"));
            b.append('\n');
        }
        if (!total.documentsByType().isEmpty()) {
            b.append("文书：");
            total.documentsByType().forEach((k, v) -> b.append(DocumentType.valueOf(k).label()).append(' ').append(v).append("；"));
            b.append('\n');
        }
        b.append('\n').append("线索 → 核查 → 成案 → 文书 → 整改").append('\n').append("合计：").append(funnel.sentence()).append('\n');
        for (ModelFunnel m : byModel) {
            b.append(m.modelLabel()).append("：").append(m.funnel().sentence()).append('\n');
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String label, Counts c) {
        StringBuilder r = new StringBuilder(DisplayWidth.padRight(label, LABEL_COLUMNS));
        for (long n : new long[] {c.leads(), c.newLeads(), c.verifying(), c.confirmed(), c.dismissed(), c.documents(),
                c.awaitingReply(), c.rectified(), c.replyOverdue()}) {
            r.append(' ').append(DisplayWidth.padLeft(Long.toString(n), NUMBER_COLUMNS));
        }
        b.append(r).append('\n');
    }

    private static final class Acc {
        long leads;
        long newLeads;
        long verifying;
        long confirmed;
        long dismissed;
        long awaiting;
        long rectified;
        long overdue;
        final Map<String, Long> reasons = new TreeMap<>();
        final Map<String, Set<String>> documents = new TreeMap<>();

        void add(StoredLead s, List<ReviewEvent> history) {
            leads++;
            ReviewState st = s.state();
            newLeads += st == ReviewState.NEW ? 1 : 0;
            verifying += st == ReviewState.VERIFYING ? 1 : 0;
            confirmed += st.confirmed() ? 1 : 0;
            awaiting += st == ReviewState.DOCUMENT_ISSUED ? 1 : 0;
            rectified += st == ReviewState.RECTIFIED ? 1 : 0;
            overdue += st == ReviewState.REPLY_OVERDUE ? 1 : 0;
            if (st == ReviewState.DISMISSED) {
                dismissed++;
                String reason = last(history, ReviewActionType.DISMISS, e -> e.details().get(ReviewAction.REASON))
                        .orElse(DismissReason.OTHER.name());
                reasons.merge(reason, 1L, Long::sum);
            }
            if (ISSUED.contains(st)) {
                last(history, ReviewActionType.ISSUE_DOCUMENT, e -> e).ifPresent(e -> documents
                        .computeIfAbsent(e.details().getOrDefault(ReviewAction.DOCUMENT_TYPE, "?"), k -> new HashSet<>())
                        .add(e.details().getOrDefault(ReviewAction.DOCUMENT_NUMBER, s.leadId())));
            }
        }

        Counts counts() {
            Map<String, Long> docs = new TreeMap<>();
            documents.forEach((k, v) -> docs.put(k, (long) v.size()));
            return new Counts(leads, newLeads, verifying, confirmed, dismissed, reasons, docs, awaiting, rectified, overdue);
        }

        static <T> Optional<T> last(List<ReviewEvent> h, ReviewActionType type, Function<ReviewEvent, T> f) {
            for (int i = h.size() - 1; i >= 0; i--) {
                if (h.get(i).action() == type) {
                    return Optional.ofNullable(f.apply(h.get(i)));
                }
            }
            return Optional.empty();
        }
    }
}

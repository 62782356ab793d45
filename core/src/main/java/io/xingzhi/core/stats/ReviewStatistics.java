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
 * @param from first seen on or after this as-of date, when given
 * @param to first seen on or before this as-of date, when given
 * @param total every counted lead
 * @param byKind per model and kind, in model then kind order
 * @param byAgency per supervised agency, in agency order
 */
public record ReviewStatistics(Optional<LocalDate> from, Optional<LocalDate> to, Counts total, List<KindRow> byKind,
                               List<AgencyRow> byAgency) {
    private static final Set<ReviewState> CONFIRMED = EnumSet.of(ReviewState.CONFIRMED, ReviewState.DOCUMENT_ISSUED,
            ReviewState.RECTIFIED, ReviewState.REPLY_OVERDUE);
    private static final Set<ReviewState> ISSUED = EnumSet.of(ReviewState.DOCUMENT_ISSUED, ReviewState.RECTIFIED,
            ReviewState.REPLY_OVERDUE);

    public ReviewStatistics {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(total, "total");
        byKind = List.copyOf(byKind);
        byAgency = List.copyOf(byAgency);
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

    /**
     * Counts leads one at a time, so a caller can feed them page by page without holding them all.
     * Every lead added is counted; choosing the leads (a first-seen range) is the caller's part.
     */
    public static final class Tally {
        private final Optional<LocalDate> from;
        private final Optional<LocalDate> to;
        private final Acc total = new Acc();
        private final Map<String, Acc> kinds = new TreeMap<>();
        private final Map<String, String> kindLabels = new java.util.HashMap<>();
        private final Map<String, Acc> agencies = new TreeMap<>();

        /**
         * @param from the first-seen range the added leads were chosen by, for the result; empty when open
         * @param to its end; empty when open
         */
        public Tally(Optional<LocalDate> from, Optional<LocalDate> to) {
            this.from = Objects.requireNonNull(from, "from");
            this.to = Objects.requireNonNull(to, "to");
        }

        /**
         * Counts one lead.
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
        }

        /** The statistics of every lead added so far. */
        public ReviewStatistics result() {
            List<KindRow> byKind = kinds.entrySet().stream().map(e -> {
                String[] mk = e.getKey().split("\u0000", 2);
                return new KindRow(mk[0], mk[1], kindLabels.get(e.getKey()), e.getValue().counts());
            }).toList();
            List<AgencyRow> byAgency = agencies.entrySet().stream()
                    .map(e -> new AgencyRow(e.getKey(), e.getValue().counts())).toList();
            return new ReviewStatistics(from, to, total.counts(), byKind, byAgency);
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
            confirmed += CONFIRMED.contains(st) ? 1 : 0;
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

        private static <T> Optional<T> last(List<ReviewEvent> h, ReviewActionType type, Function<ReviewEvent, T> f) {
            for (int i = h.size() - 1; i >= 0; i--) {
                if (h.get(i).action() == type) {
                    return Optional.ofNullable(f.apply(h.get(i)));
                }
            }
            return Optional.empty();
        }
    }
}

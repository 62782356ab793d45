package io.xingzhi.core.stats;

import io.xingzhi.core.document.DocumentDrafter;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.port.StoredDocument;
import io.xingzhi.core.port.StoredLead;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A 类案 report: confirmed leads (成案 or later) grouped by supervised agency and lead kind, each group
 * with its count, lead ids, case numbers, time span (earliest and latest due date, or, for a lead without
 * one, the dates among its facts of what happened - not the bounds of the periods it quotes: see
 * {@link DocumentDrafter#datesOf}) and a sentence naming the recurring pattern - enough to ground one
 * systemic 检察建议 per group. Groups smaller than the minimum are left out.
 *
 * @param minCount the fewest confirmed leads a group needs to be reported
 * @param groups the groups, by agency then model then kind
 */
public record ClassCaseReport(int minCount, List<Group> groups) {

    public ClassCaseReport {
        groups = List.copyOf(groups);
    }

    /**
     * One agency's recurring problem of one kind.
     *
     * @param agency the supervised agency
     * @param model the model
     * @param kind the kind
     * @param kindLabel the kind's Chinese name
     * @param count confirmed leads
     * @param leadIds their ids, in store order
     * @param caseNumbers their case numbers, each once
     * @param earliest the earliest date of the span, when any lead has a date
     * @param latest the latest date of the span
     * @param pattern the recurring pattern in one Chinese sentence
     * @param recommendations the numbers (文号) of the 检察建议 already filed that cite any of its leads, in the
     *     order filed: a class-case recommendation drafted before, so that it is not drafted twice
     * @param leadsWithoutRecommendation its leads no filed 检察建议 cites, in store order: what a new one
     *     would rest on (all of {@code leadIds} when none was filed)
     */
    public record Group(String agency, String model, String kind, String kindLabel, int count, List<String> leadIds,
                        List<String> caseNumbers, Optional<LocalDate> earliest, Optional<LocalDate> latest,
                        String pattern, List<String> recommendations, List<String> leadsWithoutRecommendation) {
        public Group {
            Objects.requireNonNull(agency);
            leadIds = List.copyOf(leadIds);
            caseNumbers = List.copyOf(caseNumbers);
            Objects.requireNonNull(earliest);
            Objects.requireNonNull(latest);
            Objects.requireNonNull(pattern);
            recommendations = List.copyOf(recommendations);
            leadsWithoutRecommendation = List.copyOf(leadsWithoutRecommendation);
        }
    }

    /**
     * Groups the confirmed leads among {@code leads}.
     *
     * @param leads stored leads, in any state (only confirmed ones count)
     * @param minCount the fewest leads a reported group has (at least 1; 2 for a real 类案)
     */
    public static ClassCaseReport of(List<StoredLead> leads, int minCount) {
        return of(leads, minCount, List.of());
    }

    /**
     * Groups the confirmed leads among {@code leads}, each group with the 检察建议 among {@code documents}
     * that cite its leads.
     *
     * @param leads stored leads, in any state (only confirmed ones count)
     * @param minCount the fewest leads a reported group has (at least 1; 2 for a real 类案)
     * @param documents the documents filed, in the order filed
     */
    public static ClassCaseReport of(List<StoredLead> leads, int minCount, List<StoredDocument> documents) {
        Map<String, List<String>> recommendationsOf = new java.util.HashMap<>();
        for (StoredDocument d : documents) {
            if (d.type() == DocumentType.RECOMMENDATION) {
                for (String id : d.leadIds()) {
                    recommendationsOf.computeIfAbsent(id, k -> new ArrayList<>()).add(d.number());
                }
            }
        }
        if (minCount < 1) {
            throw new IllegalArgumentException("minCount " + minCount + " must be at least 1");
        }
        Map<List<String>, List<StoredLead>> byKey = new TreeMap<>((a, b) -> {
            for (int i = 0; i < a.size(); i++) {
                int c = a.get(i).compareTo(b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        for (StoredLead s : leads) {
            if (s.state().confirmed()) {
                byKey.computeIfAbsent(List.of(s.lead().addressee(), s.lead().model(), s.lead().kindCode()),
                        k -> new ArrayList<>()).add(s);
            }
        }
        List<Group> groups = new ArrayList<>();
        byKey.forEach((key, members) -> {
            if (members.size() < minCount) {
                return;
            }
            LocalDate from = null;
            LocalDate to = null;
            Set<String> cases = new LinkedHashSet<>();
            for (StoredLead s : members) {
                if (!s.lead().caseNumber().isEmpty()) {
                    cases.add(s.lead().caseNumber());
                }
                for (LocalDate d : DocumentDrafter.datesOf(s.lead())) {
                    from = from == null || d.isBefore(from) ? d : from;
                    to = to == null || d.isAfter(to) ? d : to;
                }
            }
            String agency = key.get(0);
            String model = key.get(1);
            String kind = key.get(2);
            String label = members.get(0).lead().kind().label();
            String span = from == null ? "" : "在" + DocumentDrafter.chineseDate(from)
                    + (from.equals(to) ? "" : "至" + DocumentDrafter.chineseDate(to)) + "期间";
            String pattern = agency + span + "共有" + members.size() + "件" + members.get(0).lead().kind().modelLabel() + "“" + label
                    + "”问题经核查成案，同类问题反复出现，具有普遍性、倾向性，宜制发一份检察建议，督促其查找原因、系统整改。";
            Set<String> filed = new LinkedHashSet<>();
            List<String> without = new ArrayList<>();
            for (StoredLead m : members) {
                List<String> numbers = recommendationsOf.getOrDefault(m.leadId(), List.of());
                filed.addAll(numbers);
                if (numbers.isEmpty()) {
                    without.add(m.leadId());
                }
            }
            List<String> inFilingOrder = documents.stream().map(StoredDocument::number).filter(filed::contains).distinct()
                    .toList();
            groups.add(new Group(agency, model, kind, label, members.size(),
                    members.stream().map(StoredLead::leadId).toList(), List.copyOf(cases), Optional.ofNullable(from),
                    Optional.ofNullable(to), pattern, inFilingOrder, without));
        });
        return new ClassCaseReport(minCount, groups);
    }

    /** The report as plain text: one block per group. */
    public String toTextTable() {
        StringBuilder b = new StringBuilder("类案报告（每组至少 " + minCount + " 件成案线索）\n");
        if (groups.isEmpty()) {
            b.append("（无）\n");
        }
        for (Group g : groups) {
            b.append('\n').append(g.agency()).append(" · ").append(g.kindLabel()).append(" (").append(g.model()).append(' ')
                    .append(g.kind()).append(")：").append(g.count()).append(" 件");
            g.earliest().ifPresent(d -> b.append("，").append(d).append(" 至 ").append(g.latest().orElse(d)));
            b.append('\n').append("  案号：").append(String.join("、", g.caseNumbers())).append('\n');
            b.append("  线索：").append(String.join(", ", g.leadIds())).append('\n');
            b.append("  ").append(g.pattern()).append('\n');
            if (!g.recommendations().isEmpty()) {
                b.append("  已制作检察建议：").append(String.join("、", g.recommendations()));
                if (!g.leadsWithoutRecommendation().isEmpty()) {
                    b.append("；尚未涉及：").append(String.join(", ", g.leadsWithoutRecommendation()));
                }
                b.append('\n');
            }
        }
        return b.toString();
    }
}

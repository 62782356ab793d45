package io.xingzhi.core.document;

import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.port.StoredLead;
import io.xingzhi.core.review.ReviewState;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Drafts a {@link DocumentDraft} from one confirmed lead, or from a group of confirmed leads against
 * one agency (类案), by rendering an editable Markdown template with {@link TemplateRenderer}.
 *
 * <p><b>Templates.</b> For document type {@code T} (its label, {@code 纠正违法通知书} or
 * {@code 检察建议}) and leads of model {@code M} the drafter takes {@code T-M.md}, else
 * {@code T-default.md} (also used when a group mixes models), from its {@link TemplateSource}. Each
 * must have a section headed {@code ## 纠正意见} (notice) or {@code ## 检察建议} (recommendation): its
 * text becomes {@link DocumentDraft#requestedCorrection()}. The values a template can use:
 * {@code procuratorate}, {@code recipient}, {@code title}, {@code number} (the 文号, empty while not
 * filed), {@code issue_date}, {@code reply_deadline},
 * {@code lead_count}, {@code model_label}, {@code kinds_text},
 * {@code legal_basis}, {@code period_from}, {@code period_to}; sections {@code numbered} (rendered
 * only when there is a number), {@code single} and
 * {@code class_case} (rendered only for one lead, or for several), {@code legal_basis_list}
 * (items: {@code article}), {@code kind_<KIND>} (rendered once when a lead of that kind is
 * present) and {@code leads} (items: {@code index}, {@code name}, {@code case_number},
 * {@code kind_label}, {@code due_on}, {@code summary}, {@code details}, {@code legal_basis}).
 *
 * <p><b>Reply deadline.</b> Unless the caller gives one: a 纠正违法通知书 is due
 * {@link #DEFAULT_NOTICE_REPLY} after the issue date - a working default, since no statute fixes it
 * (高检规则 art. 553 lets the procuratorate set the deadline and urge a reply when it passes); a
 * 检察建议 is due {@link #DEFAULT_RECOMMENDATION_REPLY} after it, the period commonly cited from
 * 《人民检察院检察建议工作规定》(2019), marked UNVERIFIED in reference/legal-research.md §1.1. Both
 * are settings of the drafter.
 *
 * <p>Pure: no clock (the issue date is an argument); it reads templates only through its source.
 */
public final class DocumentDrafter {
    /** Default reply period of a 纠正违法通知书: 15 days (a configurable working default). */
    public static final Period DEFAULT_NOTICE_REPLY = Period.ofDays(15);
    /** Default reply period of a 检察建议: 2 months (检察建议工作规定, UNVERIFIED). */
    public static final Period DEFAULT_RECOMMENDATION_REPLY = Period.ofMonths(2);
    /** The default issuing procuratorate, a placeholder for the prosecutor to fill in. */
    public static final String DEFAULT_PROCURATORATE = "××县人民检察院";

    private static final Set<ReviewState> CONFIRMED = EnumSet.of(ReviewState.CONFIRMED, ReviewState.DOCUMENT_ISSUED,
            ReviewState.RECTIFIED, ReviewState.REPLY_OVERDUE);
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final TemplateSource templates;
    private final String procuratorate;
    private final Period noticeReply;
    private final Period recommendationReply;

    /**
     * @param templates where templates come from
     * @param procuratorate the issuing procuratorate's name
     * @param noticeReply the reply period of a 纠正违法通知书
     * @param recommendationReply the reply period of a 检察建议
     */
    public DocumentDrafter(TemplateSource templates, String procuratorate, Period noticeReply, Period recommendationReply) {
        this.templates = Objects.requireNonNull(templates, "templates");
        this.procuratorate = Objects.requireNonNull(procuratorate, "procuratorate");
        this.noticeReply = Objects.requireNonNull(noticeReply, "noticeReply");
        this.recommendationReply = Objects.requireNonNull(recommendationReply, "recommendationReply");
    }

    /** A drafter with the bundled templates and the default periods and procuratorate. */
    public static DocumentDrafter withDefaults() {
        return new DocumentDrafter(TemplateSource.classpath(), DEFAULT_PROCURATORATE, DEFAULT_NOTICE_REPLY,
                DEFAULT_RECOMMENDATION_REPLY);
    }

    /** The issuing procuratorate's name. */
    public String procuratorate() {
        return procuratorate;
    }

    /** The default reply deadline of a document of {@code type} issued on {@code issueDate}. */
    public LocalDate replyDeadline(DocumentType type, LocalDate issueDate) {
        return issueDate.plus(type == DocumentType.CORRECTION_NOTICE ? noticeReply : recommendationReply);
    }

    /** Drafts from one confirmed lead, with the default reply deadline. */
    public DocumentDraft draft(StoredLead lead, DocumentType type, LocalDate issueDate) {
        return draft(List.of(lead), type, issueDate, Optional.empty());
    }

    /**
     * Drafts from one confirmed lead or a group of confirmed leads against one agency (类案).
     *
     * @param leads the leads, at least one, in the order the document states them
     * @param type the document type
     * @param issueDate the date on the document
     * @param replyDeadline the reply deadline; empty for the default of {@code type}
     * @throws DocumentRefusedException when a lead is not confirmed or the group has several agencies
     * @throws TemplateException when the template is missing or broken
     */
    public DocumentDraft draft(List<StoredLead> leads, DocumentType type, LocalDate issueDate,
                               Optional<LocalDate> replyDeadline) {
        return draft(leads, type, issueDate, replyDeadline, "");
    }

    /**
     * Drafts as {@link #draft(List, DocumentType, LocalDate, Optional)}, under a document number.
     *
     * @param number the document number (文号) the document is filed under; empty for none
     */
    public DocumentDraft draft(List<StoredLead> leads, DocumentType type, LocalDate issueDate,
                               Optional<LocalDate> replyDeadline, String number) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issueDate, "issueDate");
        if (leads.isEmpty()) {
            throw new DocumentRefusedException("a document needs at least one lead");
        }
        for (StoredLead s : leads) {
            if (!CONFIRMED.contains(s.state())) {
                throw new DocumentRefusedException("lead " + s.leadId() + " is " + s.state()
                        + "; a document is drafted only from a confirmed lead (成案)");
            }
        }
        Set<String> agencies = leads.stream().map(s -> s.lead().addressee()).collect(Collectors.toCollection(LinkedHashSet::new));
        if (agencies.size() > 1) {
            throw new DocumentRefusedException("a 类案 document goes to one agency; these leads concern " + String.join("、", agencies));
        }
        Set<String> ids = new LinkedHashSet<>();
        leads.forEach(s -> ids.add(s.leadId()));
        if (ids.size() != leads.size()) {
            throw new DocumentRefusedException("the same lead is named twice");
        }
        LocalDate due = replyDeadline.orElse(replyDeadline(type, issueDate));
        if (due.isBefore(issueDate)) {
            throw new DocumentRefusedException("reply deadline " + due + " is before the issue date " + issueDate);
        }
        String recipient = agencies.iterator().next();
        Set<String> models = leads.stream().map(s -> s.lead().model()).collect(Collectors.toCollection(LinkedHashSet::new));
        String family = models.size() == 1 ? models.iterator().next() : "default";
        String name = type.label() + "-" + family + ".md";
        String fallback = type.label() + "-default.md";
        Optional<String> text = templates.template(name);
        if (text.isEmpty()) {
            name = fallback;
            text = templates.template(fallback);
        }
        if (text.isEmpty()) {
            throw new TemplateException("no template " + type.label() + "-" + family + ".md nor " + fallback);
        }

        List<DocumentDraft.Fact> facts = new ArrayList<>();
        Set<String> basis = new LinkedHashSet<>();
        List<Map<String, Object>> leadItems = new ArrayList<>();
        Set<String> kindLabels = new LinkedHashSet<>();
        Map<String, Object> values = new LinkedHashMap<>();
        LocalDate from = null;
        LocalDate to = null;
        int index = 0;
        for (StoredLead s : leads) {
            Lead l = s.lead();
            String kindLabel = l.kind().label();
            kindLabels.add(kindLabel);
            basis.addAll(l.legalBasis());
            facts.add(new DocumentDraft.Fact(l.leadId(), l.name(), l.caseNumber(), l.model(), l.kindCode(), kindLabel, l.dueOn(),
                    l.summary(), l.facts()));
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("index", String.valueOf(++index));
            item.put("name", l.name());
            item.put("case_number", l.caseNumber().isEmpty() ? "（案号不详）" : l.caseNumber());
            item.put("kind_label", kindLabel);
            item.put("due_on", l.dueOn().map(DocumentDrafter::chineseDate).orElse("（无）"));
            item.put("summary", l.summary());
            item.put("details", details(l));
            item.put("legal_basis", String.join("、", l.legalBasis()));
            leadItems.add(item);
            values.put("kind_" + l.kindCode(), List.of(Map.of()));
            for (LocalDate d : datesOf(l)) {
                from = from == null || d.isBefore(from) ? d : from;
                to = to == null || d.isAfter(to) ? d : to;
            }
        }
        values.put("procuratorate", procuratorate);
        values.put("recipient", recipient);
        values.put("title", type.label());
        values.put("number", number);
        values.put("numbered", number.isEmpty() ? List.of() : List.of(Map.of()));
        values.put("issue_date", chineseDate(issueDate));
        values.put("reply_deadline", chineseDate(due));
        values.put("lead_count", String.valueOf(leads.size()));
        values.put("model_label", models.size() == 1 ? leads.get(0).lead().kind().modelLabel() : "刑事执行");
        values.put("kinds_text", String.join("、", kindLabels));
        values.put("legal_basis", String.join("、", basis));
        values.put("legal_basis_list", basis.stream().map(a -> Map.of("article", a)).toList());
        values.put("period_from", from == null ? "（不详）" : chineseDate(from));
        values.put("period_to", to == null ? "（不详）" : chineseDate(to));
        values.put("single", leads.size() == 1 ? List.of(Map.of()) : List.of());
        values.put("class_case", leads.size() > 1 ? List.of(Map.of()) : List.of());
        values.put("leads", leadItems);
        String templateName = name;
        String markdown = TemplateRenderer.render(templateName, text.get(), values);
        String heading = type == DocumentType.CORRECTION_NOTICE ? "纠正意见" : "检察建议";
        String requested = section(markdown, heading)
                .orElseThrow(() -> new TemplateException("template " + templateName
                        + ": no section headed \"## " + heading + "\""));
        return new DocumentDraft(type, number, type.label(), procuratorate, recipient, List.copyOf(ids), facts,
                List.copyOf(basis), requested, issueDate, due, templateName, markdown);
    }

    /** A date as documents write it, e.g. {@code 2024年3月10日}. */
    public static String chineseDate(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static String details(Lead l) {
        return new TreeMap<>(l.facts()).entrySet().stream()
                .map(e -> l.kind().factLabel(e.getKey()) + "：" + displayValue(e.getValue()))
                .collect(Collectors.joining("；"));
    }

    private static String displayValue(String v) {
        if (ISO_DATE.matcher(v).matches()) {
            try {
                return chineseDate(LocalDate.parse(v));
            } catch (java.time.DateTimeException e) {
                return v;
            }
        }
        return v;
    }

    /** The lead's due date, or else the valid ISO dates among its facts: what a time span of leads rests on. */
    public static List<LocalDate> datesOf(Lead l) {
        if (l.dueOn().isPresent()) {
            return List.of(l.dueOn().get());
        }
        List<LocalDate> out = new ArrayList<>();
        for (String v : l.facts().values()) {
            Matcher m = ISO_DATE.matcher(v);
            if (m.matches()) {
                try {
                    out.add(LocalDate.parse(v));
                } catch (java.time.DateTimeException e) {
                    // not a real date (e.g. 2024-02-30): no part of the span
                }
            }
        }
        return out;
    }

    private static Optional<String> section(String markdown, String heading) {
        String[] lines = markdown.split("\\R", -1);
        StringBuilder b = null;
        for (String line : lines) {
            if (line.startsWith("#")) {
                if (b != null) {
                    break;
                }
                if (line.startsWith("## ") && line.substring(3).trim().equals(heading)) {
                    b = new StringBuilder();
                }
                continue;
            }
            if (b != null) {
                b.append(line).append('\n');
            }
        }
        return b == null ? Optional.empty() : Optional.of(b.toString().strip());
    }
}

package io.xingzhi.core.document;

import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.port.StoredLead;
import io.xingzhi.core.value.Texts;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Drafts a {@link DocumentDraft} from one confirmed lead, or from several confirmed leads against
 * one unit, by rendering editable Markdown templates with {@link TemplateRenderer}. A document reads
 * like the instrument a prosecutor signs: it is addressed to the unit the data names, states what
 * was found on verification (never "suspected"), cites the articles with their titles, and carries
 * no placeholder, no English and no Markdown markup beyond its two title lines.
 *
 * <p><b>Two kinds of template.</b> For document type {@code T} ({@code 纠正违法通知书} or
 * {@code 检察建议}):
 * <ul>
 *   <li>the <i>frame</i> {@code T.md}: the document's structure - title, number, addressee, the facts, the
 *       articles, the requests, the reply, the signature. Its values: {@code procuratorate},
 *       {@code recipient}, {@code title}, {@code number}, {@code issue_date}, {@code reply_deadline},
 *       {@code lead_count}, {@code model_label}, {@code kinds_text}, {@code period_text},
 *       {@code fact} (the one lead's facts), {@code violated_text} (the articles the unit is held to),
 *       {@code authority_text} (the procuratorate's own articles beyond the frame's), {@code legal_basis};
 *       lists {@code facts} (items {@code numbering}, {@code fact}), {@code requests} (items
 *       {@code numbering}, {@code request}) and {@code legal_basis_list} (items {@code article}); and
 *       the sections {@code numbered}, {@code single} (one lead), {@code several} (leads of several
 *       kinds), {@code class_case} (several leads of one kind: a 类案, as {@code ClassCaseReport} groups
 *       them) and {@code listed} (more than one lead);</li>
 *   <li>the <i>paragraphs</i> {@code 段落-<model>.md} ({@link KindParagraphs}): per kind, the sentence
 *       stating its facts ({@code 事实：}) and what a notice asks ({@code 纠正意见：}) or a recommendation
 *       recommends ({@code 检察建议：}). A kind without its own section takes the section {@code *} of
 *       {@code 段落-通用.md}, which states the kind's Chinese name and its facts by their Chinese labels,
 *       so a new kind reads right before anyone writes its paragraph. A paragraph may use {@code name},
 *       {@code case_number}, {@code who} (name and case number), {@code kind_label}, {@code model_label},
 *       {@code unit}, {@code agency}, {@code due_on}, {@code facts_text} and every fact of the lead by
 *       its key (dates written {@code 2024年3月10日}; a value that only says nothing was recorded, such as
 *       {@code （空白）} or {@code 未记录}, is absent, so {@code {{^key}}} can say so in words).</li>
 * </ul>
 * Each stated fact and request ends in exactly one full stop; requests repeated by several leads
 * are stated once.
 *
 * <p><b>Referral letters.</b> A 线索移送函 ({@link DocumentType#REFERRAL_LETTER}) is drafted with
 * {@link #draftReferral}: the frame {@code 线索移送函.md} is addressed to the department or body the
 * leads were referred to, not to the supervised unit; besides the values above it has
 * {@code units_text} (the supervised units concerned) and {@code referral_note} (why the lead is
 * referred, the referral's note; may be blank). Its leads may concern several units.
 *
 * <p><b>Addressee.</b> The unit the data names ({@link Lead#supervisedUnit()}); when the data names
 * none and the lead's agency is a kind of agency (看守所, 公安机关, 司法局, 法院, 市场监督管理局), that
 * agency's unit in the procuratorate's place ({@code 凤城市人民检察院} and {@code 公安机关} give
 * {@code 凤城市公安局}); else the agency as the lead names it.
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
    /**
     * Default period within which a 线索移送函 asks its recipient to report how the lead was handled:
     * 1 month (a configurable working default; no statute fixes it).
     */
    public static final Period DEFAULT_REFERRAL_REPLY = Period.ofMonths(1);
    /** The default issuing procuratorate, for the prosecutor to replace (settable in every door). */
    public static final String DEFAULT_PROCURATORATE = "××县人民检察院";
    /** The paragraph file of the kinds without their own paragraph. */
    public static final String GENERIC_PARAGRAPHS = "段落-通用.md";

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final TemplateSource templates;
    private final String procuratorate;
    private final Period noticeReply;
    private final Period recommendationReply;
    private final Period referralReply;

    /**
     * @param templates where templates come from
     * @param procuratorate the issuing procuratorate's name
     * @param noticeReply the reply period of a 纠正违法通知书
     * @param recommendationReply the reply period of a 检察建议
     */
    public DocumentDrafter(TemplateSource templates, String procuratorate, Period noticeReply, Period recommendationReply) {
        this(templates, procuratorate, noticeReply, recommendationReply, DEFAULT_REFERRAL_REPLY);
    }

    /**
     * @param templates where templates come from
     * @param procuratorate the issuing procuratorate's name
     * @param noticeReply the reply period of a 纠正违法通知书
     * @param recommendationReply the reply period of a 检察建议
     * @param referralReply the period within which a 线索移送函 asks for a report back
     */
    public DocumentDrafter(TemplateSource templates, String procuratorate, Period noticeReply, Period recommendationReply,
                           Period referralReply) {
        this.templates = Objects.requireNonNull(templates, "templates");
        this.procuratorate = Objects.requireNonNull(procuratorate, "procuratorate");
        this.noticeReply = Objects.requireNonNull(noticeReply, "noticeReply");
        this.recommendationReply = Objects.requireNonNull(recommendationReply, "recommendationReply");
        this.referralReply = Objects.requireNonNull(referralReply, "referralReply");
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
        return issueDate.plus(switch (type) {
            case CORRECTION_NOTICE -> noticeReply;
            case RECOMMENDATION -> recommendationReply;
            case REFERRAL_LETTER -> referralReply;
        });
    }

    /** Drafts from one confirmed lead, with the default reply deadline. */
    public DocumentDraft draft(StoredLead lead, DocumentType type, LocalDate issueDate) {
        return draft(List.of(lead), type, issueDate, Optional.empty());
    }

    /**
     * Drafts from one confirmed lead or several confirmed leads against one unit.
     *
     * @param leads the leads, at least one, in the order the document states them
     * @param type the document type
     * @param issueDate the date on the document
     * @param replyDeadline the reply deadline; empty for the default of {@code type}
     * @throws DocumentRefusedException when a lead is not confirmed or the leads concern several units
     * @throws TemplateException when a template is missing or broken
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
        if (type == DocumentType.REFERRAL_LETTER) {
            throw new IllegalArgumentException("a 线索移送函 names its recipient: draft it with draftReferral");
        }
        return draft(leads, type, issueDate, replyDeadline, number, null, "");
    }

    /**
     * Drafts a 线索移送函 for confirmed leads referred to {@code recipient}.
     *
     * @param leads the leads, at least one, confirmed, in the order the letter states them
     * @param recipient the department or body they were referred to
     * @param referralNote why they are referred (the referral's note); may be blank
     * @param issueDate the date on the letter
     * @param replyDeadline the date by which the recipient is asked to report back; empty for the default
     * @param number the letter's number (文号); empty for none
     * @throws DocumentRefusedException when a lead is not confirmed
     * @throws TemplateException when a template is missing or broken
     */
    public DocumentDraft draftReferral(List<StoredLead> leads, String recipient, String referralNote, LocalDate issueDate,
                                       Optional<LocalDate> replyDeadline, String number) {
        Objects.requireNonNull(recipient, "recipient");
        if (recipient.isBlank()) {
            throw new IllegalArgumentException("a 线索移送函 needs a recipient");
        }
        return draft(leads, DocumentType.REFERRAL_LETTER, issueDate, replyDeadline, number, recipient.strip(),
                Objects.requireNonNull(referralNote, "referralNote").strip());
    }

    private DocumentDraft draft(List<StoredLead> leads, DocumentType type, LocalDate issueDate,
                                Optional<LocalDate> replyDeadline, String number, String referredTo, String referralNote) {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issueDate, "issueDate");
        if (leads.isEmpty()) {
            throw new DocumentRefusedException("a document needs at least one lead", "文书至少需要一条线索");
        }
        for (StoredLead s : leads) {
            if (!s.state().confirmed()) {
                throw new DocumentRefusedException("lead " + s.leadId() + " is " + s.state()
                        + "; a document is drafted only from a confirmed lead (成案)",
                        "线索 " + s.leadId() + " 的状态是“" + s.state().label() + "”，只有成案的线索才能制作文书");
            }
        }
        Set<String> units = leads.stream().map(s -> addressee(s.lead())).collect(Collectors.toCollection(LinkedHashSet::new));
        boolean referral = referredTo != null;
        if (units.size() > 1 && !referral) {
            throw new DocumentRefusedException("one document goes to one unit; these leads concern " + String.join(", ", units),
                    "一份文书只能发往一个单位，这些线索涉及" + String.join("、", units));
        }
        Set<String> ids = new LinkedHashSet<>();
        leads.forEach(s -> ids.add(s.leadId()));
        if (ids.size() != leads.size()) {
            throw new DocumentRefusedException("the same lead is named twice", "同一线索被列了两次");
        }
        LocalDate due = replyDeadline.orElse(replyDeadline(type, issueDate));
        if (due.isBefore(issueDate)) {
            throw new DocumentRefusedException("reply deadline " + due + " is before the issue date " + issueDate,
                    "回复期限" + chineseDate(due) + "早于文书日期" + chineseDate(issueDate));
        }
        // the addressee stands on a line of its own ("丹东市看守所："): a line break in the data would start new ones
        String recipient = Texts.oneLine(referral ? referredTo : units.iterator().next());
        Set<String> models = leads.stream().map(s -> s.lead().model()).collect(Collectors.toCollection(LinkedHashSet::new));
        String templateName = type.label() + ".md";
        Optional<String> text = templates.template(templateName);
        if (text.isEmpty()) {
            throw new TemplateException("no template " + templateName);
        }
        KindParagraphs generic = templates.template(GENERIC_PARAGRAPHS)
                .map(t -> KindParagraphs.parse(GENERIC_PARAGRAPHS, t)).orElse(KindParagraphs.none());
        Map<String, KindParagraphs> paragraphs = new HashMap<>();
        String requestPart = type == DocumentType.CORRECTION_NOTICE ? KindParagraphs.NOTICE_REQUEST : KindParagraphs.RECOMMENDATION;
        // a referral letter states the facts and asks the recipient to handle them: it makes no requests of the unit

        List<DocumentDraft.Fact> facts = new ArrayList<>();
        Set<String> basis = new LinkedHashSet<>();
        Set<String> kindLabels = new LinkedHashSet<>();
        Set<String> kinds = new LinkedHashSet<>();
        List<String> statements = new ArrayList<>();
        Set<String> requests = new LinkedHashSet<>();
        LocalDate from = null;
        LocalDate to = null;
        for (StoredLead s : leads) {
            Lead l = s.lead();
            kindLabels.add(l.kind().label());
            kinds.add(l.kind().qualifiedCode());
            basis.addAll(l.legalBasis());
            facts.add(new DocumentDraft.Fact(l.leadId(), l.name(), l.caseNumber(), l.model(), l.kindCode(), l.kind().label(),
                    l.dueOn(), l.summary(), l.facts()));
            KindParagraphs own = paragraphs.computeIfAbsent(l.model(), m -> {
                String file = "段落-" + m + ".md";
                return templates.template(file).map(t -> KindParagraphs.parse(file, t)).orElse(KindParagraphs.none());
            });
            Map<String, Object> values = leadValues(l, addressee(l));
            statements.add(sentence(render(own, generic, l, KindParagraphs.FACT, values)));
            if (!referral) {
                requests.add(sentence(render(own, generic, l, requestPart, values)));
            }
            for (LocalDate d : datesOf(l)) {
                from = from == null || d.isBefore(from) ? d : from;
                to = to == null || d.isAfter(to) ? d : to;
            }
        }
        boolean several = leads.size() > 1;
        boolean classCase = several && kinds.size() == 1;
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("procuratorate", MarkdownText.value(procuratorate));
        values.put("recipient", MarkdownText.value(recipient));
        values.put("title", type.label());
        values.put("number", MarkdownText.value(number));
        values.put("numbered", flag(!number.isEmpty()));
        values.put("issue_date", chineseDate(issueDate));
        values.put("reply_deadline", chineseDate(due));
        values.put("lead_count", String.valueOf(leads.size()));
        values.put("model_label", models.size() == 1 ? leads.get(0).lead().kind().modelLabel() : "刑事执行");
        values.put("kinds_text", String.join("、", kindLabels));
        values.put("period_text", from == null ? "" : from.equals(to) ? chineseDate(from)
                : chineseDate(from) + "至" + chineseDate(to) + "期间");
        values.put("fact", statements.get(0));
        values.put("facts", numbered(statements, "fact"));
        values.put("requests", numbered(new ArrayList<>(requests), "request"));
        values.put("violated_text", Citations.citeAll(Citations.violated(basis)));
        values.put("authority_text", Citations.citeAll(Citations.authority(basis)));
        values.put("legal_basis", Citations.citeAll(basis));
        values.put("legal_basis_list", basis.stream().map(a -> Map.of("article", Citations.cite(a))).toList());
        values.put("single", flag(!several));
        values.put("several", flag(several && !classCase));
        values.put("class_case", flag(classCase));
        values.put("listed", flag(several));
        values.put("units_text", MarkdownText.value(String.join("、", units)));
        values.put("referral_note", referral ? sentence(MarkdownText.value(referralNote)) : "");
        String markdown = TemplateRenderer.render(templateName, KindParagraphs.withoutComments(text.get()), values)
                .replaceAll("\\n{3,}", "\n\n").strip() + "\n";
        String requested = numbered(new ArrayList<>(requests), "request").stream()
                .map(m -> m.get("numbering") + m.get("request")).collect(Collectors.joining("\n"));
        return new DocumentDraft(type, number, type.label(), procuratorate, recipient, List.copyOf(ids), facts,
                List.copyOf(basis), requested, issueDate, due, templateName, markdown);
    }

    /**
     * The unit a document about {@code lead} is addressed to: the unit the data names, else the
     * usual unit of the lead's agency in this drafter's procuratorate's place.
     */
    public String addressee(Lead lead) {
        if (!lead.supervisedUnit().isBlank()) {
            return lead.supervisedUnit();
        }
        String agency = lead.supervisedAgency();
        int at = procuratorate.indexOf("人民检察院");
        String place = at > 0 ? procuratorate.substring(0, at) : "";
        if (place.isEmpty() || agency.isBlank()) {
            return lead.addressee();
        }
        String unit = switch (agency) {
            case "公安机关" -> "公安局";
            case "法院" -> "人民法院";
            case "看守所", "司法局", "市场监督管理局" -> agency;
            default -> "";
        };
        return unit.isEmpty() ? lead.addressee() : place + unit; // an agency that is already a unit's name stays as it is
    }

    private static List<Map<String, String>> flag(boolean on) {
        return on ? List.of(Map.of()) : List.of();
    }

    /** Items {@code （一）text}, …; a single item carries no number. */
    private static List<Map<String, String>> numbered(List<String> texts, String key) {
        List<Map<String, String>> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String n = texts.size() == 1 ? "" : "（" + (i < ORDINALS.length ? ORDINALS[i] : Citations.chinese(i + 1)) + "）";
            out.add(Map.of("numbering", n, key, texts.get(i)));
        }
        return out;
    }

    /**
     * The kind's own paragraph; the generic one when the kind has none, or when this lead lacks a
     * value the kind's paragraph states (a fact the lead does not carry, a due date it has none of:
     * a lead stored by an older version, a kind whose facts vary). A paragraph that is broken in any
     * other way is an error. (The build drafts every standard kind with all its facts and checks
     * that each uses its own paragraph, so a misspelt placeholder cannot hide behind the fallback.)
     */
    private static String render(KindParagraphs own, KindParagraphs generic, Lead lead, String part,
                                 Map<String, Object> values) {
        String code = lead.kindCode();
        Optional<String> mine = own.part(code, part);
        if (mine.isPresent()) {
            try {
                return TemplateRenderer.render("段落 " + code + " " + part, mine.get(), values);
            } catch (TemplateException e) {
                if (e.missingValue().isEmpty()) {
                    throw e;
                }
            }
        }
        String template = generic.part(code, part).or(() -> generic.part(KindParagraphs.ANY_KIND, part))
                .orElseThrow(() -> new TemplateException("no paragraph \"" + part + "\" for kind " + code
                        + " and none in " + GENERIC_PARAGRAPHS));
        return TemplateRenderer.render(GENERIC_PARAGRAPHS + " " + part, template, values);
    }

    /** One statement: no trailing punctuation of its own, one full stop. */
    private static String sentence(String s) {
        String t = s.strip();
        while (!t.isEmpty() && "。；，;,.".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t.isEmpty() ? t : t + "。";
    }

    /** What a paragraph can say about one lead. */
    private static Map<String, Object> leadValues(Lead l, String unit) {
        Map<String, Object> v = new LinkedHashMap<>();
        List<String> stated = new ArrayList<>();
        Map<String, String> shown = new LinkedHashMap<>();
        for (String key : l.kind().factLabels().keySet()) {
            if (l.facts().containsKey(key)) {
                shown.put(key, l.facts().get(key));
            }
        }
        new TreeMap<>(l.facts()).forEach(shown::putIfAbsent);
        shown.forEach((key, raw) -> {
            String value = MarkdownText.value(displayValue(raw));
            if (!value.isEmpty()) {
                v.put(key, value);
                stated.add(l.kind().factLabel(key) + "为" + value);
            }
        });
        String name = MarkdownText.value(l.name());
        String caseNumber = MarkdownText.value(l.caseNumber());
        v.put("name", name);
        v.put("case_number", caseNumber);
        v.put("who", name + (caseNumber.isBlank() ? "" : "（" + caseNumber + "）"));
        v.put("kind_label", l.kind().label());
        v.put("model_label", l.kind().modelLabel());
        v.put("unit", MarkdownText.value(unit));
        v.put("agency", MarkdownText.value(l.supervisedAgency()));
        l.dueOn().ifPresent(d -> v.put("due_on", chineseDate(d)));
        v.put("facts_text", String.join("，", stated));
        return v;
    }

    /** A date as documents write it, e.g. {@code 2024年3月10日}. */
    public static String chineseDate(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static String displayValue(String raw) {
        String v = raw == null ? "" : raw.strip();
        if (v.equals("未记录") || v.equals("无") || (v.startsWith("（") && v.endsWith("）"))) {
            return ""; // says only that nothing was recorded
        }
        if (ISO_DATE.matcher(v).matches()) {
            try {
                return chineseDate(LocalDate.parse(v));
            } catch (java.time.DateTimeException e) {
                return v;
            }
        }
        return v;
    }

    /**
     * The lead's due date, or else the valid ISO dates among its facts that say when something happened:
     * what a time span of leads ("2023年11月26日至2023年12月28日期间，你单位共发生…") rests on. The bounds of a
     * period a lead quotes (a fact named {@code *_from}, {@code *_to}, {@code *_until} or {@code *_end}, and
     * the deprivation's {@code dpr_start}) say when an order or a deprivation ran, not when the problem
     * happened, and may lie after the document's date; they count only when a lead has no other date.
     */
    public static List<LocalDate> datesOf(Lead l) {
        if (l.dueOn().isPresent()) {
            return List.of(l.dueOn().get());
        }
        List<LocalDate> events = new ArrayList<>();
        List<LocalDate> bounds = new ArrayList<>();
        for (Map.Entry<String, String> e : l.facts().entrySet()) {
            String v = e.getValue();
            Matcher m = ISO_DATE.matcher(v);
            if (m.matches()) {
                try {
                    (periodBound(e.getKey()) ? bounds : events).add(LocalDate.parse(v));
                } catch (java.time.DateTimeException ex) {
                    // not a real date (e.g. 2024-02-30): no part of the span
                }
            }
        }
        return events.isEmpty() ? bounds : events;
    }

    private static boolean periodBound(String key) {
        return key.endsWith("_from") || key.endsWith("_to") || key.endsWith("_until") || key.endsWith("_end")
                || key.equals("dpr_start");
    }
}

package io.xingzhi.core.app;

import static io.xingzhi.core.app.RequestFields.DATE;
import static io.xingzhi.core.app.RequestFields.DOCUMENT_TYPE;
import static io.xingzhi.core.app.RequestFields.LEAD_IDS;
import static io.xingzhi.core.app.RequestFields.RECIPIENT;
import static io.xingzhi.core.app.RequestFields.REPLY_DEADLINE;

import io.xingzhi.core.document.DocumentDraft;
import io.xingzhi.core.document.DocumentDrafter;
import io.xingzhi.core.document.DocumentRefusedException;
import io.xingzhi.core.document.TemplateException;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.port.AuditEntry;
import io.xingzhi.core.port.AuditLog;
import io.xingzhi.core.port.DocumentStore;
import io.xingzhi.core.port.LeadRepository;
import io.xingzhi.core.port.StoredDocument;
import io.xingzhi.core.port.StoredLead;
import io.xingzhi.core.port.UnknownLeadException;
import io.xingzhi.core.review.ReviewAction;
import io.xingzhi.core.review.ReviewActionType;
import io.xingzhi.core.review.ReviewEvent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Drafting and filing a 纠正违法通知书, 检察建议 or 线索移送函, the one way every door does it.
 * {@link #file(List, Map, Actor)} promises:
 * <ol>
 *   <li>the request is read by the names of {@link RequestFields} ({@code document_type}
 *       required, {@code date} default today, {@code reply_deadline} default by
 *       {@link DocumentSettings}); a bad field is an {@link InvalidFieldException} naming it;</li>
 *   <li>the document is drafted from confirmed leads only, one or several against one agency (类案),
 *       else a {@link DocumentRefusedException}; an unknown lead is an {@link UnknownLeadException};
 *       a broken template a {@link TemplateException} - in each case nothing is filed and no number
 *       is used up;</li>
 *   <li>it is filed atomically under the next number of its type and year, drawn from the store
 *       ({@link DocumentStore#file}) and formatted by {@link DocumentSettings#number}, e.g.
 *       {@code 凤检刑执纠〔2024〕3号}; the number is its id in the store and appears in its text;</li>
 *   <li>each filing appends an {@link AuditEntry} {@code file document} with the lead ids and the number;</li>
 *   <li>a 线索移送函 ({@link DocumentType#REFERRAL_LETTER}) is drafted only from leads referred
 *       ({@code refer}) to one recipient: {@code recipient} when given, else the latest referral of the
 *       first lead; a lead not referred there is a {@link DocumentRefusedException}. It is addressed to
 *       that recipient, numbered in its own series ({@code 凤检刑执移〔2026〕1号}), and states the
 *       referral's note when it rests on one lead. {@code recipient} applies to it only.</li>
 * </ol>
 * Issuing the document is a review action ({@code issue-document}, {@link ReviewService}), which
 * takes its values from the filed document. Thread-safe when its ports are.
 */
public final class DocumentService {
    private static final Set<String> FIELDS = Set.of(DOCUMENT_TYPE, DATE, REPLY_DEADLINE, RECIPIENT);

    private final LeadRepository leads;
    private final DocumentStore documents;
    private final AuditLog audit;
    private final DocumentSettings settings;
    private final DocumentDrafter drafter;
    private final Clock clock;

    /**
     * @param leads where the leads come from
     * @param documents where documents are filed and numbered
     * @param audit where each filing is recorded
     * @param settings the procuratorate, number prefix, templates and reply periods
     * @param clock today's date and the audit entries' times
     */
    public DocumentService(LeadRepository leads, DocumentStore documents, AuditLog audit, DocumentSettings settings,
                           Clock clock) {
        this.leads = Objects.requireNonNull(leads, "leads");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.drafter = settings.drafter();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The settings documents are drafted and numbered with. */
    public DocumentSettings settings() {
        return settings;
    }

    /** The fields a document request takes besides the lead ids. */
    public static Set<String> fields() {
        return FIELDS;
    }

    /**
     * The documents filed, in the order filed; with {@code leadId} only those resting on that lead
     * (an old id of the lead finds them too; an unknown lead has none).
     *
     * @param leadId the lead, or empty for every document
     */
    public List<StoredDocument> documents(Optional<String> leadId) {
        if (leadId.isEmpty()) {
            return documents.documents();
        }
        String id = leads.lead(leadId.get()).map(StoredLead::leadId).orElse(leadId.get());
        return documents.documentsOf(id);
    }

    /** The document filed under {@code number} (文号), when there is one. */
    public Optional<StoredDocument> document(String number) {
        Objects.requireNonNull(number, "number");
        return documents.documents().stream().filter(d -> d.number().equals(number)).findFirst();
    }

    /**
     * Drafts and files a document (see the class comment).
     *
     * @param leadIds the leads, at least one, in the order the document states them
     * @param fields {@code document_type}, {@code date}, {@code reply_deadline}; {@code recipient} for a 线索移送函
     * @param actor who files it, and from where
     */
    public FiledDocument file(List<String> leadIds, Map<String, String> fields, Actor actor) {
        return file(leadIds, fields, actor, d -> { });
    }

    /**
     * Drafts and files a document as {@link #file(List, Map, Actor)} does, handing the numbered draft to
     * {@code beforeFiled} inside the filing, before it is kept: when {@code beforeFiled} throws (the
     * command line could not write the document's file), nothing is filed and the number is not used up,
     * so the numbers of a type and year keep having no gaps. Like the store's builder it may run more
     * than once; the draft of its last run is the one filed.
     *
     * @param beforeFiled what must succeed for the document to be filed (writing it aside, not in place:
     *     the filing may still fail after it)
     */
    public FiledDocument file(List<String> leadIds, Map<String, String> fields, Actor actor,
                              java.util.function.Consumer<DocumentDraft> beforeFiled) {
        Objects.requireNonNull(beforeFiled, "beforeFiled");
        FieldReader f = new FieldReader(fields);
        f.only(FIELDS, FIELDS, "a document");
        DocumentType type = f.documentType(DOCUMENT_TYPE).orElseThrow(() -> new InvalidFieldException(DOCUMENT_TYPE,
                "is missing: CORRECTION_NOTICE, RECOMMENDATION or REFERRAL_LETTER (纠正违法通知书, 检察建议 or 线索移送函)",
                "缺少文书类型：纠正违法通知书、检察建议 或 线索移送函"));
        Optional<String> recipient = f.text(RECIPIENT);
        if (recipient.isPresent() && type != DocumentType.REFERRAL_LETTER) {
            throw new InvalidFieldException(RECIPIENT, "applies to a 线索移送函 only: a " + type.label()
                    + " goes to the unit the leads concern", "只适用于线索移送函：" + type.label() + "发往线索涉及的单位");
        }
        return file(leadIds, type, f.date(DATE), f.date(REPLY_DEADLINE), recipient, actor, beforeFiled);
    }

    /**
     * Drafts and files a document from typed values (an embedder's door).
     *
     * @param leadIds the leads, at least one
     * @param type the document type
     * @param date the date on the document; today when empty
     * @param replyDeadline the reply deadline; the default of {@code type} when empty
     * @param actor who files it, and from where
     */
    public FiledDocument file(List<String> leadIds, DocumentType type, Optional<LocalDate> date,
                              Optional<LocalDate> replyDeadline, Actor actor) {
        return file(leadIds, type, date, replyDeadline, Optional.empty(), actor);
    }

    /**
     * Drafts and files a document from typed values (an embedder's door), a 线索移送函 to the given
     * recipient of its leads' referrals.
     *
     * @param leadIds the leads, at least one
     * @param type the document type
     * @param date the date on the document; today when empty
     * @param replyDeadline the reply deadline; the default of {@code type} when empty
     * @param referredTo for a 线索移送函: the recipient of the leads' referrals; the latest referral of
     *     the first lead when empty
     * @param actor who files it, and from where
     */
    public FiledDocument file(List<String> leadIds, DocumentType type, Optional<LocalDate> date,
                              Optional<LocalDate> replyDeadline, Optional<String> referredTo, Actor actor) {
        return file(leadIds, type, date, replyDeadline, referredTo, actor, d -> { });
    }

    private FiledDocument file(List<String> leadIds, DocumentType type, Optional<LocalDate> date,
                               Optional<LocalDate> replyDeadline, Optional<String> referredTo, Actor actor,
                               java.util.function.Consumer<DocumentDraft> beforeFiled) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(referredTo, "referredTo");
        Objects.requireNonNull(actor, "actor");
        if (leadIds.isEmpty()) {
            throw new InvalidFieldException(LEAD_IDS, "is empty: a document rests on at least one lead", "为空：文书至少需要一条线索");
        }
        List<StoredLead> stored = new ArrayList<>();
        for (String id : leadIds) {
            if (id == null || id.isBlank()) {
                throw new InvalidFieldException(LEAD_IDS, "holds a blank lead id", "含有空的线索编号");
            }
            stored.add(leads.lead(id).orElseThrow(() -> new UnknownLeadException(id)));
        }
        LocalDate day = date.orElseGet(() -> LocalDate.now(clock));
        if (replyDeadline.isPresent() && replyDeadline.get().isBefore(day)) {
            throw new InvalidFieldException(REPLY_DEADLINE, replyDeadline.get() + " is before the document's date " + day,
                    "回复期限 " + replyDeadline.get() + " 早于文书日期 " + day);
        }
        Optional<Referral> referral = type == DocumentType.REFERRAL_LETTER ? Optional.of(referral(stored, referredTo))
                : Optional.empty();
        java.util.function.Function<String, DocumentDraft> drafted = number -> referral
                .map(r -> drafter.draftReferral(stored, r.to(), r.note(), day, replyDeadline, number))
                .orElseGet(() -> drafter.draft(stored, type, day, replyDeadline, number));
        StoredDocument kept = documents.file(type, day.getYear(), sequence -> {
            String number = settings.number(type, day.getYear(), sequence);
            DocumentDraft d = drafted.apply(number);
            beforeFiled.accept(d);
            return new StoredDocument(number, d.leadIds(), type, number, day, d.recipient(), Optional.of(d.replyDeadline()),
                    d.markdown());
        });
        DocumentDraft draft = drafted.apply(kept.number());
        audit.audit(new AuditEntry(clock.instant(), actor.name(), actor.origin(), "file document", kept.leadIds(),
                kept.number() + " " + type.name()));
        Map<String, Long> noLongerFound = new java.util.LinkedHashMap<>();
        stored.forEach(s -> s.noLongerFoundInRun().ifPresent(run -> noLongerFound.put(s.leadId(), run)));
        return new FiledDocument(kept, draft, noLongerFound);
    }

    /** Where the leads of a 线索移送函 were referred, and why (the note, when the letter rests on one lead). */
    private record Referral(String to, String note) {
    }

    private Referral referral(List<StoredLead> stored, Optional<String> referredTo) {
        Map<String, List<ReviewEvent>> histories = leads.histories(stored.stream().map(StoredLead::leadId).toList());
        Optional<String> to = referredTo;
        String note = "";
        for (StoredLead s : stored) {
            List<ReviewEvent> refs = histories.getOrDefault(s.leadId(), List.of()).stream()
                    .filter(e -> e.action() == ReviewActionType.REFER).toList();
            if (refs.isEmpty()) {
                throw new DocumentRefusedException("lead " + s.leadId() + " was not referred; refer it first (review --action "
                        + "refer --to …) and draft its 线索移送函 then", "线索 " + s.leadId() + " 尚未移送；请先移送（review --action "
                        + "refer --to …），再制作线索移送函");
            }
            String target = to.orElseGet(() -> refs.get(refs.size() - 1).details().get(ReviewAction.REFERRED_TO));
            Optional<ReviewEvent> there = refs.stream()
                    .filter(e -> target.equals(e.details().get(ReviewAction.REFERRED_TO))).reduce((a, b) -> b);
            if (there.isEmpty()) {
                throw new DocumentRefusedException("lead " + s.leadId() + " was not referred to " + target + " (it was referred to "
                        + refs.stream().map(e -> e.details().get(ReviewAction.REFERRED_TO)).distinct().toList() + ")",
                        "线索 " + s.leadId() + " 没有移送" + target + "（已移送：" + String.join("、", refs.stream()
                                .map(e -> e.details().get(ReviewAction.REFERRED_TO)).distinct().toList()) + "）");
            }
            to = Optional.of(target);
            note = stored.size() == 1 ? there.get().note() : "";
        }
        return new Referral(to.orElseThrow(), note);
    }
}

package io.xingzhi.core.app;

import static io.xingzhi.core.app.RequestFields.ACTION;
import static io.xingzhi.core.app.RequestFields.DATE;
import static io.xingzhi.core.app.RequestFields.DOCUMENT_TYPE;
import static io.xingzhi.core.app.RequestFields.EXPECTED_VERSION;
import static io.xingzhi.core.app.RequestFields.NOTE;
import static io.xingzhi.core.app.RequestFields.NUMBER;
import static io.xingzhi.core.app.RequestFields.REASON;
import static io.xingzhi.core.app.RequestFields.RECIPIENT;
import static io.xingzhi.core.app.RequestFields.REPLY_DEADLINE;
import static io.xingzhi.core.app.RequestFields.SUMMARY;
import static io.xingzhi.core.app.RequestFields.TO;

import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.port.AuditEntry;
import io.xingzhi.core.port.AuditLog;
import io.xingzhi.core.port.ConcurrentReviewException;
import io.xingzhi.core.port.DocumentStore;
import io.xingzhi.core.port.LeadRepository;
import io.xingzhi.core.port.StoredDocument;
import io.xingzhi.core.port.StoredLead;
import io.xingzhi.core.port.UnknownLeadException;
import io.xingzhi.core.review.DismissReason;
import io.xingzhi.core.review.IllegalTransitionException;
import io.xingzhi.core.review.ReviewAction;
import io.xingzhi.core.review.ReviewActionType;
import io.xingzhi.core.review.ReviewDecision;
import io.xingzhi.core.review.ReviewEvent;
import io.xingzhi.core.review.ReviewWorkflow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reviewing a lead, the one way every door does it. {@link #review(String, Map, Actor)} promises:
 * <ol>
 *   <li><b>One parser.</b> The request is text fields by the names of {@link RequestFields}; an
 *       unknown field, a field the action does not take, a missing or unreadable value is an
 *       {@link InvalidFieldException} naming the field, before anything is written. The fields each
 *       action takes are {@link #fieldsOf}.</li>
 *   <li><b>Defaults in one place.</b> A missing {@code date} is today (by the service's clock);
 *       {@code issue-document} takes its number, type, date, recipient and reply deadline from
 *       the document filed for the lead ({@link DocumentService}) - the latest one, or the one with
 *       the given number - and otherwise the lead's suggested document, its addressee and the
 *       default reply period of {@link DocumentSettings}; a number is needed when none was filed
 *       (a 线索移送函 is never issued: it goes with a referral). {@code refer} sends the lead to one
 *       of the {@link DocumentSettings#referralDepartments() configured departments and bodies}
 *       ({@code to}; any other is refused, naming them), dated {@code date}, with an optional
 *       {@code number}.</li>
 *   <li><b>One decision.</b> {@link ReviewWorkflow} decides against the lead as read: a lead no
 *       longer at {@code expected_version} is a {@link ConcurrentReviewException}, a refused action
 *       an {@link IllegalTransitionException} (for {@code issue-document} before the filed document
 *       is looked up); an unknown lead an {@link UnknownLeadException}.</li>
 *   <li><b>Compare-and-set.</b> The new state, reply deadline and the event are written in one
 *       atomic {@link LeadRepository#recordTransition}, only if nobody reviewed the lead meanwhile.</li>
 *   <li><b>Audited.</b> Each recorded review appends an {@link AuditEntry} {@code review <action>}
 *       with the actor, origin, lead and new version.</li>
 * </ol>
 * Thread-safe when its ports are.
 */
public final class ReviewService {
    private static final Set<String> COMMON = Set.of(ACTION, EXPECTED_VERSION, NOTE);
    private static final Map<ReviewActionType, Set<String>> FIELDS = fields();
    private static final Set<String> KNOWN = known();

    private final LeadRepository leads;
    private final DocumentStore documents;
    private final AuditLog audit;
    private final DocumentSettings settings;
    private final Clock clock;

    /**
     * @param leads where the leads and their events are kept
     * @param documents the filed documents an {@code issue-document} takes its values from
     * @param audit where each review is recorded
     * @param settings the default reply periods
     * @param clock today's date and the events' times
     */
    public ReviewService(LeadRepository leads, DocumentStore documents, AuditLog audit, DocumentSettings settings,
                         Clock clock) {
        this.leads = Objects.requireNonNull(leads, "leads");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The fields {@code action} takes, {@code action}, {@code expected_version} and {@code note} included. */
    public static Set<String> fieldsOf(ReviewActionType action) {
        return FIELDS.get(action);
    }

    /** Every field any review action takes. */
    public static Set<String> knownFields() {
        return KNOWN;
    }

    /**
     * Parses and applies one review action (see the class comment).
     *
     * @param leadId the lead
     * @param fields the request: field name → text
     * @param actor who acts, and from where
     */
    public ReviewOutcome review(String leadId, Map<String, String> fields, Actor actor) {
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(actor, "actor");
        FieldReader f = new FieldReader(fields);
        String code = f.required(ACTION);
        ReviewActionType type = ReviewActionType.parse(code).orElseThrow(() -> new InvalidFieldException(ACTION,
                "'" + code + "' is not one of " + Arrays.stream(ReviewActionType.values()).map(ReviewActionType::code).toList(),
                "“" + code + "”不是审查操作，应为 " + String.join("、", Arrays.stream(ReviewActionType.values())
                        .map(t -> t.code() + "（" + t.label() + "）").toList())));
        f.only(KNOWN, FIELDS.get(type), type.code());
        OptionalLong expected = f.wholeNumber(EXPECTED_VERSION, 0);
        StoredLead lead = leads.lead(leadId).orElseThrow(() -> new UnknownLeadException(leadId));
        long version = expected.orElse(lead.version());
        String note = f.textOrEmpty(NOTE);
        ReviewAction action = type == ReviewActionType.ISSUE_DOCUMENT
                ? issue(IssueFields.read(f), lead, version) : action(type, f, note);
        if (action instanceof ReviewAction.RecordReply reply && lead.version() == version
                && ReviewWorkflow.refusal(lead.state(), ReviewActionType.RECORD_REPLY).isEmpty()) {
            replyNotBeforeItsDocument(lead, reply.date());
        }
        return apply(lead, version, action, note, actor);
    }

    /** A reply answers the document issued last: it cannot have come before that document's date. */
    private void replyNotBeforeItsDocument(StoredLead lead, LocalDate replyDate) {
        List<ReviewEvent> history = leads.history(lead.leadId());
        for (int i = history.size() - 1; i >= 0; i--) {
            ReviewEvent e = history.get(i);
            if (e.action() == ReviewActionType.ISSUE_DOCUMENT) {
                String issued = e.details().get(ReviewAction.DOCUMENT_DATE);
                if (issued != null && replyDate.isBefore(LocalDate.parse(issued))) {
                    throw new InvalidFieldException(DATE, replyDate + " is before " + issued + ", the date of the document "
                            + e.details().getOrDefault(ReviewAction.DOCUMENT_NUMBER, "") + " it answers",
                            "回复日期" + replyDate + "早于所回复文书" + e.details().getOrDefault(ReviewAction.DOCUMENT_NUMBER, "")
                                    + "的日期" + issued);
                }
                return;
            }
        }
    }

    /**
     * Applies one review action built by the caller (an embedder's door): decides, records and
     * audits it as {@link #review(String, Map, Actor)} does.
     *
     * @param leadId the lead
     * @param expectedVersion the lead version the reviewer acted on
     * @param action the action
     * @param note the reviewer's note; may be empty
     * @param actor who acts, and from where
     */
    public ReviewOutcome review(String leadId, long expectedVersion, ReviewAction action, String note, Actor actor) {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(actor, "actor");
        StoredLead lead = leads.lead(leadId).orElseThrow(() -> new UnknownLeadException(leadId));
        return apply(lead, expectedVersion, action, note, actor);
    }

    private ReviewOutcome apply(StoredLead lead, long expectedVersion, ReviewAction action, String note, Actor actor) {
        String id = lead.leadId();
        if (lead.version() != expectedVersion) {
            throw new ConcurrentReviewException(id, expectedVersion, lead.version());
        }
        ReviewDecision.Allowed move = ReviewWorkflow.decide(lead.state(), lead.replyDeadline(), action).orElseThrow(id);
        ReviewEvent event = new ReviewEvent(id, expectedVersion + 1, actor.name(), clock.instant(), move.from(), move.to(),
                action.type(), note, action.details());
        ReviewEvent recorded = leads.recordTransition(event, move.replyDeadline());
        audit.audit(new AuditEntry(recorded.at(), actor.name(), actor.origin(), "review " + action.type().code(),
                List.of(id), "version " + recorded.seq()));
        StoredLead after = leads.lead(id).orElseThrow(() -> new UnknownLeadException(id));
        return new ReviewOutcome(recorded, after);
    }

    /** Every action but issue-document: its values are all in the request, or today. */
    private ReviewAction action(ReviewActionType type, FieldReader f, String note) {
        LocalDate today = LocalDate.now(clock);
        return switch (type) {
            case VERIFY -> ReviewAction.verify();
            case CONFIRM -> ReviewAction.confirm();
            case DISMISS -> {
                String r = f.required(REASON);
                DismissReason reason = DismissReason.parse(r).orElseThrow(() -> new InvalidFieldException(REASON,
                        "'" + r + "' is not one of " + Arrays.toString(DismissReason.values()) + " (数据错误, 有合法理由, 已纠正, 重复, 其他)",
                        "“" + r + "”不是排除理由，应为 数据错误、有合法理由、已纠正、重复 或 其他"));
                if (reason == DismissReason.OTHER && note.isBlank()) {
                    throw new InvalidFieldException(NOTE, "is missing: dismissing for OTHER (其他) needs an explanation",
                            "缺少：以“其他”理由排除需要写明说明");
                }
                yield ReviewAction.dismiss(reason, note);
            }
            case REOPEN -> {
                if (note.isBlank()) {
                    throw new InvalidFieldException(NOTE, "is missing: reopening needs a reason", "缺少：重新核查需要写明理由");
                }
                yield new ReviewAction.Reopen(note);
            }
            case RECORD_REPLY -> new ReviewAction.RecordReply(f.date(DATE).orElse(today), f.required(SUMMARY));
            case MARK_REPLY_OVERDUE -> new ReviewAction.MarkReplyOverdue(f.date(DATE).orElse(today));
            case REFER -> {
                String to = f.required(TO);
                String department = settings.referralDepartment(to).orElseThrow(() -> new InvalidFieldException(TO,
                        "'" + to + "' is not a department or body leads are referred to; they are "
                                + settings.referralDepartments() + " (referral_departments in the configuration)",
                        "“" + to + "”不是可移送的部门或机关，应为 " + String.join("、", settings.referralDepartments())
                                + "（在配置文件的 referral_departments 中设置）"));
                yield new ReviewAction.Refer(department, f.date(DATE).orElse(today), f.text(NUMBER).orElse(""));
            }
            case ISSUE_DOCUMENT -> throw new IllegalArgumentException("issue-document takes its values from the filed document");
        };
    }

    /** The values an issue-document request gives, read and checked before anything is looked up. */
    private record IssueFields(Optional<DocumentType> type, Optional<String> number, Optional<LocalDate> date,
                               Optional<String> recipient, Optional<LocalDate> replyDeadline) {
        static IssueFields read(FieldReader f) {
            return new IssueFields(f.documentType(DOCUMENT_TYPE), f.text(NUMBER), f.date(DATE), f.text(RECIPIENT),
                    f.date(REPLY_DEADLINE));
        }
    }

    /**
     * Issuing: the given values, the rest from the document filed for the lead. Whether the lead may
     * be issued a document at all (its version and state) is checked first, since what was filed
     * means nothing to a lead that cannot be issued one.
     */
    private ReviewAction issue(IssueFields given, StoredLead lead, long expectedVersion) {
        if (given.type().filter(t -> !t.toSupervisedAgency()).isPresent()) {
            throw new InvalidFieldException(DOCUMENT_TYPE, "a " + given.type().get().label() + " is not issued to the "
                    + "supervised agency: it goes with a referral (refer)", given.type().get().label()
                    + "不向被监督单位制发，它随线索移送（refer）");
        }
        if (lead.version() != expectedVersion) {
            throw new ConcurrentReviewException(lead.leadId(), expectedVersion, lead.version());
        }
        Optional<String> refused = ReviewWorkflow.refusal(lead.state(), ReviewActionType.ISSUE_DOCUMENT);
        if (refused.isPresent()) {
            throw new IllegalTransitionException(lead.leadId(), lead.state(), ReviewActionType.ISSUE_DOCUMENT,
                    ReviewWorkflow.allowedActions(lead.state()), refused.get());
        }
        Optional<DocumentType> type = given.type();
        Optional<String> number = given.number();
        List<StoredDocument> filed = documents.documentsOf(lead.leadId()).stream()
                .filter(d -> !d.number().isEmpty() && d.type().toSupervisedAgency()).toList();
        Optional<StoredDocument> doc;
        if (number.isPresent()) {
            doc = filed.stream().filter(d -> d.number().equals(number.get())).reduce((a, b) -> b);
            if (doc.isPresent() && type.isPresent() && doc.get().type() != type.get()) {
                throw new InvalidFieldException(DOCUMENT_TYPE, "document " + number.get() + " was filed as a "
                        + doc.get().type().label() + ", not a " + type.get().label());
            }
        } else {
            doc = filed.stream().filter(d -> type.map(t -> t == d.type()).orElse(true)).reduce((a, b) -> b);
            if (doc.isEmpty()) {
                throw new InvalidFieldException(NUMBER, "is missing, and no " + type.map(DocumentType::label).orElse("document")
                        + " was filed for lead " + lead.leadId() + "; file one first (xingzhi document, POST /documents) "
                        + "or give the number of the document issued", "缺少文号，且线索 " + lead.leadId() + " 还没有制作"
                        + type.map(DocumentType::label).orElse("文书") + "；请先用 xingzhi document 制作，或给出已制发文书的文号");
            }
        }
        DocumentType t = type.or(() -> doc.map(StoredDocument::type)).orElse(lead.lead().suggestedDocument());
        LocalDate date = given.date().or(() -> doc.map(StoredDocument::date)).orElseGet(() -> LocalDate.now(clock));
        String recipient = given.recipient().or(() -> doc.map(StoredDocument::recipient)).orElse(lead.lead().addressee());
        LocalDate due = given.replyDeadline().or(() -> doc.flatMap(StoredDocument::replyDeadline))
                .orElse(settings.replyDeadline(t, date));
        if (due.isBefore(date)) {
            throw new InvalidFieldException(REPLY_DEADLINE, due + " is before the document's date " + date,
                    "回复期限 " + due + " 早于文书日期 " + date);
        }
        if (recipient.isBlank()) {
            throw new InvalidFieldException(RECIPIENT, "is missing, and the lead names no agency");
        }
        return new ReviewAction.IssueDocument(t, number.orElseGet(() -> doc.orElseThrow().number()), date, recipient, due);
    }

    private static Map<ReviewActionType, Set<String>> fields() {
        Map<ReviewActionType, Set<String>> m = new EnumMap<>(ReviewActionType.class);
        m.put(ReviewActionType.VERIFY, with());
        m.put(ReviewActionType.CONFIRM, with());
        m.put(ReviewActionType.DISMISS, with(REASON));
        m.put(ReviewActionType.REOPEN, with());
        m.put(ReviewActionType.ISSUE_DOCUMENT, with(DOCUMENT_TYPE, NUMBER, DATE, RECIPIENT, REPLY_DEADLINE));
        m.put(ReviewActionType.RECORD_REPLY, with(DATE, SUMMARY));
        m.put(ReviewActionType.MARK_REPLY_OVERDUE, with(DATE));
        m.put(ReviewActionType.REFER, with(TO, DATE, NUMBER));
        return Collections.unmodifiableMap(m);
    }

    private static Set<String> with(String... own) {
        Set<String> s = new LinkedHashSet<>(List.of(ACTION, EXPECTED_VERSION, NOTE));
        s.addAll(List.of(own));
        return Collections.unmodifiableSet(s);
    }

    private static Set<String> known() {
        Set<String> s = new LinkedHashSet<>(COMMON);
        FIELDS.values().forEach(s::addAll);
        return Collections.unmodifiableSet(s);
    }
}

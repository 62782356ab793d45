package io.xingzhi.core.app;

import io.xingzhi.core.governance.GovernanceKind;
import io.xingzhi.core.governance.GovernanceRecord;
import io.xingzhi.core.governance.GovernanceStatistics;
import io.xingzhi.core.governance.GovernanceStatus;
import io.xingzhi.core.port.AuditEntry;
import io.xingzhi.core.port.AuditLog;
import io.xingzhi.core.port.GovernanceStore;
import io.xingzhi.core.port.LeadRepository;
import io.xingzhi.core.port.StoredLead;
import io.xingzhi.core.review.ReviewState;
import io.xingzhi.core.value.PersonalData;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Source governance (诉源治理), the one way every door records it: {@code xingzhi governance} and
 * {@code POST /governance}. It promises:
 * <ul>
 *   <li><b>One vocabulary.</b> A record is text fields by the names below ({@link #fieldsOf} says
 *       which a kind takes) plus the cited lead ids; an unknown field, one the kind does not take,
 *       a missing or unreadable value, or a record that breaks a rule of {@link GovernanceRecord} is
 *       an {@link InvalidFieldException} naming the field, before anything is kept.</li>
 *   <li><b>Only confirmed leads.</b> Every cited lead must be kept and confirmed (成案, or later:
 *       document issued, rectified, reply overdue); a lead new, being verified or dismissed is
 *       refused ({@code lead_ids}). An old id (an alias) is cited under the lead's current id.</li>
 *   <li><b>Defaults in one place.</b> A missing {@code date} is today by the service's clock;
 *       closing without {@code status} takes the record's first allowed closing (a 检察建议: 已采纳).</li>
 *   <li><b>Audited.</b> Every record kept and every closing appends an {@link AuditEntry}
 *       ({@code governance <kind>}, {@code governance close}) with the actor, origin and cited leads.</li>
 *   <li><b>Overdue seen from a date.</b> {@link #statistics} counts as of the date given (today by
 *       default); nothing is written when something becomes overdue.</li>
 * </ul>
 * Thread-safe when its ports are.
 */
public final class GovernanceService {
    /** The record's subject. */
    public static final String TITLE = "title";
    /** The agencies, separated by {@code 、} or commas; the addressee or responsible agency first. */
    public static final String AGENCIES = "agencies";
    /** The day issued, held, agreed or closed (ISO); today when absent. */
    public static final String DATE = "date";
    /** The day it is due (ISO): a measure's deadline (required), a 检察建议's reply deadline. */
    public static final String DEADLINE = "deadline";
    /** A 检察建议's 文号. */
    public static final String NUMBER = "number";
    /** The recommendation's text, the minutes, what the measure or mechanism is. */
    public static final String CONTENT = "content";
    /** The record it follows from, e.g. {@code g2} (a measure's meeting or 检察建议). */
    public static final String PARENT = "parent";
    /** The status closing goes to: adopted, rectified, terminated (or 已采纳, …). */
    public static final String STATUS = "status";
    /** What is said when closing. */
    public static final String NOTE = "note";
    /** The cited leads (a list, not a text field). */
    public static final String LEAD_IDS = "lead_ids";

    private static final Map<GovernanceKind, Set<String>> FIELDS = new EnumMap<>(Map.of(
            GovernanceKind.RECOMMENDATION, Set.of(TITLE, AGENCIES, DATE, DEADLINE, NUMBER, CONTENT),
            GovernanceKind.MEETING, Set.of(TITLE, AGENCIES, DATE, CONTENT, PARENT),
            GovernanceKind.MEASURE, Set.of(TITLE, AGENCIES, DATE, DEADLINE, CONTENT, PARENT),
            GovernanceKind.MECHANISM, Set.of(TITLE, AGENCIES, DATE, CONTENT, PARENT)));
    private static final Set<String> KNOWN = Set.of(TITLE, AGENCIES, DATE, DEADLINE, NUMBER, CONTENT, PARENT);
    private static final Set<String> CLOSE_FIELDS = Set.of(STATUS, DATE, NOTE);

    private final GovernanceStore store;
    private final LeadRepository leads;
    private final AuditLog audit;
    private final Clock clock;

    /**
     * @param store where governance records are kept
     * @param leads where the cited leads are checked
     * @param audit where each record and closing is recorded
     * @param clock today's date and the audit times
     */
    public GovernanceService(GovernanceStore store, LeadRepository leads, AuditLog audit, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.leads = Objects.requireNonNull(leads, "leads");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The text fields a record of {@code kind} takes (the cited leads come apart, as {@link #LEAD_IDS}). */
    public static Set<String> fieldsOf(GovernanceKind kind) {
        return FIELDS.get(kind);
    }

    /** Every text field any kind takes. */
    public static Set<String> knownFields() {
        return KNOWN;
    }

    /** The fields closing takes. */
    public static Set<String> closeFields() {
        return CLOSE_FIELDS;
    }

    /**
     * Keeps a new record (see the class comment).
     *
     * @param kind what it is
     * @param fields the request: field name → text
     * @param leadIds the leads it cites (at least one for a 检察建议), each confirmed
     * @param actor who records it, and from where
     */
    public GovernanceRecord record(GovernanceKind kind, Map<String, String> fields, List<String> leadIds, Actor actor) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(leadIds, "leadIds");
        Objects.requireNonNull(actor, "actor");
        FieldReader f = new FieldReader(fields);
        f.only(KNOWN, FIELDS.get(kind), kind.code());
        String title = f.required(TITLE);
        List<String> agencies = agencies(f.required(AGENCIES));
        LocalDate date = f.date(DATE).orElseGet(() -> LocalDate.now(clock));
        Optional<LocalDate> deadline = f.date(DEADLINE);
        if (kind == GovernanceKind.MEASURE && deadline.isEmpty()) {
            throw new InvalidFieldException(DEADLINE, "is missing: a measure has a deadline", "缺少此项：整改措施须有整改期限");
        }
        if (deadline.isPresent() && deadline.get().isBefore(date)) {
            throw new InvalidFieldException(DEADLINE, deadline.get() + " is before the date " + date,
                    deadline.get() + " 早于日期 " + date);
        }
        Optional<Long> parent = f.text(PARENT).map(GovernanceService::number).map(n -> parent(kind, n));
        List<StoredLead> citedLeads = confirmed(leadIds);
        List<String> cited = citedLeads.stream().map(StoredLead::leadId).toList();
        if (kind == GovernanceKind.RECOMMENDATION && cited.isEmpty()) {
            throw new InvalidFieldException(LEAD_IDS, "is missing: a 检察建议 rests on at least one confirmed lead",
                    "缺少此项：检察建议须以已成案的线索为依据");
        }
        String documentNumber = f.textOrEmpty(NUMBER).strip();
        String content = f.textOrEmpty(CONTENT).strip();
        GovernanceRecord kept;
        try {
            kept = store.keep(n -> GovernanceRecord.create(n, kind, title, agencies, date, deadline, documentNumber, content,
                    cited, parent, actor.name()));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(kind.code(), e.getMessage(), e.getMessage());
        }
        // the title usually names the persons of the leads cited: the audit, kept for good, keeps them masked
        List<String> names = citedLeads.stream().map(l -> l.lead().name()).filter(n -> n != null && !n.isBlank()).toList();
        audit.audit(new AuditEntry(clock.instant(), actor.name(), actor.origin(), "governance " + kind.code(), cited,
                kept.id() + " " + kind.label() + "：" + PersonalData.mask(title, names)));
        return kept;
    }

    /**
     * Closes a record: adopted, rectified or terminated (see {@link GovernanceRecord#closings}).
     *
     * @param id the record's id ({@code g3}) or number
     * @param fields {@code status} (the record's first closing when absent), {@code date} (today), {@code note}
     * @throws UnknownGovernanceRecordException when no such record is kept
     * @throws InvalidFieldException when the record cannot be closed so
     */
    public GovernanceRecord close(String id, Map<String, String> fields, Actor actor) {
        Objects.requireNonNull(actor, "actor");
        FieldReader f = new FieldReader(fields);
        f.only(CLOSE_FIELDS, CLOSE_FIELDS, "close");
        GovernanceRecord r = find(id);
        GovernanceStatus to = f.text(STATUS).map(s -> {
            try {
                return GovernanceStatus.of(s);
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException(STATUS, e.getMessage(), "“" + s + "”不是可用的状态，应为 已采纳、已整改 或 已终止");
            }
        }).or(r::defaultClosing).orElseThrow(() -> new InvalidFieldException(STATUS, r.id() + " (" + r.kind().label()
                + ", " + r.status().label() + ") cannot be closed", r.id() + "（" + r.kind().label() + "，" + r.status().label()
                + "）无可办结的状态"));
        LocalDate on = f.date(DATE).orElseGet(() -> LocalDate.now(clock));
        GovernanceRecord closed;
        try {
            closed = r.closed(to, on, f.textOrEmpty(NOTE).strip());
        } catch (IllegalArgumentException e) {
            if (!r.closings().contains(to)) {
                throw new InvalidFieldException(STATUS, e.getMessage(), r.id() + "（" + r.kind().label() + "，" + r.status().label()
                        + "）不能改为" + to.label() + (r.closings().isEmpty() ? "，已办结"
                        : "，可改为" + r.closings().stream().sorted().map(GovernanceStatus::label).collect(
                                java.util.stream.Collectors.joining("、"))));
            }
            // the closing date is before the record's own or its earlier closing: the date is wrong, not the status
            if (r.closedOn().isPresent() && !on.isBefore(r.date())) {
                throw new InvalidFieldException(DATE, e.getMessage(), r.id() + " 已于 " + r.closedOn().get() + " "
                        + r.status().label() + "，不能在此前的 " + on + " " + to.label());
            }
            throw new InvalidFieldException(DATE, e.getMessage(), r.id() + " 的日期是 " + r.date() + "，不能在此前的 " + on
                    + " 办结");
        }
        GovernanceRecord kept = store.close(closed, r.status());
        audit.audit(new AuditEntry(clock.instant(), actor.name(), actor.origin(), "governance close", kept.leadIds(),
                kept.id() + " " + r.status().label() + " → " + kept.status().label()));
        return kept;
    }

    /** Every record kept, by number. */
    public List<GovernanceRecord> records() {
        return store.governanceRecords();
    }

    /**
     * One record by its id ({@code g3}) or number.
     *
     * @throws UnknownGovernanceRecordException when none is kept
     */
    public GovernanceRecord find(String id) {
        Objects.requireNonNull(id, "id");
        long n;
        try {
            n = number(id);
        } catch (InvalidFieldException e) {
            throw new UnknownGovernanceRecordException(id);
        }
        return store.governanceRecord(n).orElseThrow(() -> new UnknownGovernanceRecordException(id));
    }

    /** The records counted per agency as of {@code asOf} (today by the service's clock when empty). */
    public GovernanceStatistics statistics(Optional<LocalDate> asOf) {
        return GovernanceStatistics.of(store.governanceRecords(), asOf.orElseGet(() -> LocalDate.now(clock)));
    }

    /** The agencies of a field: split at {@code 、}, commas and semicolons, each once, in order. */
    static List<String> agencies(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String a : text.split("[、,，;；]")) {
            if (!a.isBlank()) {
                out.add(a.strip());
            }
        }
        if (out.isEmpty()) {
            throw new InvalidFieldException(AGENCIES, "names no agency", "未写明单位");
        }
        return List.copyOf(out);
    }

    private static long number(String id) {
        String t = id.strip();
        String digits = t.startsWith("g") || t.startsWith("G") ? t.substring(1) : t;
        if (!digits.matches("[1-9][0-9]{0,17}")) {
            throw new InvalidFieldException(PARENT, "'" + id + "' is not a governance record id such as g3",
                    "“" + id + "”不是诉源治理记录编号（如 g3）");
        }
        return Long.parseLong(digits);
    }

    private long parent(GovernanceKind kind, long n) {
        GovernanceRecord p = store.governanceRecord(n).orElseThrow(() -> new InvalidFieldException(PARENT,
                "no record g" + n + " is kept", "没有记录 g" + n));
        if (kind == GovernanceKind.MEASURE && p.kind() != GovernanceKind.MEETING && p.kind() != GovernanceKind.RECOMMENDATION) {
            throw new InvalidFieldException(PARENT, "a measure follows from a meeting or a 检察建议, not from g" + n + " ("
                    + p.kind().label() + ")", "整改措施应出自联席会议或检察建议，g" + n + " 是" + p.kind().label());
        }
        return n;
    }

    /** The cited leads, each kept and confirmed, under their current ids, each once. */
    /** The leads {@code leadIds} name, each once, each confirmed (else 400 naming {@code lead_ids}). */
    private List<StoredLead> confirmed(List<String> leadIds) {
        List<StoredLead> out = new ArrayList<>();
        for (String id : leadIds) {
            if (id == null || id.isBlank()) {
                throw new InvalidFieldException(LEAD_IDS, "holds a blank lead id", "含有空的线索编号");
            }
        }
        // every lead cited, in one read of the store
        Map<String, StoredLead> kept = leads.leadsById(leadIds.stream().map(String::strip).toList());
        for (String id : new LinkedHashSet<>(leadIds)) {
            StoredLead l = Optional.ofNullable(kept.get(id.strip())).orElseThrow(() -> new InvalidFieldException(LEAD_IDS,
                    "no lead " + id + " is kept", "没有线索 " + id));
            if (!l.state().confirmed()) {
                throw new InvalidFieldException(LEAD_IDS, "lead " + l.leadId() + " is " + l.state() + "; only confirmed leads "
                        + "(" + Arrays.toString(ReviewState.confirmedStates().toArray()) + ") can be cited",
                        "线索 " + l.leadId() + " 处于“" + l.state().label() + "”，只能引用已成案的线索");
            }
            if (out.stream().noneMatch(o -> o.leadId().equals(l.leadId()))) {
                out.add(l);
            }
        }
        return out;
    }

    /** A sorted view of {@code fields}, for messages. */
    static String names(Set<String> fields) {
        return String.join(", ", new TreeSet<>(fields));
    }
}

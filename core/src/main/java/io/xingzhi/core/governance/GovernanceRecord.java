package io.xingzhi.core.governance;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One source-governance record (诉源治理): a systemic 检察建议, a joint meeting, a rectification
 * measure or a cooperation mechanism, with where it stands.
 *
 * <p>The rules: every record names at least one agency (the recipient of a 检察建议, the agency
 * responsible for a measure first; those present at a meeting or party to a mechanism); a 检察建议
 * rests on at least one lead (confirmed ones: the application service checks); a measure has a
 * deadline. A new record starts in its kind's {@link GovernanceKind#initial() status}; it is closed
 * only as {@link #closings} allows: a 检察建议 from 待落实 to 已采纳 or 已整改 and from 已采纳 to 已整改,
 * a measure from 待落实 to 已整改, a mechanism from 运行中 to 已终止; a meeting, once held, stays held.
 * {@link GovernanceStatus#OVERDUE} is never kept: {@link #status(LocalDate)} computes it.
 *
 * @param number 1, 2, 3, ... in the order the store kept the records (doors show {@link #id()}, {@code g1})
 * @param kind what it is
 * @param title its subject in a line, e.g. 关于加强社区矫正对象禁止令执行监督的检察建议
 * @param agencies the agencies concerned, the addressee or responsible agency first
 * @param date the day it was issued, held or agreed
 * @param deadline the day it is due (a measure's deadline; a 检察建议's reply deadline), when it has one
 * @param documentNumber the 文号 of a 检察建议, or empty
 * @param content the recommendation's text, the meeting's minutes, what the measure or mechanism is
 * @param leadIds the confirmed leads it rests on or cites, in order
 * @param parent the record it follows from (a measure agreed at a meeting or asked for by a 检察建议)
 * @param status where it stands, as kept (never {@link GovernanceStatus#OVERDUE})
 * @param closedOn the day it was adopted, rectified or ended, once it was
 * @param closingNote what was said when it was
 * @param adoptedOn for a 检察建议 adopted and later rectified, the day it was adopted (its first closing,
 *     which {@code closedOn} then no longer holds); empty otherwise
 * @param adoptionNote what was said when it was adopted, for such a record; empty otherwise
 * @param recordedBy who recorded it
 */
public record GovernanceRecord(long number, GovernanceKind kind, String title, List<String> agencies, LocalDate date,
                               Optional<LocalDate> deadline, String documentNumber, String content, List<String> leadIds,
                               Optional<Long> parent, GovernanceStatus status, Optional<LocalDate> closedOn,
                               String closingNote, Optional<LocalDate> adoptedOn, String adoptionNote,
                               String recordedBy) {
    private static final Map<GovernanceKind, Map<GovernanceStatus, Set<GovernanceStatus>>> CLOSINGS = Map.of(
            GovernanceKind.RECOMMENDATION, Map.of(
                    GovernanceStatus.PENDING, EnumSet.of(GovernanceStatus.ADOPTED, GovernanceStatus.RECTIFIED),
                    GovernanceStatus.ADOPTED, EnumSet.of(GovernanceStatus.RECTIFIED)),
            GovernanceKind.MEASURE, Map.of(GovernanceStatus.PENDING, EnumSet.of(GovernanceStatus.RECTIFIED)),
            GovernanceKind.MECHANISM, Map.of(GovernanceStatus.IN_FORCE, EnumSet.of(GovernanceStatus.TERMINATED)),
            GovernanceKind.MEETING, Map.of());

    public GovernanceRecord {
        if (number < 1) {
            throw new IllegalArgumentException("governance record number " + number + " is not positive");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("a " + kind.label() + " needs a title");
        }
        agencies = List.copyOf(agencies);
        if (agencies.isEmpty() || agencies.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a " + kind.label() + " names at least one agency, none blank");
        }
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(content, "content");
        leadIds = List.copyOf(leadIds);
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(closedOn, "closedOn");
        Objects.requireNonNull(closingNote, "closingNote");
        Objects.requireNonNull(adoptedOn, "adoptedOn");
        Objects.requireNonNull(adoptionNote, "adoptionNote");
        Objects.requireNonNull(recordedBy, "recordedBy");
        if (status == GovernanceStatus.OVERDUE) {
            throw new IllegalArgumentException("overdue is seen from a date, never kept");
        }
        if (kind == GovernanceKind.RECOMMENDATION && leadIds.isEmpty()) {
            throw new IllegalArgumentException("a 检察建议 rests on at least one confirmed lead");
        }
        if (kind == GovernanceKind.MEASURE && deadline.isEmpty()) {
            throw new IllegalArgumentException("a 整改措施 has a deadline");
        }
        if (deadline.isPresent() && deadline.get().isBefore(date)) {
            throw new IllegalArgumentException("deadline " + deadline.get() + " is before the date " + date);
        }
        if (adoptedOn.isPresent() && (kind != GovernanceKind.RECOMMENDATION || status != GovernanceStatus.RECTIFIED
                || closedOn.isEmpty() || adoptedOn.get().isAfter(closedOn.get()) || adoptedOn.get().isBefore(date))) {
            throw new IllegalArgumentException("only a 检察建议 rectified after it was adopted has an adoption date, "
                    + "on or after its date and not after it was rectified");
        }
        if (adoptedOn.isEmpty() && !adoptionNote.isEmpty()) {
            throw new IllegalArgumentException("an adoption note without an adoption date");
        }
        if (parent.isPresent() && parent.get() >= number) {
            throw new IllegalArgumentException("a record follows from an earlier one, not g" + parent.get());
        }
    }

    /**
     * A new record of {@code kind}, in its initial status, numbered {@code number}.
     *
     * @throws IllegalArgumentException when it breaks a rule above
     */
    public static GovernanceRecord create(long number, GovernanceKind kind, String title, List<String> agencies,
                                          LocalDate date, Optional<LocalDate> deadline, String documentNumber,
                                          String content, List<String> leadIds, Optional<Long> parent, String recordedBy) {
        return new GovernanceRecord(number, kind, title, agencies, date, deadline, documentNumber, content, leadIds, parent,
                kind.initial(), Optional.empty(), "", Optional.empty(), "", recordedBy);
    }

    /** The id doors show: {@code g} and the number. */
    public String id() {
        return "g" + number;
    }

    /** The addressee (检察建议) or responsible agency (整改措施): the first agency named. */
    public String agency() {
        return agencies.get(0);
    }

    /**
     * Where it stands on {@code asOf}: a record closed after that day was still in its kind's
     * {@link GovernanceKind#initial() initial} status on it (a 检察建议 adopted on 5 November was pending on
     * 31 October), or adopted when it was adopted by then and rectified after ({@link #adoptedOn});
     * {@link GovernanceStatus#OVERDUE} when it was pending and its deadline passed before that day; its
     * kept status otherwise.
     */
    public GovernanceStatus status(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        GovernanceStatus then = closedOn.isEmpty() || !closedOn.get().isAfter(asOf) ? status
                : adoptedOn.isPresent() && !adoptedOn.get().isAfter(asOf) ? GovernanceStatus.ADOPTED : kind.initial();
        if (then == GovernanceStatus.PENDING && deadline.isPresent() && asOf.isAfter(deadline.get())) {
            return GovernanceStatus.OVERDUE;
        }
        return then;
    }

    /** The statuses this record may be closed to from where it stands; empty when it is closed for good. */
    public Set<GovernanceStatus> closings() {
        Set<GovernanceStatus> s = CLOSINGS.get(kind).get(status);
        return s == null ? Set.of() : Set.copyOf(s);
    }

    /** The status closing it goes to when none is named: the first of {@link #closings} in order. */
    public Optional<GovernanceStatus> defaultClosing() {
        return EnumSet.allOf(GovernanceStatus.class).stream().filter(closings()::contains).findFirst();
    }

    /**
     * This record closed to {@code to} on {@code on}.
     *
     * A 检察建议 adopted and now rectified keeps the day and note of its adoption ({@link #adoptedOn}).
     *
     * @throws IllegalArgumentException when {@link #closings} does not allow it, or {@code on} is before its date
     *     or before its earlier closing
     */
    public GovernanceRecord closed(GovernanceStatus to, LocalDate on, String note) {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(note, "note");
        if (!closings().contains(to)) {
            throw new IllegalArgumentException(id() + " (" + kind.label() + ", " + status.label() + ") cannot become "
                    + to.label() + (closings().isEmpty() ? "; it is closed for good"
                    : "; it may become " + closings().stream().sorted().map(GovernanceStatus::label).toList()));
        }
        if (on.isBefore(date)) {
            throw new IllegalArgumentException(id() + " dates from " + date + "; it cannot close on " + on);
        }
        if (closedOn.isPresent() && on.isBefore(closedOn.get())) {
            throw new IllegalArgumentException(id() + " became " + status.label() + " on " + closedOn.get()
                    + "; it cannot become " + to.label() + " on " + on + ", before that");
        }
        boolean adopted = status == GovernanceStatus.ADOPTED;
        return new GovernanceRecord(number, kind, title, agencies, date, deadline, documentNumber, content, leadIds, parent,
                to, Optional.of(on), note, adopted ? closedOn : Optional.empty(), adopted ? closingNote : "", recordedBy);
    }
}

package io.xingzhi.generator;

import io.xingzhi.core.supervision.KeywordGroup;
import io.xingzhi.generator.Facts.Activity;
import io.xingzhi.generator.Facts.Commutation;
import io.xingzhi.generator.Facts.Correction;
import io.xingzhi.generator.Facts.Custody;
import io.xingzhi.generator.Facts.Enforcement;
import io.xingzhi.generator.Facts.Judgment;
import io.xingzhi.generator.Facts.Penalty;
import io.xingzhi.generator.Facts.Release;
import io.xingzhi.generator.Facts.Role;
import io.xingzhi.generator.Facts.Supervision;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A second, independent reading of LAW.md over the generator's structured facts: every rule of
 * every model - the seed's fourteen kinds and the six from practice - for every sentenced person,
 * against every planted and noise record. Sentence arithmetic is a parameter, so the planting can be
 * checked under another reading of the month-end rule. Keys are {@code model|kind|id}, as
 * tools/score.py keys leads, once per lead: a judgment gives one lead of a kind, except BARRED_ROLE
 * (one per company) and COMMUTED_WHILE_UNPAID (one per ruling).
 */
final class LawOracle implements FactObserver {
    private static final Set<String> FOUNDING = Set.of("法定代表人", "股东", "投资人", "经营者");
    /** 公司法 art. 178(二): 法定代表人, 董事 (董事长, 执行董事, 副董事长), 监事, 经理 (总经理). */
    private static final Set<String> COMPANY_OFFICES = Set.of("法定代表人", "董事", "董事长", "执行董事", "副董事长", "监事",
            "经理", "总经理");
    private static final int RELEASE_GRACE = 1;
    private static final int PERIOD_TOLERANCE = 1;
    private static final int REPORT_DAYS = 10;
    private static final int FILING_DAYS = 7;
    private static final int BARRED_MONTHS_AFTER = 60;

    private final LocalDate asOf;
    private final BiFunction<LocalDate, Integer, LocalDate> termEnd;
    private final List<Facts.Plan> plans = new ArrayList<>();
    private final Map<String, List<Role>> roles = new HashMap<>();
    private final Map<String, List<Activity>> activities = new HashMap<>();

    LawOracle(LocalDate asOf, BiFunction<LocalDate, Integer, LocalDate> termEnd) {
        this.asOf = asOf;
        this.termEnd = termEnd;
    }

    @Override
    public void plan(Facts.Plan plan) {
        plans.add(plan);
        for (Role r : plan.roles) {
            roles.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r);
        }
        for (Activity a : plan.activities) {
            activities.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(a);
        }
    }

    @Override
    public void noiseRole(Role role) {
        roles.computeIfAbsent(role.id(), k -> new ArrayList<>()).add(role);
    }

    @Override
    public void noiseActivity(Activity activity) {
        activities.computeIfAbsent(activity.id(), k -> new ArrayList<>()).add(activity);
    }

    /** Every lead LAW.md gives, as {@code model|kind|id}, once per lead, sorted. */
    List<String> leads() {
        List<String> out = new ArrayList<>();
        for (Facts.Plan p : plans) {
            Judgment j = p.judgment;
            if (j.effective.isAfter(asOf)) {
                continue;
            }
            String id = p.person.id();
            LocalDate end = j.penalty.hasTerm() ? (j.termEndWritten ? j.termEnd : termEnd.apply(j.termStart, j.termMonths)) : null;
            custody(p, j, end, id, out);
            politicalRights(p, j, end, id, out);
            prohibition(p, j, id, out);
            property(p, j, id, out);
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    /**
     * The judgment's custody stay (LAW.md, common rules): one that covers the effective date and names
     * the judgment's case; when no stay names it, the latest-admitted one naming no case; never one
     * naming another case.
     */
    private static Custody stayAtEffect(Facts.Plan p, Judgment j) {
        LocalDate e = j.effective;
        boolean named = p.custody.stream().anyMatch(c -> j.caseNumber.equals(c.caseNumber()));
        Custody best = null;
        for (Custody c : p.custody) {
            boolean eligible = named ? j.caseNumber.equals(c.caseNumber()) : c.caseNumber() == null;
            boolean covers = !c.admitted().isAfter(e) && (c.left() == null || !c.left().isBefore(e));
            if (eligible && covers && (best == null || c.admitted().isAfter(best.admitted()))) {
                best = c;
            }
        }
        return best;
    }

    private void custody(Facts.Plan p, Judgment j, LocalDate end, String id, List<String> out) {
        LocalDate e = j.effective;
        Custody c = stayAtEffect(p, j);
        if (c == null) {
            return;
        }
        LocalDate left = c.left();
        boolean nonCustodial = j.suspended() || j.penalty == Penalty.GUANZHI || j.penalty == Penalty.MIANYU
                || j.penalty == Penalty.DANCHU;
        if (nonCustodial) {
            LocalDate releaseBy = e.plusDays(RELEASE_GRACE);
            if (left == null ? asOf.isAfter(releaseBy) : left.isAfter(releaseBy)) {
                out.add("custody-transfer|HELD_AFTER_NON_CUSTODIAL|" + id);
            }
            return;
        }
        boolean prison = j.penalty == Penalty.YOUQI || j.penalty.life();
        if (!(prison || j.penalty == Penalty.JUYI)) {
            return;
        }
        LocalDate notice = c.notice() != null ? c.notice() : e.plusDays(10);
        LocalDate deadline = notice.plusDays(30);
        boolean mustGo = prison && (end == null || end.isAfter(notice.plusMonths(3)));
        if (mustGo && ((left == null && asOf.isAfter(deadline))
                || (left != null && left.isAfter(deadline) && !"投送监狱".equals(c.reason())))) {
            out.add("custody-transfer|NOT_TRANSFERRED|" + id);
        }
        if ("投送监狱".equals(c.reason()) && left.isAfter(deadline)) {
            out.add("custody-transfer|LATE_TRANSFER|" + id);
        }
        if (end != null && ((left != null && left.isAfter(end)) || (left == null && asOf.isAfter(end)))) {
            out.add("custody-transfer|HELD_PAST_TERM|" + id);
        }
        if ("刑满释放".equals(c.reason()) && end != null && left.isBefore(end)) {
            out.add("custody-transfer|RELEASED_EARLY|" + id);
        }
    }

    private void politicalRights(Facts.Plan p, Judgment j, LocalDate end, String id, List<String> out) {
        boolean life = j.dprMonths == Facts.LIFE || j.penalty.life(); // CL art. 57: implied for life terms
        if (j.dprMonths == 0 && !life || j.penalty == Penalty.MIANYU) {
            return;
        }
        LocalDate start;
        boolean estimated = false;
        if (j.suspended() || j.penalty == Penalty.GUANZHI || j.penalty == Penalty.DANCHU) {
            start = j.effective;
        } else {
            LocalDate released = null;
            for (Release r : p.releases) {
                if (!r.released().isBefore(j.effective) && (released == null || r.released().isBefore(released))) {
                    released = r.released();
                }
            }
            for (Custody c : p.custody) {
                if ("刑满释放".equals(c.reason()) && !c.left().isBefore(j.effective)
                        && (released == null || c.left().isBefore(released))) {
                    released = c.left();
                }
            }
            if (released == null && end != null && end.isBefore(asOf)) {
                released = end.plusDays(1);
                estimated = true;
            }
            start = released;
        }
        barredRole(j, start, end, life, id, out);
        if (start == null) {
            return;
        }
        LocalDate dprEnd = life ? null : termEnd.apply(start, j.dprMonths);
        boolean running = !asOf.isBefore(start.plusDays(30)) && (dprEnd == null || !asOf.isAfter(dprEnd));
        // records that start after as-of are not supervision yet, for every kind
        List<Supervision> records = p.supervisions.stream().filter(s -> !s.start().isAfter(asOf)).toList();
        List<Supervision> overlapping = records.stream()
                .filter(s -> (dprEnd == null || !s.start().isAfter(dprEnd)) && (s.end() == null || !s.end().isBefore(start)))
                .toList();
        boolean covers = records.stream().anyMatch(s -> s.end() == null || !s.end().isBefore(asOf));
        boolean endedEarly = running && !overlapping.isEmpty() && !covers;
        boolean notRestored = dprEnd != null && asOf.isAfter(dprEnd.plusDays(30)) && covers;
        if (running && overlapping.isEmpty()) {
            out.add("political-rights|NOT_SUPERVISED|" + id);
        }
        if (endedEarly) {
            out.add("political-rights|SUPERVISION_ENDED_EARLY|" + id);
        }
        if (notRestored) {
            out.add("political-rights|NOT_RESTORED|" + id);
        }
        if (!endedEarly && !notRestored && !estimated && !start.isAfter(asOf) && !overlapping.isEmpty()) {
            Supervision earliest = overlapping.stream().min(Comparator.comparing(Supervision::start)).orElseThrow();
            Supervision latest = overlapping.stream().max(Comparator.comparing(Supervision::start)).orElseThrow();
            boolean startWrong = ChronoUnit.DAYS.between(earliest.start(), start) > PERIOD_TOLERANCE;
            boolean endWrong = latest.end() != null
                    && (dprEnd == null || Math.abs(ChronoUnit.DAYS.between(dprEnd, latest.end())) > PERIOD_TOLERANCE);
            if (startWrong || endWrong) {
                out.add("political-rights|PERIOD_MISRECORDED|" + id);
            }
        }
    }

    /**
     * BARRED_ROLE: a company office held on some day from the effective date to five years after the
     * deprivation ends (counted from the term end when it has not started; no end for life or when
     * it cannot be computed); one lead per company.
     */
    private void barredRole(Judgment j, LocalDate start, LocalDate termEndDay, boolean life, String id, List<String> out) {
        LocalDate last;
        if (life) {
            last = null;
        } else if (start != null) {
            last = termEnd.apply(start, j.dprMonths).plusMonths(BARRED_MONTHS_AFTER);
        } else if (termEndDay != null) {
            last = termEnd.apply(termEndDay.plusDays(1), j.dprMonths).plusMonths(BARRED_MONTHS_AFTER);
        } else {
            last = null;
        }
        Set<String> companies = new LinkedHashSet<>();
        for (Role r : roles.getOrDefault(id, List.of())) {
            if (!COMPANY_OFFICES.contains(r.role()) || !r.enterprise().contains("公司")) {
                continue;
            }
            boolean startsInTime = r.start() == null || (!r.start().isAfter(asOf) && (last == null || !r.start().isAfter(last)));
            boolean endsInTime = r.end() == null || !r.end().isBefore(j.effective);
            if (startsInTime && endsInTime) {
                companies.add(r.creditCode());
            }
        }
        companies.forEach(c -> out.add("political-rights|BARRED_ROLE|" + id));
    }

    private void prohibition(Facts.Plan p, Judgment j, String id, List<String> out) {
        if (!j.suspended() && j.penalty != Penalty.GUANZHI) {
            return;
        }
        LocalDate e = j.effective;
        List<Correction> started = p.corrections.stream().filter(c -> !c.start().isBefore(e.minusDays(30))).toList();
        List<Correction> forIt = started.stream()
                .filter(c -> c.caseNumber() == null || c.caseNumber().equals(j.caseNumber)).toList();
        if (asOf.isAfter(e.plusDays(30)) && started.isEmpty()) {
            out.add("prohibition-order|CORRECTION_MISSING|" + id);
        }
        forIt.stream().map(Correction::reported).filter(d -> d != null).min(Comparator.naturalOrder())
                .filter(d -> d.isAfter(e.plusDays(REPORT_DAYS)))
                .ifPresent(d -> out.add("prohibition-order|LATE_REPORT|" + id));
        if (!j.hasOrder()) {
            return;
        }
        if (!forIt.isEmpty() && forIt.stream().allMatch(c -> c.order() == null)) {
            out.add("prohibition-order|ORDER_NOT_RECORDED|" + id);
        }
        String text = j.orderAsClause ? Catalog.orderClause(j.orderGroup) : j.orderText();
        LocalDate ps = j.orderStart != null ? j.orderStart : e;
        LocalDate pe;
        if (j.orderEnd != null) {
            pe = j.orderEnd;
        } else if (j.orderMonths > 0) {
            pe = termEnd.apply(e, j.orderMonths);
        } else {
            pe = j.suspended() ? termEnd.apply(e, j.probationMonths) : termEnd.apply(j.termStart, j.termMonths);
        }
        for (KeywordGroup g : KeywordGroup.defaults()) {
            if (!g.selectedBy(text)) {
                continue;
            }
            boolean violated = false;
            if (g.founding()) {
                for (Role r : roles.getOrDefault(id, List.of())) {
                    violated |= FOUNDING.contains(r.role()) && r.start() != null && !r.start().isBefore(ps)
                            && !r.start().isAfter(pe);
                }
            } else {
                for (Activity a : activities.getOrDefault(id, List.of())) {
                    LocalDate day = a.occurred().toLocalDate();
                    Catalog.Venue v = a.venue();
                    violated |= !day.isBefore(ps) && !day.isAfter(pe) && g.keywords().stream().anyMatch(
                            k -> v.venueType().contains(k) || v.venueName().contains(k) || v.description().contains(k));
                }
                for (Role r : roles.getOrDefault(id, List.of())) {
                    boolean overlap = (r.start() == null || !r.start().isAfter(pe)) && (r.end() == null || !r.end().isBefore(ps));
                    violated |= overlap && g.keywords().stream().anyMatch(k -> r.scope().contains(k));
                }
            }
            if (violated) {
                out.add("prohibition-order|ORDER_VIOLATED|" + id);
            }
        }
    }

    private void property(Facts.Plan p, Judgment j, String id, List<String> out) {
        boolean outstanding = j.confiscateAll || j.fine + j.confiscation - j.prepaid > 0;
        // a case belongs to the judgment its source number names; one naming none, to the one judgment with a property penalty
        List<Enforcement> cases = p.enforcement.stream()
                .filter(c -> c.sourceCase() == null ? j.hasPropertyPenalty() : c.sourceCase().equals(j.caseNumber)).toList();
        if (outstanding && asOf.isAfter(j.effective.plusMonths(3).plusDays(30)) && cases.isEmpty()) {
            out.add("property-penalty|NOT_TRANSFERRED|" + id);
        }
        for (Enforcement c : cases) {
            if (c.closed() == null && asOf.isAfter(c.filed().plusMonths(6))) {
                out.add("property-penalty|ENFORCEMENT_OVERDUE|" + id);
            }
            if ("执行完毕".equals(c.closure()) && c.executed() < c.target()) {
                out.add("property-penalty|CLOSED_NOT_PAID|" + id);
            }
            if (terminates(c)) {
                boolean held = false;
                for (Role r : roles.getOrDefault(id, List.of())) {
                    held |= FOUNDING.contains(r.role()) && (r.start() == null || !r.start().isAfter(c.closed()))
                            && (r.end() == null || !r.end().isBefore(c.closed()));
                }
                if (held) {
                    out.add("property-penalty|TERMINATED_WITH_ASSETS|" + id);
                }
            }
            if (c.transferred() != null && c.filed().isAfter(c.transferred().plusDays(FILING_DAYS))) {
                out.add("property-penalty|LATE_FILING|" + id);
            }
        }
        if (!outstanding || !j.hasPropertyPenalty()) {
            return;
        }
        for (Commutation ruling : p.commutations) {
            LocalDate day = ruling.date();
            boolean forIt = ruling.caseNumber() == null || ruling.caseNumber().equals(j.caseNumber);
            if (!forIt || !day.isAfter(j.effective) || day.isAfter(asOf)) {
                continue;
            }
            boolean settled = cases.stream().anyMatch(c -> c.closed() != null && !c.closed().isAfter(day)
                    && (terminates(c) || ("执行完毕".equals(c.closure()) && c.executed() >= c.target())));
            if (!settled) {
                out.add("property-penalty|COMMUTED_WHILE_UNPAID|" + id);
            }
        }
    }

    private static boolean terminates(Enforcement c) {
        return "终结本次执行程序".equals(c.closure()) || "终结执行".equals(c.closure());
    }
}

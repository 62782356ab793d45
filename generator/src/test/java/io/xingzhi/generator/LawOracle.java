package io.xingzhi.generator;

import io.xingzhi.core.supervision.KeywordGroup;
import io.xingzhi.generator.Facts.Activity;
import io.xingzhi.generator.Facts.Correction;
import io.xingzhi.generator.Facts.Custody;
import io.xingzhi.generator.Facts.Enforcement;
import io.xingzhi.generator.Facts.Judgment;
import io.xingzhi.generator.Facts.Penalty;
import io.xingzhi.generator.Facts.Release;
import io.xingzhi.generator.Facts.Role;
import io.xingzhi.generator.Facts.Supervision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * A second, independent reading of LAW.md over the generator's structured facts: every rule of
 * every model, for every sentenced person, against every planted and noise record. Sentence
 * arithmetic is a parameter, so the planting can be checked under another reading of the month-end
 * rule. Keys are {@code model|kind|id}, as tools/score.py keys leads.
 */
final class LawOracle implements FactObserver {
    private static final Set<String> FOUNDING = Set.of("法定代表人", "股东", "投资人", "经营者");

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

    /** Every lead LAW.md gives, as {@code model|kind|id}. */
    Set<String> leads() {
        Set<String> out = new TreeSet<>();
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
        return out;
    }

    private void custody(Facts.Plan p, Judgment j, LocalDate end, String id, Set<String> out) {
        boolean prison = j.penalty == Penalty.YOUQI || j.penalty.life();
        if (j.suspended() || !(prison || j.penalty == Penalty.JUYI)) {
            return;
        }
        LocalDate e = j.effective;
        for (Custody c : p.custody) {
            if (c.admitted().isAfter(e) || (c.left() != null && c.left().isBefore(e))) {
                continue;
            }
            LocalDate notice = c.notice() != null ? c.notice() : e.plusDays(10);
            LocalDate deadline = notice.plusDays(30);
            boolean mustGo = prison && (end == null || end.isAfter(notice.plusMonths(3)));
            LocalDate left = c.left();
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
    }

    private void politicalRights(Facts.Plan p, Judgment j, LocalDate end, String id, Set<String> out) {
        if (j.dprMonths == 0) {
            return;
        }
        LocalDate start;
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
            }
            start = released;
        }
        if (start == null) {
            return;
        }
        LocalDate dprEnd = j.dprMonths == Facts.LIFE ? null : termEnd.apply(start, j.dprMonths);
        boolean running = !asOf.isBefore(start.plusDays(30)) && (dprEnd == null || !asOf.isAfter(dprEnd));
        boolean overlaps = false;
        boolean covers = false;
        for (Supervision s : p.supervisions) {
            overlaps |= (dprEnd == null || !s.start().isAfter(dprEnd)) && (s.end() == null || !s.end().isBefore(start));
            covers |= !s.start().isAfter(asOf) && (s.end() == null || !s.end().isBefore(asOf));
        }
        if (running && !overlaps) {
            out.add("political-rights|NOT_SUPERVISED|" + id);
        }
        if (running && overlaps && !covers) {
            out.add("political-rights|SUPERVISION_ENDED_EARLY|" + id);
        }
        if (dprEnd != null && asOf.isAfter(dprEnd.plusDays(30)) && covers) {
            out.add("political-rights|NOT_RESTORED|" + id);
        }
    }

    private void prohibition(Facts.Plan p, Judgment j, String id, Set<String> out) {
        if (!j.suspended() && j.penalty != Penalty.GUANZHI) {
            return;
        }
        LocalDate e = j.effective;
        List<Correction> forIt = p.corrections.stream()
                .filter(c -> !c.type().equals("假释") && !c.start().isBefore(e.minusDays(30))).toList();
        if (asOf.isAfter(e.plusDays(30)) && forIt.isEmpty()) {
            out.add("prohibition-order|CORRECTION_MISSING|" + id);
        }
        if (!j.hasOrder()) {
            return;
        }
        if (forIt.stream().anyMatch(c -> c.order() == null)) {
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
            if (g.founding()) {
                for (Role r : roles.getOrDefault(id, List.of())) {
                    if (FOUNDING.contains(r.role()) && !r.start().isBefore(ps) && !r.start().isAfter(pe)) {
                        out.add("prohibition-order|ORDER_VIOLATED|" + id);
                    }
                }
                continue;
            }
            for (Activity a : activities.getOrDefault(id, List.of())) {
                LocalDate day = a.occurred().toLocalDate();
                if (day.isBefore(ps) || day.isAfter(pe)) {
                    continue;
                }
                Catalog.Venue v = a.venue();
                if (g.keywords().stream().anyMatch(k -> v.venueType().contains(k) || v.venueName().contains(k)
                        || v.description().contains(k))) {
                    out.add("prohibition-order|ORDER_VIOLATED|" + id);
                }
            }
            for (Role r : roles.getOrDefault(id, List.of())) {
                boolean overlap = !r.start().isAfter(pe) && (r.end() == null || !r.end().isBefore(ps));
                if (overlap && g.keywords().stream().anyMatch(k -> r.scope().contains(k))) {
                    out.add("prohibition-order|ORDER_VIOLATED|" + id);
                }
            }
        }
    }

    private void property(Facts.Plan p, Judgment j, String id, Set<String> out) {
        if (!j.hasPropertyPenalty() && p.enforcement.isEmpty()) {
            return;
        }
        boolean outstanding = j.confiscateAll || j.fine + j.confiscation - j.prepaid > 0;
        List<Enforcement> cases = p.enforcement.stream()
                .filter(c -> c.sourceCase() == null || c.sourceCase().equals(j.caseNumber)).toList();
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
            if ("终结本次执行程序".equals(c.closure()) || "终结执行".equals(c.closure())) {
                for (Role r : roles.getOrDefault(id, List.of())) {
                    if (FOUNDING.contains(r.role()) && !r.start().isAfter(c.closed())
                            && (r.end() == null || !r.end().isBefore(c.closed()))) {
                        out.add("property-penalty|TERMINATED_WITH_ASSETS|" + id);
                    }
                }
            }
        }
    }
}

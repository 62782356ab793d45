package io.xingzhi.core.identity;

import io.xingzhi.core.record.AgencyRecord;
import io.xingzhi.core.record.Commutation;
import io.xingzhi.core.record.CorrectionTerm;
import io.xingzhi.core.record.CustodyStay;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.EnforcementCase;
import io.xingzhi.core.record.Judgment;
import io.xingzhi.core.record.Release;
import io.xingzhi.core.value.CaseNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The records of some indexed datasets that could be a person's although they were not linked to
 * them (CONTRACT.md §4 {@code possible_matches}): offered on a lead that says such a record is
 * missing, so that a mistyped number or a variant name held by the other agency is checked before
 * anyone is accused. A record nearly matches a person when it is not linked to that person and
 * <ul>
 *   <li>has the same normalised name and birth date; or</li>
 *   <li>has a number (valid or not) whose 17 body digits are one substitution or one adjacent
 *       transposition away from the person's, whatever its check digit, or differ only in the
 *       century of the birth year (a 15-digit number upgraded with the wrong century), or are the
 *       same with a wrong check digit; or</li>
 *   <li>names the same criminal case.</li>
 * </ul>
 * Records that belong to another person who has a judgment are that person's and are never offered
 * (a co-defendant's correction record names the same case). Lookups are by hash: name + birth date,
 * case number, and the exact 17-digit body, queried with each of the person's body's one-edit
 * variants (at most 171), so a query costs the same whatever the number of records - no scan.
 */
public final class NearMissIndex {
    private static final NearMissIndex EMPTY = new NearMissIndex(Map.of());

    /** A record that nearly matches a person, and why, in words a prosecutor can check. */
    public record NearMiss(AgencyRecord record, String reason) {
    }

    /**
     * One record of an indexed dataset that may be offered as a near miss, and the key of the person
     * it is linked to ({@code null}: none, the record is unresolved).
     *
     * @param record the record
     * @param owner the key of its person, or {@code null}
     */
    public record Candidate(AgencyRecord record, String owner) {
        public Candidate {
            java.util.Objects.requireNonNull(record, "record");
        }
    }

    private static final class Tables {
        /** By the 17 body digits read as a number (a query looks up some 170 variants: no string for each). */
        final Map<Long, List<Candidate>> byBody = new HashMap<>();
        final Map<String, List<Candidate>> byNameBirth = new HashMap<>();
        final Map<CaseNumber, List<Candidate>> byCase = new HashMap<>();
    }

    private final Map<Dataset, Tables> tables;

    private NearMissIndex(Map<Dataset, Tables> tables) {
        this.tables = tables;
    }

    /** An index with nothing in it. */
    public static NearMissIndex empty() {
        return EMPTY;
    }

    /**
     * Indexes every record of {@code datasets} (indexed datasets only) held by a person without a
     * judgment, or by nobody ({@code unresolved}).
     */
    public static NearMissIndex of(List<Person> persons, List<AgencyRecord> unresolved, Set<Dataset> datasets) {
        return of(candidates(persons, unresolved, datasets), datasets);
    }

    /**
     * The records {@link #of(List, List, Set)} indexes: every record of {@code datasets} (indexed
     * datasets only) held by a person without a judgment, or by nobody ({@code unresolved}). A
     * distributed engine gathers them from every partition and indexes them all with {@link
     * #of(List, Set)}, so each partition offers the near misses a single index would.
     */
    public static List<Candidate> candidates(List<Person> persons, List<AgencyRecord> unresolved, Set<Dataset> datasets) {
        List<Candidate> out = new ArrayList<>();
        if (datasets.isEmpty()) {
            return out;
        }
        for (Person p : persons) {
            if (!p.judgments().isEmpty()) {
                continue; // its records are explained by its own judgments
            }
            for (Dataset d : datasets) {
                if (!d.streamed()) {
                    for (AgencyRecord r : recordsOf(p, d)) {
                        out.add(new Candidate(r, p.key()));
                    }
                }
            }
        }
        for (AgencyRecord r : unresolved) {
            if (datasets.contains(r.ref().dataset()) && !r.ref().dataset().streamed()) {
                out.add(new Candidate(r, null));
            }
        }
        return out;
    }

    /** Indexes the candidates of {@code datasets} (indexed datasets only); the others are left out. */
    public static NearMissIndex of(List<Candidate> candidates, Set<Dataset> datasets) {
        if (datasets.isEmpty()) {
            return EMPTY;
        }
        Map<Dataset, Tables> tables = new EnumMap<>(Dataset.class);
        for (Dataset d : datasets) {
            if (!d.streamed()) {
                tables.put(d, new Tables());
            }
        }
        for (Candidate c : candidates) {
            Tables t = tables.get(c.record().ref().dataset());
            if (t != null) {
                add(t, c);
            }
        }
        return new NearMissIndex(tables);
    }

    private static void add(Tables t, Candidate e) {
        e.record().identity().body().ifPresent(b -> t.byBody.computeIfAbsent(Long.parseLong(b), k -> new ArrayList<>(1)).add(e));
        nameBirth(e.record()).ifPresent(nb -> t.byNameBirth.computeIfAbsent(nb, k -> new ArrayList<>(1)).add(e));
        caseOf(e.record()).ifPresent(c -> t.byCase.computeIfAbsent(c, k -> new ArrayList<>(1)).add(e));
    }

    /**
     * The records of {@code dataset} not linked to {@code person} that nearly match them or name
     * {@code caseNumber}, each once with every reason that applies, in source order.
     */
    public List<NearMiss> near(Person person, Dataset dataset, Optional<CaseNumber> caseNumber) {
        Tables t = tables.get(dataset);
        if (t == null) {
            return List.of();
        }
        Map<AgencyRecord, Candidate> found = new LinkedHashMap<>();
        person.birthDate().ifPresent(b -> collect(found, t.byNameBirth.get(person.name().value() + "|" + b), person));
        Optional<String> body = person.idNumber().map(n -> n.value().substring(0, 17));
        if (body.isPresent() && !t.byBody.isEmpty()) {
            for (long v : variants(Long.parseLong(body.get()))) {
                collect(found, t.byBody.get(v), person);
            }
        }
        caseNumber.ifPresent(c -> collect(found, t.byCase.get(c), person));
        List<NearMiss> out = new ArrayList<>(found.size());
        for (Candidate e : found.values()) {
            String why = reason(person, body, caseNumber, e.record());
            if (!why.isEmpty()) {
                out.add(new NearMiss(e.record(), why));
            }
        }
        out.sort(Comparator.comparing((NearMiss m) -> m.record().ref().source()).thenComparingLong(m -> m.record().ref().line()));
        return out;
    }

    private static void collect(Map<AgencyRecord, Candidate> found, List<Candidate> entries, Person person) {
        if (entries != null) {
            for (Candidate e : entries) {
                if (!person.key().equals(e.owner())) {
                    found.putIfAbsent(e.record(), e);
                }
            }
        }
    }

    /** 10 to the power of (16 − i): the place value of body digit i. */
    private static final long[] PLACE = new long[17];

    static {
        long p = 1;
        for (int i = 16; i >= 0; i--) {
            PLACE[i] = p;
            p *= 10;
        }
    }

    /**
     * The body itself, its one-substitution and adjacent-transposition variants, and its other
     * century, each as its 17 digits read as a number.
     */
    static long[] variants(long body) {
        int[] d = new int[17];
        long rest = body;
        for (int i = 16; i >= 0; i--) {
            d[i] = (int) (rest % 10);
            rest /= 10;
        }
        long[] v = new long[1 + 17 * 9 + 16 + 1];
        int n = 0;
        v[n++] = body;
        for (int i = 0; i < 17; i++) {
            for (int digit = 0; digit <= 9; digit++) {
                if (digit != d[i]) {
                    v[n++] = body + (digit - d[i]) * PLACE[i];
                }
            }
        }
        for (int i = 0; i < 16; i++) {
            if (d[i] != d[i + 1]) {
                v[n++] = body + (d[i + 1] - d[i]) * PLACE[i] + (d[i] - d[i + 1]) * PLACE[i + 1];
            }
        }
        if (d[6] == 1 && d[7] == 9) {
            v[n++] = body + PLACE[6] - 9 * PLACE[7];
        } else if (d[6] == 2 && d[7] == 0) {
            v[n++] = body - PLACE[6] + 9 * PLACE[7];
        }
        return java.util.Arrays.copyOf(v, n);
    }

    /** Every reason the record nearly matches, joined with {@code ；}; empty when none holds. */
    private static String reason(Person p, Optional<String> body, Optional<CaseNumber> caseNumber, AgencyRecord r) {
        List<String> why = new ArrayList<>(3);
        if (p.birthDate().isPresent() && nameBirth(r).equals(Optional.of(p.name().value() + "|" + p.birthDate().get()))) {
            why.add("同名同出生日期");
        } else if (r.identity().name().equals(Optional.of(p.name()))) {
            why.add("同名");
        }
        Optional<String> other = r.identity().body();
        if (body.isPresent() && other.isPresent()) {
            numberRelation(body.get(), other.get()).ifPresent(rel -> why.add("身份证号" + rel
                    + (r.identity().idNumber().isPresent() ? "（校验码有效）" : "（校验码不符，非有效身份证号）")));
        }
        if (caseNumber.isPresent() && caseOf(r).equals(caseNumber)) {
            why.add("同一案号");
        }
        return String.join("；", why);
    }

    /** How two bodies differ, when by one of the near-miss edits. */
    static Optional<String> numberRelation(String mine, String theirs) {
        if (mine.equals(theirs)) {
            return Optional.of("前17位相同、仅校验码不同");
        }
        List<Integer> diff = new ArrayList<>(3);
        for (int i = 0; i < 17 && diff.size() < 3; i++) {
            if (mine.charAt(i) != theirs.charAt(i)) {
                diff.add(i);
            }
        }
        if (diff.size() == 1) {
            return Optional.of(part(diff.get(0)) + "一位不同");
        }
        if (diff.size() == 2) {
            int i = diff.get(0);
            int j = diff.get(1);
            if (j == i + 1 && mine.charAt(i) == theirs.charAt(j) && mine.charAt(j) == theirs.charAt(i)) {
                String where = part(i).equals(part(j)) ? part(i) : part(i) + "与" + part(j);
                return Optional.of(where + "相邻两位颠倒");
            }
            if (i == 6 && j == 7) {
                return Optional.of("出生年份世纪不同（疑为15位旧号码升位）");
            }
        }
        return Optional.empty();
    }

    /** The part of the number a body position is in (GB 11643): 地址码, 出生日期码, 顺序码. */
    private static String part(int i) {
        return i < 6 ? "地址码" : i < 14 ? "出生日期码" : "顺序码";
    }

    private static Optional<String> nameBirth(AgencyRecord r) {
        if (r.identity().name().isEmpty() || r.identity().birthDate().isEmpty()) {
            return Optional.empty();
        }
        LocalDate b = r.identity().birthDate().get();
        return Optional.of(r.identity().name().get().value() + "|" + b);
    }

    /** The criminal case a record names, when its dataset has one. */
    static Optional<CaseNumber> caseOf(AgencyRecord r) {
        if (r instanceof CorrectionTerm c) {
            return c.caseNumber();
        } else if (r instanceof EnforcementCase e) {
            return e.sourceCaseNumber();
        } else if (r instanceof CustodyStay s) {
            return s.caseNumber();
        } else if (r instanceof Release rel) {
            return rel.caseNumber();
        } else if (r instanceof Commutation c) {
            return c.caseNumber();
        } else if (r instanceof Judgment j) {
            return j.caseNumber();
        }
        return Optional.empty();
    }

    private static List<? extends AgencyRecord> recordsOf(Person p, Dataset d) {
        return switch (d) {
            case JUDGMENTS -> p.judgments();
            case CUSTODY -> p.custody();
            case CORRECTIONS -> p.corrections();
            case RESETTLEMENT -> p.releases();
            case DPR_SUPERVISION -> p.supervision();
            case ENFORCEMENT -> p.enforcement();
            case COMMUTATIONS -> p.commutations();
            case BUSINESS_REGISTRATIONS, ACTIVITIES -> List.of();
        };
    }
}

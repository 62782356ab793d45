package io.xingzhi.generator;

import io.xingzhi.generator.Facts.Activity;
import io.xingzhi.generator.Facts.Person;
import io.xingzhi.generator.Facts.Plan;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The project's synthetic data generator. {@link #writeTo} writes the nine datasets of
 * CONTRACT.md §1 ({@code <dataset>.csv}, the optional {@code commutations} included) and
 * {@code expected.jsonl} into a folder.
 *
 * <p>Every sentenced person has one judgment and one planted scenario: a lead of one kind of the
 * four models of LAW.md - the seed's fourteen and the six from practice; every kind is planted from
 * 25 persons on - a near-miss that LAW.md says is not a lead (delivered on day 30, remaining term
 * of exactly three months, released the day after the judgment took effect, police record one day
 * off, reported on day 10, filed on day 7, commuted on the day the fine was paid, ...), or - for
 * most persons - a clean history. All other rules of all models hold for every person, so
 * {@code expected.jsonl} lists exactly the leads a correct engine reports when run with the spec's
 * as-of date.
 *
 * <p>Values are deliberately messy in the forms CONTRACT.md §2 says must be accepted (date,
 * identity number, name, amount, term and case-number variants, sentences written only as text,
 * Chinese headers, GB18030 files, byte-order marks and CRLF) - or, for a {@linkplain
 * GeneratorSpec#clean() clean} spec, the same facts in one canonical form each. Activities are
 * streamed to disk (noise for sentenced and never-sentenced persons around the planted
 * violations), so ten million rows need no more memory than ten. The same spec always gives
 * byte-identical files.
 */
public final class Generator {
    private static final List<DatasetLayout> LAYOUTS = List.of(
            layout("judgments", StandardCharsets.UTF_8, false, "\n",
                    "case_number", "court", "name", "id_number", "judgment_date", "effective_date", "principal_penalty",
                    "term_months", "term_start", "term_end", "probation_months", "dpr_months", "fine_amount",
                    "confiscation_amount", "prepaid_amount", "prohibition_order", "prohibition_months",
                    "prohibition_start", "prohibition_end", "sentence_text"),
            layout("custody", StandardCharsets.UTF_8, true, "\r\n",
                    "name:姓名", "id_number:身份证号", "detention_center:看守所", "case_number:案号", "admitted_on:入所日期",
                    "notice_received_on:收到执行通知书日期", "left_on:出所日期", "leave_reason:出所原因", "remark:备注"),
            layout("corrections", StandardCharsets.UTF_8, false, "\n",
                    "name", "id_number", "correction_type", "case_number", "start_on", "end_on", "office", "reported_on",
                    "prohibition_order", "prohibition_start", "prohibition_end"),
            layout("resettlement", Charset.forName("GB18030"), false, "\r\n",
                    "name", "id_number", "birth_date", "released_on", "release_type", "institution", "case_number"),
            layout("dpr_supervision", StandardCharsets.UTF_8, false, "\n",
                    "name:姓名", "id_number:公民身份号码", "birth_date:出生日期", "start_on:执行起日", "end_on:执行止日",
                    "police_station:派出所"),
            layout("enforcement", StandardCharsets.UTF_8, true, "\n",
                    "enforcement_number:执行案号", "source_case_number:执行依据", "name:姓名", "id_number:身份证号",
                    "transferred_on:移送执行日期", "filed_on:立案日期", "target_amount:执行标的", "executed_amount:已执行金额",
                    "closed_on:结案日期", "closure:结案方式"),
            layout("business_registrations", StandardCharsets.UTF_8, false, "\n",
                    "enterprise", "credit_code", "name", "id_number", "role", "business_scope", "role_start", "role_end"),
            layout("activities", StandardCharsets.UTF_8, false, "\n",
                    "name:姓名", "id_number:证件号码", "occurred_on:发生时间", "category:记录类型", "venue_type:场所类型",
                    "venue_name:场所名称", "description:内容", "agency:来源单位"),
            layout("commutations", Charset.forName("GB18030"), false, "\r\n",
                    "name:姓名", "id_number:身份证号", "case_number:原判案号", "ruling_number:裁定书文号",
                    "ruling_type:裁定类型", "ruling_date:裁定日期", "court:裁定法院"));
    /** The same datasets as a database export writes them: canonical headers, UTF-8 without a byte-order mark, LF. */
    private static final List<DatasetLayout> CLEAN_LAYOUTS = LAYOUTS.stream()
            .map(l -> new DatasetLayout(l.dataset(), l.fields(), l.fields(), StandardCharsets.UTF_8, false, "\n"))
            .toList();

    /** The name of the file of planted leads. */
    public static final String EXPECTED_FILE = "expected.jsonl";

    private static final long GAMMA = 0x9E3779B97F4A7C15L;
    private static final List<String> ROLES = List.of("法定代表人", "股东", "投资人", "经营者", "监事", "经理", "其他");
    private static final List<String> NOT_OFFICES = List.of("股东", "投资人", "经营者", "其他");

    private final GeneratorSpec spec;
    private FactObserver observer = FactObserver.NONE;

    public Generator(GeneratorSpec spec) {
        this.spec = Objects.requireNonNull(spec);
    }

    /** How every dataset is written (file, columns, header row, encoding), in contract order. */
    public static List<DatasetLayout> layouts() {
        return LAYOUTS;
    }

    /** How every dataset is written for a clean spec ({@link GeneratorSpec#clean()}) or a messy one. */
    public static List<DatasetLayout> layouts(boolean clean) {
        return clean ? CLEAN_LAYOUTS : LAYOUTS;
    }

    /** Sees every planted fact (tests only). */
    Generator observe(FactObserver o) {
        this.observer = Objects.requireNonNull(o);
        return this;
    }

    /** Writes the datasets and {@code expected.jsonl} into {@code dir} (created when missing; files replaced). */
    public GenerationSummary writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        LocalDate asOf = spec.asOf();
        int n = spec.persons();

        Set<String> taken = new HashSet<>(Math.max(16, n * 2));
        Person[] persons = new Person[n];
        for (int i = 0; i < n; i++) {
            persons[i] = newPerson(i, personRandom(i), taken);
        }
        Scenario[] scenarios = assignScenarios(n);

        List<CsvTable> tables = new ArrayList<>();
        for (DatasetLayout l : layouts(spec.clean())) {
            tables.add(new CsvTable(dir, l, l.dataset().equals("activities") || l.dataset().equals("business_registrations")));
        }
        Renderer.Tables t = new Renderer.Tables(tables.get(0), tables.get(1), tables.get(2), tables.get(3),
                tables.get(4), tables.get(5), tables.get(6), tables.get(7), tables.get(8));
        Renderer renderer = new Renderer(t, spec.clean());
        List<ExpectedLead> expected = new ArrayList<>();
        List<Activity> planted = new ArrayList<>();
        BitSet anyVenue = new BitSet(n);
        BitSet rolesOk = new BitSet(n);
        BitSet officesOk = new BitSet(n);
        Map<String, Integer> perScenario = new TreeMap<>();
        try {
            Planter planter = new Planter(asOf);
            for (int i = 0; i < n; i++) {
                // one stream plans the facts, another picks how they are written: a clean export has the same facts
                SplittableRandom base = personRandom(i);
                SplittableRandom rng = base.split();
                Plan plan = planter.plan(persons[i], scenarios[i], rng);
                renderer.use(base.split());
                renderer.render(plan);
                observer.plan(plan);
                planted.addAll(plan.activities);
                anyVenue.set(i, plan.anyVenueOk);
                rolesOk.set(i, plan.rolesOk);
                officesOk.set(i, plan.officesOk);
                perScenario.merge(plan.scenario.name(), 1, Integer::sum);
                for (Facts.Lead l : plan.leads) {
                    expected.add(new ExpectedLead(l.model(), l.kind(), l.id(), l.caseNumber(), l.scenario()));
                }
            }

            SplittableRandom noise = new SplittableRandom(spec.seed() * GAMMA + 0x5851F42D4C957F2DL);
            Person[] strangers = new Person[Math.max(200, n / 2)];
            for (int i = 0; i < strangers.length; i++) {
                strangers[i] = newPerson(-1 - i, noise, taken);
            }
            taken = null; // the identities are settled; let the set go
            renderer.use(noise.split());
            writeNoiseRoles(renderer, persons, rolesOk, officesOk, strangers, noise);
            writeActivities(renderer, persons, anyVenue, strangers, planted, noise);
        } finally {
            for (CsvTable table : tables) {
                table.close();
            }
        }

        expected.sort(Comparator.comparing(ExpectedLead::model).thenComparing(ExpectedLead::kind)
                .thenComparing(ExpectedLead::idNumber));
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(EXPECTED_FILE), StandardCharsets.UTF_8)) {
            for (ExpectedLead e : expected) {
                w.write(e.toJson());
                w.write('\n');
            }
        }

        Map<String, Long> rows = new LinkedHashMap<>();
        for (CsvTable table : tables) {
            rows.put(table.layout().fileName(), table.rows());
        }
        rows.put(EXPECTED_FILE, (long) expected.size());
        Map<String, Integer> perKind = new TreeMap<>();
        for (ExpectedLead e : expected) {
            perKind.merge(e.model() + " " + e.kind(), 1, Integer::sum);
        }
        return new GenerationSummary(dir, spec, rows, perKind, perScenario);
    }

    /**
     * The first persons take every scenario once (in a seeded order: the leads first, so every kind is
     * planted from a few dozen persons on), the rest are drawn by weight.
     */
    private Scenario[] assignScenarios(int n) {
        Scenario[] all = Scenario.values();
        Scenario[] out = new Scenario[n];
        SplittableRandom r = new SplittableRandom(spec.seed() * GAMMA + 0x2545F4914F6CDD1DL);
        List<Scenario> leads = new ArrayList<>();
        List<Scenario> others = new ArrayList<>();
        for (Scenario s : all) {
            (s.type == Scenario.Type.LEAD ? leads : others).add(s);
        }
        shuffle(leads, r);
        shuffle(others, r);
        leads.addAll(others);
        Scenario[] first = leads.toArray(new Scenario[0]);
        int total = 0;
        for (Scenario s : all) {
            total += s.weight;
        }
        for (int i = 0; i < n; i++) {
            if (i < first.length) {
                out[i] = first[i];
                continue;
            }
            int x = r.nextInt(total);
            for (Scenario s : all) {
                x -= s.weight;
                if (x < 0) {
                    out[i] = s;
                    break;
                }
            }
        }
        return out;
    }

    private static <T> void shuffle(List<T> list, SplittableRandom r) {
        for (int i = list.size() - 1; i > 0; i--) {
            int k = r.nextInt(i + 1);
            T tmp = list.get(i);
            list.set(i, list.get(k));
            list.set(k, tmp);
        }
    }

    private SplittableRandom personRandom(int index) {
        return new SplittableRandom(spec.seed() * GAMMA + (index + 1L) * 0xBF58476D1CE4E5B9L);
    }

    /** A person with a valid, unused identity number; adults of 24-75 on the as-of date. */
    private Person newPerson(int index, SplittableRandom r, Set<String> taken) {
        LocalDate asOf = spec.asOf();
        while (true) {
            LocalDate birth = asOf.minusYears(24 + r.nextInt(52)).minusDays(r.nextInt(365));
            String area = Catalog.AREAS.get(r.nextInt(Catalog.AREAS.size()));
            String id = IdNumbers.make(area, birth, 1 + r.nextInt(999));
            if (taken.add(id)) {
                return new Person(index, id, name(r), birth);
            }
        }
    }

    private static String name(SplittableRandom r) {
        if (r.nextInt(100) < 2) {
            return Catalog.MINORITY.get(r.nextInt(Catalog.MINORITY.size()));
        }
        StringBuilder b = new StringBuilder(3);
        b.append(Catalog.SURNAMES.charAt(r.nextInt(Catalog.SURNAMES.length())));
        int given = r.nextInt(100) < 30 ? 1 : 2;
        for (int i = 0; i < given; i++) {
            b.append(Catalog.GIVEN.charAt(r.nextInt(Catalog.GIVEN.length())));
        }
        return b.toString();
    }

    /**
     * Business roles of sentenced persons who may hold any, and of persons never sentenced; a person
     * deprived of political rights holds no company office in them (that is BARRED_ROLE, planted).
     */
    private void writeNoiseRoles(Renderer renderer, Person[] persons, BitSet rolesOk, BitSet officesOk,
                                 Person[] strangers, SplittableRandom r) throws IOException {
        LocalDate asOf = spec.asOf();
        long count = persons.length * 3L / 10 + strangers.length / 5;
        for (long k = 0; k < count; k++) {
            Person who = strangers[r.nextInt(strangers.length)];
            boolean offices = true;
            if (persons.length > 0 && r.nextBoolean()) {
                int i = r.nextInt(persons.length);
                if (rolesOk.get(i)) {
                    who = persons[i];
                    offices = officesOk.get(i);
                }
            }
            Catalog.Scope scope = Catalog.SCOPES.get(r.nextInt(Catalog.SCOPES.size()));
            LocalDate start = asOf.minusDays(r.nextInt(3650));
            LocalDate end = r.nextInt(100) < 30 ? start.plusDays(r.nextLong(java.time.temporal.ChronoUnit.DAYS
                    .between(start, asOf) + 1)) : null;
            String trade = Catalog.ENTERPRISE_TRADES.get(r.nextInt(Catalog.ENTERPRISE_TRADES.size()));
            int at = r.nextInt(4) * 3;
            String enterprise = Catalog.ENTERPRISE_PLACES.substring(at, at + 3)
                    + Catalog.ENTERPRISE_WORDS.get(r.nextInt(Catalog.ENTERPRISE_WORDS.size())) + trade + "有限公司";
            List<String> roles = offices ? ROLES : NOT_OFFICES;
            Facts.Role role = new Facts.Role(who.id(), who.name(), enterprise, Planter.creditCode(r),
                    roles.get(r.nextInt(roles.size())), scope.text(), start, end);
            renderer.role(role);
            observer.noiseRole(role);
        }
    }

    /**
     * Streams the activities: noise rows for random sentenced persons (prohibited places only for
     * those with no order) and for persons never sentenced, with the planted rows spread evenly.
     */
    private void writeActivities(Renderer renderer, Person[] persons, BitSet anyVenue, Person[] strangers,
                                 List<Activity> planted, SplittableRandom r) throws IOException {
        List<Catalog.Venue> all = Catalog.VENUES;
        List<Catalog.Venue> neutral = all.stream().filter(Catalog.Venue::neutral).toList();
        LocalDate asOf = spec.asOf();
        boolean observing = observer != FactObserver.NONE;
        long p = planted.size();
        long total = Math.max(spec.activities(), p);
        int next = 0;
        long nextAt = p == 0 ? Long.MAX_VALUE : position(0, p, total);
        for (long row = 0; row < total; row++) {
            if (row == nextAt) {
                Activity a = planted.get(next++);
                renderer.activity(a.id(), a.name(), a.occurred(), a.venue());
                nextAt = next < p ? position(next, p, total) : Long.MAX_VALUE;
                continue;
            }
            Person who;
            Catalog.Venue venue;
            if (persons.length > 0 && r.nextBoolean()) {
                int i = r.nextInt(persons.length);
                who = persons[i];
                venue = anyVenue.get(i) ? all.get(r.nextInt(all.size())) : neutral.get(r.nextInt(neutral.size()));
            } else {
                who = strangers[r.nextInt(strangers.length)];
                venue = all.get(r.nextInt(all.size()));
            }
            LocalDateTime at = asOf.minusDays(r.nextInt(1096))
                    .atTime(LocalTime.ofSecondOfDay(6 * 3600 + r.nextInt(18 * 3600)));
            renderer.activity(who.id(), who.name(), at, venue);
            if (observing) {
                observer.noiseActivity(new Activity(who.id(), who.name(), at, venue));
            }
        }
    }

    private static long position(long k, long planted, long total) {
        return (2 * k + 1) * total / (2 * planted);
    }

    private static DatasetLayout layout(String name, Charset charset, boolean bom, String eol, String... columns) {
        List<String> fields = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        for (String c : columns) {
            int colon = c.indexOf(':');
            fields.add(colon < 0 ? c : c.substring(0, colon));
            headers.add(colon < 0 ? c : c.substring(colon + 1));
        }
        return new DatasetLayout(name, fields, headers, charset, bom, eol);
    }
}

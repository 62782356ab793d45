package io.xingzhi.core.record;

import io.xingzhi.core.value.Amount;
import io.xingzhi.core.value.CaseNumber;
import io.xingzhi.core.value.Dates;
import io.xingzhi.core.value.IdNumber;
import io.xingzhi.core.value.Months;
import io.xingzhi.core.value.Parsed;
import io.xingzhi.core.value.ParsedSentence;
import io.xingzhi.core.value.PersonName;
import io.xingzhi.core.value.PrincipalPenalty;
import io.xingzhi.core.value.SentenceText;
import io.xingzhi.core.value.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one mapping from a raw row to a record or a rejection, shared by every adapter. It resolves
 * headers through {@link HeaderAliases}, parses every value with the parsers of
 * {@code io.xingzhi.core.value}, fills a judgment's blank structured fields from its sentence text
 * (including {@code term_start}/{@code term_end} from a stated term, {@code 刑期自…起至…止}), and
 * rejects a row when a required value is missing or any non-blank value cannot be read (an unread
 * value is never silently taken as absent).
 *
 * <p>Every value is read stripped and without Excel's text wrapper: {@code ="2024-03-05"} is read as
 * {@code 2024-03-05}, in every field. A value that is one of the fillers exports write for "none"
 * ({@code 无}, {@code 暂无}, {@code 空}, {@code /}, {@code -}, {@code --}, {@code —}, {@code ——},
 * {@code NULL}, {@code N/A}, Excel's {@code #N/A}, pandas' {@code None} and {@code nan}, {@code 不详}, {@code 未知}, in any letter case, full-width or
 * traditional) is blank, in every field of every dataset: it states that there is no value, so it is
 * not an unread value. An optional field is then absent and the row kept ({@code 出所日期 无}: still
 * in custody; {@code 执行依据 无}: no source case number); a required one is blank and the row is
 * rejected with the usual reason, which names the placeholder. {@code NA} and {@code 无名氏} are
 * values. In a date field, the days systems write for no date ({@link Dates#isPlaceholder}:
 * 1900-01-01, 1899-12-30, 1899-12-31, with or without a time) are blank too.
 *
 * <p>Judgments (LAW.md, common rules): a judgment whose principal penalty can be determined neither
 * from {@code principal_penalty} nor from {@code sentence_text} is rejected with that reason; it is
 * taken as 单处 ({@code 单处附加刑}, {@code 单处罚金…}) or 免予刑事处罚 only when the column or the
 * text says so, never because only a fine or a term is given. A 无期徒刑 or 死缓 without a stated
 * deprivation of political rights is deprived for life (CL art. 57). A row with an identity number that fails its
 * check digit is kept (linked by name + birth date, or reported as unresolved).
 *
 * <p>Required values: a name or a valid identity number in every dataset, and
 * {@code effective_date} (judgments), {@code admitted_on} (custody), {@code start_on} (corrections,
 * dpr_supervision), {@code released_on} (resettlement), {@code filed_on} (enforcement),
 * {@code occurred_on} (activities), {@code ruling_date} (commutations). Thread-safe.
 */
public final class RecordMapper {
    private final HeaderAliases aliases;

    public RecordMapper(HeaderAliases aliases) {
        this.aliases = Objects.requireNonNull(aliases);
    }

    /** A mapper with the standard aliases of CONTRACT.md §1. */
    public static RecordMapper standard() {
        return new RecordMapper(HeaderAliases.standard());
    }

    public HeaderAliases aliases() {
        return aliases;
    }

    /**
     * The canonical fields the row's headers name (identity fields included), whatever its values:
     * what the source actually had, so that a kind needing an optional column knows whether it can run.
     */
    public java.util.Set<String> columns(RawRow row) {
        Map<String, Integer> index = FIELD_INDEX.get(row.dataset());
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        int[] pos = positions(row.dataset(), ((Columns) row.fields()).headers);
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            for (int p : pos) {
                if (p == e.getValue()) {
                    out.add(e.getKey());
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Checks a header row once for its whole source (see {@link HeaderCheck}): unknown columns with
     * the name each most likely meant, required fields no column names, no identity column, a first
     * line that is data.
     *
     * @param dataset the dataset the source is read as
     * @param source the file, table or feed
     * @param headers its column names as written
     */
    public HeaderCheck check(Dataset dataset, String source, List<String> headers) {
        java.util.Set<String> named = new java.util.HashSet<>();
        List<String> unknown = new ArrayList<>();
        int dataLike = 0;
        for (String h : headers) {
            if (h == null || h.isBlank() || h.startsWith("column_")) {
                continue;
            }
            Optional<String> field = aliases.canonical(dataset, h);
            if (field.isPresent()) {
                named.add(field.get());
                continue;
            }
            unknown.add(aliases.suggest(dataset, h).map(s -> h + "（是否为 " + s.get(0)
                    + (s.get(0).equals(s.get(1)) ? "" : " " + s.get(1)) + "？）").orElse(h));
            String t = h.strip();
            if (IdNumber.parse(t).isOk() || Dates.parse(t).isOk() || t.matches("[0-9.,，]+")) {
                dataLike++;
            }
        }
        boolean looksLikeData = named.isEmpty() && dataLike > 0;
        List<String> missing = new ArrayList<>();
        for (String f : requiredFields(dataset)) {
            if (!named.contains(f)) {
                List<String> zh = dataset.fields().getOrDefault(f, List.of());
                missing.add(f + (zh.isEmpty() ? "" : "（" + String.join("/", zh) + "）"));
            }
        }
        boolean noIdentity = !named.contains("name") && !named.contains("id_number");
        return new HeaderCheck(dataset, source, unknown, missing, noIdentity, looksLikeData);
    }

    /** The fields a row of {@code dataset} cannot do without (besides a name or an identity number). */
    public static List<String> requiredFields(Dataset dataset) {
        return REQUIRED.computeIfAbsent(dataset, d -> {
            RecordMapper probe = standard();
            Row r = probe.new Row(RawRow.of(new SourceRef(d, "", 0), new String[0], new String[0], 0), true);
            probe.mapRow(r, d);
            return List.copyOf(r.required);
        });
    }

    private static final Map<Dataset, List<String>> REQUIRED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Maps one row; never throws for bad values. */
    public MappingResult map(RawRow row) {
        return map(row, java.util.function.UnaryOperator.identity());
    }

    /**
     * Maps one row as {@link #map(RawRow)} does, its record's identity passed through {@code identities}
     * once made: an interner there lets the records of one person, which carry equal identities, share
     * one (the number, the name, the birth date) instead of each holding copies for the whole run.
     * The result equals what {@link #map(RawRow)} gives.
     *
     * @param identities gives an identity equal to the one it is given (itself, or an equal one made before); thread-safe
     */
    public MappingResult map(RawRow row, java.util.function.UnaryOperator<RecordIdentity> identities) {
        Row r = new Row(row, false);
        r.identities = identities;
        return mapped(r);
    }

    /** The record of {@code r}'s row, or its rejection naming every value it could not take. */
    private MappingResult mapped(Row r) {
        AgencyRecord rec = mapRow(r, r.row.dataset());
        return r.errors.isEmpty() ? new MappingResult.Accepted(rec) : rejected(r);
    }

    private static MappingResult rejected(Row r) {
        return new MappingResult.Rejected(new Rejection(r.row.ref(), String.join("; ", r.errors)));
    }

    /**
     * Maps a streamed row unless nobody would read its record. An activity row whose identity number
     * is valid and not one of {@code watched} (the numbers of the persons some model watches) is
     * only checked: every value {@link #map} would parse or require is parsed or required, a row
     * that {@link #map} would reject gives the same rejection, and an accepted one gives empty, with
     * no record built. Any other row (another dataset, a watched number, a row without a valid
     * number, which only the identity index can place) gives what {@link #map} gives.
     *
     * @param row a row of a streamed dataset
     * @param watched whether a normalised identity number is watched; called from the mapping thread
     */
    public Optional<MappingResult> mapIfWatched(RawRow row, java.util.function.Predicate<String> watched) {
        if (row.dataset() != Dataset.ACTIVITIES) {
            return Optional.of(map(row));
        }
        Row r = new Row(row, false);
        String rawId = r.raw("id_number");
        if (rawId == null) {
            return Optional.of(mapped(r));
        }
        String id = IdNumber.normalisedOrNull(rawId);
        if (id == null || watched.test(id) || r.givenTwice) {
            return Optional.of(mapped(r)); // the same row read once
        }
        // the checks map() makes of an activity with a valid number, in its order: identity, then the activity
        r.date("birth_date");
        r.requiredDate("occurred_on");
        return r.errors.isEmpty() ? Optional.empty() : Optional.of(rejected(r));
    }

    private AgencyRecord mapRow(Row r, Dataset dataset) {
        RawRow row = r.row;
        RecordIdentity identity = r.identity();
        return switch (dataset) {
            case JUDGMENTS -> judgment(r, identity);
            case CUSTODY -> new CustodyStay(row.ref(), identity, r.text("detention_center"), r.caseNumber("case_number"),
                    r.requiredDate("admitted_on"), r.date("notice_received_on"), r.date("left_on"),
                    r.optional("leave_reason", s -> constant(LeaveReason.fromLabel(s).orElseThrow())), r.extra);
            case CORRECTIONS -> new CorrectionTerm(row.ref(), identity,
                    r.optional("correction_type", s -> CorrectionType.fromLabel(s).map(RecordMapper::constant)
                            .orElseGet(() -> Parsed.failed("unknown correction type \"" + s + "\" (管制, 缓刑, 假释, 暂予监外执行)"))),
                    r.caseNumber("case_number"), r.requiredDate("start_on"), r.date("end_on"), r.text("office"),
                    r.date("reported_on"), r.optionalText("prohibition_order"), r.date("prohibition_start"),
                    r.date("prohibition_end"), r.extra);
            case RESETTLEMENT -> new Release(row.ref(), identity, r.requiredDate("released_on"),
                    ReleaseType.fromLabel(r.text("release_type")), r.text("institution"), r.caseNumber("case_number"), r.extra);
            case DPR_SUPERVISION -> new DprSupervision(row.ref(), identity, r.requiredDate("start_on"),
                    r.date("end_on"), r.text("police_station"), r.extra);
            case ENFORCEMENT -> new EnforcementCase(row.ref(), identity, r.caseNumber("enforcement_number"),
                    r.caseNumber("source_case_number"), r.date("transferred_on"), r.requiredDate("filed_on"),
                    r.amount("target_amount"),
                    r.amount("executed_amount"), r.date("closed_on"),
                    r.optional("closure", s -> constant(Closure.fromLabel(s).orElseThrow())), r.extra);
            case BUSINESS_REGISTRATIONS -> businessRole(r, identity);
            case ACTIVITIES -> new Activity(row.ref(), identity, r.requiredDate("occurred_on"), r.text("category"),
                    r.text("venue_type"), r.text("venue_name"), r.text("description"), r.text("agency"), r.extra);
            case COMMUTATIONS -> commutation(r, identity);
        };
    }

    private static Judgment judgment(Row r, RecordIdentity identity) {
        Optional<String> text = r.optionalText("sentence_text");
        ParsedSentence s = ParsedSentence.empty();
        Optional<String> textProblem = Optional.empty();
        if (text.isPresent()) {
            Parsed<ParsedSentence> parsed = SentenceText.parse(text.get());
            if (parsed.isOk()) {
                s = parsed.value();
            } else {
                textProblem = parsed.reason();
            }
        }
        boolean penaltyWritten = r.raw("principal_penalty") != null;
        // 有期徒刑（缓刑）, 拘役缓刑: the penalty, suspended; the probation must then be read from its column or the text
        boolean labelSuspends = penaltyWritten && PrincipalPenalty.suspendedLabel(r.raw("principal_penalty")).isPresent();
        Optional<PrincipalPenalty> penalty = or(r.optional("principal_penalty", RecordMapper::principalPenalty), s.penalty());
        if (penalty.isEmpty() && !penaltyWritten) {
            // LAW.md: a judgment whose principal penalty cannot be determined is rejected, never taken as 单处
            String why = text.isEmpty() ? "principal_penalty is blank and there is no sentence_text"
                    : textProblem.isEmpty() && SentenceText.principalNamed(text.get()).isPresent()
                    ? "principal_penalty is blank and sentence_text names " + SentenceText.principalNamed(text.get()).get()
                            + " but its term cannot be read: \"" + abbreviate(Texts.forMessage(text.get())) + "\""
                    : textProblem.isPresent()
                    // the text may name a penalty and be refused for something else (a stated term's date, 免予刑事处罚
                    // with a fine): it was not read, which is not the same as naming none
                    ? "principal_penalty is blank and sentence_text cannot be read (" + textProblem.get() + "): \""
                            + abbreviate(Texts.forMessage(text.get())) + "\""
                    : "principal_penalty is blank and sentence_text names none (no principal penalty in it): \""
                            + abbreviate(Texts.forMessage(text.get())) + "\"";
            r.error("principal_penalty: the principal penalty cannot be determined: " + why
                    + "; a judgment is taken as 单处 or 免予刑事处罚 only when it says so");
        }
        Optional<Months> term = or(nonZero(r.optional("term_months", Months::parse)), s.term());
        Optional<Months> probation = or(nonZero(r.optional("probation_months", Months::parse)), s.probation());
        if (labelSuspends && probation.isEmpty()) {
            // a suspended sentence is never read as one served in custody, nor given a probation of a guessed length
            r.error("principal_penalty: \"" + abbreviate(Texts.forMessage(r.raw("principal_penalty")))
                    + "\" says the sentence is suspended (缓刑), but probation_months is blank and sentence_text states no "
                    + "probation: give the probation (缓刑考验期)");
        }
        Optional<Months> dpr = or(nonZero(r.optional("dpr_months", Months::parse)), s.politicalRights());
        if (dpr.isEmpty() && penalty.filter(p -> p == PrincipalPenalty.LIFE || p == PrincipalPenalty.DEATH_SUSPENDED)
                .isPresent()) {
            dpr = Optional.of(Months.ofLife()); // CL art. 57: implied for 无期徒刑 and 死缓, stated or not
        }
        Optional<Amount> fine = or(r.amount("fine_amount"), s.fine());
        Optional<Amount> confiscation = or(r.amount("confiscation_amount"), s.confiscation());
        Optional<String> order = or(r.optionalText("prohibition_order"), s.prohibitionOrder());
        Optional<Months> orderTerm = or(nonZero(r.optional("prohibition_months", Months::parse)), s.prohibitionTerm());
        Optional<LocalDate> termStart = or(r.date("term_start"), s.termStart());
        Optional<LocalDate> termEnd = or(r.date("term_end"), s.termEnd());
        return new Judgment(r.row.ref(), identity, r.caseNumber("case_number"), r.text("court"),
                r.requiredDate("effective_date"), r.date("judgment_date"), penalty, term,
                termStart, termEnd, probation, dpr, fine, confiscation, r.amount("prepaid_amount"),
                order, orderTerm, r.date("prohibition_start"), r.date("prohibition_end"), text, textProblem, r.extra);
    }

    /** A principal penalty's label, also one that says it is suspended ({@code 有期徒刑（缓刑）}: 有期徒刑). */
    private static Parsed<PrincipalPenalty> principalPenalty(String raw) {
        Optional<PrincipalPenalty> suspended = PrincipalPenalty.suspendedLabel(raw);
        return suspended.isPresent() ? Parsed.ok(suspended.get()) : PrincipalPenalty.parse(raw);
    }

    /** A role in an enterprise; a label naming several roles ({@code 股东、监事}) keeps them all. */
    private static BusinessRole businessRole(Row r, RecordIdentity identity) {
        String label = r.text("role");
        return new BusinessRole(r.row.ref(), identity, r.text("enterprise"), r.text("credit_code"), RoleType.fromLabel(label),
                r.text("business_scope"), r.date("role_start"), r.date("role_end"), r.extra, RoleType.allFromLabel(label));
    }

    /** A ruling of the optional {@code commutations} dataset; {@code ruling_date} is required, a type other than 减刑/假释 is refused. */
    private static Commutation commutation(Row r, RecordIdentity identity) {
        return new Commutation(r.row.ref(), identity, r.caseNumber("case_number"), r.caseNumber("ruling_number"),
                r.optional("ruling_type", s -> RulingType.fromLabel(s).map(RecordMapper::constant)
                        .orElseGet(() -> Parsed.failed("unknown ruling type \"" + s + "\" (减刑, 假释)"))),
                r.requiredDate("ruling_date"), r.text("court"), r.extra);
    }

    /** {@code a.or(() -> b)} for a value already at hand (no lambda to make per row). */
    private static <T> Optional<T> or(Optional<T> a, Optional<T> b) {
        return a.isPresent() ? a : java.util.Objects.requireNonNull(b);
    }

    private static Optional<Months> nonZero(Optional<Months> m) {
        return m.filter(x -> !x.isZero());
    }

    /**
     * A parser's reason without the value it ends with ({@code …: 2024-13-45}): the mapping quotes the value
     * itself, once, so that a reason shows it once and {@link Rejection#category} counts reasons that differ
     * only in their values as one kind.
     */
    static String withoutValue(String reason, String value) {
        for (String v : new String[] {Texts.forMessage(value), Texts.forMessage(value.strip())}) {
            if (!v.isEmpty() && reason.endsWith(": " + v)) {
                return reason.substring(0, reason.length() - v.length() - 2);
            }
        }
        return reason;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    /** The canonical field names of a dataset (identity fields first) and their positions. */
    private static final Map<Dataset, Map<String, Integer>> FIELD_INDEX = new java.util.EnumMap<>(Dataset.class);

    static {
        for (Dataset d : Dataset.values()) {
            Map<String, Integer> m = new HashMap<>();
            for (String f : Dataset.IDENTITY_FIELDS.keySet()) {
                m.put(f, m.size());
            }
            for (String f : d.fields().keySet()) {
                m.put(f, m.size());
            }
            FIELD_INDEX.put(d, m);
        }
    }

    /** Column → canonical field position (-1 = unknown column) for one header array. */
    private record Resolved(Dataset dataset, String[] headers, int[] positions) {
    }

    private volatile Resolved last;

    private int[] positions(Dataset d, String[] headers) {
        Resolved r = last;
        if (r != null && r.headers() == headers && r.dataset() == d) {
            return r.positions();
        }
        Map<String, Integer> index = FIELD_INDEX.get(d);
        int[] pos = new int[headers.length];
        for (int i = 0; i < headers.length; i++) {
            pos[i] = aliases.canonical(d, headers[i]).map(index::get).orElse(-1);
        }
        last = new Resolved(d, headers, pos);
        return pos;
    }

    /** One shared result per enum constant read from a label (so records share its Optional). */
    private static final Map<Enum<?>, Parsed<?>> CONSTANTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The shared result for a constant read from a label: records that name it hold one Optional. */
    @SuppressWarnings("unchecked")
    private static <E extends Enum<E>> Parsed<E> constant(E value) {
        return (Parsed<E>) CONSTANTS.computeIfAbsent(value, Parsed::ok);
    }

    /**
     * Unknown columns whose cells are all empty (a {@code remark} column nobody filled in), one shared
     * immutable map per set of such columns: the small datasets' records live for the whole run, and
     * each would otherwise hold a map of its own saying the same. Bounded: a map past the first
     * {@value #MOST_BLANK_EXTRAS} sets is not shared.
     */
    private static final Map<Map<String, String>, Map<String, String>> BLANK_EXTRAS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MOST_BLANK_EXTRAS = 256;

    private static Map<String, String> blankExtra(Map<String, String> unknown) {
        Map<String, String> shared = BLANK_EXTRAS.get(unknown);
        if (shared != null) {
            return shared;
        }
        Map<String, String> made = Map.copyOf(unknown);
        if (BLANK_EXTRAS.size() < MOST_BLANK_EXTRAS) {
            Map<String, String> first = BLANK_EXTRAS.putIfAbsent(made, made);
            return first == null ? made : first;
        }
        return made;
    }

    /**
     * A field's value as every parser is given it: {@link #unwrapped}, and null when it is nothing or a
     * {@linkplain #isPlaceholder placeholder}.
     */
    static String readable(String v) {
        String s = unwrapped(v);
        return s == null || isPlaceholder(s) ? null : s;
    }

    /**
     * A field's value stripped and without Excel's text wrapper ({@code ="21010319900307123X"}, which
     * Excel exports write to keep numbers, dates and case numbers as text); null when that leaves
     * nothing.
     */
    private static String unwrapped(String v) {
        if (Texts.isBlank(v)) {
            return null;
        }
        String s = v.strip();
        int n = s.length();
        if (n >= 3 && s.charAt(0) == '=' && s.charAt(1) == '"' && s.charAt(n - 1) == '"') {
            s = s.substring(2, n - 1);
            return Texts.isBlank(s) ? null : s.strip();
        }
        return s;
    }

    /**
     * The fillers agency exports write in a cell that has no value, as they read once width-folded,
     * simplified and (Latin letters) lower-cased. {@code NA} is not one (it is a real value elsewhere,
     * and an abbreviation a name or a code may be), nor is {@code 无名氏}, the designation of a person
     * whose name is not known.
     */
    private static final java.util.Set<String> PLACEHOLDERS = java.util.Set.of(
            "无", "暂无", "空", "/", "-", "--", "—", "——", "null", "n/a", "#n/a", "none", "nan", "不详", "未知");

    /**
     * Whether a stripped, non-blank value is one of the {@link #PLACEHOLDERS} (full-width and
     * traditional forms too: {@code ＮＵＬＬ}, {@code 無}), which say "none" and are read as blank.
     */
    static boolean isPlaceholder(String s) {
        if (s.length() > 8) {
            return false;
        }
        switch (s.charAt(0)) { // nearly every value: one look at its first character
            case '无', '無', '暂', '暫', '空', '/', '-', '—', 'N', 'n', 'Ｎ', 'ｎ', '#', '＃', '不', '未', '／', '－' -> {
            }
            default -> {
                return false;
            }
        }
        return PLACEHOLDERS.contains(Texts.toSimplified(Texts.foldWidth(s)).toLowerCase(java.util.Locale.ROOT));
    }

    /** One row's canonical fields, collecting errors as values are read. */
    private final class Row {
        final RawRow row;
        final Map<String, Integer> index;
        final String[] canonical;
        final Map<String, String> extra;
        /** The row's columns and each one's field position (-1: unknown), to compare a field's columns. */
        final Columns columns;
        final int[] positions;
        /** True when some field has a value in more than one column (rare: then {@link #sameInEveryColumn} compares them). */
        final boolean givenTwice;
        /** Why the row is rejected; made at the first error (most rows have none). */
        List<String> errors = List.of();
        /** The required fields asked for, when probing which fields are required. */
        final List<String> required;
        /** Where a made identity is passed (an interner: see {@link RecordMapper#map(RawRow, java.util.function.UnaryOperator)}). */
        java.util.function.UnaryOperator<RecordIdentity> identities = java.util.function.UnaryOperator.identity();

        Row(RawRow row, boolean probing) {
            this.required = probing ? new ArrayList<>() : null;
            this.row = row;
            this.index = FIELD_INDEX.get(row.dataset());
            this.canonical = new String[index.size()];
            Columns c = (Columns) row.fields();
            int[] pos = positions(row.dataset(), c.headers);
            this.columns = c;
            this.positions = pos;
            Map<String, String> unknown = null;
            boolean allBlank = true;
            boolean twice = false;
            for (int i = 0; i < pos.length; i++) {
                String v = c.values[i];
                if (RawRow.isNested(v)) {
                    // a nested JSON value: no value of a field; a cost only when the member names one
                    if (pos[i] >= 0) {
                        String field = fieldAt(pos[i]);
                        error(field + ": a nested JSON value where text was expected");
                        if (nested.isEmpty()) {
                            nested = new java.util.HashSet<>(2);
                        }
                        nested.add(field + ":");
                        continue;
                    }
                    v = "";
                }
                if (pos[i] >= 0) {
                    String prev = canonical[pos[i]];
                    if (prev == null || readable(prev) == null) {
                        canonical[pos[i]] = v;
                    } else if (readable(v) != null) {
                        twice = true; // a second column of the field holds a value too: compared when the field is read
                    }
                } else if (c.headers[i] != null && !c.headers[i].isBlank()) {
                    if (unknown == null) {
                        unknown = new LinkedHashMap<>();
                    }
                    unknown.put(c.headers[i], v == null ? "" : v);
                    allBlank &= v == null || v.isEmpty();
                }
            }
            this.extra = unknown == null ? Map.of() : allBlank ? blankExtra(unknown) : unknown;
            this.givenTwice = twice;
        }

        /**
         * Rejects the row when another column naming {@code field} (two of its names in one header:
         * {@code 案号} and {@code 原判案号}, {@code 身份证号} and {@code 证件号码}) holds a value that does not
         * read as {@code kept} does: which column is right cannot be known, so neither is taken. The same
         * value written in two forms ({@code 2024-03-05} and {@code 2024年3月5日}) is no conflict.
         *
         * @param same whether two readable values of the field read as the same value
         */
        void sameInEveryColumn(String field, String kept, java.util.function.BiPredicate<String, String> same) {
            if (!givenTwice || kept == null) {
                return;
            }
            int p = index.get(field);
            String keptHeader = null;
            List<String> differing = null;
            for (int i = 0; i < positions.length; i++) {
                if (positions[i] != p) {
                    continue;
                }
                String v = readable(columns.values[i]);
                if (v == null) {
                    continue;
                }
                if (keptHeader == null) {
                    keptHeader = columns.headers[i]; // the first readable column is the kept one
                } else if (!same.test(kept, v)) {
                    if (differing == null) {
                        differing = new ArrayList<>(1);
                    }
                    differing.add(columns.headers[i].strip() + " \"" + abbreviate(Texts.forMessage(v)) + "\"");
                }
            }
            if (differing != null) {
                error(field + ": columns naming the same field disagree, "
                        + (keptHeader == null ? field : keptHeader.strip()) + " \"" + abbreviate(Texts.forMessage(kept)) + "\" but "
                        + String.join(", ", differing) + "; neither is taken");
            }
        }

        /** {@link #sameInEveryColumn} for a value read with {@code parser}: same when both read and are equal. */
        <T> void sameInEveryColumn(String field, String kept, Function<String, Parsed<T>> parser) {
            if (!givenTwice || kept == null) {
                return;
            }
            sameInEveryColumn(field, kept, (a, b) -> {
                Parsed<T> pa = parser.apply(a);
                Parsed<T> pb = parser.apply(b);
                return pa.isOk() && pb.isOk() && Objects.equals(pa.value(), pb.value());
            });
        }

        /** {@link #sameInEveryColumn} for text: same when equal but for width and spaces. */
        void sameTextInEveryColumn(String field, String kept) {
            sameInEveryColumn(field, kept, (a, b) -> Texts.removeSpaces(Texts.foldWidth(a)).equals(Texts.removeSpaces(Texts.foldWidth(b))));
        }

        /** The fields given a nested JSON value, each as {@code "field:"}: their one reason is that. */
        java.util.Set<String> nested = java.util.Set.of();

        /** The canonical field at position {@code p} of {@link #index}. */
        String fieldAt(int p) {
            for (Map.Entry<String, Integer> e : index.entrySet()) {
                if (e.getValue() == p) {
                    return e.getKey();
                }
            }
            return "?";
        }

        void error(String why) {
            if (!nested.isEmpty() && !why.endsWith(": a nested JSON value where text was expected")
                    && nested.stream().anyMatch(why::startsWith)) {
                return; // "required but blank" and the like: the nested value already says why
            }
            if (errors.isEmpty()) {
                errors = new ArrayList<>(2);
            }
            errors.add(why);
        }

        String raw(String field) {
            return readable(canonical[index.get(field)]);
        }

        /**
         * Why {@code field} reads as blank, to add to a reason that says it is: the placeholder it
         * holds, or nothing when it is empty.
         */
        String blankBecause(String field) {
            String s = unwrapped(canonical[index.get(field)]);
            return s == null || !isPlaceholder(s) ? "" : " (\"" + Texts.forMessage(s) + "\" says there is none, and is read as blank)";
        }

        String text(String field) {
            String v = raw(field);
            sameTextInEveryColumn(field, v);
            return v == null ? "" : v;
        }

        Optional<String> optionalText(String field) {
            String v = raw(field);
            sameTextInEveryColumn(field, v);
            return Optional.ofNullable(v);
        }

        <T> Optional<T> optional(String field, Function<String, Parsed<T>> parser) {
            String v = raw(field);
            if (v == null) {
                return Optional.empty();
            }
            sameInEveryColumn(field, v, parser);
            Parsed<T> p = parser.apply(v);
            if (!p.isOk()) {
                error(field + ": " + withoutValue(p.reason().orElse("unreadable"), v) + " (\"" + abbreviate(Texts.forMessage(v)) + "\")");
                return Optional.empty();
            }
            return p.toOptional(); // a shared result (a day's) gives a shared Optional
        }

        <T> T required(String field, Function<String, Parsed<T>> parser) {
            if (required != null && !required.contains(field)) {
                required.add(field);
            }
            String v = raw(field);
            if (v == null) {
                error(field + ": required but blank" + blankBecause(field));
                return null;
            }
            return optional(field, parser).orElse(null);
        }

        /** An optional date; a {@linkplain Dates#isPlaceholder placeholder day} is none. */
        Optional<LocalDate> date(String field) {
            Optional<LocalDate> day = optional(field, Dates::parse);
            return day.isPresent() && Dates.isPlaceholder(day.get()) ? Optional.empty() : day;
        }

        /** A required date; a {@linkplain Dates#isPlaceholder placeholder day} is blank. */
        LocalDate requiredDate(String field) {
            LocalDate day = required(field, Dates::parse);
            if (day != null && Dates.isPlaceholder(day)) {
                error(field + ": required but blank (" + day + " is the day systems write for no date, and is read as blank)");
                return null;
            }
            return day;
        }

        Optional<Amount> amount(String field) {
            return optional(field, Amount::parse);
        }

        Optional<CaseNumber> caseNumber(String field) {
            return optional(field, CaseNumber::parse);
        }

        RecordIdentity identity() {
            String rawId = raw("id_number");
            sameInEveryColumn("id_number", rawId, (a, b) -> {
                String na = IdNumber.normalisedOrNull(a);
                return na != null ? na.equals(IdNumber.normalisedOrNull(b))
                        : IdNumber.normalisedOrNull(b) == null && Texts.removeSpaces(Texts.foldWidth(a)).equalsIgnoreCase(Texts.removeSpaces(Texts.foldWidth(b)));
            });
            sameInEveryColumn("name", raw("name"), PersonName::parse);
            Optional<IdNumber> id = Optional.empty();
            Optional<String> idProblem = Optional.empty();
            if (rawId != null) {
                Parsed<IdNumber> p = IdNumber.parse(rawId);
                if (p.isOk()) {
                    id = p.toOptional();
                } else {
                    idProblem = p.reason();
                }
            }
            Optional<PersonName> name = Optional.ofNullable(raw("name")).flatMap(n -> PersonName.parse(n).toOptional());
            Optional<LocalDate> birth = date("birth_date");
            if (birth.isEmpty() && id.isPresent()) {
                birth = id.get().birthDateOptional();
            }
            // an enforcement case names its person by its source case number too (LAW.md: matched by it first,
            // whatever the identity columns say): identity resolution takes it to that judgment's person
            boolean namedByCase = row.dataset() == Dataset.ENFORCEMENT && raw("source_case_number") != null;
            if (id.isEmpty() && name.isEmpty() && !namedByCase) {
                error(rawId == null ? "name and id_number: both blank" + blankBecause("name") + blankBecause("id_number")
                        + ", the row is about nobody"
                        : "name blank" + blankBecause("name") + " and id_number not valid (" + idProblem.orElse("")
                                + "), the row is about nobody");
            }
            Optional<String> unverified = id.isEmpty() && rawId != null ? RecordIdentity.bodyOf(rawId) : Optional.empty();
            return identities.apply(new RecordIdentity(id, name, birth, idProblem, unverified));
        }
    }
}

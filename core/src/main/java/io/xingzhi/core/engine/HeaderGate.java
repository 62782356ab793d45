package io.xingzhi.core.engine;

import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.HeaderCheck;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.RecordMapper;
import io.xingzhi.core.record.Rejection;
import io.xingzhi.core.record.SourceRef;
import io.xingzhi.core.run.SourceNote;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a dataset's headers decide before its rows are mapped: each source's header is checked once
 * ({@link RecordMapper#check}); an unusable one turns every row of that source into a rejection
 * with its one reason, and a header that is data is itself a rejected row (on its line), so nothing
 * vanishes; unknown columns are noted. A source without a header row (JSON Lines, a JSON page: each
 * object names its own members) has the unknown members of its rows noted instead, each once, from
 * the line where it first appears (at most {@value #MOST_UNKNOWN_MEMBERS} names a source; a misspelt
 * member would otherwise drop its value without a word). It also gathers the canonical columns the usable rows'
 * headers named. The single-machine {@link Engine} and a distributed engine's readers pass every
 * header and row through it, so both reject and note the same. Not thread-safe: one per reader.
 */
public final class HeaderGate {
    private final RecordMapper mapper;
    private final Dataset dataset;
    /** Source → why none of its rows can become a record (its header is unusable). */
    private final Map<String, String> unusable = new HashMap<>();
    private final List<SourceNote> notes = new ArrayList<>();
    private final Set<String> columns = new HashSet<>();
    private RawRow lastHeaders;
    /** The sources whose header row was given ({@link #header}): their unknown columns are noted there. */
    private final Set<String> withHeader = new HashSet<>();
    /** Source without a header row → the unknown members already noted for it. */
    private final Map<String, Set<String>> notedMembers = new HashMap<>();
    /** The sources past {@link #MOST_UNKNOWN_MEMBERS}: nothing more is noted for them. */
    private final Set<String> cut = new HashSet<>();
    static final int MOST_UNKNOWN_MEMBERS = 50;
    /** Member name → "" when it names a field, else how a note lists it (with the name it most likely meant). */
    private final Map<String, String> memberVerdicts = new HashMap<>();
    private static final int MOST_MEMBERS_JUDGED = 1_000;
    /** Source → the unknown columns its headers' notes named. */
    private final Map<String, Set<String>> unknownNoted = new HashMap<>();
    /** Source → the line of its first header. */
    private final Map<String, Long> headerLines = new HashMap<>();
    /** The sources made unusable by a header in their middle ({@link #headerOfAnotherLayout}), not by their first. */
    private final Set<String> unusableAfter = new HashSet<>();
    /** Source and kind → the lines a note of that kind lists ({@link #lineNote}). */
    private final Map<String, NotedLines> lineNotes = new HashMap<>();
    /** A note lists at most this many spans of lines; it counts them all. */
    static final int MOST_SPANS_LISTED = 10;

    /** A gate for the sources of {@code dataset}, checked by {@code mapper}'s aliases. */
    public HeaderGate(RecordMapper mapper, Dataset dataset) {
        this.mapper = mapper;
        this.dataset = dataset;
    }

    /**
     * A source's header, before its rows.
     *
     * @return the header row itself as a rejection, when it is data rather than a header
     */
    public Optional<Rejection> header(SourceRef ref, List<String> names) {
        if (!withHeader.add(ref.source())) {
            headerOfAnotherLayout(ref, names);
            return Optional.empty();
        }
        headerLines.put(ref.source(), ref.line());
        HeaderCheck check = mapper.check(dataset, ref.source(), names);
        if (!check.usable()) {
            unusable.put(ref.source(), check.reason(ref.line()));
            notes.add(new SourceNote(ref.source(), Optional.of(dataset), SourceNote.Kind.HEADER_UNUSABLE,
                    ref.source() + "（" + dataset.fileStem() + "）：" + check.chineseReason(ref.line())
                            + "；其所有数据行都不予采用",
                    ref.source() + " (" + dataset.fileStem() + "): " + check.englishReason(ref.line())
                            + "; every row of it is rejected"));
            if (check.looksLikeData()) {
                return Optional.of(new Rejection(ref, check.reason(ref.line())));
            }
        } else if (!check.unknown().isEmpty()) {
            unknownNoted.put(ref.source(), new HashSet<>(check.unknown()));
            notes.add(new SourceNote(ref.source(), Optional.of(dataset), SourceNote.Kind.UNKNOWN_COLUMNS,
                    ref.source() + "（" + dataset.fileStem() + "）：未识别的列 " + HeaderCheck.listed(check.unknown(), true)
                            + "，其值作为原始属性保留，模型不使用",
                    ref.source() + " (" + dataset.fileStem() + "): unknown columns " + HeaderCheck.listed(check.unknown(), false)
                            + "; their values are kept as raw attributes, no model reads them"));
        }
        return Optional.empty();
    }

    /**
     * A second header of a source, of another layout than its first (two exports joined in one file),
     * that {@link #headerAgain} found: the rows after it are read by it. Noted; when it lacks a required
     * field, every row after it is rejected with that reason (the rows before it stand, read by the
     * header above them), and a later usable header of the source makes its rows readable again.
     */
    private void headerOfAnotherLayout(SourceRef ref, List<String> names) {
        String source = ref.source();
        Long firstLine = headerLines.get(source);
        if (unusable.containsKey(source) && !unusableAfter.contains(source)) {
            return; // the source's first header was unusable: so stay all its rows, as its note says
        }
        HeaderCheck check = mapper.check(dataset, source, names);
        String at = "第" + ref.line() + "行是另一表头（列与第" + firstLine + "行的表头不同，如两份导出拼接在一个文件中）";
        String enAt = "line " + ref.line() + " is another header (its columns differ from the header on line " + firstLine
                + ", as when two exports are joined in one file)";
        String stem = ref.source() + "（" + dataset.fileStem() + "）：";
        String enStem = ref.source() + " (" + dataset.fileStem() + "): ";
        if (!check.usable()) {
            unusable.put(source, "the rows after another header on line " + ref.line() + " cannot be read: " + check.reason(ref.line()));
            unusableAfter.add(source);
            notes.add(new SourceNote(source, Optional.of(dataset), SourceNote.Kind.HEADER_AGAIN_UNUSABLE,
                    stem + at + "，" + check.chineseReason(ref.line()) + "；其后的数据行都不予采用（其前的行按第" + firstLine + "行的表头读取）",
                    enStem + enAt + "; " + check.englishReason(ref.line()) + "; every row after it is rejected (the rows before it"
                            + " are read by the header on line " + firstLine + ")"));
            return;
        }
        unusable.remove(source);
        unusableAfter.remove(source);
        notes.add(new SourceNote(source, Optional.of(dataset), SourceNote.Kind.HEADER_AGAIN,
                stem + at + "，其后的行按此表头读取",
                enStem + enAt + "; the rows after it are read by it"));
        Set<String> noted = unknownNoted.computeIfAbsent(source, s -> new HashSet<>());
        List<String> fresh = check.unknown().stream().filter(noted::add).toList(); // those the header above named are noted
        if (!fresh.isEmpty()) {
            notes.add(new SourceNote(source, Optional.of(dataset), SourceNote.Kind.UNKNOWN_COLUMNS,
                    stem + "第" + ref.line() + "行的表头中未识别的列 " + HeaderCheck.listed(fresh, true)
                            + "，其值作为原始属性保留，模型不使用",
                    enStem + "unknown columns in the header on line " + ref.line() + ": " + HeaderCheck.listed(fresh, false)
                            + "; their values are kept as raw attributes, no model reads them"));
        }
    }

    /**
     * Whether {@code names}, a line after a source's header holding no value, is a header
     * ({@link io.xingzhi.core.port.RowVisitor#headerAgain}): at least two of them, and at least half of
     * those not blank, name fields of the dataset.
     */
    public boolean headerAgain(SourceRef ref, List<String> names) {
        HeaderCheck check = mapper.check(dataset, ref.source(), names);
        if (check.looksLikeData()) {
            return false;
        }
        int written = 0;
        for (String n : names) {
            if (n != null && !n.isBlank() && !n.startsWith("column_")) {
                written++;
            }
        }
        int named = written - check.unknown().size();
        return named >= 2 && 2 * named >= written;
    }

    /** The source's header repeated after rows ({@link io.xingzhi.core.port.RowVisitor#repeatedHeader}): noted. */
    public void repeatedHeader(SourceRef ref) {
        lineNote(ref, 1, SourceNote.Kind.HEADER_AGAIN, "重复了第" + headerLines.getOrDefault(ref.source(), 1L) + "行的表头（分页导出每页重复表头，或同一导出拼接），未作为数据读取",
                "repeat the header of line " + headerLines.getOrDefault(ref.source(), 1L) + " (a paged export, or an export joined to itself)"
                        + " and are not read as data");
    }

    /** A record of the table's footer ({@link io.xingzhi.core.port.RowVisitor#footer}): noted. */
    public void footer(SourceRef first, int lines) {
        lineNote(first, lines, SourceNote.Kind.FOOTER, "是表尾（合计、制表人、审核人、打印日期、计数等），不是数据，未读取",
                "are the table's footer (a total, signatures, a print date, a count), not data, and are not read");
    }

    /** The lines a note of {@code kind} lists for a source: their spans, how many lines, where the note is. */
    private static final class NotedLines {
        final List<long[]> spans = new ArrayList<>();
        long lines;
        int index;
    }

    /**
     * Adds {@code lines} lines from {@code first} to the one note of {@code kind} for its source (made at
     * the first of them), which lists their spans (the first {@value #MOST_SPANS_LISTED}) and counts them
     * all: a paged export repeating its header on each of a thousand pages gives one note, not a thousand.
     */
    private void lineNote(SourceRef first, int lines, SourceNote.Kind kind, String zh, String en) {
        NotedLines noted = lineNotes.computeIfAbsent(first.source() + "\n" + kind, k -> new NotedLines());
        long last = first.line() + lines - 1;
        if (!noted.spans.isEmpty() && noted.spans.get(noted.spans.size() - 1)[1] + 1 == first.line()) {
            noted.spans.get(noted.spans.size() - 1)[1] = last;
        } else if (noted.spans.size() <= MOST_SPANS_LISTED) {
            noted.spans.add(new long[] {first.line(), last});
        }
        noted.lines += lines;
        StringBuilder z = new StringBuilder();
        StringBuilder e = new StringBuilder();
        int shown = Math.min(noted.spans.size(), MOST_SPANS_LISTED);
        for (int i = 0; i < shown; i++) {
            long[] s = noted.spans.get(i);
            z.append(i == 0 ? "第" : "、").append(s[0] == s[1] ? s[0] + "" : s[0] + "–" + s[1]);
            e.append(i == 0 ? "" : ", ").append(s[0] == s[1] ? s[0] + "" : s[0] + "–" + s[1]);
        }
        z.append("行");
        String more = noted.spans.size() > MOST_SPANS_LISTED ? "等" : "";
        z.append(more).append(noted.lines == 1 ? "" : "（共 " + noted.lines + " 行）");
        String enLines = (noted.lines == 1 ? "line " + e : "lines " + e + (more.isEmpty() ? "" : " and more") + " (" + noted.lines + " lines)");
        SourceNote note = new SourceNote(first.source(), Optional.of(dataset), kind,
                first.source() + "（" + dataset.fileStem() + "）：" + z + zh,
                first.source() + " (" + dataset.fileStem() + "): " + enLines + " " + (noted.lines == 1 ? en.replaceFirst("^are ", "is ")
                        .replaceFirst("^repeat ", "repeats ").replaceFirst("^come ", "comes ") : en));
        if (noted.lines == lines) {
            noted.index = notes.size();
            notes.add(note);
        } else {
            notes.set(noted.index, note);
        }
    }

    /** Whether {@code names} would make a usable header for the source ({@link io.xingzhi.core.port.RowVisitor#usableHeader}). */
    public boolean usableHeader(SourceRef ref, List<String> names) {
        return mapper.check(dataset, ref.source(), names).usable();
    }

    /** Lines before a source's header that were passed over ({@link io.xingzhi.core.port.RowVisitor#linesBeforeHeader}): noted. */
    public void linesBeforeHeader(SourceRef first, int lines) {
        long last = first.line() + lines - 1;
        String span = lines == 1 ? "第" + first.line() + "行" : "第" + first.line() + "–" + last + "行";
        String enSpan = lines == 1 ? "line " + first.line() : "lines " + first.line() + "–" + last;
        if (withHeader.contains(first.source())) {
            // above a header in the middle of the source (a second export's title, a page's): listed with the others
            lineNote(first, lines, SourceNote.Kind.LINES_BEFORE_HEADER, "在文件中间的表头之前（表格标题等），未作为数据读取",
                    "come before a header in the middle of the file (a table title) and are not read as data");
            return;
        }
        notes.add(new SourceNote(first.source(), Optional.of(dataset), SourceNote.Kind.LINES_BEFORE_HEADER,
                first.source() + "（" + dataset.fileStem() + "）：" + span + "在表头之前（表格标题、制表日期、分组表头等），"
                        + "未作为数据读取；表头为第" + (last + 1) + "行",
                first.source() + " (" + dataset.fileStem() + "): " + enSpan + " come before the header (a table title, a date"
                        + " line, a row of column groups) and are not read as data; the header is line " + (last + 1)));
    }

    /**
     * A source whose header row could not be read at all ({@link io.xingzhi.core.port.RowVisitor#headerUnreadable}):
     * noted as unusable; the source rejects its rows itself.
     */
    public void unreadable(SourceRef ref, String reason) {
        unusable.put(ref.source(), "the header row cannot be read: " + reason);
        notes.add(new SourceNote(ref.source(), Optional.of(dataset), SourceNote.Kind.HEADER_UNUSABLE,
                ref.source() + "（" + dataset.fileStem() + "）：第" + ref.line() + "行的表头无法读取（" + reason
                        + "）；其所有数据行都不予采用",
                ref.source() + " (" + dataset.fileStem() + "): the header row (line " + ref.line() + ") cannot be read ("
                        + reason + "); every row of it is rejected"));
    }

    /** False when {@code source}'s header was unusable, so that every row of it is rejected. */
    public boolean usable(String source) {
        return !unusable.containsKey(source);
    }

    /**
     * A row of a source whose header was seen.
     *
     * @return the row's rejection when its source's header is unusable; empty when the row is to be mapped
     */
    public Optional<Rejection> row(RawRow row) {
        if (!unusable.isEmpty()) {
            String why = unusable.get(row.ref().source());
            if (why != null) {
                return Optional.of(new Rejection(row.ref(), why));
            }
        }
        if (lastHeaders == null || !row.sameHeaders(lastHeaders)) {
            columns.addAll(mapper.columns(row));
            lastHeaders = row;
            if (!withHeader.contains(row.ref().source())) {
                noteUnknownMembers(row);
            }
        }
        return Optional.empty();
    }

    /** Notes the unknown members of a row of a source without a header row, those not noted before. */
    private void noteUnknownMembers(RawRow row) {
        SourceRef ref = row.ref();
        if (cut.contains(ref.source())) {
            return;
        }
        Set<String> noted = notedMembers.computeIfAbsent(ref.source(), s -> new HashSet<>());
        List<String> fresh = new ArrayList<>();
        boolean more = false;
        for (String key : row.fields().keySet()) {
            // each member name is judged once (rows of a feed that leaves out empty members differ in their keys)
            String member = memberVerdicts.get(key);
            if (member == null) {
                if (memberVerdicts.size() >= MOST_MEMBERS_JUDGED) {
                    more = true; // names beyond the bound: data in the keys, not a schema
                    break;
                }
                List<String> unknown = mapper.check(dataset, ref.source(), List.of(key)).unknown();
                member = unknown.isEmpty() ? "" : unknown.get(0);
                memberVerdicts.put(key, member);
            }
            if (member.isEmpty() || noted.contains(member)) {
                continue;
            }
            if (noted.size() < MOST_UNKNOWN_MEMBERS) {
                noted.add(member);
                fresh.add(member);
            } else {
                more = true;
            }
        }
        if (more) {
            cut.add(ref.source());
        }
        if (fresh.isEmpty() && !more) {
            return;
        }
        String zh = fresh.isEmpty() ? "" : "第" + ref.line() + "行起有未识别的列 " + HeaderCheck.listed(fresh, true)
                + "，其值作为原始属性保留，模型不使用";
        String en = fresh.isEmpty() ? "" : "unknown columns from line " + ref.line() + " on: " + HeaderCheck.listed(fresh, false)
                + "; their values are kept as raw attributes, no model reads them";
        if (more) {
            zh += (zh.isEmpty() ? "" : "；") + "未识别的列超过 " + MOST_UNKNOWN_MEMBERS + " 个，此后不再列出";
            en += (en.isEmpty() ? "" : "; ") + "more than " + MOST_UNKNOWN_MEMBERS + " unknown columns, the rest are not listed";
        }
        notes.add(new SourceNote(ref.source(), Optional.of(dataset), SourceNote.Kind.UNKNOWN_COLUMNS,
                ref.source() + "（" + dataset.fileStem() + "）：" + zh, ref.source() + " (" + dataset.fileStem() + "): " + en));
    }

    /** What the headers said, in the order the sources came. */
    public List<SourceNote> notes() {
        return Collections.unmodifiableList(notes);
    }

    /** The canonical columns the usable rows' headers named. */
    public Set<String> columns() {
        return Collections.unmodifiableSet(columns);
    }
}

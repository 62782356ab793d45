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
        withHeader.add(ref.source());
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
            notes.add(new SourceNote(ref.source(), Optional.of(dataset), SourceNote.Kind.UNKNOWN_COLUMNS,
                    ref.source() + "（" + dataset.fileStem() + "）：未识别的列 " + HeaderCheck.listed(check.unknown(), true)
                            + "，其值作为原始属性保留，模型不使用",
                    ref.source() + " (" + dataset.fileStem() + "): unknown columns " + HeaderCheck.listed(check.unknown(), false)
                            + "; their values are kept as raw attributes, no model reads them"));
        }
        return Optional.empty();
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

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
 * with its one reason, and a header that is data is itself a rejected row (line 1), so nothing
 * vanishes; unknown columns are noted. It also gathers the canonical columns the usable rows'
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
        HeaderCheck check = mapper.check(dataset, ref.source(), names);
        if (!check.usable()) {
            unusable.put(ref.source(), check.reason());
            notes.add(new SourceNote(ref.source(), Optional.of(dataset), SourceNote.Kind.HEADER_UNUSABLE,
                    ref.source() + "（" + dataset.fileStem() + "）：" + check.chineseReason()
                            + "；其所有数据行都不予采用",
                    ref.source() + " (" + dataset.fileStem() + "): " + check.englishReason()
                            + "; every row of it is rejected"));
            if (check.looksLikeData()) {
                return Optional.of(new Rejection(ref, check.reason()));
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
        }
        return Optional.empty();
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

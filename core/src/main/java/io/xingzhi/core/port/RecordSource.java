package io.xingzhi.core.port;

import io.xingzhi.core.record.Dataset;
import java.util.List;
import java.util.Set;

/**
 * A driven port: where agency data comes from (a folder of CSV exports, database tables, an
 * HTTP feed). A source moves bytes into {@link io.xingzhi.core.record.RawRow}s; it does not parse
 * values. It promises:
 * <ul>
 *   <li>{@link #available()} names the datasets it has; a dataset it lacks is not an error;</li>
 *   <li>{@link #read} streams every row of a dataset in source order to the visitor, without
 *       holding the dataset in memory, and reports every row it cannot split as a rejection;</li>
 *   <li>it throws {@link io.xingzhi.core.XingzhiException} only when a source cannot be read at
 *       all, with the file or table in the message: preferably a {@link SourceUnreadableException}
 *       when the input is at fault (a table, feed or file that is missing or cannot be reached), which
 *       doors report as unreadable input rather than as a failure of the engine.</li>
 * </ul>
 * The engine asks {@link #available()} once per run, on the thread that called it, and calls
 * {@link #read} for one dataset after another, each on a reader thread of its own: a source that
 * needs a resource bound to the caller's thread (a transaction, a security context) must not rely on
 * it. Runs of one engine at the same time read from the source at the same time, so a source shared
 * by such runs is safe for that (or each run gets its own). An exception {@link #read} throws ends the
 * run and reaches the caller of {@code Engine.run}; its message is kept, so it names no value of a row.
 * New capabilities arrive as default methods, so existing adapters keep compiling.
 */
public interface RecordSource {

    /** The datasets this source can provide. */
    Set<Dataset> available();

    /** The files, tables or feeds a dataset is read from, for the run report. */
    List<String> describe(Dataset dataset);

    /** Streams every row of {@code dataset} to {@code visitor}; does nothing for an absent dataset. */
    void read(Dataset dataset, RowVisitor visitor);

    /**
     * What this source has to say about its inputs as a whole, for the run report: files read as a
     * dataset their name does not name, files not read and why. Empty by default.
     */
    default List<io.xingzhi.core.run.SourceNote> notes() {
        return List.of();
    }

    /** The bytes a dataset's files hold, when this source reads files (0 when it does not know). */
    default long size(Dataset dataset) {
        return 0;
    }
}

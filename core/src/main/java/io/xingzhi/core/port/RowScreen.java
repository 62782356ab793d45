package io.xingzhi.core.port;

/**
 * Settles rows of a streamed dataset from their bytes, before they are decoded, split into strings
 * or mapped: the fast lane for the millions of activity rows about persons no model watches.
 * A {@link RowVisitor} offers one per header ({@link RowVisitor#screen}); a source that reads bytes
 * (the CSV reader) may ask it about each row whose bytes it can show, and a row the screen settles is
 * passed on as {@link RowVisitor#settled()} only, never as a {@link io.xingzhi.core.record.RawRow}.
 *
 * <p>What it promises: {@link #settles} answers true only for a row the ordinary path would accept
 * and then hand to nobody who acts on it (its record would be built and dropped, or handed only to
 * watches that ignore it, such as an activity outside every day its person's watches look at:
 * {@link io.xingzhi.core.supervision.StreamWatch#activityDays()}). Whenever it is unsure - a value
 * in any but the plainest form, a watched person, anything it does not check - it answers false and
 * the row goes the ordinary way, where it is mapped, accepted or rejected with its reason as
 * always. So screening changes what a run costs, never what it finds, rejects or counts.
 *
 * <p>What the source promises: it asks only about a row that the ordinary path would split into
 * exactly the header's number of fields, without a rejection of its own (its bytes decode in the
 * source's charset, its quotes balance on the line); and it shows the columns of {@link #columns()}
 * as written - bytes of an ASCII-compatible charset, not trimmed; a quoted field by the bytes between
 * its quotes, which are then its whole value (a row whose screened column holds a doubled quote is not
 * asked about). A JSON Lines source offers the keys of its first object as its header, and asks only
 * about a line that is an object with exactly those keys in that order, showing a string value's bytes
 * between its quotes (a value with an escape, or not a string, is not asked about). A screen may be asked from several threads at
 * once (a source may screen rows ahead on every core), so it must be thread-safe.
 */
public interface RowScreen {
    /** The header positions (0-based) of the columns {@link #settles} reads, in the order it reads them. */
    int[] columns();

    /**
     * Whether a row is settled: accepted, and of no interest to any model.
     *
     * @param line the row's bytes
     * @param from for each of {@link #columns()}, where its value starts in {@code line}
     * @param to for each of {@link #columns()}, where its value ends (exclusive)
     * @return true when the row need not be built: the source counts it with {@link RowVisitor#settled()}
     */
    boolean settles(byte[] line, int[] from, int[] to);
}

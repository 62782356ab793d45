package io.xingzhi.format;

import io.xingzhi.core.port.RowScreen;
import io.xingzhi.core.port.RowVisitor;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.Rejection;
import io.xingzhi.core.record.SourceRef;
import io.xingzhi.core.value.Dates;
import io.xingzhi.core.value.IdNumber;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits one CSV source (RFC 4180: comma-separated, double-quoted fields with {@code ""} escapes,
 * line breaks inside quotes) into raw rows and rejections, line by line, in constant memory. The
 * engine of {@link CsvRowReader}; see there for what it promises.
 *
 * <p>What is rejected and why:
 * <ul>
 *   <li>a line with bytes the source's charset cannot decode: {@code undecodable bytes in UTF-8};</li>
 *   <li>a record with another number of fields than the header: {@code expected N fields, found M}
 *       (fields past the header's that are all blank - trailing commas - are dropped, and the row kept);</li>
 *   <li>characters after a closing quote ({@code "abc"x}): that line;</li>
 *   <li>an unbalanced quote - a quoted field still open at the end of the source, after
 *       {@value #MAX_QUOTED_LINES} lines, or closed only by a quote followed by other characters on a
 *       later line: the line where it opened is rejected and the lines after it are read again as
 *       records of their own, so one stray quote costs one line, not the rest of the source.</li>
 * </ul>
 * A first line {@code sep=,} (which Excel writes to say the separator, before the header) is passed
 * over; one naming another separator ({@code sep=;}) makes the header unreadable, with that reason.
 * A quote counts only at the start of a field; inside an unquoted field it is an ordinary
 * character ({@code 12"屏}). Spaces after a closing quote are ignored. Headers are kept as written;
 * a blank header becomes {@code column_K} and a repeated one {@code NAME (2)}, so no column is lost.
 */
final class CsvSplitter {
    static final int MAX_QUOTED_LINES = 1000;
    static final int MAX_QUOTED_CHARS = 4 << 20;

    private static final int DONE = 0;
    private static final int OPEN = 1;
    private static final int JUNK = 2;

    /** A physical line kept for a record that spans lines, so it can be read again. */
    private record Line(long number, char[] chars, String terminator, boolean undecodable, boolean overlong) {
    }

    private final Dataset dataset;
    private final String source;
    private final ByteLineReader reader;
    /** The lines read: the reader's, or once a screen is bound, the same lines with verdicts ({@link ScreenedLines}). */
    private PhysicalLines lines;
    private ScreenedLines screened;
    private final LineDecoder decoder;
    private final RowVisitor visitor;
    private final String undecodableReason;

    private final ArrayDeque<Line> replay = new ArrayDeque<>();
    private long physicalLine;
    private char[] cur;
    private int curLength;
    private long curNumber;
    private boolean curUndecodable;
    private boolean curOverlong;
    private Line curReplayed;

    private String[] fields = new String[16];
    /** Per column, its values while it has few distinct ones ({@link ColumnValues}): a repeated value is one string. */
    private ColumnValues[] columns = new ColumnValues[16];
    private int count;
    private final StringBuilder quoted = new StringBuilder();
    private int openField;

    private boolean headerSeen;
    private boolean headerBroken;
    private String[] header;
    /** The header's first cell as written: a record starting with it may be the header repeated. */
    private String headerFirst;
    /** True once a header of another layout came: the screen's verdicts, worked out by the columns before it, no longer hold. */
    private boolean screenStopped;
    /**
     * Lines before the header, as agencies' spreadsheet exports put above it, held until the header
     * comes: lines with at most one non-blank cell (a table title, a 制表日期 line; no header has fewer
     * than two named columns), and lines that are no usable header and hold no data (a row of column
     * groups, {@link #precedesHeader}). The header is then the first line the visitor finds usable (or,
     * for a visitor that cannot tell, the first with more cells); when none comes within
     * {@value #MOST_TITLE_LINES} lines, the first line is the header, as without them.
     */
    private final List<Title> titles = new ArrayList<>();
    /** At most this many lines are passed over before the header; past them the first is the header, as before. */
    static final int MOST_TITLE_LINES = 10;
    /**
     * One-line records after the header with at most one non-blank cell, none a date or an identity number
     * (a table title), held until the next record says what they are: the title of a header further on
     * (a second export joined below, a page of a paged export), announced as lines before it; otherwise
     * rows, given in their order before it (at most {@value #MOST_TITLE_LINES} are held).
     */
    private final List<Title> pending = new ArrayList<>();

    /** A record before the header: its lines and its cells. */
    private record Title(long first, long last, String[] cells) {
    }

    /** Whether rows may be screened from their bytes: the charset is one whose lines {@link #settles} can check. */
    private final boolean screenable;
    private final boolean utf8;
    /** For the GB charsets, their two-byte characters ({@link DoubleBytePairs}); null for UTF-8. */
    private final boolean[] pairs;
    /** The visitor's screen for the rows after the header (null: every row is decoded and split). */
    private RowScreen screen;
    /** Header position → index among the screen's columns, or -1. */
    private int[] screenSlot;

    CsvSplitter(Dataset dataset, String source, ByteLineReader lines, LineDecoder decoder, RowVisitor visitor) {
        this.dataset = dataset;
        this.source = source;
        this.reader = lines;
        this.lines = lines;
        this.decoder = decoder;
        this.visitor = visitor;
        String charset = decoder.charset().name();
        this.undecodableReason = "undecodable bytes in " + decoder.label();
        this.utf8 = "UTF-8".equals(charset);
        this.screenable = utf8 || "GB18030".equals(charset) || "GBK".equals(charset);
        this.pairs = screenable && !utf8 ? DoubleBytePairs.of(decoder.charset()) : null;
    }

    void read() throws IOException {
        while (nextLine(true)) {
            long first = curNumber;
            if (curOverlong) {
                reject(first, "line longer than " + (ByteLineReader.MAX_LINE_BYTES >> 20) + " MiB");
                continue;
            }
            if (curUndecodable) {
                reject(first, undecodableReason);
                continue;
            }
            if (curLength == 0) {
                continue;
            }
            if (LineDecoder.onlyZeroBytes(cur, curLength)) {
                reject(first, LineDecoder.ZERO_BYTES);
                continue;
            }
            if (!headerSeen && separatorLine()) {
                char sep = cur[4];
                if (sep != ',') {
                    reject(first, "the file names '" + (sep == '\t' ? "\\t" : String.valueOf(sep)) + "' as its separator (Excel's"
                            + " sep= line): only comma-separated files are read; save it as CSV (comma-separated)");
                }
                continue; // Excel's "sep=," is no header: the header is the next line
            }
            count = 0;
            int status = tokenize(cur, curLength, false);
            if (status == DONE) {
                complete(first, first);
            } else if (status == JUNK) {
                reject(first, "unexpected characters after the closing quote of field " + openField);
            } else {
                readSpan(first);
            }
        }
        if (!headerSeen && !titles.isEmpty()) {
            headerFromTitles(); // no usable header came: the first held line with more cells, else the first, is the header
        }
        releasePending(); // no header followed the lines held after the header: they are rows
    }

    /** Continues a record whose quoted field runs past the end of its first line. */
    private void readSpan(long first) throws IOException {
        List<Line> span = new ArrayList<>();
        span.add(snapshot());
        long chars = curLength;
        long undecodableAt = -1;
        String broken = null;
        while (true) {
            String terminator = span.get(span.size() - 1).terminator();
            if (!nextLine(false)) {
                broken = "unbalanced quote in field " + openField + ": the quote is never closed";
                break;
            }
            span.add(snapshot());
            chars += curLength;
            if (curOverlong || span.size() > MAX_QUOTED_LINES || chars > MAX_QUOTED_CHARS) {
                broken = "unbalanced quote in field " + openField + ": the quote is still open after "
                        + (span.size() - 1) + " more lines";
                break;
            }
            if (curUndecodable && undecodableAt < 0) {
                undecodableAt = curNumber;
            }
            quoted.append(terminator);
            int status = tokenize(cur, curLength, true);
            if (status == DONE) {
                break;
            }
            if (status == JUNK) {
                broken = "unbalanced quote in field " + openField + ": the quote opened on this line closes on line "
                        + curNumber + " followed by other characters";
                break;
            }
        }
        if (broken != null) {
            reject(first, broken);
            for (int i = span.size() - 1; i >= 1; i--) {
                replay.addFirst(span.get(i));
            }
            return;
        }
        long last = span.get(span.size() - 1).number();
        if (undecodableAt >= 0) {
            reject(first, undecodableReason + " on line " + undecodableAt + " (record on lines " + first + "–" + last + ")");
            return;
        }
        complete(first, last);
    }

    private void complete(long first, long last) {
        if (!headerSeen) {
            boolean beforeHeader = last == first && (nonBlank(fields, count) <= 1 || precedesHeader(first));
            if (beforeHeader && titles.size() < MOST_TITLE_LINES) {
                titles.add(new Title(first, last, Arrays.copyOf(fields, count)));
                return;
            }
            if (!beforeHeader && (titles.isEmpty() || (last == first && usableHeader(first)))) {
                announceTitles(titles.size());
                takeHeader(first);
                return;
            }
            // no usable header after the held lines: the first of them, this one included, with more cells is the header
            titles.add(new Title(first, last, Arrays.copyOf(fields, count)));
            headerFromTitles();
            return;
        }
        if (headerBroken) {
            reject(first, "the file's header row could not be read");
            return;
        }
        if (count > header.length && blankAfter(header.length)) {
            count = header.length; // trailing commas with nothing between them hold no value: the row is whole
        }
        if (noRow(first, last)) {
            return;
        }
        if (last == first && pending.size() < MOST_TITLE_LINES && atMostOneCell() && !oneCellCouldBeData()) {
            pending.add(new Title(first, last, Arrays.copyOf(fields, count))); // a title above a header further on, or a row
            return;
        }
        releasePending();
        emit(first, last);
    }

    /** The current record as a row, or rejected when its fields are not the header's. */
    private void emit(long first, long last) {
        if (count != header.length) {
            reject(first, "expected " + header.length + " fields, found " + count
                    + (last > first ? " (record on lines " + first + "–" + last + ")" : ""));
            return;
        }
        visitor.row(RawRow.of(new SourceRef(dataset, source, first), header, fields, count));
    }

    /** True when at most one field of the current record is not blank (looks at two for a data row). */
    private boolean atMostOneCell() {
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (!fields[i].isEmpty() && !fields[i].isBlank() && ++n > 1) {
                return false;
            }
        }
        return true;
    }

    /** True when the one non-blank field of the current record is a date or holds an identity number: a row, never held. */
    private boolean oneCellCouldBeData() {
        for (int i = 0; i < count; i++) {
            if (!fields[i].isBlank()) {
                return TableFooter.couldBeData(fields[i].strip());
            }
        }
        return false;
    }

    /**
     * The lines held after the header ({@link #pending}) are rows after all: given as rows (or rejected)
     * in their order, before what comes next; the current record is kept.
     */
    private void releasePending() {
        if (pending.isEmpty()) {
            return;
        }
        List<Title> held = List.copyOf(pending);
        pending.clear();
        String[] current = Arrays.copyOf(fields, count);
        for (Title t : held) {
            restore(t.cells());
            emit(t.first(), t.last());
        }
        restore(current);
    }

    /**
     * The lines held after the header stand above a header further on (a table title of a second export
     * joined below the first, or of a page): passed over and announced, each run of lines one after another
     * at a time.
     */
    private void announcePending() {
        int i = 0;
        while (i < pending.size()) {
            int j = i + 1;
            while (j < pending.size() && pending.get(j).first() == pending.get(j - 1).last() + 1) {
                j++;
            }
            visitor.linesBeforeHeader(new SourceRef(dataset, source, pending.get(i).first()), j - i);
            i = j;
        }
        pending.clear();
    }

    /**
     * Whether the current record, after the header, is no row but part of the table around the rows,
     * and if so tells the visitor: the header repeated cell for cell (a paged export repeats it on each
     * page), a header of another layout (two exports joined in one file: the rows after it are read by
     * it, {@link RowVisitor#headerAgain}; asked first, so that a header whose first column is named 导出时间 is
     * no footer), or the table's footer ({@link TableFooter}). Each test is
     * a look at a cell or two for a data row, whose first cell is no header's and no footer's, and which
     * holds a digit (an identity number, a date) early on.
     */
    private boolean noRow(long first, long last) {
        if (count == 0) {
            return false;
        }
        if (fields[0].equals(headerFirst) && count == header.length && Arrays.equals(headerNames(), header)) {
            announcePending();
            visitor.repeatedHeader(new SourceRef(dataset, source, first));
            return true;
        }
        if (last == first && noDigit() && nonBlank(fields, count) >= 2
                && visitor.headerAgain(new SourceRef(dataset, source, first), List.of(headerNames()))) {
            announcePending();
            headerFirst = fields[0];
            setHeader();
            visitor.header(new SourceRef(dataset, source, first), List.of(header));
            screenStopped = true; // the lines ahead were screened by the columns of the header before: no verdict of theirs holds
            return true;
        }
        if (TableFooter.isFooter(fields, count, header.length)) {
            visitor.footer(new SourceRef(dataset, source, first), (int) (last - first + 1));
            return true;
        }
        return false;
    }

    /** True when no field of the current record holds a digit (ASCII or full-width): no date, no number, no identity number. */
    private boolean noDigit() {
        for (int i = 0; i < count; i++) {
            String f = fields[i];
            for (int j = 0; j < f.length(); j++) {
                char c = f.charAt(j);
                if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether the current one-line record, met before any header, may stand before it: it is no usable
     * header (the visitor says) and holds no data (no cell is an identity number or a date), as a row of
     * column groups above the header does ({@code 基本信息,,,羁押信息,,}). Held until a usable header comes.
     */
    private boolean precedesHeader(long line) {
        if (usableHeader(line)) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            String cell = fields[i].strip();
            if (!cell.isEmpty() && (IdNumber.parse(cell).isOk() || Dates.parse(cell).isOk())) {
                return false;
            }
        }
        return true;
    }

    private boolean usableHeader(long line) {
        return visitor.usableHeader(new SourceRef(dataset, source, line), List.of(headerNames()));
    }

    private void takeHeader(long line) {
        headerSeen = true;
        headerFirst = fields[0];
        setHeader();
        SourceRef ref = new SourceRef(dataset, source, line);
        List<String> names = List.of(header);
        visitor.header(ref, names);
        if (screenable) {
            bindScreen(visitor.screen(ref, names));
        }
    }

    /**
     * The lines held before the header when no usable header followed them: the first of them with
     * more than one non-blank cell is the header (the lines before it, titles, passed over and announced),
     * or the first line when none has, as it would have been without them; the others are its rows.
     */
    private void headerFromTitles() {
        List<Title> held = List.copyOf(titles);
        int h = 0;
        while (h < held.size() && nonBlank(held.get(h).cells(), held.get(h).cells().length) <= 1) {
            h++;
        }
        if (h == held.size()) {
            h = 0;
        }
        announceTitles(h);
        restore(held.get(h).cells());
        takeHeader(held.get(h).first());
        for (Title t : held.subList(h + 1, held.size())) {
            restore(t.cells());
            complete(t.first(), t.last());
        }
    }

    /** Announces the first {@code n} held lines as passed over before the header, and lets go of them all. */
    private void announceTitles(int n) {
        if (n > 0) {
            visitor.linesBeforeHeader(new SourceRef(dataset, source, titles.get(0).first()), n);
        }
        titles.clear();
    }

    private void restore(String[] cells) {
        count = 0;
        for (String c : cells) {
            add(c);
        }
    }

    /** How many of the first {@code count} cells are not blank. */
    private static int nonBlank(String[] cells, int count) {
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (!cells[i].isBlank()) {
                n++;
            }
        }
        return n;
    }

    /** True when every field of the current record from {@code k} on is blank. */
    private boolean blankAfter(int k) {
        for (int i = k; i < count; i++) {
            if (!fields[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** True when the current line is Excel's separator line before the header: {@code sep=} and one character. */
    private boolean separatorLine() {
        int n = curLength;
        while (n > 0 && (cur[n - 1] == ' ' || cur[n - 1] == '\t') && n > 5) {
            n--;
        }
        return n == 5 && cur[0] == 's' && cur[1] == 'e' && cur[2] == 'p' && cur[3] == '=';
    }

    private void reject(long line, String reason) {
        if (headerSeen && !pending.isEmpty()) {
            releasePending(); // the held lines come before the line rejected
        }
        if (!headerSeen && !titles.isEmpty()) {
            headerFromTitles(); // a broken line ends the lines before the header: one of them is the header
        }
        if (!headerSeen) {
            headerSeen = true;
            headerBroken = true;
            visitor.headerUnreadable(new SourceRef(dataset, source, line), reason);
            reason = "header row unreadable: " + reason;
        }
        visitor.rejected(new Rejection(new SourceRef(dataset, source, line), reason));
    }

    private void setHeader() {
        header = headerNames();
    }

    /** The current record's fields as a header names its columns: a blank one {@code column_N}, a repeated one {@code name (2)}. */
    private String[] headerNames() {
        String[] names = new String[count];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String name = fields[i].isBlank() ? "column_" + (i + 1) : fields[i];
            String unique = name;
            for (int n = 2; !seen.add(unique); n++) {
                unique = name + " (" + n + ")";
            }
            names[i] = unique;
        }
        return names;
    }

    /**
     * Splits {@code c[0, len)} into fields appended to {@link #fields}; with {@code continuing} the
     * line continues a quoted field. Returns DONE, OPEN (a quoted field runs past the line) or JUNK.
     */
    private int tokenize(char[] c, int len, boolean continuing) {
        int i = 0;
        boolean inQuotes = continuing;
        while (true) {
            if (inQuotes) {
                int r = quotedPart(c, len, i);
                if (r == -1) {
                    return OPEN;
                }
                if (r == -2) {
                    return JUNK;
                }
                add(quoted.toString());
                if (r == len) {
                    return DONE;
                }
                i = r + 1;
                inQuotes = false;
            }
            if (i < len && c[i] == '"') {
                openField = count + 1;
                quoted.setLength(0);
                inQuotes = true;
                i++;
                continue;
            }
            int j = i;
            while (j < len && c[j] != ',') {
                j++;
            }
            add(headerSeen ? column(count).of(c, i, j) : new String(c, i, j - i));
            if (j == len) {
                return DONE;
            }
            i = j + 1;
        }
    }

    /** Reads quoted text from {@code i}: the index of the delimiter or line end after it, -1 still open, -2 junk. */
    private int quotedPart(char[] c, int len, int i) {
        while (true) {
            int j = i;
            while (j < len && c[j] != '"') {
                j++;
            }
            quoted.append(c, i, j - i);
            if (j == len) {
                return -1;
            }
            if (j + 1 < len && c[j + 1] == '"') {
                quoted.append('"');
                i = j + 2;
                continue;
            }
            int k = j + 1;
            while (k < len && (c[k] == ' ' || c[k] == '\t')) {
                k++;
            }
            return k == len || c[k] == ',' ? k : -2;
        }
    }

    /** The kept values of column {@code k} (of the rows after the header). */
    private ColumnValues column(int k) {
        if (k >= columns.length) {
            columns = Arrays.copyOf(columns, Math.max(k + 1, columns.length * 2));
        }
        ColumnValues v = columns[k];
        if (v == null) {
            v = new ColumnValues();
            columns[k] = v;
        }
        return v;
    }

    private void add(String value) {
        if (count == fields.length) {
            fields = Arrays.copyOf(fields, count * 2);
        }
        fields[count++] = value;
    }

    /**
     * Moves to the next physical line (one to read again first) and decodes it. At the start of a
     * record ({@code recordStart}) with a screen bound, the lines the screen settled are passed over
     * first and counted: each is a record of one line, never decoded or split. A line that continues
     * a quoted field is no row, so no verdict applies to it.
     */
    private boolean nextLine(boolean recordStart) throws IOException {
        Line r = replay.pollFirst();
        if (r != null) {
            curReplayed = r;
            cur = r.chars();
            curLength = r.chars().length;
            curNumber = r.number();
            curUndecodable = r.undecodable();
            curOverlong = r.overlong();
            return true;
        }
        curReplayed = null;
        while (lines.next()) {
            curNumber = ++physicalLine;
            if (recordStart && screened != null && !screenStopped && screened.settled()) {
                // this line and the settled lines right after it: each a record of one line, so all are rows
                int run = screened.skipSettled();
                physicalLine += run - 1;
                releasePending(); // a settled row is a row: the lines held before it are rows too, given first
                visitor.settled(run);
                continue;
            }
            decodeCurrent();
            return true;
        }
        return false;
    }

    /** Decodes the line the byte reader is on into {@link #cur}. */
    private void decodeCurrent() {
        curOverlong = lines.overlong();
        if (curOverlong) {
            curUndecodable = false;
            curLength = 0;
            return;
        }
        curUndecodable = !decoder.decode(lines.buffer(), lines.start(), lines.end());
        cur = decoder.chars();
        curLength = decoder.length();
    }

    private void bindScreen(RowScreen s) {
        if (s == null) {
            return;
        }
        int[] columns = s.columns();
        screenSlot = new int[header.length];
        Arrays.fill(screenSlot, -1);
        for (int k = 0; k < columns.length; k++) {
            if (columns[k] < 0 || columns[k] >= header.length || screenSlot[columns[k]] >= 0) {
                return; // a screen asking for a column the header does not have (or twice) screens nothing
            }
            screenSlot[columns[k]] = k;
        }
        screen = s;
        screened = new ScreenedLines(reader, this::settles, columns.length);
        lines = screened;
    }

    /**
     * Finds the end of the line that starts at {@code b[s]} - its first CR or LF before {@code limit},
     * or {@code limit} - and whether its row is settled by the screen; returns {@code end << 1 | 1}
     * when settled, {@code end << 1} when not. One pass over the bytes does both. A row is asked only
     * when it would be split as {@link #tokenize} splits it, into the header's number of fields, on
     * one line, with bytes that decode (strict UTF-8 by Unicode's table of well-formed sequences, the
     * one the JDK's decoder follows; in the GB charsets, ASCII and the two-byte characters their own
     * decoder reads, {@link DoubleBytePairs}: a line with a four-byte character is left to the
     * decoder), and with no screened column quoted with a doubled quote inside (a quoted one is
     * shown between its quotes, which hold its whole value). Any other row is not settled here and
     * goes the ordinary way. Called from the screening pool's threads: it reads only what is fixed once the screen is bound, and writes
     * only {@code screenFrom} and {@code screenTo}, the calling thread's own.
     */
    private long settles(byte[] b, int s, int limit, int[] screenFrom, int[] screenTo) {
        int want = header.length;
        int[] slot = screenSlot;
        boolean u = utf8; // the quick path for Chinese text: UTF-8's three-byte characters, or the GB charsets' two-byte ones
        boolean[] gb = pairs;
        int field = 0;
        int i = s;
        if (i == limit || b[i] == '\n' || b[i] == '\r') {
            return (long) i << 1; // a blank line
        }
        while (true) {
            if (field == want) {
                return unsettled(b, i, limit); // more fields than the header
            }
            if (i < limit && b[i] == '"') {
                int k = slot[field];
                i++;
                int start = i;
                boolean doubled = false;
                while (true) {
                    if (i >= limit) {
                        return (long) limit << 1; // the quote runs past the line
                    }
                    byte c = b[i];
                    if (c == '"') {
                        if (i + 1 < limit && b[i + 1] == '"') {
                            doubled = true;
                            i += 2;
                            continue;
                        }
                        if (k >= 0) {
                            if (doubled) {
                                return unsettled(b, i, limit); // its value is not its bytes: a screened column is shown as written
                            }
                            screenFrom[k] = start; // the value between the quotes, which is all the field's value
                            screenTo[k] = i;
                        }
                        i++;
                        while (i < limit && (b[i] == ' ' || b[i] == '\t')) {
                            i++;
                        }
                        break;
                    }
                    if (c >= 0) {
                        if (c == '\n' || c == '\r') {
                            return (long) i << 1; // the quote runs past the line
                        }
                        i++;
                    } else if (u && c >= (byte) 0xE1 && c <= (byte) 0xEF && c != (byte) 0xED && i + 2 < limit
                            && (b[i + 1] & 0xC0) == 0x80 && (b[i + 2] & 0xC0) == 0x80) {
                        i += 3; // as below: Chinese text without a call
                    } else if (gb != null && i + 1 < limit && gb[(c & 0xff) << 8 | (b[i + 1] & 0xff)]) {
                        i += 2; // as below: a GB two-byte character
                    } else {
                        int next = character(b, i, limit);
                        if (next < 0) {
                            return unsettled(b, i, limit);
                        }
                        i = next;
                    }
                }
                field++;
                if (i == limit || b[i] == '\n' || b[i] == '\r') {
                    break;
                }
                if (b[i] != ',') {
                    return unsettled(b, i, limit); // characters after the closing quote
                }
                i++;
                continue;
            }
            int start = i;
            while (i < limit) {
                byte c = b[i];
                if (c >= 0) {
                    if (c == ',' || c == '\n' || c == '\r') {
                        break;
                    }
                    i++;
                } else if (u && c >= (byte) 0xE1 && c <= (byte) 0xEF && c != (byte) 0xED && i + 2 < limit
                        && (b[i + 1] & 0xC0) == 0x80 && (b[i + 2] & 0xC0) == 0x80) {
                    i += 3; // the common case of Chinese text, here rather than in a call: E1-EC, EE-EF, two continuation bytes
                } else if (gb != null && i + 1 < limit && gb[(c & 0xff) << 8 | (b[i + 1] & 0xff)]) {
                    i += 2; // Chinese text in GB18030 or GBK: a two-byte character their decoder reads (DoubleBytePairs)
                } else {
                    int next = character(b, i, limit);
                    if (next < 0) {
                        return unsettled(b, i, limit);
                    }
                    i = next;
                }
            }
            int k = slot[field];
            if (k >= 0) {
                screenFrom[k] = start;
                screenTo[k] = i;
            }
            field++;
            if (i == limit || b[i] != ',') {
                break;
            }
            i++;
        }
        return (long) i << 1 | (field == want && screen.settles(b, screenFrom, screenTo) ? 1 : 0);
    }

    /** {@link #settles}'s answer for a row not settled, given from {@code b[i]} on: the end of its line. */
    private static long unsettled(byte[] b, int i, int limit) {
        while (i < limit && b[i] != '\n' && b[i] != '\r') {
            i++;
        }
        return (long) i << 1;
    }

    /** The index after the well-formed UTF-8 character starting at {@code b[i]} (a byte of 0x80 or more), or -1. */
    private int character(byte[] b, int i, int e) {
        return utf8 ? Utf8.next(b, i, e) : -1;
    }

    private Line snapshot() {
        if (curReplayed != null) {
            return curReplayed;
        }
        return new Line(curNumber, Arrays.copyOf(cur == null ? new char[0] : cur, curLength), lines.terminatorText(),
                curUndecodable, curOverlong);
    }
}

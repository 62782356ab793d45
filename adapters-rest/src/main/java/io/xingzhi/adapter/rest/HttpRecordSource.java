package io.xingzhi.adapter.rest;

import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.port.RecordSource;
import io.xingzhi.core.port.SourceUnreadableException;
import io.xingzhi.core.port.RowVisitor;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.Rejection;
import io.xingzhi.core.value.PersonalData;
import io.xingzhi.format.Decoding;
import io.xingzhi.format.RowFormat;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link RecordSource} that fetches each dataset from agency HTTP endpoints ({@link HttpFeed}s).
 * A page's bytes are read by the formats module's readers - the very ones a folder of files is read
 * by - so the same bytes give the same rows, rejections and leads from a feed as from a file
 * (CONTRACT.md §5). It promises:
 * <ul>
 *   <li><b>Formats.</b> A page is CSV (first line the header) or JSON Lines (one object a line; a
 *       page that is one JSON array of objects is read too). The format is the feed's when it names
 *       one, else the {@code Content-Type}'s ({@code csv} → CSV, {@code json}, {@code ndjson},
 *       {@code jsonl} → JSON Lines), else the first character (<code>{</code> or {@code [} → JSON Lines,
 *       anything else → CSV).</li>
 *   <li><b>Decoding.</b> By the {@code charset} of the {@code Content-Type} when it names one Java
 *       knows (and that is ASCII-compatible: a page declared UTF-16 cannot be read, and says so); else
 *       detected per page exactly as per file - UTF-8, UTF-8 with byte-order mark, or GB18030 - and
 *       decoded line by line, so one undecodable line is one rejection.</li>
 *   <li><b>A bad line costs that line.</b> Every row becomes a {@link RawRow} with {@code source} =
 *       the page's URL and {@code line} = its physical line in the page (a CSV header is line 1; a
 *       JSON array's element position). A stray quote, an undecodable byte, a short or long CSV
 *       line, a JSON line that does not parse: each rejects exactly its line, as from a file, naming
 *       the URL, the line and the reason (see {@link io.xingzhi.format.CsvRowReader} and
 *       {@link io.xingzhi.format.JsonRowReader}).</li>
 *   <li><b>Timeouts and retries.</b> Connecting is bounded by {@link Options#connectTimeout()}, and a
 *       response's silence (before its headers, or between two parts of its body) by
 *       {@link Options#readTimeout()}, so a large page takes as long as it takes while it keeps coming. A timeout, an I/O
 *       error, a 5xx or a 429 is retried up to {@link Options#maxAttempts()} attempts in all, waiting (or as long as a
 *       {@code Retry-After} asks, when longer, up to 60 s)
 *       {@link Options#initialBackoff()} then twice as long each time. A page is read only once it has
 *       arrived whole, so a retry never repeats a row. When a page still cannot be fetched (or answers
 *       another 4xx) the feed cannot be read: {@link #read} throws a {@link XingzhiException} naming
 *       the URL, since a run on half a dataset would give false leads.</li>
 *   <li><b>Several feeds, paging.</b> A dataset may have several feeds, read in the order given (like
 *       {@code custody.csv} then {@code custody_2.csv}). See {@link HttpFeed.Paging} for paged feeds;
 *       at most {@link Options#maxPages()} pages.</li>
 *   <li><b>Memory.</b> A page's body is written to a temporary file as it arrives (in
 *       {@code java.io.tmpdir}, readable by this user only, its name removed as soon as it is opened on
 *       POSIX systems so that nothing is left however the process ends, freed once the page has been
 *       read or has failed) and read from there, so memory holds a buffer, never a page: a non-paged export of
 *       a billion bytes is read in the memory a file of it needs. A page longer than
 *       {@link Options#maxPageBytes()} is refused as soon as that many bytes have come.</li>
 *   <li><b>Screening.</b> A page is read as a file is, so a streamed dataset's rows that no model
 *       watches are settled from their bytes ({@link io.xingzhi.core.port.RowScreen}) as from a
 *       file, and a paged feed ends at a page without rows, settled ones counted as rows.</li>
 * </ul>
 * No identity number is ever logged or put in a message.
 */
public final class HttpRecordSource implements RecordSource {
    private static final Logger LOG = LoggerFactory.getLogger(HttpRecordSource.class);

    /**
     * Settings of an {@link HttpRecordSource}.
     *
     * @param connectTimeout the longest wait to connect
     * @param readTimeout the longest silence of a response: before its headers, or between two parts of its body
     * @param maxAttempts attempts per page, at least 1 (1 = no retry)
     * @param initialBackoff the wait before the first retry; doubled for each further one
     * @param maxPages the most pages read from one paged feed
     * @param maxPageBytes the largest page body accepted; a larger page cannot be read
     * @param headers extra request headers (e.g. {@code Authorization}) sent with every request
     */
    public record Options(Duration connectTimeout, Duration readTimeout, int maxAttempts, Duration initialBackoff,
                          int maxPages, long maxPageBytes, Map<String, String> headers) {
        public Options {
            Objects.requireNonNull(connectTimeout, "connectTimeout");
            Objects.requireNonNull(readTimeout, "readTimeout");
            Objects.requireNonNull(initialBackoff, "initialBackoff");
            if (maxAttempts < 1 || maxPages < 1 || maxPageBytes < 1) {
                throw new IllegalArgumentException("maxAttempts, maxPages and maxPageBytes must be positive");
            }
            headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        }

        /**
         * 5 s to connect, 60 s of silence at most, 4 attempts from 500 ms, 10,000 pages of at most 16 GiB
         * (on disk while read, never in memory).
         */
        public static Options defaults() {
            return new Options(Duration.ofSeconds(5), Duration.ofSeconds(60), 4, Duration.ofMillis(500), 10_000,
                    16L * 1024 * 1024 * 1024, Map.of());
        }

        /** These options with other timeouts. */
        public Options withTimeouts(Duration connect, Duration read) {
            return new Options(connect, read, maxAttempts, initialBackoff, maxPages, maxPageBytes, headers);
        }

        /** These options with another retry policy. */
        public Options withRetries(int attempts, Duration firstBackoff) {
            return new Options(connectTimeout, readTimeout, attempts, firstBackoff, maxPages, maxPageBytes, headers);
        }

        /** These options with extra request headers. */
        public Options withHeaders(Map<String, String> h) {
            return new Options(connectTimeout, readTimeout, maxAttempts, initialBackoff, maxPages, maxPageBytes, h);
        }
    }

    private final Map<Dataset, List<HttpFeed>> feeds = new EnumMap<>(Dataset.class);
    private final Options options;
    private final HttpClient http;
    /** Waits between attempts: {@link #sleep} but in tests. */
    private final java.util.function.Consumer<Duration> sleeper;

    /**
     * @param feeds the feeds; several feeds of one dataset are read in the order given
     * @param options timeouts, retries and limits
     */
    public HttpRecordSource(List<HttpFeed> feeds, Options options) {
        this(feeds, options, HttpRecordSource::sleep);
    }

    /** As the public constructor, waiting between attempts with {@code sleeper} (tests record the waits asked for). */
    HttpRecordSource(List<HttpFeed> feeds, Options options, java.util.function.Consumer<Duration> sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        for (HttpFeed f : feeds) {
            this.feeds.computeIfAbsent(f.dataset(), d -> new ArrayList<>()).add(f);
        }
        this.feeds.replaceAll((d, l) -> List.copyOf(l));
        this.options = Objects.requireNonNull(options, "options");
        this.http = HttpClient.newBuilder().connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Override
    public Set<Dataset> available() {
        return Collections.unmodifiableSet(feeds.keySet());
    }

    @Override
    public List<String> describe(Dataset dataset) {
        return feeds.getOrDefault(dataset, List.of()).stream().map(HttpRecordSource::described).toList();
    }

    /** A feed as {@link #describe} names it: its URL, marked when it is paged. */
    private static String described(HttpFeed f) {
        return HttpFeed.shown(f.url()) + (f.paging() == HttpFeed.Paging.PAGE_NUMBER ? " (paged)" : "");
    }

    @Override
    public void read(Dataset dataset, RowVisitor visitor) {
        Objects.requireNonNull(visitor, "visitor");
        for (HttpFeed f : feeds.getOrDefault(dataset, List.of())) {
            read(f, visitor);
        }
    }

    private void read(HttpFeed f, RowVisitor visitor) {
        if (f.paging() == HttpFeed.Paging.NONE) {
            Page p = fetch(f.url(), false).orElseThrow(() -> unreadable(f.url(), "404 Not Found"));
            readPage(f, f.url(), p, visitor, true);
            return;
        }
        for (int n = 1; n <= options.maxPages(); n++) {
            URI u = pageUrl(f.url(), n);
            Optional<Page> p = fetch(u, true);
            if (p.isEmpty()) {
                return;
            }
            if (readPage(f, u, p.get(), visitor, n == 1) == 0) {
                return;
            }
        }
        LOG.warn("feed {} has more than {} pages; read the first {}", HttpFeed.shown(f.url()),
                options.maxPages(), options.maxPages());
    }

    static URI pageUrl(URI base, int page) {
        String s = base.toString();
        int hash = s.indexOf('#');
        String frag = hash < 0 ? "" : s.substring(hash);
        String head = hash < 0 ? s : s.substring(0, hash);
        return URI.create(head + (base.getRawQuery() == null ? "?" : "&") + "page=" + page + frag);
    }

    /**
     * A page that has arrived whole: its media type, its {@code Content-Encoding} (empty when none) and
     * its body as it came, in a temporary spool the reader closes.
     */
    private record Page(String contentType, String contentEncoding, PageSpool.Spooled body) {
        /**
         * The page's bytes as the server meant them: a body sent {@code gzip} or {@code deflate}
         * compressed is read through its decompression, as a browser or {@code curl --compressed}
         * would, and never as text; a coding this reader does not know makes the page unreadable.
         */
        InputStream open(URI url) throws IOException {
            InputStream raw = body.open();
            String coding = contentEncoding.strip().toLowerCase(java.util.Locale.ROOT);
            try {
                switch (coding) {
                    case "", "identity" -> {
                        return raw;
                    }
                    case "gzip", "x-gzip" -> {
                        return new java.util.zip.GZIPInputStream(raw, 64 * 1024);
                    }
                    case "deflate" -> {
                        return deflated(raw);
                    }
                    default -> throw unreadable(url, "the page is sent with Content-Encoding \"" + contentEncoding.strip()
                            + "\", which cannot be decoded here (gzip and deflate can)");
                }
            } catch (IOException | RuntimeException e) {
                raw.close();
                throw e;
            }
        }

        /** A {@code deflate} body: zlib-wrapped as the standard says, or raw deflate as some servers send it. */
        private static InputStream deflated(InputStream raw) throws IOException {
            java.io.BufferedInputStream in = new java.io.BufferedInputStream(raw, 64 * 1024);
            in.mark(2);
            int b0 = in.read();
            int b1 = in.read();
            in.reset();
            boolean zlib = b0 >= 0 && b1 >= 0 && (b0 & 0x0F) == 8 && ((b0 << 8) | b1) % 31 == 0;
            return new java.util.zip.InflaterInputStream(in, new java.util.zip.Inflater(!zlib), 64 * 1024);
        }
    }

    /** Fetches one page with retries; empty when it answers 404 and {@code notFoundEnds}. */
    private Optional<Page> fetch(URI url, boolean notFoundEnds) {
        Duration wait = options.initialBackoff();
        Duration asked = Duration.ZERO;
        String last = "";
        for (int attempt = 1; attempt <= options.maxAttempts(); attempt++) {
            if (attempt > 1) {
                // a feed's URL may name a person (?id=…): logs hold no identity number
                LOG.info("retrying {} (attempt {} of {}) after {}", HttpFeed.shown(url), attempt,
                        options.maxAttempts(), PersonalData.maskIdNumbers(last));
                sleeper.accept(asked.compareTo(wait) > 0 ? asked : wait);
                wait = wait.multipliedBy(2);
                asked = Duration.ZERO;
            }
            HttpRequest.Builder rb = HttpRequest.newBuilder(url).GET().timeout(options.readTimeout())
                    .header("Accept", "application/json, application/x-ndjson, text/csv;q=0.9, */*;q=0.5");
            options.headers().forEach(rb::header);
            java.util.concurrent.atomic.AtomicReference<PageSpool.Spooled> made = new java.util.concurrent.atomic.AtomicReference<>();
            java.util.concurrent.atomic.AtomicLong heard = new java.util.concurrent.atomic.AtomicLong(System.nanoTime());
            CompletableFuture<HttpResponse<PageSpool.Spooled>> future = http.sendAsync(rb.build(), PageSpool.handler(options.maxPageBytes(), made, heard));
            HttpResponse<PageSpool.Spooled> r;
            boolean kept = false;
            try {
                r = answer(future, heard);
                kept = r.statusCode() >= 200 && r.statusCode() <= 299;
            } catch (TimeoutException e) {
                future.cancel(true);
                last = "silent for " + options.readTimeout().toMillis() + " ms";
                continue;
            } catch (ExecutionException e) {
                Throwable c = e.getCause() == null ? e : e.getCause();
                if (c instanceof PageSpool.TooLarge || c.getCause() instanceof PageSpool.TooLarge) {
                    throw unreadable(url, (c instanceof PageSpool.TooLarge ? c : c.getCause()).getMessage());
                }
                if (c instanceof PageSpool.SpoolFailed || c.getCause() instanceof PageSpool.SpoolFailed) {
                    // this machine's disk, not the feed: no retry, and not "unreadable input"
                    throw new XingzhiException("cannot read feed " + HttpFeed.shown(url) + ": "
                            + (c instanceof PageSpool.SpoolFailed ? c : c.getCause()).getMessage(), c);
                }
                last = c instanceof java.net.http.HttpTimeoutException ? "timed out" : c.getClass().getSimpleName()
                        + (c.getMessage() == null ? "" : ": " + c.getMessage());
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                future.cancel(true);
                throw new XingzhiException("interrupted while reading " + HttpFeed.shown(url));
            } finally {
                if (!kept) {
                    PageSpool.close(made.get());
                }
            }
            int status = r.statusCode();
            if (status >= 500 || status == 429) {
                asked = retryAfter(r.headers().firstValue("Retry-After").orElse(""));
                last = "HTTP " + status + (asked.isZero() ? "" : " (Retry-After: " + asked.toSeconds() + " s)");
                continue;
            }
            if (status == 404 && notFoundEnds) {
                return Optional.empty();
            }
            if (status < 200 || status > 299) {
                throw unreadable(url, "HTTP " + status);
            }
            return Optional.of(new Page(r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Content-Encoding").orElse(""), r.body()));
        }
        throw unreadable(url, "gave up after " + options.maxAttempts() + " attempts; last: " + last);
    }

    /**
     * The response once its body has come whole; a {@link TimeoutException} once it has been silent
     * (no headers, or no further part of the body) for the read timeout.
     */
    private HttpResponse<PageSpool.Spooled> answer(CompletableFuture<HttpResponse<PageSpool.Spooled>> future, java.util.concurrent.atomic.AtomicLong heard)
            throws InterruptedException, ExecutionException, TimeoutException {
        long silence = options.readTimeout().toNanos();
        while (true) {
            long left = heard.get() + silence - System.nanoTime();
            if (left <= 0) {
                throw new TimeoutException();
            }
            try {
                return future.get(left, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // woken at the end of the silence allowed since the last part came: heard again since?
            }
        }
    }

    /** The longest wait a server's {@code Retry-After} is granted before the next attempt. */
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

    /**
     * The wait a 429 or 5xx answer asks for in its {@code Retry-After} (seconds, or an HTTP date), at
     * most {@link #MAX_RETRY_AFTER}; zero when it asks for none or cannot be read.
     */
    static Duration retryAfter(String value) {
        return retryAfter(value, java.time.Instant.now());
    }

    /** {@link #retryAfter(String)} as seen at {@code now} (an HTTP date is a wait from then). */
    static Duration retryAfter(String value, java.time.Instant now) {
        String v = value.strip();
        if (v.isEmpty()) {
            return Duration.ZERO;
        }
        Duration d;
        if (v.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            d = v.length() > 9 ? MAX_RETRY_AFTER : Duration.ofSeconds(Long.parseLong(v));
        } else {
            try {
                java.time.ZonedDateTime at = java.time.ZonedDateTime.parse(v, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);
                d = Duration.between(now, at.toInstant());
            } catch (java.time.format.DateTimeParseException e) {
                return Duration.ZERO;
            }
        }
        return d.isNegative() ? Duration.ZERO : d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d;
    }

    /** The feed cannot be read: the input is at fault (a dead server, a 404, a page that is no JSON), not the engine. */
    private static XingzhiException unreadable(URI url, String why) {
        return new SourceUnreadableException("cannot read feed " + HttpFeed.shown(url) + ": " + why);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new XingzhiException("interrupted while waiting to retry");
        }
    }

    /**
     * Reads one page as a source of its own; returns how many rows and rejections it gave. A feed's
     * first page whose body is empty (no bytes, or only blank lines) has no header to say what it
     * holds: it is announced as unreadable, so the run says so (an empty CSV export read as "nobody"
     * would make a lead of every person the other agencies name), rather than passing as zero rows.
     */
    private int readPage(HttpFeed feed, URI url, Page page, RowVisitor visitor, boolean first) {
        try {
            if (first && blank(page, url)) {
                // named as describe() names the feed: a dataset whose every feed is so is taken as absent (RunPlan.unusable)
                visitor.headerUnreadable(new io.xingzhi.core.record.SourceRef(feed.dataset(), described(feed), 1),
                        "the feed answered with an empty body: no header, no rows");
                return 0;
            }
            Optional<RowFormat> named = feed.format().or(() -> RowFormat.ofMediaType(page.contentType()));
            RowFormat format = named.isPresent() ? named.get() : sniffed(page, url);
            Decoding decoding = decodingOf(url, page.contentType());
            Counter c = new Counter(visitor);
            try (InputStream in = page.open(url)) {
                format.reader(decoding).read(feed.dataset(), HttpFeed.shown(url), in, c);
            }
            return c.count;
        } catch (IOException e) {
            throw unreadable(url, e.getMessage());
        } finally {
            page.body().close();
        }
    }

    /** True when a page's body holds no text ({@link io.xingzhi.format.DatasetFiles#holdsNoText}). */
    private static boolean blank(Page page, URI url) throws IOException {
        try (InputStream in = page.open(url)) {
            return io.xingzhi.format.DatasetFiles.holdsNoText(in);
        }
    }

    private static RowFormat sniffed(Page page, URI url) throws IOException {
        try (InputStream in = new java.io.BufferedInputStream(page.open(url))) {
            return RowFormat.sniff(in);
        }
    }

    private static final class Counter extends io.xingzhi.core.port.ForwardingRowVisitor {
        int count;

        Counter(RowVisitor target) {
            super(target);
        }

        @Override
        public void row(RawRow row) {
            count++;
            target.row(row);
        }

        @Override
        public void rejected(Rejection rejection) {
            count++;
            target.rejected(rejection);
        }

        @Override
        public void settled() {
            count++;
            target.settled();
        }

        @Override
        public void settled(int rows) {
            count += rows;
            target.settled(rows);
        }
    }

    /**
     * The page's charset when its {@code Content-Type} names one Java knows, else detection (an
     * unknown name is treated as no name, as browsers do).
     */
    static Decoding decodingOf(URI url, String contentType) {
        Optional<Charset> declared = charsetOf(contentType);
        if (declared.isEmpty()) {
            return Decoding.detect();
        }
        if (!Decoding.isAsciiCompatible(declared.get())) {
            throw unreadable(url, "the page is declared " + declared.get().name()
                    + ", which is not ASCII-compatible; serve it as UTF-8 or GB18030");
        }
        return Decoding.of(declared.get());
    }

    static Optional<Charset> charsetOf(String contentType) {
        for (String part : contentType.split(";")) {
            String t = part.strip();
            if (t.regionMatches(true, 0, "charset=", 0, 8)) {
                try {
                    return Optional.of(Charset.forName(t.substring(8).replace("\"", "").strip()));
                } catch (RuntimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}

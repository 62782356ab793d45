package io.xingzhi.adapter.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.port.RecordSource;
import io.xingzhi.core.port.RowVisitor;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.Rejection;
import io.xingzhi.core.record.SourceRef;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link RecordSource} that fetches each dataset from an agency's HTTP endpoint (an
 * {@link HttpFeed}). It promises:
 * <ul>
 *   <li><b>Formats.</b> A page is CSV (first line the header) or JSON: an array of objects, or one
 *       object a line (JSON Lines). The format is told by the {@code Content-Type} ({@code json} or
 *       {@code ndjson}/{@code jsonl} → JSON, {@code csv} → CSV), else by the first non-space character
 *       ({@code [} or {@code {} → JSON, anything else → CSV). Text is decoded by the {@code charset}
 *       of the Content-Type, else as UTF-8, else (when not valid UTF-8) as GB18030; a BOM is dropped.</li>
 *   <li><b>Same raw-row path.</b> Every row becomes a {@link RawRow} with {@code source} = the page's
 *       URL and {@code line} = the CSV line (the header is line 1), the JSON Lines line, or the
 *       1-based position in the JSON array. JSON values become text: strings as they are, numbers and
 *       booleans as written, {@code null} as empty.</li>
 *   <li><b>Bad data never crashes.</b> A CSV line with the wrong number of fields, a JSON element
 *       that is not an object or holds a nested value, a JSON line that does not parse, and the rest
 *       of a page after broken JSON or broken CSV quoting each become a {@link Rejection} naming the
 *       URL, the line and the reason.</li>
 *   <li><b>Timeouts and retries.</b> Connecting is bounded by {@link Options#connectTimeout()} and
 *       each whole response (headers and body) by {@link Options#readTimeout()}. A timeout, an I/O
 *       error, a 5xx or a 429 is retried up to {@link Options#maxAttempts()} attempts in all, waiting
 *       {@link Options#initialBackoff()} then twice as long each time. When a page still cannot be
 *       fetched (or answers another 4xx) the feed cannot be read: {@link #read} throws a
 *       {@link XingzhiException} naming the URL, since a run on half a dataset would give false leads.</li>
 *   <li><b>Paging.</b> See {@link HttpFeed.Paging}; at most {@link Options#maxPages()} pages. Each
 *       page is held in memory while it is split (at most {@link Options#maxPageBytes()}), never the
 *       whole dataset.</li>
 * </ul>
 * No identity number is ever logged or put in a message.
 */
public final class HttpRecordSource implements RecordSource {
    private static final Logger LOG = LoggerFactory.getLogger(HttpRecordSource.class);

    /**
     * Settings of an {@link HttpRecordSource}.
     *
     * @param connectTimeout the longest wait to connect
     * @param readTimeout the longest wait for a whole response, body included
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

        /** 5 s to connect, 60 s a response, 4 attempts from 500 ms, 10,000 pages of at most 256 MiB. */
        public static Options defaults() {
            return new Options(Duration.ofSeconds(5), Duration.ofSeconds(60), 4, Duration.ofMillis(500), 10_000,
                    256L * 1024 * 1024, Map.of());
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

    private final Map<Dataset, HttpFeed> feeds = new EnumMap<>(Dataset.class);
    private final Options options;
    private final HttpClient http;
    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * @param feeds one feed per dataset (a dataset given twice is refused)
     * @param options timeouts, retries and limits
     */
    public HttpRecordSource(List<HttpFeed> feeds, Options options) {
        for (HttpFeed f : feeds) {
            if (this.feeds.put(f.dataset(), f) != null) {
                throw new IllegalArgumentException("two feeds for " + f.dataset().fileStem());
            }
        }
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
        HttpFeed f = feeds.get(dataset);
        return f == null ? List.of() : List.of(f.url() + (f.paging() == HttpFeed.Paging.PAGE_NUMBER ? " (paged)" : ""));
    }

    @Override
    public void read(Dataset dataset, RowVisitor visitor) {
        HttpFeed f = feeds.get(dataset);
        if (f == null) {
            return;
        }
        if (f.paging() == HttpFeed.Paging.NONE) {
            Page p = fetch(f.url(), false).orElseThrow(() -> unreadable(f.url(), "404 Not Found"));
            split(dataset, f.url(), p, visitor);
            return;
        }
        for (int n = 1; n <= options.maxPages(); n++) {
            URI u = pageUrl(f.url(), n);
            Optional<Page> p = fetch(u, true);
            if (p.isEmpty()) {
                return;
            }
            if (split(dataset, u, p.get(), visitor) == 0) {
                return;
            }
        }
        LOG.warn("feed {} has more than {} pages; read the first {}", f.url(), options.maxPages(), options.maxPages());
    }

    static URI pageUrl(URI base, int page) {
        String s = base.toString();
        int hash = s.indexOf('#');
        String frag = hash < 0 ? "" : s.substring(hash);
        String head = hash < 0 ? s : s.substring(0, hash);
        return URI.create(head + (base.getRawQuery() == null ? "?" : "&") + "page=" + page + frag);
    }

    private record Page(String contentType, byte[] body) {
    }

    /** Fetches one page with retries; empty when it answers 404 and {@code notFoundEnds}. */
    private Optional<Page> fetch(URI url, boolean notFoundEnds) {
        Duration wait = options.initialBackoff();
        String last = "";
        for (int attempt = 1; attempt <= options.maxAttempts(); attempt++) {
            if (attempt > 1) {
                LOG.info("retrying {} (attempt {} of {}) after {}", url, attempt, options.maxAttempts(), last);
                sleep(wait);
                wait = wait.multipliedBy(2);
            }
            HttpRequest.Builder rb = HttpRequest.newBuilder(url).GET().timeout(options.readTimeout())
                    .header("Accept", "application/json, application/x-ndjson, text/csv;q=0.9, */*;q=0.5");
            options.headers().forEach(rb::header);
            CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(rb.build(), HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> r;
            try {
                r = future.get(options.readTimeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                last = "no whole answer within " + options.readTimeout().toMillis() + " ms";
                continue;
            } catch (ExecutionException e) {
                Throwable c = e.getCause() == null ? e : e.getCause();
                last = c instanceof java.net.http.HttpTimeoutException ? "timed out" : c.getClass().getSimpleName()
                        + (c.getMessage() == null ? "" : ": " + c.getMessage());
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new XingzhiException("interrupted while reading " + url);
            }
            int status = r.statusCode();
            if (status >= 500 || status == 429) {
                last = "HTTP " + status;
                continue;
            }
            if (status == 404 && notFoundEnds) {
                return Optional.empty();
            }
            if (status < 200 || status > 299) {
                throw unreadable(url, "HTTP " + status);
            }
            if (r.body().length > options.maxPageBytes()) {
                throw unreadable(url, "the page is larger than " + options.maxPageBytes() + " bytes");
            }
            return Optional.of(new Page(r.headers().firstValue("Content-Type").orElse(""), r.body()));
        }
        throw unreadable(url, "gave up after " + options.maxAttempts() + " attempts; last: " + last);
    }

    private static XingzhiException unreadable(URI url, String why) {
        return new XingzhiException("cannot read feed " + url + ": " + why);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new XingzhiException("interrupted while waiting to retry");
        }
    }

    /** Splits a page into rows and rejections; returns how many of either it produced. */
    private int split(Dataset dataset, URI url, Page page, RowVisitor visitor) {
        String source = url.toString();
        String text = decode(page);
        String type = page.contentType().toLowerCase(Locale.ROOT);
        char first = firstNonSpace(text);
        boolean json = type.contains("json") || (!type.contains("csv") && (first == '[' || first == '{'));
        Counter c = new Counter(visitor);
        if (text.isBlank()) {
            return 0;
        }
        if (!json) {
            csv(dataset, source, text, c);
        } else if (first == '[') {
            jsonArray(dataset, source, text, c);
        } else {
            jsonLines(dataset, source, text, c);
        }
        return c.count;
    }

    private static final class Counter implements RowVisitor {
        final RowVisitor target;
        int count;

        Counter(RowVisitor target) {
            this.target = target;
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
    }

    private static char firstNonSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return ' ';
    }

    private static String decode(Page p) {
        Optional<Charset> declared = charsetOf(p.contentType());
        byte[] b = p.body();
        String s;
        if (declared.isPresent()) {
            s = new String(b, declared.get());
        } else {
            try {
                s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            } catch (CharacterCodingException e) {
                s = new String(b, Charset.forName("GB18030"));
            }
        }
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static Optional<Charset> charsetOf(String contentType) {
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

    private static void csv(Dataset dataset, String source, String text, RowVisitor v) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(false).get();
        long lastLine = 1;
        try (CSVParser p = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> it = p.iterator();
            if (!it.hasNext()) {
                return;
            }
            List<String> header = new ArrayList<>(it.next().toList());
            long consumed = p.getCurrentLineNumber();
            while (it.hasNext()) {
                CSVRecord r = it.next();
                long line = consumed + 1;
                consumed = p.getCurrentLineNumber();
                lastLine = line;
                if (r.size() == 1 && r.get(0).isEmpty()) {
                    continue;
                }
                SourceRef ref = new SourceRef(dataset, source, line);
                if (r.size() != header.size()) {
                    v.rejected(new Rejection(ref, r.size() + " fields where the header has " + header.size()));
                    continue;
                }
                Map<String, String> fields = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    fields.put(header.get(i), r.get(i));
                }
                v.row(new RawRow(ref, fields));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            v.rejected(new Rejection(new SourceRef(dataset, source, lastLine + 1),
                    "broken CSV (unbalanced quotes?); the rest of the page is skipped"));
        }
    }

    private void jsonArray(Dataset dataset, String source, String text, RowVisitor v) {
        long index = 0;
        try (JsonParser p = mapper.createParser(text)) {
            p.nextToken(); // [
            while (true) {
                JsonToken t = p.nextToken();
                if (t == null) {
                    v.rejected(new Rejection(new SourceRef(dataset, source, index + 1), "the JSON array is not closed; the page ends early"));
                    return;
                }
                if (t == JsonToken.END_ARRAY) {
                    if (p.nextToken() != null) {
                        v.rejected(new Rejection(new SourceRef(dataset, source, index + 1), "text after the end of the JSON array"));
                    }
                    return;
                }
                index++;
                JsonNode n = mapper.readTree(p);
                object(dataset, source, index, n, v);
            }
        } catch (JsonProcessingException e) {
            v.rejected(new Rejection(new SourceRef(dataset, source, index + 1), "broken JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + "; the rest of the page is skipped"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void jsonLines(Dataset dataset, String source, String text, RowVisitor v) {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            long number = i + 1L;
            JsonNode n;
            try {
                n = mapper.readTree(line);
            } catch (JsonProcessingException e) {
                v.rejected(new Rejection(new SourceRef(dataset, source, number), "broken JSON at column "
                        + e.getLocation().getColumnNr()));
                continue;
            }
            object(dataset, source, number, n, v);
        }
    }

    private static void object(Dataset dataset, String source, long line, JsonNode n, RowVisitor v) {
        SourceRef ref = new SourceRef(dataset, source, line);
        if (n == null || !n.isObject()) {
            v.rejected(new Rejection(ref, "not a JSON object"));
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode value = e.getValue();
            if (value.isContainerNode()) {
                v.rejected(new Rejection(ref, e.getKey() + ": a nested JSON value where text was expected"));
                return;
            }
            fields.put(e.getKey(), value.isNull() ? "" : value.asText());
        }
        v.row(new RawRow(ref, fields));
    }
}

package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xingzhi.adapter.csv.CsvRecordSource;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.Rejection;
import io.xingzhi.core.run.DatasetCounts;
import io.xingzhi.core.run.RunResult;
import io.xingzhi.generator.Generator;
import io.xingzhi.generator.GeneratorSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * CONTRACT.md §5, "the same bytes mean the same rows whatever the door": a generated county's files
 * - with a stray quote, a byte UTF-8 cannot decode and a short row planted in two datasets, one of
 * them split over two files - are run once as a folder ({@code run --data}) and once served byte for
 * byte by a real HTTP server on loopback and named in a sources file ({@code run --sources}; the
 * split dataset as a paged feed, the others as one feed per file). The two runs must give the same
 * leads (leads.jsonl line for line), the same rows read, accepted and rejected per dataset, the same
 * rejections with the same lines and reasons, and the same identity statistics; only the names of
 * the sources differ (a file name against the URL that served that file).
 */
class SameBytesThroughEveryDoorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aFolderAndTheSameFilesServedAsHttpFeedsGiveTheSameLeadsCountsAndRejections() throws Exception {
        Path data = dir.resolve("data");
        new Generator(new GeneratorSpec(300, 2000, 5, GeneratorSpec.DEFAULT_AS_OF)).writeTo(data);
        moveTail(data.resolve("activities.csv"), data.resolve("activities_2.csv"), 40);
        Map<String, Integer> planted = Map.of(
                "activities activities.csv", plantBrokenLines(data.resolve("activities.csv"), 4),
                "activities activities_2.csv", plantBrokenLines(data.resolve("activities_2.csv"), 3),
                "custody custody.csv", plantBrokenLines(data.resolve("custody.csv"), 6));

        try (FolderFeedServer feeds = new FolderFeedServer(data)
                .paged("activities", List.of("activities.csv", "activities_2.csv"))) {
            Path sources = dir.resolve("sources.json");
            Files.writeString(sources, sourcesFile(data, feeds), StandardCharsets.UTF_8);

            RunResult fromFolder = run("--data", data.toString(), "--out", dir.resolve("out-folder").toString());
            RunResult fromFeeds = run("--sources", sources.toString(), "--out", dir.resolve("out-feeds").toString());
            Map<String, String> fileOf = feeds.served();

            // the planted damage is there, and each broken line cost exactly that line
            List<String> rejected = fromFolder.report().rejections().stream()
                    .map(SameBytesThroughEveryDoorTest::described).toList();
            planted.forEach((file, at) -> {
                assertThat(rejected).anyMatch(r -> r.startsWith(file + ":" + at + " unbalanced quote in field 2: the quote "));
                assertThat(rejected).contains(file + ":" + (at + 1) + " undecodable bytes in UTF-8");
                assertThat(rejected).anyMatch(r -> r.matches(java.util.regex.Pattern.quote(file + ":" + (at + 2))
                        + " expected \\d+ fields, found \\d+"));
            });
            assertThat(fromFolder.leads()).isNotEmpty();
            assertThat(keys(dir.resolve("out-folder/leads.jsonl"))).as("the planted leads, nothing else")
                    .isEqualTo(keys(data.resolve("expected.jsonl")));

            // the same through the HTTP door
            for (Dataset d : Dataset.values()) {
                assertThat(counts(fromFeeds.report().datasets().get(d))).as(d.fileStem())
                        .isEqualTo(counts(fromFolder.report().datasets().get(d)));
            }
            assertThat(fromFeeds.report().rejections()).extracting(r -> described(r, fileOf))
                    .containsExactlyElementsOf(fromFolder.report().rejections().stream()
                            .map(SameBytesThroughEveryDoorTest::described).toList());
            assertThat(fromFeeds.report().identity()).isEqualTo(fromFolder.report().identity());
            assertThat(fromFeeds.report().leadsByModelAndKind()).isEqualTo(fromFolder.report().leadsByModelAndKind());
            assertThat(fromFeeds.report().skippedModels()).isEqualTo(fromFolder.report().skippedModels());
            assertThat(fromFeeds.leads()).extracting(Lead::leadId)
                    .containsExactlyElementsOf(fromFolder.leads().stream().map(Lead::leadId).toList());
            assertThat(withFileNames(Files.readString(dir.resolve("out-feeds/leads.jsonl")), fileOf))
                    .isEqualTo(Files.readString(dir.resolve("out-folder/leads.jsonl")));
            assertThat(fileOf).containsValues("activities.csv", "activities_2.csv", "custody.csv", "judgments.csv");
        }
    }

    private static RunResult run(String... args) {
        RunCommand c = new RunCommand();
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("--as-of", "2024-10-01", "--quiet"));
        new CommandLine(c).parseArgs(all.toArray(String[]::new));
        return c.runAndWrite();
    }

    /** Every dataset of the folder as a feed: activities paged (its two files), the others one feed per file. */
    private static String sourcesFile(Path data, FolderFeedServer feeds) {
        CsvRecordSource folder = new CsvRecordSource(data);
        StringBuilder json = new StringBuilder("{\"datasets\": {\n");
        List<String> entries = new ArrayList<>();
        for (Dataset d : folder.available()) {
            if (d == Dataset.ACTIVITIES) {
                entries.add("  \"activities\": {\"url\": \"" + feeds.url("activities") + "\", \"paged\": true}");
                continue;
            }
            List<String> specs = folder.describe(d).stream()
                    .map(f -> "{\"url\": \"" + feeds.url(f) + "\"" + (d == Dataset.CUSTODY ? ", \"format\": \"csv\"" : "") + "}")
                    .toList();
            entries.add("  \"" + d.fileStem() + "\": [" + String.join(", ", specs) + "]");
        }
        return json.append(String.join(",\n", entries)).append("\n}}\n").toString();
    }

    private static List<Object> counts(DatasetCounts c) {
        return c == null ? List.of() : List.of(c.present(), c.read(), c.accepted(), c.rejected(), c.notRead());
    }

    private static String described(Rejection r) {
        return r.ref().dataset().fileStem() + " " + r.ref().source() + ":" + r.ref().line() + " " + r.reason();
    }

    private static String described(Rejection r, Map<String, String> fileOf) {
        return r.ref().dataset().fileStem() + " " + fileOf.getOrDefault(r.ref().source(), "?" + r.ref().source()) + ":"
                + r.ref().line() + " " + r.reason();
    }

    /** leads.jsonl of the feed run with each URL that served a file replaced by that file's name. */
    private static String withFileNames(String jsonl, Map<String, String> fileOf) {
        List<Map.Entry<String, String>> byLength = new ArrayList<>(fileOf.entrySet());
        byLength.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        String s = jsonl;
        for (Map.Entry<String, String> e : byLength) {
            s = s.replace("\"" + e.getKey() + "\"", "\"" + e.getValue() + "\"");
        }
        return s;
    }

    private static Set<String> keys(Path jsonl) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode n = JSON.readTree(line);
                keys.add(n.get("model").asText() + " " + n.get("kind").asText() + " " + n.get("id_number").asText());
            }
        }
        return keys;
    }

    // ---- the damage ------------------------------------------------------------------------

    /** The file's physical lines, each with its line end. */
    private static List<byte[]> lines(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n') {
                lines.add(Arrays.copyOfRange(b, start, i + 1));
                start = i + 1;
            }
        }
        if (start < b.length) {
            lines.add(Arrays.copyOfRange(b, start, b.length));
        }
        return lines;
    }

    private static void write(Path file, List<byte[]> lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        lines.forEach(out::writeBytes);
        Files.write(file, out.toByteArray());
    }

    private static int quotes(byte[] line) {
        int n = 0;
        for (byte x : line) {
            n += x == '"' ? 1 : 0;
        }
        return n;
    }

    /** No record of the file spans lines (every line has balanced quotes), so every line is a record. */
    private static void requireOneRecordALine(List<byte[]> lines, Path file) {
        assertThat(lines).as("a record spanning lines in %s: pick another file for the damage", file)
                .allSatisfy(l -> assertThat(quotes(l) % 2).isZero());
    }

    /** Moves the last {@code n} lines of {@code from} into a new file {@code to} with the same header. */
    private static void moveTail(Path from, Path to, int n) throws IOException {
        List<byte[]> lines = lines(from);
        requireOneRecordALine(lines, from);
        List<byte[]> tail = new ArrayList<>();
        tail.add(lines.get(0));
        tail.addAll(lines.subList(lines.size() - n, lines.size()));
        write(to, tail);
        write(from, lines.subList(0, lines.size() - n));
    }

    /**
     * Takes the first line from {@code from} on (1 = the header) that holds no quote and puts three
     * broken copies of it before it, so they become lines {@code at}, {@code at + 1} and
     * {@code at + 2}: with a stray quote opening its second field, with a byte no encoding of the
     * contract can decode in that field, and with its last field cut off. Every line of the file is
     * a whole record, so each copy must cost itself only. Returns {@code at}.
     */
    private static int plantBrokenLines(Path file, int from) throws IOException {
        List<byte[]> lines = new ArrayList<>(lines(file));
        requireOneRecordALine(lines, file);
        int at = from;
        while (quotes(lines.get(at - 1)) > 0) {
            at++;
        }
        byte[] model = lines.get(at - 1);
        int comma = indexOf(model, (byte) ',', 0);
        int end = model.length;
        while (end > 0 && (model[end - 1] == '\n' || model[end - 1] == '\r')) {
            end--;
        }
        int lastComma = end - 1;
        while (model[lastComma] != ',') {
            lastComma--;
        }
        byte[] stray = insert(model, comma + 1, new byte[] {'"'});
        byte[] bad = insert(model, comma + 1, new byte[] {(byte) 0xFF});
        byte[] cut = concat(Arrays.copyOfRange(model, 0, lastComma), Arrays.copyOfRange(model, end, model.length));
        lines.addAll(at - 1, List.of(stray, bad, cut));
        write(file, lines);
        return at;
    }

    private static int indexOf(byte[] b, byte x, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        throw new AssertionError("no comma in a CSV line");
    }

    private static byte[] insert(byte[] b, int at, byte[] what) {
        return concat(Arrays.copyOfRange(b, 0, at), what, Arrays.copyOfRange(b, at, b.length));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}

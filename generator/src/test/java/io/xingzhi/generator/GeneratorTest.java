package io.xingzhi.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {
    private static final Pattern LINE = Pattern.compile("\\{\"model\": \"([a-z-]+)\", \"kind\": \"([A-Z_]+)\", "
            + "\"id_number\": \"([0-9X]{18})\", \"case_number\": \"(\\(\\d{4}\\)辽\\d{4}刑初\\d+号)\", \"scenario\": \"[^\"]+\"}");
    /** The twenty kinds of LAW.md: the seed's fourteen and the six from practice. */
    static final Set<String> ALL_KINDS = Set.of(
            "custody-transfer NOT_TRANSFERRED", "custody-transfer LATE_TRANSFER", "custody-transfer HELD_PAST_TERM",
            "custody-transfer RELEASED_EARLY", "custody-transfer HELD_AFTER_NON_CUSTODIAL",
            "political-rights NOT_SUPERVISED", "political-rights SUPERVISION_ENDED_EARLY", "political-rights NOT_RESTORED",
            "political-rights PERIOD_MISRECORDED", "political-rights BARRED_ROLE",
            "prohibition-order CORRECTION_MISSING", "prohibition-order ORDER_NOT_RECORDED",
            "prohibition-order ORDER_VIOLATED", "prohibition-order LATE_REPORT", "property-penalty NOT_TRANSFERRED",
            "property-penalty ENFORCEMENT_OVERDUE", "property-penalty CLOSED_NOT_PAID",
            "property-penalty TERMINATED_WITH_ASSETS", "property-penalty LATE_FILING",
            "property-penalty COMMUTED_WHILE_UNPAID");

    @TempDir
    Path tmp;

    @Test
    void sameSeedGivesByteIdenticalFiles() throws IOException {
        GeneratorSpec spec = new GeneratorSpec(500, 8000, 42, LocalDate.of(2024, 10, 1));
        new Generator(spec).writeTo(tmp.resolve("a"));
        new Generator(spec).writeTo(tmp.resolve("b"));
        List<String> files = fileNames();
        for (String f : files) {
            assertThat(Files.readAllBytes(tmp.resolve("b").resolve(f)))
                    .as(f).isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(f)));
        }
    }

    @Test
    void anotherSeedGivesOtherPersons() throws IOException {
        new Generator(new GeneratorSpec(300, 1000, 1, GeneratorSpec.DEFAULT_AS_OF)).writeTo(tmp.resolve("a"));
        new Generator(new GeneratorSpec(300, 1000, 2, GeneratorSpec.DEFAULT_AS_OF)).writeTo(tmp.resolve("b"));
        assertThat(Files.readString(tmp.resolve("b/judgments.csv"))).isNotEqualTo(Files.readString(tmp.resolve("a/judgments.csv")));
    }

    @Test
    void everyKindOfEveryModelIsPlantedFromThirtyPersons() throws IOException {
        GenerationSummary summary = new Generator(GeneratorSpec.of(30, 9)).writeTo(tmp);
        assertThat(kindsIn(tmp.resolve(Generator.EXPECTED_FILE))).containsExactlyInAnyOrderElementsOf(ALL_KINDS);
        assertThat(summary.leadsPerKind().keySet()).containsExactlyInAnyOrderElementsOf(ALL_KINDS);
    }

    @Test
    void everyScenarioIsPlantedFromTwoHundredPersons() throws IOException {
        GenerationSummary summary = new Generator(GeneratorSpec.of(200, 9)).writeTo(tmp);
        assertThat(kindsIn(tmp.resolve(Generator.EXPECTED_FILE))).containsExactlyInAnyOrderElementsOf(ALL_KINDS);
        assertThat(summary.personsPerScenario().keySet()).containsExactlyInAnyOrderElementsOf(
                java.util.Arrays.stream(Scenario.values()).map(Enum::name).toList());
    }

    private static Set<String> kindsIn(Path expected) throws IOException {
        Set<String> kinds = new TreeSet<>();
        for (String line : Files.readAllLines(expected)) {
            Matcher m = LINE.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            kinds.add(m.group(1) + " " + m.group(2));
        }
        return kinds;
    }

    @Test
    void mostPersonsAreClean() throws IOException {
        GenerationSummary summary = new Generator(GeneratorSpec.of(5000, 3)).writeTo(tmp);
        int clean = summary.personsPerScenario().entrySet().stream().filter(e -> e.getKey().startsWith("CLEAN_"))
                .mapToInt(Map.Entry::getValue).sum();
        assertThat(clean).isGreaterThan(5000 * 7 / 10);
        assertThat(summary.expectedLeads()).isBetween(5000 / 20, 5000 / 5);
    }

    @Test
    void everyFileParsesWithCommonsCsvUnderItsHeaders() throws IOException {
        GenerationSummary summary = new Generator(new GeneratorSpec(600, 7000, 5, GeneratorSpec.DEFAULT_AS_OF)).writeTo(tmp);
        for (DatasetLayout layout : Generator.layouts()) {
            Path file = tmp.resolve(layout.fileName());
            byte[] bytes = Files.readAllBytes(file);
            boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
            assertThat(bom).as(layout.fileName() + " byte-order mark").isEqualTo(layout.byteOrderMark());
            layout.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            long rows = 0;
            try (Reader reader = withoutBom(file, layout);
                 CSVParser parser = CSVParser.builder().setReader(reader)
                         .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
                assertThat(parser.getHeaderNames()).as(layout.fileName()).isEqualTo(layout.headers());
                for (CSVRecord r : parser) {
                    assertThat(r.size()).as(layout.fileName() + " line " + r.getRecordNumber())
                            .isEqualTo(layout.headers().size());
                    rows++;
                }
            }
            assertThat(rows).as(layout.fileName()).isEqualTo(summary.rowsPerFile().get(layout.fileName())).isPositive();
            String text = new String(bytes, layout.charset());
            assertThat(text.contains("\r\n")).as(layout.fileName() + " CRLF").isEqualTo(layout.lineSeparator().equals("\r\n"));
        }
    }

    @Test
    void someHeadersAreChineseAndOneFileIsGb18030() {
        assertThat(Generator.layouts()).extracting(DatasetLayout::dataset).containsExactly("judgments", "custody",
                "corrections", "resettlement", "dpr_supervision", "enforcement", "business_registrations", "activities",
                "commutations");
        assertThat(Generator.layouts().stream().filter(l -> l.headers().contains("姓名")).count()).isGreaterThanOrEqualTo(3);
        assertThat(Generator.layouts().stream().map(l -> l.charset().name()).collect(Collectors.toSet()))
                .contains("UTF-8", "GB18030");
    }

    @Test
    void expectedIdentityNumbersAreValidAndBelongToSentencedPersons() throws IOException {
        new Generator(GeneratorSpec.of(1000, 11)).writeTo(tmp);
        Set<String> keys = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (String line : Files.readAllLines(tmp.resolve(Generator.EXPECTED_FILE))) {
            Matcher m = LINE.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            assertThat(checkDigitHolds(m.group(3))).as(m.group(3)).isTrue();
            assertThat(keys.add(m.group(1) + m.group(2) + m.group(3))).as("one line per (model, kind, id)").isTrue();
            ids.add(m.group(3));
        }
        Set<String> sentenced = new HashSet<>();
        try (Reader reader = Files.newBufferedReader(tmp.resolve("judgments.csv"));
             CSVParser parser = CSVParser.builder().setReader(reader)
                     .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            for (CSVRecord r : parser) {
                sentenced.add(normalise(r.get("id_number")));
            }
        }
        assertThat(sentenced).hasSize(1000).containsAll(ids);
    }

    @Test
    void identityNumbersAreMessyOnlyInAcceptedForms() throws IOException {
        new Generator(new GeneratorSpec(2000, 20_000, 13, GeneratorSpec.DEFAULT_AS_OF)).writeTo(tmp);
        Set<String> forms = new TreeSet<>();
        try (Reader reader = Files.newBufferedReader(tmp.resolve("judgments.csv"));
             CSVParser parser = CSVParser.builder().setReader(reader)
                     .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            for (CSVRecord r : parser) {
                String raw = r.get("id_number");
                assertThat(checkDigitHolds(normalise(raw))).as(raw).isTrue();
                forms.add(raw.length() == 15 ? "legacy" : raw.matches("[0-9]{17}[0-9X]") ? "plain"
                        : raw.chars().anyMatch(c -> c >= '０' && c <= '９') ? "full-width" : "spaced or hyphenated");
            }
        }
        assertThat(forms).contains("legacy", "plain", "full-width", "spaced or hyphenated");
    }

    @Test
    void activitiesHaveExactlyTheRowsAskedFor() throws IOException {
        GenerationSummary summary = new Generator(new GeneratorSpec(300, 4321, 3, GeneratorSpec.DEFAULT_AS_OF)).writeTo(tmp);
        assertThat(summary.rowsPerFile().get("activities.csv")).isEqualTo(4321);
        try (var lines = Files.lines(tmp.resolve("activities.csv"))) {
            assertThat(lines.count()).isEqualTo(4322);
        }
    }

    @Test
    void plantedActivitiesAreWrittenEvenWhenNoneAreAskedFor() throws IOException {
        GenerationSummary summary = new Generator(new GeneratorSpec(400, 0, 3, GeneratorSpec.DEFAULT_AS_OF)).writeTo(tmp);
        assertThat(summary.rowsPerFile().get("activities.csv")).isPositive().isLessThan(100);
    }

    @Test
    void noPersonsStillWritesEveryFile() throws IOException {
        GenerationSummary summary = new Generator(new GeneratorSpec(0, 50, 1, GeneratorSpec.DEFAULT_AS_OF)).writeTo(tmp);
        assertThat(fileNames()).allSatisfy(f -> assertThat(tmp.resolve(f)).exists());
        assertThat(summary.expectedLeads()).isZero();
        assertThat(summary.rowsPerFile().get("activities.csv")).isEqualTo(50);
    }

    @Test
    void specRejectsNegativeSizes() {
        assertThatThrownBy(() -> new GeneratorSpec(-1, 0, 1, GeneratorSpec.DEFAULT_AS_OF))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeneratorSpec(1, -5, 1, GeneratorSpec.DEFAULT_AS_OF))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mainWritesAndSaysWhatItWrote() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GeneratorMain.run(new String[] {"--out", tmp.toString(), "--persons", "100", "--activities", "500",
            "--seed", "4", "--as-of", "2024-06-30"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("judgments.csv", "activities.csv", "planted leads",
                "--as-of 2024-06-30");
        assertThat(tmp.resolve(Generator.EXPECTED_FILE)).exists();
    }

    @Test
    void mainWritesACleanExportWhenAsked() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = GeneratorMain.run(new String[] {"--out", tmp.toString(), "--persons", "50", "--clean", "--seed", "4"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("clean");
        assertThat(Files.readAllLines(tmp.resolve("custody.csv")).get(0)).startsWith("name,id_number,detention_center,");
    }

    @Test
    void mainRejectsBadArgumentsWithExitCode2() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(sink, true, StandardCharsets.UTF_8);
        assertThat(GeneratorMain.run(new String[] {"--persons", "10"}, ps, ps)).isEqualTo(2);
        assertThat(GeneratorMain.run(new String[] {"--out", tmp.toString(), "--persons", "ten"}, ps, ps)).isEqualTo(2);
        assertThat(GeneratorMain.run(new String[] {"--out", tmp.toString(), "--persons", "1", "--as-of", "2024-13-01"}, ps, ps))
                .isEqualTo(2);
        assertThat(GeneratorMain.run(new String[] {"--out", tmp.toString(), "--persons", "1", "--colour", "red"}, ps, ps))
                .isEqualTo(2);
        assertThat(sink.toString(StandardCharsets.UTF_8)).contains("usage: generate");
    }

    private static List<String> fileNames() {
        List<String> files = new ArrayList<>();
        Generator.layouts().forEach(l -> files.add(l.fileName()));
        files.add(Generator.EXPECTED_FILE);
        return files;
    }

    private static Reader withoutBom(Path file, DatasetLayout layout) throws IOException {
        PushbackReader r = new PushbackReader(new InputStreamReader(Files.newInputStream(file), layout.charset()));
        int first = r.read();
        if (first != -1 && first != '\uFEFF') {
            r.unread(first);
        }
        return r;
    }

    /** An independent normalisation: CONTRACT.md §2 forms back to 18 digits. */
    static String normalise(String raw) {
        StringBuilder b = new StringBuilder();
        for (char c : raw.toCharArray()) {
            if (c >= '０' && c <= '９') {
                b.append((char) (c - '０' + '0'));
            } else if (c == 'x' || c == 'X' || (c >= '0' && c <= '9')) {
                b.append(Character.toUpperCase(c));
            }
        }
        String s = b.toString();
        if (s.length() == 15) {
            String body = s.substring(0, 6) + "19" + s.substring(6);
            return body + check(body);
        }
        return s;
    }

    private static boolean checkDigitHolds(String id) {
        return id.length() == 18 && id.substring(0, 17).chars().allMatch(Character::isDigit) && check(id) == id.charAt(17);
    }

    private static char check(String id) {
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * w[i];
        }
        return "10X98765432".charAt(sum % 11);
    }
}

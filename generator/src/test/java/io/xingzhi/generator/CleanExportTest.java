package io.xingzhi.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate --clean} (docs/testing-with-fixtures.md, "Clean data"): the same persons, records
 * and planted leads as the messy files of the same spec, written as a database export - canonical
 * headers, UTF-8 without a byte-order mark, LF, ISO dates, plain integers, valid 18-digit identity
 * numbers, canonical enum values, every structured field filled - so the rules can be written as
 * plain SQL over the files.
 */
class CleanExportTest {
    private static final GeneratorSpec SPEC = new GeneratorSpec(1500, 6000, 21, GeneratorSpec.DEFAULT_AS_OF);
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    private static final Pattern INTEGER = Pattern.compile("0|[1-9]\\d*");
    private static final Pattern CASE = Pattern.compile("\\(\\d{4}\\)辽\\d{2,4}(刑初|执|刑更)\\d+号");
    private static final Set<String> DATES = Set.of("judgment_date", "effective_date", "term_start", "term_end",
            "prohibition_start", "prohibition_end", "admitted_on", "notice_received_on", "left_on", "start_on", "end_on",
            "reported_on", "released_on", "birth_date", "transferred_on", "filed_on", "closed_on", "role_start", "role_end",
            "ruling_date");
    private static final Set<String> AMOUNTS = Set.of("fine_amount", "prepaid_amount", "target_amount", "executed_amount");
    private static final Set<String> MONTHS = Set.of("term_months", "probation_months", "prohibition_months");
    private static final Set<String> CASES = Set.of("case_number", "source_case_number", "enforcement_number", "ruling_number");
    private static final Map<String, Set<String>> ENUMS = Map.of(
            "principal_penalty", Set.of("管制", "拘役", "有期徒刑", "无期徒刑", "死刑缓期二年执行", "单处附加刑", "免予刑事处罚"),
            "leave_reason", Set.of("", "投送监狱", "刑满释放", "判处缓刑", "释放", "取保候审", "监视居住", "其他"),
            "correction_type", Set.of("管制", "缓刑", "假释"),
            "release_type", Set.of("刑满释放", "假释"),
            "closure", Set.of("", "执行完毕", "终结本次执行程序", "终结执行"),
            "role", Set.of("法定代表人", "股东", "投资人", "经营者", "董事", "监事", "经理", "其他"),
            "ruling_type", Set.of("减刑", "假释"));

    @TempDir
    Path tmp;

    @Test
    void aCleanExportHasTheSamePersonsAndPlantedLeadsAsTheMessyOne() throws IOException {
        GenerationSummary messy = new Generator(SPEC).writeTo(tmp.resolve("messy"));
        GenerationSummary clean = new Generator(SPEC.asClean()).writeTo(tmp.resolve("clean"));
        assertThat(Files.readAllBytes(tmp.resolve("clean").resolve(Generator.EXPECTED_FILE)))
                .isEqualTo(Files.readAllBytes(tmp.resolve("messy").resolve(Generator.EXPECTED_FILE)));
        assertThat(clean.rowsPerFile()).isEqualTo(messy.rowsPerFile());
        assertThat(clean.personsPerScenario()).isEqualTo(messy.personsPerScenario());
        assertThat(clean.leadsPerKind().keySet()).containsExactlyInAnyOrderElementsOf(GeneratorTest.ALL_KINDS);
        // row by row, every file holds the same persons' records
        for (int i = 0; i < Generator.layouts().size(); i++) {
            DatasetLayout messyLayout = Generator.layouts().get(i);
            String idHeader = messyLayout.headers().get(messyLayout.fields().indexOf("id_number"));
            List<String> messyIds = read(tmp.resolve("messy"), messyLayout).records().stream()
                    .map(r -> GeneratorTest.normalise(r.get(idHeader))).toList();
            List<String> cleanIds = read(tmp.resolve("clean"), Generator.layouts(true).get(i)).records().stream()
                    .map(r -> r.get("id_number")).toList();
            assertThat(cleanIds).as(messyLayout.fileName()).isEqualTo(messyIds);
        }
    }

    @Test
    void aCleanExportWritesEveryValueInItsOneCanonicalForm() throws IOException {
        new Generator(SPEC.asClean()).writeTo(tmp);
        Set<String> seen = new TreeSet<>();
        for (DatasetLayout layout : Generator.layouts(true)) {
            assertThat(layout.headers()).isEqualTo(layout.fields());
            Table table = read(tmp, layout);
            assertThat(table.header()).as(layout.fileName()).isEqualTo(layout.fields());
            assertThat(table.records()).as(layout.fileName()).isNotEmpty();
            for (CSVRecord r : table.records()) {
                String where = layout.fileName() + " line " + (r.getRecordNumber() + 1);
                for (String field : layout.fields()) {
                    String v = r.get(field);
                    seen.add(field + (v.isEmpty() ? " blank" : " filled"));
                    assertThat(v).as(where + " " + field + " has no surrounding space").isEqualTo(v.strip());
                    checkValue(layout.dataset(), field, v, where);
                }
                checkRow(layout.dataset(), r, where);
            }
        }
        // the optional columns carry values, and blanks where LAW.md gives a blank a meaning
        assertThat(seen).contains("reported_on filled", "reported_on blank", "transferred_on filled", "transferred_on blank",
                "notice_received_on blank", "ruling_date filled");
    }

    private static void checkValue(String dataset, String field, String v, String where) {
        if (field.equals("id_number")) {
            assertThat(IdNumbers.valid(v)).as(where + " id_number " + v).isTrue();
        } else if (field.equals("name")) {
            assertThat(v).as(where + " name").isNotBlank().doesNotContain(" ", "　", "•", "・", ".", "．");
        } else if (field.equals("occurred_on")) {
            assertThat(v).as(where + " " + field).matches(DATE_TIME);
        } else if (DATES.contains(field) && !v.isEmpty()) {
            assertThat(v).as(where + " " + field).matches(DATE);
        } else if (AMOUNTS.contains(field) && !v.isEmpty()) {
            assertThat(v).as(where + " " + field).matches(INTEGER);
        } else if (field.equals("confiscation_amount") && !v.isEmpty()) {
            assertThat(v.equals("全部") || INTEGER.matcher(v).matches()).as(where + " " + field + " " + v).isTrue();
        } else if (MONTHS.contains(field) && !v.isEmpty()) {
            assertThat(v).as(where + " " + field).matches(INTEGER);
        } else if (field.equals("dpr_months") && !v.isEmpty()) {
            assertThat(v.equals("终身") || INTEGER.matcher(v).matches()).as(where + " " + field + " " + v).isTrue();
        } else if (CASES.contains(field) && !v.isEmpty()) {
            assertThat(v).as(where + " " + field).matches(CASE);
        } else if (ENUMS.containsKey(field)) {
            assertThat(ENUMS.get(field)).as(where + " " + field).contains(v);
        } else if (field.equals("sentence_text")) {
            assertThat(v).as(where + ": no fact is left to the sentence text").isEmpty();
        }
    }

    /** Fields that the clean export always fills when the row has the fact they belong to. */
    private static void checkRow(String dataset, CSVRecord r, String where) {
        switch (dataset) {
            case "judgments" -> {
                assertThat(r.get("judgment_date")).as(where).isNotEmpty();
                assertThat(r.get("principal_penalty")).as(where).isNotEmpty();
                boolean term = Set.of("管制", "拘役", "有期徒刑").contains(r.get("principal_penalty"));
                for (String f : List.of("term_months", "term_start", "term_end")) {
                    assertThat(r.get(f).isEmpty()).as(where + " " + f).isEqualTo(!term);
                }
                boolean order = !r.get("prohibition_order").isEmpty();
                for (String f : List.of("prohibition_start", "prohibition_end", "prohibition_months")) {
                    assertThat(r.get(f).isEmpty()).as(where + " " + f).isEqualTo(!order);
                }
                if (Set.of("无期徒刑", "死刑缓期二年执行").contains(r.get("principal_penalty"))) {
                    assertThat(r.get("dpr_months")).as(where + " life deprivation stated").isEqualTo("终身");
                }
            }
            case "resettlement", "dpr_supervision" -> assertThat(r.get("birth_date")).as(where).isNotEmpty();
            case "enforcement" -> assertThat(r.get("closure").isEmpty()).as(where + " closure").isEqualTo(r.get("closed_on").isEmpty());
            default -> {
            }
        }
    }

    private record Table(List<String> header, List<CSVRecord> records) {
    }

    private static Table read(Path dir, DatasetLayout layout) throws IOException {
        byte[] bytes = Files.readAllBytes(dir.resolve(layout.fileName()));
        String text = layout.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        if (layout.charset().equals(StandardCharsets.UTF_8) && !layout.byteOrderMark()) {
            assertThat(text).as(layout.fileName() + ": no byte-order mark, no CR").doesNotStartWith("\uFEFF").doesNotContain("\r");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (Reader reader = new StringReader(text);
             CSVParser parser = CSVParser.builder().setReader(reader)
                     .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return new Table(parser.getHeaderNames(), new ArrayList<>(parser.getRecords()));
        }
    }
}

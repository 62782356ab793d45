package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.xingzhi.core.value.IdNumber;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CONTRACT.md §3: a record without a valid number matches a person by name + birth date. When the
 * court's and the correction office's records of a person carry no number but a birth date, the
 * police's activity row and the market regulator's registration, which carry the person's number and
 * no birth date column, are that person's by the name and the number's birth date, as a judgment without
 * a number joins a correction record's numbered person in the indexed datasets. The streamed rows had
 * been looked up by their number alone (and screened out unread): the 违反禁止令 lead was lost. Read
 * from files, so the row screen is crossed too.
 */
class NumberedStreamedRowsOfUnnumberedPersonsTest {
    private static final String BODY = "21068219980818151";
    private static final String NUMBER = BODY + IdNumber.checkCharacter(BODY);
    /** Another person's number, born on the same day. */
    private static final String OTHERS_BODY = "21060319980818162";
    private static final String OTHERS = OTHERS_BODY + IdNumber.checkCharacter(OTHERS_BODY);
    /** The same name, a number born on another day. */
    private static final String OTHER_DAY_BODY = "21068219980819151";
    private static final String OTHER_DAY = OTHER_DAY_BODY + IdNumber.checkCharacter(OTHER_DAY_BODY);

    @TempDir
    Path dir;

    private Path county(String... activityRows) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("judgments.csv"), String.join("\n",
                "case_number,name,id_number,birth_date,effective_date,principal_penalty,term_months,probation_months,"
                        + "prohibition_order,prohibition_months",
                "(2024)辽0682刑初42号,蒋十三,,1998-08-18,2024-03-01,有期徒刑,12,24,禁止进入网吧、酒吧等娱乐场所,12",
                "(2024)辽0682刑初43号,韩十五," + OTHERS + ",,2024-03-01,有期徒刑,12,24,,",
                ""));
        Files.writeString(data.resolve("corrections.csv"), String.join("\n",
                "name,id_number,birth_date,correction_type,case_number,start_on,office,reported_on,prohibition_order",
                "蒋十三,,1998-08-18,缓刑,(2024)辽0682刑初42号,2024-03-05,凤山司法所,2024-03-05,禁止进入网吧、酒吧等娱乐场所",
                "韩十五," + OTHERS + ",,缓刑,(2024)辽0682刑初43号,2024-03-05,凤山司法所,2024-03-05,",
                ""));
        List<String> lines = new ArrayList<>(List.of("name,id_number,occurred_on,category,venue_type,venue_name,agency"));
        lines.addAll(List.of(activityRows));
        lines.add("");
        Files.writeString(data.resolve("activities.csv"), String.join("\n", lines));
        return data;
    }

    private List<JsonNode> leads(Path data) throws Exception {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("run", "--data", data.toString(), "--as-of", "2024-10-01", "--out", out.toString(), "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> leads = new ArrayList<>();
        for (String l : Files.readAllLines(out.resolve("leads.jsonl"))) {
            if (!l.isBlank()) {
                leads.add(json.readTree(l));
            }
        }
        return leads;
    }

    @Test
    void aNumberedActivityIsTheUnnumberedPersonsByNameAndTheNumbersBirthDate() throws Exception {
        List<JsonNode> leads = leads(county("蒋十三," + NUMBER + ",2024-06-02 21:00,场所出入,网吧,星空网吧,公安局"));
        assertThat(leads).singleElement().satisfies(l -> {
            assertThat(l.path("kind").asText()).isEqualTo("ORDER_VIOLATED");
            assertThat(l.path("case_number").asText()).isEqualTo("(2024)辽0682刑初42号");
            assertThat(l.path("linked_by").asText()).isEqualTo("name+birth_date");
            assertThat(l.path("evidence").toString()).contains("activities.csv");
        });
    }

    @Test
    void aNumberThatIsAnotherPersonsOrBornOnAnotherDayNeverJoinsTheUnnumberedPerson() throws Exception {
        // the same name with another person's number (born the same day), and with a number born the next day
        List<JsonNode> leads = leads(county(
                "蒋十三," + OTHERS + ",2024-06-02 21:00,场所出入,网吧,星空网吧,公安局",
                "蒋十三," + OTHER_DAY + ",2024-06-03 21:00,场所出入,网吧,星空网吧,公安局"));
        assertThat(leads).isEmpty();
    }

    @Test
    void aSecondNumberWithTheSameNameAndBirthDateJoinsNobodyAndTheReportListsIt() throws Exception {
        String secondBody = "21060319980818173";
        String second = secondBody + IdNumber.checkCharacter(secondBody);
        List<JsonNode> leads = leads(county(
                "蒋十三," + NUMBER + ",2024-06-02 21:00,场所出入,网吧,星空网吧,公安局",
                "蒋十三," + second + ",2024-06-05 21:00,场所出入,酒吧,蓝调酒吧,公安局"));
        assertThat(leads).singleElement().satisfies(l -> {
            assertThat(l.path("kind").asText()).isEqualTo("ORDER_VIOLATED");
            assertThat(l.path("evidence").toString()).contains("\"line\":2").doesNotContain("\"line\":3");
        });
        String report = Files.readString(dir.resolve("out/report.md"));
        assertThat(report).contains("activities.csv:3").contains("同名同出生日期的两人").doesNotContain(second);
    }
}

package io.xingzhi.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xingzhi.core.engine.Engine;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.value.CaseNumber;
import io.xingzhi.testkit.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the county-practice fixture, the engine offers exactly the near misses of
 * {@code expected_possible_matches.jsonl} (dataset, file, line; the header is line 1), on exactly
 * those leads, each saying so first. The fixture is the copy bundled in the testkit.
 */
class CountyPracticePossibleMatchesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String key(String model, String kind, String id, String caseNumber) {
        return model + " " + kind + " " + id + " " + CaseNumber.parse(caseNumber).value();
    }

    @Test
    void theEngineOffersExactlyTheExpectedPossibleMatches(@TempDir Path dir) throws IOException {
        Path practice = Fixtures.copy(Fixtures.COUNTY_PRACTICE, dir.resolve("practice"));
        Map<String, List<String>> expected = new TreeMap<>();
        for (String line : Files.readAllLines(practice.resolve("expected_possible_matches.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = JSON.readTree(line);
            List<String> refs = new ArrayList<>();
            n.get("matches").forEach(m -> refs.add(m.get("dataset").asText() + " " + m.get("file").asText() + ":" + m.get("line").asInt()));
            expected.put(key(n.get("model").asText(), n.get("kind").asText(), n.get("id_number").asText(), n.get("case_number").asText()),
                    refs.stream().sorted().toList());
        }
        List<Lead> leads = Engine.builder().source(new CsvRecordSource(practice)).build().run(LocalDate.of(2024, 10, 1)).leads();
        Map<String, List<String>> offered = new TreeMap<>();
        for (Lead l : leads) {
            if (!l.possibleMatches().isEmpty()) {
                offered.put(key(l.model(), l.kindCode(), l.idText(), l.caseNumber()), l.possibleMatches().stream()
                        .map(m -> m.ref().dataset().fileStem() + " " + m.ref().source() + ":" + m.ref().line()).sorted().toList());
                assertThat(l.summary()).startsWith("【疑似同一人记录待核");
                assertThat(l.possibleMatches()).allSatisfy(m -> assertThat(m.reason()).isNotBlank());
            }
        }
        assertThat(offered).isEqualTo(expected);
    }
}

package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** generate → run: the engine finds exactly the generator's planted leads, for several seeds. */
class GeneratedRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * The six kinds from practice (LAW.md, issue 16) are not planted by the generator yet; a run still
     * finds the real ones its data holds, so they are left out of both sides until it plants them
     * (score.py's {@code --exclude-kinds} list).
     */
    private static final Set<String> NOT_PLANTED_YET = Set.of("HELD_AFTER_NON_CUSTODIAL", "PERIOD_MISRECORDED", "BARRED_ROLE",
            "LATE_REPORT", "LATE_FILING", "COMMUTED_WHILE_UNPAID");

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2024})
    void theEngineFindsExactlyThePlantedLeads(long seed, @TempDir Path dir) throws IOException {
        Path data = dir.resolve("data");
        Path out = dir.resolve("out");
        assertThat(XingzhiCli.execute("generate", "--out", data.toString(), "--persons", "600", "--activities", "3000",
                "--seed", Long.toString(seed))).isZero();
        assertThat(XingzhiCli.execute("run", "--data", data.toString(), "--as-of", "2024-10-01", "--out", out.toString(),
                "--quiet")).isZero();
        Set<String> expected = keys(data.resolve("expected.jsonl"));
        assertThat(expected).hasSizeGreaterThan(30);
        assertThat(keys(out.resolve("leads.jsonl"))).isEqualTo(expected);
    }

    private static Set<String> keys(Path jsonl) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String line : Files.readAllLines(jsonl)) {
            if (!line.isBlank()) {
                JsonNode n = JSON.readTree(line);
                if (NOT_PLANTED_YET.contains(n.get("kind").asText())) {
                    continue;
                }
                keys.add(n.get("model").asText() + " " + n.get("kind").asText() + " " + n.get("id_number").asText());
            }
        }
        return keys;
    }
}

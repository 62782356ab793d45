package io.xingzhi.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xingzhi.core.app.RunService;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.lead.LeadIdKey;
import io.xingzhi.core.run.RunResult;
import io.xingzhi.testkit.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Control characters in an agency's values (an escape sequence in a unit, NUL padding in a name, a C1
 * character from a mis-decoded export, a bidi override): a name drops them as it drops spaces, so the
 * person is the one of the plain file; every other value is kept as read, and each output shows it
 * safely - {@code leads.csv} and {@code rejections.csv} write such a character as U+FFFD, {@code leads.jsonl}
 * escapes it - so that neither a spreadsheet, a viewer nor {@code cat} in a terminal is driven by it.
 */
class ControlCharactersInAgencyValuesTest {
    private static final LeadIdKey KEY = LeadIdKey.ofHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    private static final String UNIT = "凤城市\u001b[2J看守所\u0085\u202e";

    @TempDir
    Path tmp;

    @Test
    void valuesWithControlCharactersGiveTheLeadsOfThePlainFileAndEveryOutputShowsThemSafely() throws IOException {
        Path plain = Fixtures.copy(Fixtures.COUNTY, tmp.resolve("plain"));
        Path dirty = Fixtures.copy(Fixtures.COUNTY, tmp.resolve("dirty"));
        Path custody = dirty.resolve("custody.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(custody, StandardCharsets.UTF_8));
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i).replace("凤城市看守所", UNIT);
            int comma = l.indexOf(',');
            if (comma > 1) {
                l = l.charAt(0) + "\u0000\u0007" + l.substring(1); // NUL and BEL inside the name
            }
            lines.set(i, l);
        }
        lines.add("王\u001b]0;x\u0007五,,凤城市看守所,,2024-13-45\u001b[31m,,,");
        Files.write(custody, lines, StandardCharsets.UTF_8);

        RunResult a = run(plain);
        RunResult b = run(dirty);
        assertThat(b.leads()).extracting(Lead::leadId).containsExactlyInAnyOrderElementsOf(a.leads().stream().map(Lead::leadId).toList());
        assertThat(b.leads()).extracting(Lead::name).containsExactlyInAnyOrderElementsOf(a.leads().stream().map(Lead::name).toList());

        Path out = tmp.resolve("out-dirty");
        for (String f : List.of(CsvRunOutput.LEADS_CSV, CsvRunOutput.REJECTIONS_CSV, CsvRunOutput.LEADS_JSONL)) {
            String text = Files.readString(out.resolve(f), StandardCharsets.UTF_8);
            assertThat(text.chars().filter(c -> io.xingzhi.core.value.PlainText.unsafe((char) c) && c != '\n' && c != '\r' && c != '\t'))
                    .as(f).isEmpty();
        }
        assertThat(Files.readString(out.resolve(CsvRunOutput.LEADS_CSV))).contains("凤城市\uFFFD[2J看守所 \uFFFD");
        assertThat(Files.readString(out.resolve(CsvRunOutput.REJECTIONS_CSV))).contains("2024-13-45\uFFFD[31m");
        ObjectMapper json = new ObjectMapper();
        List<String> units = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve(CsvRunOutput.LEADS_JSONL), StandardCharsets.UTF_8)) {
            JsonNode lead = json.readTree(line);
            units.add(lead.get("supervised_unit").asText());
        }
        assertThat(units).as("leads.jsonl keeps the value as read, escaped").contains(UNIT);
    }

    private RunResult run(Path data) {
        CsvRunOutput output = new CsvRunOutput(tmp.resolve("out-" + data.getFileName()));
        return RunService.builder(new CsvRecordSource(data)).output(output).rejections(output.rejections())
                .leadIdKey(() -> KEY).build().run(Fixtures.AS_OF).result();
    }
}

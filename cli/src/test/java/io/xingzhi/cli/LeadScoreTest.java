package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java scorer keys and counts leads as tools/score.py does. */
class LeadScoreTest {
    @TempDir
    Path dir;

    private LeadScore score(String expected, String leads) throws IOException {
        Files.writeString(dir.resolve("expected.jsonl"), expected, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("leads.jsonl"), leads, StandardCharsets.UTF_8);
        return LeadScore.of(dir.resolve("expected.jsonl"), dir.resolve("leads.jsonl"));
    }

    private static String lead(String kind, String id, String caseNumber) {
        return "{\"model\":\"custody-transfer\",\"kind\":\"" + kind + "\",\"id_number\":\"" + id + "\",\"case_number\":\""
                + caseNumber + "\",\"summary\":\"…\"}\n";
    }

    @Test
    void theSameLeadsScorePerfectlyWhateverTheBracketsSpacesAndCaseOfTheCheckDigit() throws IOException {
        LeadScore s = score(lead("LATE_TRANSFER", "21068219800101123x", "(2024)辽0682刑初1号"),
                "\uFEFF" + lead("LATE_TRANSFER", " 21068219800101123X ", "〔2024〕 辽0682刑初1号"));
        assertThat(s.line()).isEqualTo("recall=1.000 precision=1.000");
        assertThat(s.missed()).isEmpty();
        assertThat(s.extra()).isEmpty();
    }

    @Test
    void aMissAndAnExtraAndADuplicateCountAsScorePyCountsThem() throws IOException {
        String a = lead("LATE_TRANSFER", "210682198001011231", "(2024)辽0682刑初1号");
        String b = lead("NOT_TRANSFERRED", "210682198001011231", "(2024)辽0682刑初1号");
        LeadScore s = score(a + b, a + a + "not json\n");
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.precision()).isEqualTo(0.5);
        assertThat(s.missed()).singleElement().asString().contains("NOT_TRANSFERRED");
        assertThat(s.extra()).hasSize(1);
        assertThat(s.unparseable()).isEqualTo(1);
        assertThat(s.line()).isEqualTo("recall=0.500 precision=0.500");
    }

    @Test
    void nothingExpectedAndNothingFoundIsPerfectAndLeadsWhereNoneWereExpectedAreNot() throws IOException {
        assertThat(score("", "").line()).isEqualTo("recall=1.000 precision=1.000");
        assertThat(score("", lead("LATE_TRANSFER", "1", "x")).line()).isEqualTo("recall=1.000 precision=0.000");
        assertThat(score(lead("LATE_TRANSFER", "1", "x"), "").line()).isEqualTo("recall=0.000 precision=0.000");
    }
}

package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An agency's export is not trusted. A name, a unit or a column header holding an escape sequence
 * ({@code ESC ]0;…} retitles the window, {@code ESC [2J} clears the screen, {@code ESC [31m}
 * recolours what follows) or a line break (a quoted CSV cell may hold one) must reach the
 * prosecutor's terminal as visible text: no escape character, and no line of a table the data wrote.
 */
class DataOnTheTerminalSendsNoEscapeSequenceTest {
    static final String ESC = "\u001b";
    /** A valid number (its check digit is right), so the records link. */
    static final String NUMBER = "210602196301080326";
    static final String NAME = "张" + ESC + "]0;X\u0007" + ESC + "[2J三";
    static final String UNIT = "丹东市看守所\r\nXZ-0000000000000000  伪造的线索" + ESC + "[31m";

    @TempDir
    Path dir;

    @Test
    void runLeadsAndDocumentPrintTheDataAsVisibleTextOnOneLine() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("judgments.csv"),
                "case_number,court,name,id_number,judgment_date,effective_date,principal_penalty,term_months,term_start,term_end\r\n"
                        + "(2024)辽0681刑初8号,东港市人民法院,\"" + NAME + "\"," + NUMBER
                        + ",2023-12-01,2023-12-12,有期徒刑,8,2023-08-04,2024-04-03\r\n", StandardCharsets.UTF_8);
        Files.writeString(data.resolve("custody.csv"),
                "姓名,身份证号,看守所,案号,入所日期,收到执行通知书日期,出所日期,出所原因,\"备注" + ESC + "[2J\"\r\n"
                        + "\"" + NAME + "\"," + NUMBER + ",\"" + UNIT + "\",(2024)辽0681刑初8号,2023-08-04,2023-12-20,,,x\r\n",
                StandardCharsets.UTF_8);
        String store = "jdbc:h2:file:" + dir.resolve("store");

        CliRun run = CliRun.of("run", "--data", data.toString(), "--as-of", "2024-10-01", "--out", dir.resolve("out").toString(),
                "--store", store);
        assertThat(run.code()).as(run.all()).isZero();
        assertThat(run.out() + run.err()).as(run.all()).doesNotContain(ESC).contains("备注\uFFFD[2J");

        CliRun leads = CliRun.of("leads", "--store", store);
        assertThat(leads.code()).as(leads.all()).isZero();
        assertThat(leads.out() + leads.err()).doesNotContain(ESC, "\r");
        List<String> lines = leads.out().lines().toList();
        assertThat(lines).as(leads.out()).hasSize(3) // the header and the two leads the data holds, no row of its own
                .noneMatch(l -> l.startsWith("XZ-0000000000000000"));
        // a name drops its control characters as it drops spaces (PersonName); a unit keeps them, shown as U+FFFD
        assertThat(lines.get(1)).contains("丹东市看守所 XZ-0000000000000000  伪造的线索\uFFFD[31m", "张]0;X[2J三");

        String lead = lines.stream().filter(l -> l.contains("刑满未释放")).findFirst().orElseThrow().split(" ")[0];
        assertThat(CliRun.of("review", lead, "--store", store, "--action", "verify", "--by", "王检察官").code()).isZero();
        assertThat(CliRun.of("review", lead, "--store", store, "--action", "confirm", "--by", "王检察官").code()).isZero();
        CliRun document = CliRun.of("document", lead, "--store", store, "--type", "纠正违法通知书",
                "--out", dir.resolve("通知书.docx").toString());
        assertThat(document.code()).as(document.all()).isZero();
        assertThat(document.out() + document.err()).doesNotContain(ESC, "\r")
                .contains("发往丹东市看守所 XZ-0000000000000000  伪造的线索\uFFFD[31m，");
    }

    @Test
    void aTableCellIsOneLineOfPlainText() {
        String table = new TextTable(List.of("单位", "件数"), false, true)
                .row("看守所\n伪造的行  99", 1).row(ESC + "[2J\u202Eabc", 2).render();

        assertThat(table).doesNotContain(ESC, "\u202E");
        List<String> lines = table.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("看守所 伪造的行  99").endsWith("1");
        assertThat(lines.get(2)).startsWith("\uFFFD[2J\uFFFDabc").endsWith("2");
    }
}

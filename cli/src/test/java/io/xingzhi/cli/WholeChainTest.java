package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's whole chain, run as written: every {@code bin/xingzhi} command of its section "The whole
 * chain" in order, in a fresh folder ({@code LEAD_ID} is the first lead {@code leads} lists, files
 * the README says to write - the first hour's {@code xingzhi.json} - are written first). Each command
 * exits 0 without a stack trace; the 线索移送函 goes to the department the lead was referred to, and
 * {@code stats} prints the funnel line the section says it ends with.
 */
class WholeChainTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern ENDS = Pattern.compile("It ends `(合计：[^`]+)`");

    @TempDir
    Path work;

    @Test
    void theReadmesWholeChainRunsOnTheDemoAndEndsInTheFunnelItShows() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        Matcher files = ReadmeCommands.BLOCK.matcher(readme);
        while (files.find()) {
            if (files.group(2) != null) {
                Files.writeString(work.resolve(files.group(2)), files.group(4).stripIndent(), StandardCharsets.UTF_8);
            }
        }
        int start = readme.indexOf("\n## The whole chain");
        assertThat(start).as("the README has a section \"The whole chain\"").isPositive();
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        List<String> commands = new ArrayList<>();
        Matcher m = ReadmeCommands.BLOCK.matcher(section);
        while (m.find()) {
            m.group(4).stripIndent().lines().map(String::strip).filter(l -> l.startsWith("bin/xingzhi ")).forEach(commands::add);
        }
        Matcher ends = ENDS.matcher(section);
        assertThat(ends.find()).as("the section says what the funnel ends with").isTrue();
        assertThat(commands).as("the chain's commands").hasSizeGreaterThanOrEqualTo(10);

        String lead = null;
        String lastStats = null;
        for (String command : commands) {
            List<String> args = ReadmeCommands.args(command, work, lead, null);
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertThat(r.code()).as(command + "\n" + r.all()).isZero();
            assertThat(r.out() + r.err()).as(command).doesNotContain("Exception", "\tat ");
            if (args.get(0).equals("leads") && lead == null) {
                List<String> rows = r.out().lines().toList();
                assertThat(rows).as("a header and at least one lead").hasSizeGreaterThanOrEqualTo(2);
                lead = rows.get(1).split("\\s+")[0];
            }
            if (args.get(0).equals("stats")) {
                lastStats = r.out();
            }
        }

        assertThat(lastStats).as("the chain ends in stats").isNotNull().contains(ends.group(1));
        List<String> letter = DocumentText.paragraphs(work.resolve("线索移送函.docx"));
        DocumentText.assertReadsLikeAnInstrument("the chain's referral letter", letter, "凤城市人民检察院");
        assertThat(letter.get(1)).isEqualTo("线索移送函");
        assertThat(letter.get(2)).startsWith("凤检刑执移〔").endsWith("〕1号");
        assertThat(letter.get(3)).isEqualTo("公益诉讼部门：");
        assertThat(String.join("\n", letter)).contains("违反禁止令，涉嫌损害社会公共利益。");
        assertThat(DocumentText.paragraphs(work.resolve("检察建议.docx")).get(3)).endsWith("司法所：");
    }
}

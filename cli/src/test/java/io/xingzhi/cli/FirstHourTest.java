package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first hour, run as written: every {@code bin/xingzhi} command of its section "The first
 * hour" in order (in a fresh folder; {@code LEAD_ID} is the first lead {@code leads} lists), and the
 * files it says to write. Each command exits 0 and prints no English word, no stack trace, no
 * {@code null} and no placeholder; the notice it ends with reads like one, addressed to the unit the
 * data names and signed by the configured procuratorate.
 */
class FirstHourTest {
    private static final Path ROOT = Path.of("..");
    /** A run of ASCII letters, digits and the characters of paths, options, URLs and codes. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._:/=@\\-\\\\]+");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");
    /** What a Chinese user types or reads as a name, not as English: commands, dataset and model names, units. */
    private static final Set<String> NAMES = Set.of("xingzhi", "run", "leads", "review", "document", "stats", "serve", "demo",
            "generate", "help", "judgments", "custody", "corrections", "resettlement", "dpr_supervision", "enforcement",
            "business_registrations", "activities", "commutations", "JSON", "CSV", "REST", "API", "URL", "Excel", "WPS", "Word");

    @TempDir
    Path work;

    @Test
    void theReadmesFirstHourEndsInANoticeAPersonCanSignWithoutAnEnglishWordOnTheWay() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## The first hour");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        List<String> commands = new ArrayList<>();
        Matcher m = ReadmeCommands.BLOCK.matcher(section);
        while (m.find()) {
            String body = m.group(4).stripIndent();
            if (m.group(2) != null) {
                Files.writeString(work.resolve(m.group(2)), body, StandardCharsets.UTF_8);
                continue;
            }
            body.lines().map(String::strip).filter(l -> l.startsWith("bin/xingzhi ")).forEach(commands::add);
        }
        assertThat(commands).as("the first hour's commands").hasSizeGreaterThanOrEqualTo(7);
        assertThat(commands.get(commands.size() - 2)).contains("document");

        String lead = null;
        Path notice = null;
        for (String command : commands) {
            List<String> args = ReadmeCommands.args(command, work, lead, ROOT);
            if (args.get(0).equals("document")) {
                notice = Path.of(args.get(args.indexOf("--out") + 1));
            }
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertThat(r.code()).as(command + "\n" + r.all()).isZero();
            assertSpeaksChinese(command, r.out() + "\n" + r.err());
            if (args.get(0).equals("leads")) {
                List<String> rows = r.out().lines().toList();
                assertThat(rows).as("a header and at least one lead").hasSizeGreaterThanOrEqualTo(2);
                assertThat(rows.get(0)).startsWith("线索编号");
                lead = rows.get(1).split("\\s+")[0];
            }
        }

        assertThat(notice).isNotNull().isRegularFile();
        List<String> paragraphs = DocumentText.paragraphs(notice);
        DocumentText.assertReadsLikeAnInstrument("the first hour's notice", paragraphs, "凤城市人民检察院");
        assertThat(paragraphs.get(0)).isEqualTo("凤城市人民检察院");
        assertThat(paragraphs.get(1)).isEqualTo("纠正违法通知书");
        assertThat(paragraphs.get(2)).startsWith("凤检刑执纠〔").endsWith("〕1号");
        assertThat(paragraphs.get(3)).endsWith("看守所：");
        assertThat(paragraphs.get(4)).startsWith("本院在刑事执行检察工作中经核查发现：罪犯");
    }

    /** Nothing printed is an English word: only names a Chinese user types or reads as names, paths, URLs, ids and codes. */
    private static void assertSpeaksChinese(String command, String printed) {
        assertThat(printed).as(command).doesNotContain("Exception", "null", "××", "\tat ");
        Matcher t = TOKEN.matcher(printed);
        while (t.find()) {
            String token = t.group();
            boolean code = token.matches(".*[./:=@\\\\].*") || token.startsWith("-") || token.startsWith("XZ-")
                    || token.equals(token.toUpperCase()) || NAMES.contains(token) || token.matches("[a-z]+(-[a-z]+)+");
            if (!code && WORD.matcher(token).find()) {
                throw new AssertionError(command + ": an English word \"" + token + "\" in\n" + printed);
            }
        }
    }
}

package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command answers --help, -h and help COMMAND in Chinese (English on request), and every option is explained in Chinese. */
class CommandLineSpeaksChineseTest {
    static final List<String> COMMANDS = List.of("demo", "run", "generate", "leads", "review", "document", "stats", "governance",
            "serve");

    @Test
    void everyCommandShowsItsHelpWithExitZeroHowEverItIsAskedFor() {
        for (String c : COMMANDS) {
            for (String[] args : List.of(new String[] {c, "--help"}, new String[] {c, "-h"}, new String[] {"help", c})) {
                CliRun r = CliRun.of(args);
                assertThat(r.code()).as(String.join(" ", args) + "\n" + r.all()).isZero();
                assertThat(r.out()).as(String.join(" ", args)).startsWith("用法：xingzhi " + c).contains("选项：", "退出码：");
                assertThat(r.err()).isEmpty();
            }
        }
        assertThat(CliRun.of("--help").out()).contains("命令：", "review");
    }

    @Test
    void aRequiredArgumentMissingIsExplainedInChineseWithExitTwo() {
        CliRun r = CliRun.of("review", "--store", "jdbc:h2:mem:x", "--by", "王检察官", "--action", "verify");
        assertThat(r.code()).isEqualTo(XingzhiCli.BAD_INPUT);
        assertThat(r.err()).contains("xingzhi：缺少必需的参数：<leadId>", "用法见 xingzhi review --help");
        assertThat(CliRun.of("run", "--out", "x", "--nope").err()).contains("无法识别的参数：--nope");
    }

    @Test
    void englishIsThereOnRequest() {
        CliRun r = CliRun.of("review", "--help", "--lang", "en");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Usage: xingzhi review").contains("Apply a review action", "Exit codes: 0 done");
        assertThat(CliRun.of("--lang", "en", "review").err()).contains("Missing required parameter");
        assertThat(CliRun.of("review", "--help").out()).startsWith("用法：");
        assertThat(CliRun.of("--lang", "fr", "demo").err()).contains("--lang：“fr” 不是可用的语言");
    }

    @Test
    void theEnvironmentChoosesEnglishOnlyWhenItNamesEnglish() {
        assertThat(Lang.fromEnvironment(Map.of())).isFalse();
        assertThat(Lang.fromEnvironment(Map.of("LANG", "C.UTF-8"))).isFalse();
        assertThat(Lang.fromEnvironment(Map.of("LANG", "zh_CN.UTF-8"))).isFalse();
        assertThat(Lang.fromEnvironment(Map.of("LANG", "en_US.UTF-8"))).isTrue();
        assertThat(Lang.fromEnvironment(Map.of("LANG", "en_US.UTF-8", "LC_ALL", "zh_CN.UTF-8"))).isFalse();
        assertThat(Lang.fromEnvironment(Map.of("LC_ALL", "en_US.UTF-8", "XINGZHI_LANG", "zh"))).isFalse();
    }

    @Test
    void everyOptionOfEveryCommandHasAChineseDescription() throws IOException {
        Properties zh = new Properties();
        try (InputStream in = Lang.class.getResourceAsStream("help-zh.properties")) {
            zh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> missing = new ArrayList<>();
        CommandLine top = XingzhiCli.commandLine(null);
        List<CommandLine> commands = new ArrayList<>(top.getSubcommands().values());
        // nested commands too (governance recommendation, ...): their keys are their qualified names
        for (int i = 0; i < commands.size(); i++) {
            commands.addAll(commands.get(i).getSubcommands().values());
        }
        for (CommandLine cl : commands) {
            String cmd = cl.getCommandSpec().qualifiedName(".").replaceFirst("^xingzhi\\.", "");
            if (!zh.containsKey("xingzhi." + cmd + ".usage.description")) {
                missing.add("xingzhi." + cmd + ".usage.description");
            }
            for (CommandLine.Model.OptionSpec o : cl.getCommandSpec().options()) {
                String key = o.longestName().replaceFirst("^-+", "");
                if (!zh.containsKey("xingzhi." + cmd + "." + key) && !zh.containsKey(key) && !zh.containsKey(o.descriptionKey())) {
                    missing.add(cmd + " " + o.longestName() + " (" + key + ")");
                }
            }
            for (CommandLine.Model.PositionalParamSpec p : cl.getCommandSpec().positionalParameters()) {
                if (!zh.containsKey(p.descriptionKey()) && !zh.containsKey("xingzhi." + cmd + "." + p.descriptionKey())) {
                    missing.add(cmd + " " + p.paramLabel());
                }
            }
        }
        assertThat(missing).as("options without a Chinese description in help-zh.properties").isEmpty();
    }

    @Test
    void anExceptionWithoutAMessageIsNeverPrintedAsNull() {
        String m = XingzhiCli.message(new IllegalStateException());
        assertThat(m).doesNotContain("null").contains("IllegalStateException", "意外错误");
        assertThat(XingzhiCli.exitCode(new IllegalStateException())).isEqualTo(XingzhiCli.FAILED);
    }

    @Test
    void tablesLineUpHoweverWideTheirCharacters() {
        String t = new TextTable(List.of("类型", "线索"), false, true).row("刑满未释放", 2).row("LATE_TRANSFER", 14).render();
        List<Integer> ends = t.lines().map(io.xingzhi.core.value.DisplayWidth::of).toList();
        assertThat(ends).containsOnly(ends.get(0));
        assertThat(t).contains("刑满未释放        2");
    }
}

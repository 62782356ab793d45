package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A command line whose first argument names a command is given that command only
 * ({@link XingzhiCli#commandLine}); that command must read its arguments, show its help and explain
 * bad arguments exactly as it does among all of them.
 */
class OneCommandAddedTest {
    @Test
    void everyNameIsItsCommandsOwnAndEveryCommandIsListed() {
        for (Map.Entry<String, Class<?>> c : XingzhiCli.COMMANDS.entrySet()) {
            assertThat(c.getValue().getAnnotation(CommandLine.Command.class).name()).isEqualTo(c.getKey());
        }
        assertThat(XingzhiCli.commandLine(null).getSubcommands().keySet()).containsExactlyElementsOf(XingzhiCli.COMMANDS.keySet());
        assertThat(XingzhiCli.commandLine("run").getSubcommands().keySet()).containsExactly("run");
        // help shows other commands' help: it gets them all, as does anything that is no command's name
        assertThat(XingzhiCli.commandLine("help").getSubcommands().keySet()).containsExactlyElementsOf(XingzhiCli.COMMANDS.keySet());
        assertThat(XingzhiCli.commandLine("--lang").getSubcommands().keySet()).containsExactlyElementsOf(XingzhiCli.COMMANDS.keySet());
    }

    @Test
    void aCommandAloneShowsTheSameHelpAsAmongAllOfThem() {
        for (String name : XingzhiCli.COMMANDS.keySet()) {
            if (name.equals("help")) {
                continue;
            }
            assertThat(help(XingzhiCli.commandLine(name), name)).as(name).isEqualTo(help(XingzhiCli.commandLine(null), name));
        }
    }

    @Test
    void aCommandAloneReadsAndRefusesArgumentsAsAmongAllOfThem() {
        List<List<String>> lines = List.of(
                List.of("run", "--data", "d", "--as-of", "2024-10-01", "--out", "o", "--models", "custody,property"),
                List.of("run", "--out", "o", "--nope"),
                List.of("run", "--out", "o", "demo"),
                List.of("run", "--out", "o", "--lang", "en", "--quiet"),
                List.of("review", "--store", "jdbc:h2:mem:x", "--by", "王检察官", "--action", "verify"),
                List.of("generate", "--out", "g", "--persons", "many"),
                List.of("leads", "--store"));
        for (List<String> args : lines) {
            assertThat(parsed(XingzhiCli.commandLine(args.get(0)), args)).as(String.join(" ", args))
                    .isEqualTo(parsed(XingzhiCli.commandLine(null), args));
        }
    }

    private static String help(CommandLine top, String name) {
        top.setResourceBundle(Lang.helpBundle());
        return top.getSubcommands().get(name).getUsageMessage(CommandLine.Help.Ansi.OFF);
    }

    /** What picocli matched (options and values per command) or the message it refused the arguments with. */
    private static String parsed(CommandLine top, List<String> args) {
        top.setResourceBundle(Lang.helpBundle());
        StringWriter err = new StringWriter();
        top.setErr(new PrintWriter(err));
        try {
            StringBuilder b = new StringBuilder();
            for (CommandLine.ParseResult r = top.parseArgs(args.toArray(String[]::new)); r != null; r = r.subcommand()) {
                b.append(r.commandSpec().qualifiedName()).append(':');
                for (CommandLine.Model.OptionSpec o : r.matchedOptions()) {
                    b.append(' ').append(o.longestName()).append('=').append(o.stringValues());
                }
                b.append(" positional=").append(r.matchedPositionals().stream().map(p -> p.stringValues().toString()).toList());
                b.append(" unmatched=").append(r.unmatched()).append('\n');
            }
            return b.toString();
        } catch (CommandLine.ParameterException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage() + " @ " + e.getCommandLine().getCommandSpec().qualifiedName();
        }
    }
}

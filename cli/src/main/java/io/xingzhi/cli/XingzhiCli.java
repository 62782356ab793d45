package io.xingzhi.cli;

import io.xingzhi.core.value.PlainText;
import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.app.InvalidFieldException;
import io.xingzhi.core.document.DocumentRefusedException;
import io.xingzhi.core.port.ConcurrentReviewException;
import io.xingzhi.core.port.UnknownLeadException;
import io.xingzhi.core.review.IllegalTransitionException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code xingzhi} command line (CONTRACT.md §5), a door over core's application services: each
 * command parses its options, makes one service call and prints the answer, in Chinese unless
 * English is asked for ({@link Lang}). Every command ends with one of the exit codes of the README's
 * table:
 * <ul>
 *   <li>{@value #OK} done (a run: whatever it found);</li>
 *   <li>{@value #FAILED} failed unexpectedly (a bug, a disk that cannot be written, memory that ran out:
 *       {@link #outOfMemory});</li>
 *   <li>{@value #BAD_INPUT} bad arguments or unreadable input: an option, a date, a folder, a file, a
 *       store that does not exist or cannot be opened;</li>
 *   <li>{@value #INPUT_PARTLY_UNUSABLE} done, but some input could not be used at all: a file whose header
 *       lacks a required field or that is no dataset (the run report says which and why);</li>
 *   <li>{@value #REFUSED} refused: the lead is unknown, the review workflow does not allow the action in
 *       the lead's state, someone else changed the lead first, a document from an unconfirmed lead,
 *       or the store is in use by another process.</li>
 * </ul>
 * A message never shows a stack trace or {@code null}.
 */
@Command(name = "xingzhi", mixinStandardHelpOptions = true, version = "xingzhi 0.1.0",
        description = "Finds supervision leads (监督线索) in criminal-execution data.")
public final class XingzhiCli implements Runnable {
    /**
     * The commands by name, in the order of the help. Picocli reads a command's options from its
     * class when the command is added, about 60 ms for all of them before the first row of a run: a
     * command line that names one of them ({@code xingzhi run ...}) is given that one only
     * ({@link #commandLine}); the others, and {@code help}, get them all.
     */
    static final Map<String, Class<?>> COMMANDS = commands("demo", DemoCommand.class, "run", RunCommand.class,
            "generate", GenerateCommand.class, "leads", LeadsCommand.class, "review", ReviewCommand.class,
            "document", DocumentCommand.class, "stats", StatsCommand.class, "governance", GovernanceCommand.class,
            "serve", ServeCommand.class, "help", CommandLine.HelpCommand.class);

    /** Done. */
    static final int OK = 0;
    /** Failed unexpectedly. */
    static final int FAILED = 1;
    /** Bad arguments or unreadable input. */
    static final int BAD_INPUT = 2;
    /** Done, but some input could not be used at all. */
    static final int INPUT_PARTLY_UNUSABLE = 3;
    /** Refused by the store or the review workflow. */
    static final int REFUSED = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Accepted anywhere on the command line (read before parsing: it chooses the help's language too). */
    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "zh|en", descriptionKey = "lang",
            description = "language of messages and help: zh (default) or en; also from LANG / LC_ALL")
    String lang;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (for tests and embedding). */
    public static int execute(String... args) {
        try {
            Lang.choose(args, System.getenv());
        } catch (UsageError e) {
            System.err.println("xingzhi：" + e.getMessage());
            return BAD_INPUT;
        }
        CommandLine cl = commandLine(args.length == 0 ? null : args[0]);
        cl.setResourceBundle(Lang.helpBundle());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            // an identity number typed as an argument, or named by a failure, is echoed masked (no number in logs);
            // only exact 15- and 18-digit runs, so a path through a long-numbered folder stays readable
            line.getErr().println(Lang.text("xingzhi：", "xingzhi: ")
                    + PlainText.lines(io.xingzhi.core.value.PersonalData.maskExactIdNumbers(message(ex))));
            line.getErr().flush();
            return exitCode(ex);
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println(Lang.text("xingzhi：", "xingzhi: ")
                    + PlainText.lines(io.xingzhi.core.value.PersonalData.maskExactIdNumbers(parameterMessage(ex))));
            err.println(Lang.text("用法见 xingzhi " + commandName(ex.getCommandLine()) + " --help",
                    "see xingzhi " + commandName(ex.getCommandLine()) + " --help"));
            return BAD_INPUT;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            // what was allocated is unreachable once the command has unwound: there is room for a message
            System.err.println(Lang.text("xingzhi：", "xingzhi: ") + outOfMemory(Runtime.getRuntime().maxMemory()));
            return FAILED;
        }
    }

    /**
     * What the command line says when the Java heap ran out, whichever thread found it (a run's reading,
     * mapping, screening and writing threads hand theirs to the command's thread): how much there was,
     * and how to give more.
     */
    static String outOfMemory(long maxHeapBytes) {
        long mb = maxHeapBytes / (1024 * 1024);
        String more = "-Xmx" + Math.max(2, (mb * 4 + 1023) / 1024) + "g";
        return Lang.text("内存不足：Java 堆（上限约 " + mb + " MB）已用尽，命令没有完成。请给 Java 更多内存后重试，例如 XINGZHI_JAVA_OPTS="
                        + more + " bin/xingzhi …（所需内存随人数增长，见 README 的 Performance 一节）",
                "out of memory: the Java heap (at most about " + mb + " MB) ran out and the command did not finish. Give Java "
                        + "more memory and try again, e.g. XINGZHI_JAVA_OPTS=" + more + " bin/xingzhi ... (memory grows with "
                        + "the number of persons; README, Performance)");
    }

    /**
     * The command line with every command, or, when {@code first} (the first argument) names one
     * other than {@code help}, with that one only: the rest of the arguments are then read by that
     * command alone, as they would be with all of them added.
     */
    static CommandLine commandLine(String first) {
        CommandLine cl = new CommandLine(new XingzhiCli());
        boolean one = first != null && !first.equals("help") && COMMANDS.containsKey(first);
        for (Map.Entry<String, Class<?>> c : COMMANDS.entrySet()) {
            if (!one || c.getKey().equals(first)) {
                cl.addSubcommand(c.getKey(), c.getValue());
            }
        }
        return cl;
    }

    /** Names and classes, in turn; each name is its class's {@code @Command} name (a test holds them to it). */
    private static Map<String, Class<?>> commands(Object... namesAndClasses) {
        Map<String, Class<?>> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndClasses.length; i += 2) {
            m.put((String) namesAndClasses[i], (Class<?>) namesAndClasses[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    private static String commandName(CommandLine cl) {
        String q = cl.getCommandSpec().qualifiedName(" ");
        return q.startsWith("xingzhi") ? q.substring("xingzhi".length()).strip() : q;
    }

    /** The exit code of the README's table for what {@code ex} says went wrong. */
    static int exitCode(Throwable ex) {
        if (ex instanceof CliError c) {
            return c.exitCode;
        }
        if (ex instanceof InvalidFieldException || ex instanceof io.xingzhi.core.port.SourceUnreadableException) {
            return BAD_INPUT; // a field, or a table, feed or file, the input got wrong
        }
        if (ex instanceof UnknownLeadException || ex instanceof IllegalTransitionException
                || ex instanceof ConcurrentReviewException || ex instanceof DocumentRefusedException) {
            return REFUSED;
        }
        return FAILED;
    }

    /** One sentence, in the language in use, for what {@code ex} says; never {@code null}. */
    static String message(Throwable ex) {
        if (ex instanceof CliError) {
            return text(ex);
        }
        if (ex instanceof InvalidFieldException f) {
            // a request field is an option of the same name: reply_deadline is --reply-deadline
            return "--" + f.field().replace('_', '-') + Lang.text("：", ": ")
                    + (Lang.english() ? f.problem() : f.chineseMessage().orElse(f.problem()));
        }
        if (ex instanceof UnknownLeadException u) {
            return Lang.text("存储中没有线索 " + u.leadId() + "（用 xingzhi leads 查看已有的线索）",
                    "no lead " + u.leadId() + " in this store (xingzhi leads lists them)");
        }
        if (ex instanceof IllegalTransitionException t) {
            return Lang.english() ? ex.getMessage() : t.chineseExplanation(a -> a.code() + "（" + a.label() + "）");
        }
        if (ex instanceof ConcurrentReviewException c) {
            return Lang.english() ? ex.getMessage() : c.chineseMessage().orElseThrow();
        }
        if (ex instanceof XingzhiException x) {
            return Lang.english() ? text(ex) : x.chineseMessage().orElse("错误：" + text(ex));
        }
        return Lang.text("意外错误（" + ex.getClass().getSimpleName() + "）：" + text(ex) + "。请把这条消息报告给维护者",
                "unexpected error (" + ex.getClass().getSimpleName() + "): " + text(ex) + ". Please report this message");
    }

    /** The exception's message, or its kind and where it came from when it has none. */
    private static String text(Throwable ex) {
        String m = ex.getMessage();
        if (m != null && !m.isBlank()) {
            return m;
        }
        StackTraceElement[] at = ex.getStackTrace();
        return ex.getClass().getSimpleName() + (at.length == 0 ? "" : " @ " + at[0].getClassName() + "." + at[0].getMethodName());
    }

    /** Picocli's complaint about the arguments, in the language in use. */
    private static String parameterMessage(CommandLine.ParameterException ex) {
        if (Lang.english()) {
            return text(ex);
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            List<String> names = m.getMissing().stream().map(a -> a instanceof CommandLine.Model.OptionSpec o ? o.longestName()
                    : a.paramLabel()).toList();
            return "缺少必需的" + (names.stream().allMatch(n -> n.startsWith("-")) ? "选项" : "参数") + "：" + String.join("、", names);
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            return "无法识别的参数：" + String.join(" ", u.getUnmatched());
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o) {
            return "选项 " + (o.getOverwritten() instanceof CommandLine.Model.OptionSpec spec ? spec.longestName()
                    : o.getOverwritten().paramLabel()) + " 只能给一次";
        }
        if (ex instanceof CommandLine.MissingTypeConverterException || ex.getArgSpec() == null) {
            return "参数错误：" + text(ex);
        }
        String name = ex.getArgSpec() instanceof CommandLine.Model.OptionSpec o ? o.longestName() : ex.getArgSpec().paramLabel();
        return name + " 的值无法读取：" + (ex.getValue() == null ? text(ex) : "“" + ex.getValue() + "”");
    }

    /** A failure the command line explains in one sentence and ends with an exit code of the README's table. */
    static class CliError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int exitCode;

        CliError(int exitCode, String message) {
            super(message);
            this.exitCode = exitCode;
        }
    }

    /** A bad argument or unreadable input: exit code {@value #BAD_INPUT} with this message. */
    static final class UsageError extends CliError {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(BAD_INPUT, message);
        }
    }
}

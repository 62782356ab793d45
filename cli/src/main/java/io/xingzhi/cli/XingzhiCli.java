package io.xingzhi.cli;

import io.xingzhi.core.app.InvalidFieldException;
import io.xingzhi.core.document.DocumentRefusedException;
import io.xingzhi.core.port.ConcurrentReviewException;
import io.xingzhi.core.port.UnknownLeadException;
import io.xingzhi.core.review.IllegalTransitionException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code xingzhi} command line (CONTRACT.md §5), a door over core's application services: each
 * command parses its options, makes one service call and prints the answer. Exit codes: 0 when the
 * work completed (whatever it found), 2 for bad arguments, an unreadable folder or an action the
 * store refuses (an unknown lead, a transition not allowed, a stale version, a document refused),
 * 1 for an unexpected failure.
 */
@Command(name = "xingzhi", mixinStandardHelpOptions = true, version = "xingzhi 0.1.0",
        description = "Finds supervision leads (监督线索) in criminal-execution data.",
        subcommands = {DemoCommand.class, RunCommand.class, GenerateCommand.class, LeadsCommand.class, ReviewCommand.class, DocumentCommand.class,
                StatsCommand.class, ServeCommand.class})
public final class XingzhiCli implements Runnable {
    /** Exit code for bad arguments or an unreadable input. */
    static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (for tests and embedding). */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new XingzhiCli());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (ex instanceof UsageError u) {
                line.getErr().println("xingzhi: " + u.getMessage());
                return BAD_INPUT;
            }
            if (ex instanceof InvalidFieldException f) {
                // a request field is an option of the same name: reply_deadline is --reply-deadline
                line.getErr().println("xingzhi: --" + f.field().replace('_', '-') + ": " + f.problem());
                return BAD_INPUT;
            }
            if (ex instanceof UnknownLeadException || ex instanceof IllegalTransitionException
                    || ex instanceof ConcurrentReviewException || ex instanceof DocumentRefusedException) {
                line.getErr().println("xingzhi: " + ex.getMessage());
                return BAD_INPUT;
            }
            line.getErr().println("xingzhi: " + ex.getMessage());
            return 1;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("xingzhi: " + ex.getMessage());
            ex.getCommandLine().usage(err);
            return BAD_INPUT;
        });
        return cl.execute(args);
    }

    /** A bad argument or unreadable input: exit code 2 with this message. */
    static final class UsageError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message);
        }
    }
}

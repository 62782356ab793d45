package io.xingzhi.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * One command line run in this JVM, with what it printed on standard output and standard error.
 *
 * @param code the exit code
 * @param out standard output
 * @param err standard error
 */
record CliRun(int code, String out, String err) {
    /** Runs {@code args} through {@link XingzhiCli#execute}, capturing both streams. */
    static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = XingzhiCli.execute(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * {@code text} as the command line's error messages show it: a run of exactly 15 or 18 digits masked
     * as an identity number ({@link io.xingzhi.core.value.PersonalData#maskExactIdNumbers}). A test's
     * temporary folder is named with a random number that is sometimes 18 digits long.
     */
    static String shown(Object text) {
        return io.xingzhi.core.value.PersonalData.maskExactIdNumbers(String.valueOf(text));
    }

    /** Both streams, for messages in assertions. */
    String all() {
        return "exit " + code + "\n--- out ---\n" + out + "--- err ---\n" + err;
    }
}

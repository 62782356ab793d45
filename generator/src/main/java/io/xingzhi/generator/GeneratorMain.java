package io.xingzhi.generator;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Command-line entry of the generator:
 * {@code GeneratorMain --out DIR --persons N [--activities M] [--seed S] [--as-of YYYY-MM-DD] [--clean]}.
 * Prints what it wrote; exits 2 on bad arguments, 1 when the folder cannot be written.
 */
public final class GeneratorMain {
    private static final String USAGE =
            "usage: generate --out DIR --persons N [--activities M] [--seed S] [--as-of YYYY-MM-DD] [--clean]\n"
            + "  --activities defaults to 10 x persons, --seed to 1, --as-of to " + GeneratorSpec.DEFAULT_AS_OF + "\n"
            + "  --clean writes the same data as a database export: English headers, ISO dates, plain numbers, UTF-8";

    private GeneratorMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs with the given arguments and streams; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path dir = null;
        Integer persons = null;
        Long activities = null;
        long seed = 1;
        LocalDate asOf = GeneratorSpec.DEFAULT_AS_OF;
        boolean clean = false;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("-h") || a.equals("--help")) {
                    out.println(USAGE);
                    return 0;
                }
                if (a.equals("--clean")) {
                    clean = true;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value after " + a);
                }
                String v = args[++i];
                switch (a) {
                    case "--out" -> dir = Path.of(v);
                    case "--persons" -> persons = Integer.parseInt(v);
                    case "--activities" -> activities = Long.parseLong(v);
                    case "--seed" -> seed = Long.parseLong(v);
                    case "--as-of" -> asOf = LocalDate.parse(v);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (dir == null || persons == null) {
                throw new IllegalArgumentException("--out and --persons are required");
            }
            GeneratorSpec spec = new GeneratorSpec(persons, activities == null ? 10L * persons : activities, seed, asOf, clean);
            long t0 = System.nanoTime();
            GenerationSummary summary = new Generator(spec).writeTo(dir);
            out.print(summary.describe());
            out.printf("took %.1f s%n", (System.nanoTime() - t0) / 1e9);
            return 0;
        } catch (NumberFormatException | DateTimeParseException e) {
            err.println("bad value: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (IOException e) {
            err.println("cannot write " + dir + ": " + e);
            return 1;
        }
    }
}

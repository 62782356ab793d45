package io.xingzhi.cli;

import io.xingzhi.generator.GenerationSummary;
import io.xingzhi.generator.Generator;
import io.xingzhi.generator.GeneratorSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code xingzhi generate}: synthetic agency data in the contract's format with planted leads of
 * every kind, near-misses that must not be reported, and its own {@code expected.jsonl}.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write synthetic agency data with planted leads and expected.jsonl.")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, description = "folder to write into")
    Path out;

    @Option(names = "--persons", required = true, description = "sentenced persons")
    int persons;

    @Option(names = "--activities", description = "activity rows (streamed to disk; default ${DEFAULT-VALUE})")
    long activities = 1000;

    @Option(names = "--seed", description = "random seed; the same seed writes the same files (default ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--as-of", description = "the date the planted leads are seen from (default 2024-10-01)")
    String asOf;

    @Option(names = "--clean", description = "the same persons and planted leads written as a database export: English"
            + " headers, ISO dates, plain numbers, every structured field filled, valid 18-digit identity numbers, UTF-8")
    boolean clean;

    @Override
    public Integer call() throws IOException {
        if (persons <= 0 || activities < 0) {
            throw new XingzhiCli.UsageError(Lang.text("--persons 应为正数，--activities 不能为负数",
                    "--persons must be positive and --activities not negative"));
        }
        GeneratorSpec spec;
        try {
            spec = new GeneratorSpec(persons, activities, seed, asOf == null ? GeneratorSpec.DEFAULT_AS_OF : RunCommand.parseAsOf(asOf),
                    clean);
        } catch (IllegalArgumentException e) {
            throw new XingzhiCli.UsageError(e.getMessage());
        }
        long t0 = System.nanoTime();
        GenerationSummary s = new Generator(spec).writeTo(out);
        System.out.println(s.describe());
        System.err.println(Lang.text("生成用时 ", "generated in ") + String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9)
                + Lang.text(" 秒", " s"));
        return 0;
    }
}

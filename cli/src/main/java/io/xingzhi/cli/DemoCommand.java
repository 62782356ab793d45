package io.xingzhi.cli;

import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.run.RunResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code xingzhi demo}: runs all four models on the example data bundled in this jar (a generated
 * county with planted leads of every kind), as of the data's own date, and prints the summary.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run all four models on the bundled example data and print the summary.")
final class DemoCommand implements Callable<Integer> {
    static final String RESOURCES = "/io/xingzhi/cli/demo/";

    @Option(names = "--out", description = "where to put the data and the results (default: ./xingzhi-demo)")
    Path out = Path.of("xingzhi-demo");

    @picocli.CommandLine.Mixin
    LeadIdKeyOption leadIdKey = new LeadIdKeyOption();

    @Override
    public Integer call() throws IOException {
        Path data = out.resolve("data");
        Files.createDirectories(data);
        for (Dataset d : Dataset.values()) {
            copy(d.fileStem() + ".csv", data);
        }
        copy("expected.jsonl", data);
        LocalDate asOf = LocalDate.parse(read("as-of.txt").strip());
        Path results = out.resolve("out");
        RunResult result = RunCommand.execute(data, asOf, results, null, null, null, true, leadIdKey);
        System.out.println(Lang.text("演示：随附的示例数据（一个生成的县，含预置线索），检察基准日 " + asOf,
                "Demo: bundled example data (a generated county with planted leads), as of " + asOf));
        System.out.println();
        Summary.print(result.report(), System.out);
        System.out.println();
        System.out.println(Lang.text("数据：", "data:    ") + data.toAbsolutePath()
                + Lang.text("（含 expected.jsonl：预置的线索）", " (with expected.jsonl, the planted leads)"));
        System.out.println(Lang.text("结果：", "results: ") + results.resolve("leads.csv").toAbsolutePath()
                + Lang.text("、leads.jsonl、report.md、rejections.csv", ", leads.jsonl, report.md, rejections.csv"));
        return 0;
    }

    private static void copy(String name, Path dir) throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(RESOURCES + name)) {
            if (in != null) {
                Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static String read(String name) {
        try (InputStream in = DemoCommand.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("demo data missing from the jar: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

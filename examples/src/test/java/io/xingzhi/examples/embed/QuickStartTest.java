package io.xingzhi.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.generator.GenerationSummary;
import io.xingzhi.generator.Generator;
import io.xingzhi.generator.GeneratorSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** QuickStart, run as a user would run it, prints one line per lead and the count. */
class QuickStartTest {
    @TempDir
    Path dir;

    private static List<String> run(Path folder, LocalDate asOf) {
        return DemoData.stdout(() -> QuickStart.main(new String[] {folder.toString(), asOf.toString()})).lines().toList();
    }

    @Test
    void onTheBundledDemoDataItPrintsEveryPlantedLead() throws IOException {
        LocalDate asOf = DemoData.copyTo(dir);
        long planted = DemoData.lines(dir.resolve("expected.jsonl"));
        List<String> out = run(dir, asOf);
        assertThat(out.get(out.size() - 1)).startsWith(planted + " leads, ");
        assertThat(out).hasSize((int) planted + 1);
        assertThat(out).anyMatch(l -> l.startsWith("应当投送而未投送 "))
                .anyMatch(l -> l.startsWith("漏管 "))
                .anyMatch(l -> l.startsWith("违反禁止令 "))
                .anyMatch(l -> l.startsWith("未移送执行 "))
                .anyMatch(l -> l.startsWith("判决生效仍在押 "))
                .anyMatch(l -> l.startsWith("减刑假释时财产刑未履行 "));
    }

    @Test
    void onGeneratedDataItPrintsAsManyLeadsAsTheGeneratorPlanted() throws IOException {
        GenerationSummary planted = new Generator(new GeneratorSpec(300, 1500, 11, GeneratorSpec.DEFAULT_AS_OF)).writeTo(dir);
        List<String> out = run(dir, GeneratorSpec.DEFAULT_AS_OF);
        assertThat(planted.expectedLeads()).isGreaterThan(10);
        assertThat(out.get(out.size() - 1)).startsWith(planted.expectedLeads() + " leads, ");
    }

    @Test
    void itStaysWithinThirtyLines() throws IOException {
        assertThat(Files.readAllLines(Path.of("src/main/java/io/xingzhi/examples/embed/QuickStart.java"))).hasSizeLessThanOrEqualTo(30);
    }
}

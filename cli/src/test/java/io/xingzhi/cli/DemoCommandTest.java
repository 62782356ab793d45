package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code xingzhi demo}: the bundled data is a generated county with planted leads of all twenty
 * kinds, and the demo finds exactly them (what .ci/run checks with tools/score.py).
 */
class DemoCommandTest {
    /** How the bundled data was made: {@code generate} with these options, as of {@code as-of.txt}. */
    static final List<String> DEMO_SPEC = List.of("--persons", "300", "--activities", "2000", "--seed", "2024");

    @Test
    void theDemoFindsExactlyItsPlantedLeadsOfAllTwentyKinds(@TempDir Path dir) throws IOException {
        CountyFixtureEndToEndTest.captured("demo", "--out", dir.toString());
        LeadScore score = LeadScore.of(dir.resolve("data/expected.jsonl"), dir.resolve("out/leads.jsonl"));
        assertThat(score.line()).as(score.toString()).isEqualTo("recall=1.000 precision=1.000");
        assertThat(score.perKind()).as("the twenty kinds: the seed's fourteen and six from practice").hasSize(20);
        assertThat(dir.resolve("data/commutations.csv")).exists();
    }

    /** When the generator changes, regenerate the demo with these options (docs/testing-with-fixtures.md). */
    @Test
    void theBundledDataIsWhatTheGeneratorWritesForTheDemoSpec(@TempDir Path dir) throws IOException {
        String asOf = resource("as-of.txt").strip();
        Stream<String> args = Stream.concat(Stream.of("generate", "--out", dir.toString(), "--as-of", asOf), DEMO_SPEC.stream());
        CountyFixtureEndToEndTest.captured(args.toArray(String[]::new));
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> written = files.sorted().toList();
            assertThat(written).hasSize(10);
            for (Path f : written) {
                assertThat(resourceBytes(f.getFileName().toString())).as(f.getFileName().toString())
                        .isEqualTo(Files.readAllBytes(f));
            }
        }
    }

    private static String resource(String name) throws IOException {
        return new String(resourceBytes(name), StandardCharsets.UTF_8);
    }

    private static byte[] resourceBytes(String name) throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(DemoCommand.RESOURCES + name)) {
            assertThat(in).as("bundled " + name).isNotNull();
            return in.readAllBytes();
        }
    }
}

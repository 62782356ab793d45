package io.xingzhi.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixturesTest {
    @TempDir
    Path dir;

    /** The fixtures folder as built (target/classes), to compare the index with. */
    private static Path builtFixtures() throws URISyntaxException {
        return Path.of(Fixtures.class.getResource("/io/xingzhi/testkit/fixtures/index.txt").toURI()).getParent();
    }

    @Test
    void theIndexListsEveryBundledFileAndNothingElse() throws Exception {
        Path root = builtFixtures();
        for (String fixture : List.of(Fixtures.COUNTY, Fixtures.COUNTY_PRACTICE)) {
            try (Stream<Path> files = Files.list(root.resolve(fixture))) {
                assertThat(Fixtures.files(fixture)).as(fixture)
                        .containsExactlyElementsOf(files.map(p -> p.getFileName().toString()).sorted().toList());
            }
        }
        assertThat(root.resolve("README.md")).exists();
    }

    @Test
    void aCopiedFixtureIsTheBundledBytesReadyForAFolderRun() throws Exception {
        Path county = Fixtures.copy(Fixtures.COUNTY, dir.resolve("county"));
        assertThat(county.resolve("judgments.csv")).exists();
        assertThat(county.resolve("expected.jsonl")).exists();
        for (String f : Fixtures.files(Fixtures.COUNTY)) {
            assertThat(Files.readAllBytes(county.resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(builtFixtures().resolve(Fixtures.COUNTY).resolve(f)));
        }
        Path practice = Fixtures.copy(Fixtures.COUNTY_PRACTICE, dir.resolve("practice"));
        assertThat(practice.resolve("expected_possible_matches.jsonl")).exists();
    }

    @Test
    void anUnknownFixtureIsRefused() {
        assertThatThrownBy(() -> Fixtures.copy("nowhere", dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("county");
    }

    @Test
    void theCountyExportsAreTheOnesTheReadmeDescribes() throws Exception {
        List<String> files = Fixtures.files(Fixtures.COUNTY);
        assertThat(files).contains("judgments.csv", "custody.csv", "corrections.csv", "resettlement.csv",
                "dpr_supervision.csv", "enforcement.csv", "business_registrations.csv", "activities.csv", "expected.jsonl");
        assertThat(Files.readString(builtFixtures().resolve("README.md"))).contains("2024-10-01");
    }
}

package io.xingzhi.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.record.Dataset;
import io.xingzhi.testkit.CollectingVisitor;
import io.xingzhi.testkit.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the county fixture bundled in the testkit (exports as they arrive: Chinese headers, GB18030, CRLF). */
class CountyFixtureTest {
    @TempDir
    Path dir;
    Path county;

    @BeforeEach
    void copyTheFixture() throws IOException {
        county = Fixtures.copy(Fixtures.COUNTY, dir.resolve("county"));
    }

    @Test
    void everyCountyFileYieldsRowsAndEveryDataLineIsAccountedFor() throws IOException {
        CsvRecordSource source = new CsvRecordSource(county);
        List<Dataset> exported = Fixtures.files(Fixtures.COUNTY).stream().filter(f -> f.endsWith(".csv"))
                .map(f -> Dataset.byName(f.substring(0, f.length() - 4))).flatMap(Optional::stream).toList();
        assertThat(exported).hasSize(8);
        assertThat(source.available()).containsExactlyInAnyOrderElementsOf(exported);
        for (Dataset d : exported) {
            CollectingVisitor c = new CollectingVisitor();
            source.read(d, c);
            assertThat(c.rows).as(d.fileStem()).isNotEmpty();
            assertThat(c.rows).as(d.fileStem()).allSatisfy(r -> assertThat(r.fields()).isNotEmpty());
            long records = c.rows.size() + c.rejections.size();
            assertThat(records).as(d.fileStem()).isLessThanOrEqualTo(dataLines(source.files(d).get(0)));
        }
    }

    @Test
    void gb18030ResettlementFileReadsAsChinese() {
        CollectingVisitor c = new CollectingVisitor();
        new CsvRecordSource(county).read(Dataset.RESETTLEMENT, c);
        assertThat(c.rows).allSatisfy(r -> assertThat(r.fields().get("release_type")).doesNotContain("\uFFFD"));
        assertThat(c.column("release_type")).contains("刑满释放");
    }

    private static long dataLines(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        List<String> lines = new String(b, StandardCharsets.ISO_8859_1).lines().filter(l -> !l.isEmpty()).toList();
        return lines.size() - 1;
    }
}

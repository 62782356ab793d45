package io.xingzhi.adapter.csv;

import io.xingzhi.testkit.CollectingVisitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.xingzhi.core.record.Dataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reads the shared county fixture (skipped when the folder is absent). */
class CountyFixtureTest {
    private static final Path COUNTY = Path.of("/work/shared/fixtures/county");

    @Test
    void everyCountyFileYieldsRowsAndEveryDataLineIsAccountedFor() throws IOException {
        assumeTrue(Files.isDirectory(COUNTY), "county fixture not present");
        CsvRecordSource source = new CsvRecordSource(COUNTY);
        // the county exports every dataset of the seed; commutations is optional and it has none
        Dataset[] seed = java.util.Arrays.stream(Dataset.values()).filter(d -> d != Dataset.COMMUTATIONS).toArray(Dataset[]::new);
        assertThat(source.available()).containsExactlyInAnyOrder(seed);
        for (Dataset d : seed) {
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
        assumeTrue(Files.isDirectory(COUNTY), "county fixture not present");
        CollectingVisitor c = new CollectingVisitor();
        new CsvRecordSource(COUNTY).read(Dataset.RESETTLEMENT, c);
        assertThat(c.rows).allSatisfy(r -> assertThat(r.fields().get("release_type")).doesNotContain("\uFFFD"));
        assertThat(c.column("release_type")).contains("刑满释放");
    }

    private static long dataLines(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        List<String> lines = new String(b, StandardCharsets.ISO_8859_1).lines().filter(l -> !l.isEmpty()).toList();
        return lines.size() - 1;
    }
}

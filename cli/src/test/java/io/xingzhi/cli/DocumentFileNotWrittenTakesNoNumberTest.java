package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.port.StoredDocument;
import io.xingzhi.testkit.SampleLeads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Document numbers (文号) have no gaps: a {@code document} whose file cannot be written (a full disk, a
 * folder that cannot be made) files nothing and takes no number, so making it again takes the same one.
 * It took the number first: on a full tmpfs the failed write used up 凤检刑执纠〔2024〕1号, and the
 * document made once space was freed was 〔2024〕2号, with no 1号 ever issued. Here the folder cannot be
 * made (a file stands where it would be), a real failure of the same write.
 */
class DocumentFileNotWrittenTakesNoNumberTest {
    @TempDir
    Path dir;

    @AfterEach
    void closeStores() {
        Stores.closeAll();
    }

    @Test
    void aDocumentWhoseFileCannotBeWrittenTakesNoNumberAndTheNextOneTakesIt() throws Exception {
        String store = "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath();
        Stores.open(store).saveRun(SampleLeads.run(LocalDate.of(2024, 6, 30), SampleLeads.lead("L1")));
        Path key = dir.resolve("key");
        for (String action : new String[] {"verify", "confirm"}) {
            CliRun r = CliRun.of("review", "L1", "--store", store, "--action", action, "--by", "王检察官", "--lead-id-key", key.toString());
            assertThat(r.code()).as(r.all()).isZero();
        }
        Files.writeString(dir.resolve("not-a-folder"), "x");
        Path blocked = dir.resolve("not-a-folder").resolve("通知书.docx");

        CliRun failed = CliRun.of("document", "L1", "--store", store, "--type", "纠正违法通知书", "--date", "2024-07-01",
                "--number-prefix", "凤检刑执", "--out", blocked.toString(), "--lead-id-key", key.toString());

        assertThat(failed.code()).as(failed.all()).isEqualTo(XingzhiCli.FAILED);
        assertThat(failed.err()).contains("无法写入 " + CliRun.shown(blocked)).contains("文书没有登记，没有占用文号");
        assertThat(Stores.open(store).documents()).as("nothing filed").isEmpty();

        Path out = dir.resolve("docs").resolve("通知书.docx");
        CliRun made = CliRun.of("document", "L1", "--store", store, "--type", "纠正违法通知书", "--date", "2024-07-01",
                "--number-prefix", "凤检刑执", "--out", out.toString(), "--lead-id-key", key.toString());

        assertThat(made.code()).as(made.all()).isZero();
        assertThat(made.out()).contains("已制作并登记：凤检刑执纠〔2024〕1号");
        assertThat(Stores.open(store).documents()).extracting(StoredDocument::number).containsExactly("凤检刑执纠〔2024〕1号");
        assertThat(Files.isRegularFile(out)).isTrue();
        try (var left = Files.list(out.getParent())) {
            assertThat(left.map(f -> f.getFileName().toString())).as("no draft left aside").containsExactly("通知书.docx");
        }
    }
}

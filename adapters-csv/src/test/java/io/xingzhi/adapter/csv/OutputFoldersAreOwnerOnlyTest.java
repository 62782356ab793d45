package io.xingzhi.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder a run creates holds personal data: every folder made on the way is {@code 0700},
 * whichever writer comes first ({@code rejections.csv} is started before the leads are written).
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class OutputFoldersAreOwnerOnlyTest {
    @TempDir
    Path dir;

    @Test
    void theRejectionsWriterMakesEachMissingFolderOwnerOnly() throws Exception {
        CsvRejectionWriter w = new CsvRejectionWriter(dir.resolve("out/run-1/rejections.csv"));
        w.started();
        w.finished();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("out")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("out/run-1")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("out/run-1/rejections.csv"))))
                .isEqualTo("rw-------");
    }
}

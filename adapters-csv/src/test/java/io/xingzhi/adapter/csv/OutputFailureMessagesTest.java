package io.xingzhi.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * An output that cannot be written says which file, why in words a user acts on, and what to do, in
 * English and in the command line's Chinese: a full disk (the system's "No space left on device"), no
 * permission (Java's AccessDeniedException names only the path), a read-only file system, a file where
 * a folder should be. The exceptions are the ones the JDK throws for these (made here: a full disk
 * cannot be arranged in a test).
 */
class OutputFailureMessagesTest {
    static final Path TARGET = Path.of("/data/out/leads.jsonl");

    @Test
    void aFullDiskSaysTheDiskIsFullAndWhatToDo() {
        var e = AtomicFile.failure(TARGET, new IOException("No space left on device"));
        assertThat(e.getMessage()).isEqualTo("cannot write " + TARGET + ": the disk is full (No space left on device); "
                + "free some space or choose a folder you can write to, then run again");
        assertThat(e.chineseMessage()).contains("无法写入 " + TARGET + "：磁盘已满（No space left on device）。请腾出磁盘空间或换一个可以写入的文件夹后重试");
    }

    @Test
    void noPermissionSaysPermissionDenied() {
        var e = AtomicFile.failure(TARGET, new AccessDeniedException("/data/out"));
        assertThat(e.getMessage()).contains(": permission denied: /data/out;");
        assertThat(e.chineseMessage().orElseThrow()).contains("没有写入权限：/data/out");
    }

    @Test
    void aReadOnlyFileSystemAndAFileInTheWayAreNamed() {
        assertThat(AtomicFile.failure(TARGET, new FileSystemException("/data/out", null, "Read-only file system")).getMessage())
                .contains("the file system is read-only: /data/out");
        assertThat(AtomicFile.failure(TARGET, new FileSystemException("/data/out", null, "Not a directory")).chineseMessage())
                .hasValueSatisfying(m -> assertThat(m).contains("/data/out 是文件，不是文件夹"));
        assertThat(AtomicFile.reason(new IOException("Input/output error"))).isEqualTo("Input/output error");
    }
}

package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A document that cannot be written says which file, why in words a user acts on and what to do: on a
 * full 2 MB tmpfs {@code document --out} once printed "意外错误（OpenXML4JRuntimeException）：Failed to save:
 * content types part。请把这条消息报告给维护者" after a POI stack trace, naming neither the file nor the
 * disk. (The full disk itself was arranged outside the build, on a tmpfs: the command's wrapping of
 * POI's exception is checked there, see the probe's notes; here the message it leads to.)
 */
class DocumentOutputFailureMessageTest {
    @Test
    void aFullDiskIsNamedWithTheFileAndWhatToDo() {
        Path out = Path.of("/mnt/x/doc/纠正违法通知书.docx");
        assertThat(DocumentCommand.cannotWrite(out, new IOException("No space left on device")).getMessage())
                .isEqualTo("无法写入 " + out + "：磁盘已满（No space left on device）。请腾出磁盘空间或换一个可以写入的文件夹（--out）");
        assertThat(DocumentCommand.cannotWrite(out, new AccessDeniedException("/mnt/x/doc/.draft-1.docx")).getMessage())
                .contains("没有写入权限（");
    }
}

package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What {@code serve --schedule} prints is one line per slot, even when a failure's reason quotes a
 * file or feed whose name holds a line break or an escape sequence: such a name must not forge a
 * second line in the server's log, nor drive the terminal.
 */
class ScheduleLogWritesOneLineEachTest {
    @Test
    void aFailureWhoseReasonHoldsALineBreakIsOneLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ScheduleLog log = new ScheduleLog(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        log.failed(ZonedDateTime.of(2026, 12, 7, 2, 0, 0, 0, ZoneOffset.ofHours(8)), Optional.empty(),
                "cannot read custody_2\r\nxingzhi：定时运行 2026-12-07 02:00 +08:00 完成\u001b[2J.csv");

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out.lines()).hasSize(1);
        assertThat(out).doesNotContain("\u001b", "\r").contains("cannot read custody_2 xingzhi：定时运行");
    }
}

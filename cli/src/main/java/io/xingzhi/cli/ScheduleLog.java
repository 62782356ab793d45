package io.xingzhi.cli;

import io.xingzhi.core.value.PlainText;
import io.xingzhi.core.app.ScheduledRuns;
import io.xingzhi.core.port.RunChanges;
import io.xingzhi.core.port.RunJob;
import java.io.PrintStream;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * What {@code serve --schedule} prints about each slot, one line each, in the command line's
 * language: started, finished with what changed, failed with why (identity numbers masked by core),
 * skipped because a run was still going.
 */
final class ScheduleLog implements ScheduledRuns.Listener {
    private static final DateTimeFormatter SLOT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");
    private final PrintStream out;

    ScheduleLog(PrintStream out) {
        this.out = out;
    }

    /** One line, whatever the reason of a failure quotes (a file or feed name with a line break would forge a second). */
    private void line(String text) {
        synchronized (out) {
            out.println(PlainText.line(text));
            out.flush();
        }
    }

    @Override
    public void started(ZonedDateTime slot, RunJob job) {
        line(Lang.text("xingzhi：定时运行 " + SLOT.format(slot) + " 开始（r" + job.number() + "，截至 " + job.asOf() + "）",
                "xingzhi: scheduled run " + SLOT.format(slot) + " started (r" + job.number() + ", as of " + job.asOf() + ")"));
    }

    @Override
    public void finished(ZonedDateTime slot, RunJob job, long run, Optional<RunChanges> changes) {
        line(Lang.text("xingzhi：定时运行 " + SLOT.format(slot) + " 完成（r" + job.number() + "，第 " + run + " 次运行）",
                "xingzhi: scheduled run " + SLOT.format(slot) + " finished (r" + job.number() + ", run " + run + ")")
                + changes.map(c -> Lang.text("；", "; ") + RunCommand.changes(c)).orElse(""));
    }

    @Override
    public void failed(ZonedDateTime slot, Optional<RunJob> job, String reason) {
        line(Lang.text("xingzhi：定时运行 " + SLOT.format(slot) + " 失败" + job.map(j -> "（r" + j.number() + "，已记录）").orElse("")
                        + "：" + reason + "；下一时段将再次运行",
                "xingzhi: scheduled run " + SLOT.format(slot) + " failed" + job.map(j -> " (r" + j.number() + ", recorded)")
                        .orElse("") + ": " + reason + "; the next slot runs again"));
    }

    @Override
    public void skipped(ZonedDateTime slot) {
        line(Lang.text("xingzhi：定时运行 " + SLOT.format(slot) + " 已跳过：上一次运行尚未结束",
                "xingzhi: scheduled run " + SLOT.format(slot) + " skipped: the previous run has not ended"));
    }
}

package io.xingzhi.cli;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import io.xingzhi.core.port.RunSchedule;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * {@code serve --schedule}'s cron expression as core's {@link RunSchedule}, parsed and stepped by
 * cron-utils: five fields (minute hour day-of-month month day-of-week, as in crontab: {@code 0 2 * * *}
 * every day at 02:00) or six or seven (Quartz's, with seconds first: {@code 0 0 2 ? * MON-FRI}).
 * Slots are in the zone of the instant asked about (the server's).
 */
final class CronSchedule implements RunSchedule {
    private final String text;
    private final ExecutionTime times;

    private CronSchedule(String text, Cron cron) {
        this.text = text;
        this.times = ExecutionTime.forCron(cron);
    }

    /**
     * Parses a cron expression.
     *
     * @throws IllegalArgumentException naming what is wrong with it
     */
    static CronSchedule parse(String expression) {
        String text = expression == null ? "" : expression.strip();
        int fields = text.isEmpty() ? 0 : text.split("\\s+").length;
        CronType type = switch (fields) {
            case 5 -> CronType.UNIX;
            case 6, 7 -> CronType.QUARTZ;
            default -> throw new IllegalArgumentException(Lang.text(
                    "定时表达式“" + text + "”应有 5 个字段（分 时 日 月 周，如 0 2 * * *）或 6-7 个字段（Quartz 格式，秒在前）",
                    "the cron expression \"" + text + "\" needs 5 fields (minute hour day month weekday, e.g. 0 2 * * *) "
                            + "or 6-7 (Quartz, seconds first)"));
        };
        try {
            Cron cron = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(type)).parse(text).validate();
            return new CronSchedule(text, cron);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Lang.text("定时表达式“" + text + "”无效：", "the cron expression \"" + text
                    + "\" is not valid: ") + e.getMessage(), e);
        }
    }

    @Override
    public Optional<ZonedDateTime> next(ZonedDateTime after) {
        return times.nextExecution(after);
    }

    @Override
    public String toString() {
        return text;
    }
}

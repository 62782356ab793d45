package io.xingzhi.core.port;

import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A driven port: when scheduled runs are due, e.g. a cron expression parsed by an adapter. Pure: the
 * same instant gives the same answer, and it reads no clock.
 */
@FunctionalInterface
public interface RunSchedule {
    /**
     * The first slot strictly after {@code after}, in {@code after}'s zone; empty when the schedule
     * has no more slots.
     */
    Optional<ZonedDateTime> next(ZonedDateTime after);
}

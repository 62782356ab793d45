package io.xingzhi.adapter.rest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Slows down guessing of tokens: once an address has failed authentication {@code threshold} times
 * within {@code window}, every further authentication attempt from it waits a fixed {@code delay}
 * before being answered, until its failures fall out of the window. The delay is fixed (not
 * growing), so a caller is never held longer than {@code delay}; the table of addresses is bounded.
 * Safe for concurrent use.
 */
public final class AuthThrottle {
    private static final int MAX_ADDRESSES = 10_000;

    private final int threshold;
    private final Duration window;
    private final Duration delay;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    /**
     * @param threshold failures tolerated within the window before slowing down, at least 1
     * @param window how long a failure counts
     * @param delay the wait imposed on a throttled address, at most 10 seconds
     * @param clock the clock (tests pass a fixed or offset one)
     */
    public AuthThrottle(int threshold, Duration window, Duration delay, Clock clock) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1: " + threshold);
        }
        if (window.isNegative() || window.isZero() || delay.isNegative() || delay.compareTo(Duration.ofSeconds(10)) > 0) {
            throw new IllegalArgumentException("window must be positive and delay between 0 and 10 s");
        }
        this.threshold = threshold;
        this.window = window;
        this.delay = delay;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The default: 5 failures within a minute, then 1 s per attempt. */
    public static AuthThrottle standard() {
        return new AuthThrottle(5, Duration.ofMinutes(1), Duration.ofSeconds(1), Clock.systemUTC());
    }

    /** The wait to impose on an attempt from {@code address} now: zero or the fixed delay. */
    public synchronized Duration delayFor(String address) {
        Deque<Instant> q = failures.get(address);
        if (q == null) {
            return Duration.ZERO;
        }
        prune(q, clock.instant());
        if (q.isEmpty()) {
            failures.remove(address);
            return Duration.ZERO;
        }
        return q.size() >= threshold ? delay : Duration.ZERO;
    }

    /** Records a failed authentication from {@code address}. */
    public synchronized void failed(String address) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_ADDRESSES && !failures.containsKey(address)) {
            failures.values().forEach(q -> prune(q, now));
            failures.values().removeIf(Deque::isEmpty);
            if (failures.size() >= MAX_ADDRESSES) {
                failures.clear();
            }
        }
        Deque<Instant> q = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        prune(q, now);
        q.addLast(now);
        while (q.size() > threshold * 4) {
            q.removeFirst();
        }
    }

    private void prune(Deque<Instant> q, Instant now) {
        Instant oldest = now.minus(window);
        while (!q.isEmpty() && !q.peekFirst().isAfter(oldest)) {
            q.removeFirst();
        }
    }
}

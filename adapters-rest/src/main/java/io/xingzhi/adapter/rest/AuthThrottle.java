package io.xingzhi.adapter.rest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Slows down the guessing of tokens without slowing the people who hold one. The policy, by
 * <em>source</em> - a remote address, and a presented token's fingerprint (the first 8 hex digits of
 * its SHA-256, {@link TokenRegistry#fingerprint}: a client replaying one bad token from many
 * addresses) - is:
 * <ul>
 *   <li>a source is <b>throttled</b> once it has failed {@code threshold} times within {@code window},
 *       until its failures fall out of the window;</li>
 *   <li>an attempt from no throttled source is checked at once;</li>
 *   <li>an attempt whose token has already been accepted from the same address (a colleague behind the
 *       same gateway as the guesser) is checked at once, whatever the throttle: valid users are never
 *       slowed once they have worked from there;</li>
 *   <li>any other attempt from a throttled source takes the source's next slot - slots are
 *       {@code delay} apart, however many threads the guesser runs - and waits for it before its token
 *       is even checked, so a guesser learns at most one answer, right or wrong, per {@code delay} per
 *       source; an attempt whose slot is more than {@code maxWait} away is refused at once, unchecked
 *       (429 with {@code Retry-After}).</li>
 * </ul>
 * Decisions read the given clock only (tests pass a fixed one), so the policy is tested without
 * timing. Tables are bounded. Safe for concurrent use.
 *
 * <p>Every refusal is accounted for, without letting a flood of them flood the audit trail: the first
 * refusal of a source within the window is marked for an audit entry of its own
 * ({@link Decision.Refuse#firstInWindow}); the others are counted by address and token fingerprint
 * and handed out as {@link RefusalTally tallies}, one per pair, once the window since the pair's first
 * counted refusal has passed ({@link #dueTallies}) or when the caller stops ({@link #drainTallies}).
 * At most {@value #MAX_TALLIES} pairs are counted at once; a pair beyond them makes the oldest due at
 * once, so no refusal goes uncounted.
 */
public final class AuthThrottle {
    private static final int MAX_SOURCES = 10_000;
    private static final int MAX_PROVEN = 10_000;
    static final int MAX_TALLIES = 10_000;

    private final int threshold;
    private final Duration window;
    private final Duration delay;
    private final Duration maxWait;
    private final Clock clock;
    private final Map<String, Source> sources = new LinkedHashMap<>();
    /** Refusals not marked for an entry of their own, by address + fingerprint, oldest first. */
    private final Map<String, RefusalTally> tallies = new LinkedHashMap<>();
    /** Tallies made due early because the table was full. */
    private final List<RefusalTally> dueEarly = new ArrayList<>();
    /** True while a tally is counted or due: read without the lock by {@link #dueTallies}, asked on every request. */
    private volatile boolean anyTallied;
    /** Address + fingerprint pairs whose token was accepted, oldest first. */
    private final Map<String, Boolean> proven = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > MAX_PROVEN;
        }
    };

    /** What to do with one authentication attempt. */
    public sealed interface Decision {
        /** Check the token now. */
        record CheckNow() implements Decision {
        }

        /** Wait this long, then check the token. */
        record Wait(Duration duration) implements Decision {
        }

        /**
         * Refuse without checking; the caller may try again after {@code retryAfter}. {@code firstInWindow}
         * is true for the first refusal of the source within the window (what is worth an audit entry).
         */
        record Refuse(Duration retryAfter, boolean firstInWindow) implements Decision {
        }
    }

    /**
     * Refusals of attempts from {@code address} with a token of {@code fingerprint} that were not marked
     * for an audit entry of their own: {@code count} of them, from {@code first} to {@code last}.
     */
    public record RefusalTally(String address, String fingerprint, long count, Instant first, Instant last) {
        RefusalTally plusOne(Instant at) {
            return new RefusalTally(address, fingerprint, count + 1, first, at);
        }
    }

    private static final class Source {
        final Deque<Instant> failures = new ArrayDeque<>();
        Instant nextSlot = Instant.MIN;
        Instant lastRefusal;
    }

    /**
     * @param threshold failures of a source within the window before it is throttled, at least 1
     * @param window how long a failure counts
     * @param delay the spacing of a throttled source's attempts, at most 10 seconds
     * @param maxWait the longest an attempt waits for its slot before it is refused instead, at least
     *     {@code delay} and at most 30 seconds
     * @param clock the clock (tests pass a fixed or movable one)
     */
    public AuthThrottle(int threshold, Duration window, Duration delay, Duration maxWait, Clock clock) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1: " + threshold);
        }
        if (window.isNegative() || window.isZero() || delay.isNegative() || delay.compareTo(Duration.ofSeconds(10)) > 0) {
            throw new IllegalArgumentException("window must be positive and delay between 0 and 10 s");
        }
        if (maxWait.compareTo(delay) < 0 || maxWait.compareTo(Duration.ofSeconds(30)) > 0) {
            throw new IllegalArgumentException("maxWait must be between delay and 30 s");
        }
        this.threshold = threshold;
        this.window = window;
        this.delay = delay;
        this.maxWait = maxWait;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The default: 5 failures within a minute throttle a source to one attempt a second, waiting at most 5 s. */
    public static AuthThrottle standard() {
        return new AuthThrottle(5, Duration.ofMinutes(1), Duration.ofSeconds(1), Duration.ofSeconds(5), Clock.systemUTC());
    }

    /**
     * Decides an attempt from {@code address} presenting a token of {@code fingerprint} (any fixed
     * text, such as {@code none}, for an attempt without a token). A {@link Decision.Wait} has taken
     * its slot: the caller waits, then checks.
     */
    public synchronized Decision admit(String address, String fingerprint) {
        Instant now = clock.instant();
        if (proven.containsKey(pair(address, fingerprint))) {
            return new Decision.CheckNow();
        }
        List<Source> throttled = new ArrayList<>(2);
        for (String key : List.of(byAddress(address), byToken(fingerprint))) {
            Source s = sources.get(key);
            if (s != null) {
                prune(s, now);
                if (s.failures.size() >= threshold) {
                    throttled.add(s);
                }
            }
        }
        if (throttled.isEmpty()) {
            return new Decision.CheckNow();
        }
        Instant slot = now;
        for (Source s : throttled) {
            if (s.nextSlot.isAfter(slot)) {
                slot = s.nextSlot;
            }
        }
        Duration wait = Duration.between(now, slot);
        if (wait.compareTo(maxWait) > 0) {
            boolean first = false;
            for (Source s : throttled) {
                if (s.lastRefusal == null || !s.lastRefusal.isAfter(now.minus(window))) {
                    first = true;
                    s.lastRefusal = now;
                }
            }
            if (!first) {
                count(address, fingerprint, now);
            }
            return new Decision.Refuse(wait.minus(maxWait).plus(delay), first);
        }
        for (Source s : throttled) {
            s.nextSlot = slot.plus(delay);
        }
        return wait.isZero() ? new Decision.CheckNow() : new Decision.Wait(wait);
    }

    private void count(String address, String fingerprint, Instant now) {
        String key = pair(address, fingerprint);
        RefusalTally known = tallies.get(key);
        if (known != null) {
            tallies.put(key, known.plusOne(now));
            return;
        }
        if (tallies.size() >= MAX_TALLIES) {
            var eldest = tallies.entrySet().iterator();
            dueEarly.add(eldest.next().getValue());
            eldest.remove();
        }
        tallies.put(key, new RefusalTally(address, fingerprint, 1, now, now));
        anyTallied = true;
    }

    /**
     * The tallies whose first counted refusal is a window or more ago, removed from the count (a later
     * refusal of the pair starts a new tally), oldest first; empty most of the time.
     */
    public List<RefusalTally> dueTallies() {
        return anyTallied ? dueTalliesLocked() : List.of(); // most requests: no throttled source, no lock taken
    }

    private synchronized List<RefusalTally> dueTalliesLocked() {
        Instant due = clock.instant().minus(window);
        List<RefusalTally> out = new ArrayList<>(dueEarly);
        dueEarly.clear();
        var it = tallies.values().iterator();
        while (it.hasNext()) {
            RefusalTally t = it.next();
            if (t.first().isAfter(due)) {
                break; // oldest first: the rest are younger
            }
            out.add(t);
            it.remove();
        }
        anyTallied = !tallies.isEmpty();
        return out;
    }

    /** Every tally still counted, due or not, removed from the count: for a caller that stops. */
    public synchronized List<RefusalTally> drainTallies() {
        List<RefusalTally> out = new ArrayList<>(dueEarly);
        out.addAll(tallies.values());
        dueEarly.clear();
        tallies.clear();
        anyTallied = false;
        return out;
    }

    /** Records that the token of {@code fingerprint} was accepted from {@code address}. */
    public synchronized void succeeded(String address, String fingerprint) {
        proven.put(pair(address, fingerprint), Boolean.TRUE);
    }

    /** Records a failed authentication from {@code address} presenting a token of {@code fingerprint}. */
    public synchronized void failed(String address, String fingerprint) {
        Instant now = clock.instant();
        for (String key : List.of(byAddress(address), byToken(fingerprint))) {
            if (sources.size() >= MAX_SOURCES && !sources.containsKey(key)) {
                sources.values().forEach(s -> prune(s, now));
                sources.values().removeIf(s -> s.failures.isEmpty() && !s.nextSlot.isAfter(now));
                if (sources.size() >= MAX_SOURCES) {
                    sources.remove(sources.keySet().iterator().next());
                }
            }
            Source s = sources.computeIfAbsent(key, k -> new Source());
            prune(s, now);
            s.failures.addLast(now);
            while (s.failures.size() > threshold * 4) {
                s.failures.removeFirst();
            }
            if (s.failures.size() >= threshold && s.nextSlot.isBefore(now.plus(delay))) {
                s.nextSlot = now.plus(delay);
            }
        }
    }

    private void prune(Source s, Instant now) {
        Instant oldest = now.minus(window);
        while (!s.failures.isEmpty() && !s.failures.peekFirst().isAfter(oldest)) {
            s.failures.removeFirst();
        }
    }

    private static String byAddress(String address) {
        return "a " + address;
    }

    private static String byToken(String fingerprint) {
        return "t " + fingerprint;
    }

    private static String pair(String address, String fingerprint) {
        return address + " " + fingerprint;
    }
}

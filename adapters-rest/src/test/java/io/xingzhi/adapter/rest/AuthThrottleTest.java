package io.xingzhi.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The throttle's policy, decision by decision, on a clock the test moves (no timing). */
class AuthThrottleTest {
    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2024-06-30T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static final Duration SECOND = Duration.ofSeconds(1);
    final MovableClock clock = new MovableClock();
    final AuthThrottle t = new AuthThrottle(3, Duration.ofMinutes(1), SECOND, Duration.ofSeconds(3), clock);

    private void fail(String address, String fingerprint, int times) {
        for (int i = 0; i < times; i++) {
            t.failed(address, fingerprint);
        }
    }

    @Test
    void anAddressIsCheckedAtOnceUntilItHasFailedThresholdTimesWithinTheWindow() {
        fail("10.0.0.1", "aaaa0001", 2);
        assertThat(t.admit("10.0.0.1", "aaaa0002")).isInstanceOf(AuthThrottle.Decision.CheckNow.class);

        fail("10.0.0.1", "aaaa0003", 1);

        assertThat(t.admit("10.0.0.1", "aaaa0004")).isEqualTo(new AuthThrottle.Decision.Wait(SECOND));
        assertThat(t.admit("10.0.0.2", "aaaa0004")).as("another address").isInstanceOf(AuthThrottle.Decision.CheckNow.class);
        clock.now = clock.now.plus(Duration.ofSeconds(61));
        assertThat(t.admit("10.0.0.1", "aaaa0005")).as("failures fall out of the window")
                .isInstanceOf(AuthThrottle.Decision.CheckNow.class);
    }

    @Test
    void aThrottledAddressGetsOneSlotPerDelayHoweverManyAttemptsArriveAtOnceAndTheRestAreRefusedUnchecked() {
        fail("10.0.0.1", "bad", 3);

        List<AuthThrottle.Decision> at = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            at.add(t.admit("10.0.0.1", "guess" + i));
        }

        assertThat(at).containsExactly(new AuthThrottle.Decision.Wait(SECOND), new AuthThrottle.Decision.Wait(SECOND.multipliedBy(2)),
                new AuthThrottle.Decision.Wait(SECOND.multipliedBy(3)), new AuthThrottle.Decision.Refuse(SECOND.multipliedBy(2), true),
                new AuthThrottle.Decision.Refuse(SECOND.multipliedBy(2), false), new AuthThrottle.Decision.Refuse(SECOND.multipliedBy(2), false));
        clock.now = clock.now.plus(Duration.ofSeconds(4));
        assertThat(t.admit("10.0.0.1", "later")).as("once the slots taken have passed")
                .isEqualTo(new AuthThrottle.Decision.CheckNow());
    }

    @Test
    void aTokenAlreadyAcceptedFromAnAddressIsCheckedAtOnceThoughTheAddressIsThrottled() {
        t.succeeded("10.0.0.1", "colleague");
        fail("10.0.0.1", "guess", 10);

        assertThat(t.admit("10.0.0.1", "colleague")).isInstanceOf(AuthThrottle.Decision.CheckNow.class);
        assertThat(t.admit("10.0.0.1", "newcomer")).as("a token never accepted from here waits like a guess")
                .isInstanceOf(AuthThrottle.Decision.Wait.class);
        assertThat(t.admit("10.0.0.2", "colleague")).as("accepted from another address: that one is not throttled")
                .isInstanceOf(AuthThrottle.Decision.CheckNow.class);
    }

    @Test
    void oneBadTokenPresentedFromManyAddressesIsThrottledByItsFingerprint() {
        t.failed("10.0.0.1", "replayed");
        t.failed("10.0.0.2", "replayed");
        t.failed("10.0.0.3", "replayed");

        assertThat(t.admit("10.0.0.4", "replayed")).isInstanceOf(AuthThrottle.Decision.Wait.class);
        assertThat(t.admit("10.0.0.4", "another")).isInstanceOf(AuthThrottle.Decision.CheckNow.class);
    }

    @Test
    void aSuccessDoesNotWipeTheAddressesFailures() {
        fail("10.0.0.1", "guess", 3);
        t.succeeded("10.0.0.1", "viewer");

        assertThat(t.admit("10.0.0.1", "admin-guess")).isInstanceOf(AuthThrottle.Decision.Wait.class);
    }

    @Test
    void settingsOutOfBoundsAreRefused() {
        assertThatThrownBy(() -> new AuthThrottle(0, SECOND, SECOND, SECOND, clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuthThrottle(1, SECOND, Duration.ofSeconds(11), Duration.ofSeconds(11), clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuthThrottle(1, SECOND, SECOND, Duration.ofMillis(10), clock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusalsWithoutAnEntryOfTheirOwnAreTalliedByAddressAndTokenAndDueAWindowAfterTheFirst() {
        fail("10.0.0.1", "aaaa0001", 3);
        int refused = 0;
        int marked = 0;
        for (int i = 0; i < 12; i++) {
            if (t.admit("10.0.0.1", i % 2 == 0 ? "bbbb0001" : "bbbb0002") instanceof AuthThrottle.Decision.Refuse r) {
                refused++;
                marked += r.firstInWindow() ? 1 : 0;
            }
        }
        assertThat(refused).as("three slots are taken, the rest refused").isEqualTo(9);
        assertThat(marked).isEqualTo(1);
        assertThat(t.dueTallies()).as("not due before a window has passed").isEmpty();

        clock.now = clock.now.plus(Duration.ofSeconds(61));
        List<AuthThrottle.RefusalTally> due = t.dueTallies();

        assertThat(due).extracting(AuthThrottle.RefusalTally::fingerprint).containsExactlyInAnyOrder("bbbb0001", "bbbb0002");
        assertThat(due.stream().mapToLong(AuthThrottle.RefusalTally::count).sum()).as("every refusal counted once").isEqualTo(refused - marked);
        assertThat(t.dueTallies()).as("handed out once").isEmpty();
        assertThat(t.drainTallies()).isEmpty();
    }

    @Test
    void aFullTallyTableMakesItsOldestDueAtOnceSoNoRefusalGoesUncounted() {
        fail("10.0.0.1", "aaaa0001", 3);
        // the address is throttled; each fingerprint its own pair
        t.admit("10.0.0.1", "first");
        t.admit("10.0.0.1", "first");
        t.admit("10.0.0.1", "first");
        long refused = 0;
        for (int i = 0; i < AuthThrottle.MAX_TALLIES + 5; i++) {
            if (t.admit("10.0.0.1", "fp" + i) instanceof AuthThrottle.Decision.Refuse r && !r.firstInWindow()) {
                refused++;
            }
        }
        List<AuthThrottle.RefusalTally> early = t.dueTallies();
        List<AuthThrottle.RefusalTally> rest = t.drainTallies();

        assertThat(early).as("made due before the window passed").isNotEmpty();
        assertThat(rest).hasSizeLessThanOrEqualTo(AuthThrottle.MAX_TALLIES);
        long counted = java.util.stream.Stream.concat(early.stream(), rest.stream()).mapToLong(AuthThrottle.RefusalTally::count).sum();
        assertThat(counted).isEqualTo(refused);
    }
}

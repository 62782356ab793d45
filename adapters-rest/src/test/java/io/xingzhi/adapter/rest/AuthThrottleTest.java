package io.xingzhi.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

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

    @Test
    void slowsAnAddressOnlyAfterThresholdFailuresWithinTheWindow() {
        MovableClock clock = new MovableClock();
        AuthThrottle t = new AuthThrottle(3, Duration.ofMinutes(1), Duration.ofMillis(500), clock);
        t.failed("10.0.0.1");
        t.failed("10.0.0.1");
        assertThat(t.delayFor("10.0.0.1")).isZero();
        t.failed("10.0.0.1");
        assertThat(t.delayFor("10.0.0.1")).isEqualTo(Duration.ofMillis(500));
        assertThat(t.delayFor("10.0.0.2")).isZero();
        for (int i = 0; i < 100; i++) {
            t.failed("10.0.0.1");
        }
        assertThat(t.delayFor("10.0.0.1")).as("the delay is fixed, not growing").isEqualTo(Duration.ofMillis(500));
        clock.now = clock.now.plus(Duration.ofSeconds(61));
        assertThat(t.delayFor("10.0.0.1")).as("failures fall out of the window").isZero();
    }
}

package io.xingzhi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the engine's second threads promise: results, failures and interrupts come back to the joining thread. */
class SideThreadTest {

    @AfterEach
    void clearTheInterruptFlag() {
        Thread.interrupted(); // a failed assertion must not leave it set for the next test
    }

    @Test
    void joinReturnsTheResultAndWhatTheWorkWroteIsSeen() {
        int[] written = new int[1];
        SideThread<String> side = SideThread.start("xingzhi-test", "computing", () -> {
            written[0] = 42; // a plain write: join's happens-before makes it visible
            return "done";
        });

        assertThat(side.join()).isEqualTo("done");
        assertThat(written[0]).isEqualTo(42);
        assertThat(side.isDone()).isTrue();
    }

    @Test
    void theWorkRunsOnADaemonThreadOfTheGivenName() {
        AtomicReference<Thread> ran = new AtomicReference<>();
        SideThread.start("xingzhi-test-name", "naming", () -> ran.set(Thread.currentThread())).join();

        assertThat(ran.get()).isNotSameAs(Thread.currentThread());
        assertThat(ran.get().getName()).isEqualTo("xingzhi-test-name");
        assertThat(ran.get().isDaemon()).isTrue();
    }

    @Test
    void anUncheckedFailureComesOutOfJoinAsItWasThrown() {
        IllegalArgumentException thrown = new IllegalArgumentException("bad row");
        SideThread<Void> side = SideThread.start("xingzhi-test", "mapping", () -> {
            throw thrown;
        });

        assertThatThrownBy(side::join).isSameAs(thrown);
    }

    @Test
    void anErrorComesOutOfJoinAsItWasThrown() {
        StackOverflowError thrown = new StackOverflowError("deep");
        SideThread<Void> side = SideThread.start("xingzhi-test", "mapping", () -> {
            throw thrown;
        });

        assertThatThrownBy(side::join).isSameAs(thrown);
    }

    @Test
    void aCheckedFailureComesOutWrappedSayingWhatFailed() {
        IOException thrown = new IOException("disk gone");
        SideThread<String> side = SideThread.start("xingzhi-test", "reading judgments", () -> {
            throw thrown;
        });

        assertThatThrownBy(side::join)
                .isInstanceOf(XingzhiException.class)
                .hasMessage("reading judgments failed")
                .hasCause(thrown);
    }

    @Test
    void anInterruptedJoinCancelsTheWorkKeepsTheFlagAndSaysWhatWasInterrupted() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch workInterrupted = new CountDownLatch(1);
        SideThread<Void> side = SideThread.start("xingzhi-test", "resolving identities", () -> {
            started.countDown();
            try {
                never.await();
            } catch (InterruptedException e) {
                workInterrupted.countDown();
            }
        });
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue(); // (work cancelled before it starts never runs at all)

        Thread.currentThread().interrupt();
        assertThatThrownBy(side::join)
                .isInstanceOf(XingzhiException.class)
                .hasMessage("interrupted while resolving identities");
        assertThat(Thread.interrupted()).as("the joining thread's interrupt flag is kept").isTrue();
        assertThat(workInterrupted.await(30, TimeUnit.SECONDS)).as("the work's thread was interrupted").isTrue();
    }

    @Test
    void aCancelledWorkMakesJoinThrowSayingSo() {
        CountDownLatch never = new CountDownLatch(1);
        SideThread<Void> side = SideThread.start("xingzhi-test", "assessing persons", () -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        side.cancel();

        assertThat(side.isDone()).isTrue();
        assertThatThrownBy(side::join).isInstanceOf(XingzhiException.class).hasMessage("assessing persons was cancelled");
    }

    @Test
    void failureOfAnExecutionExceptionUnwrapsUncheckedCausesAndWrapsCheckedOnes() {
        IllegalStateException unchecked = new IllegalStateException("x");
        assertThat(SideThread.failure("mapping", new ExecutionException(unchecked))).isSameAs(unchecked);

        Exception checked = new Exception("y");
        assertThat(SideThread.failure("mapping", new ExecutionException(checked)))
                .isInstanceOf(XingzhiException.class).hasMessage("mapping failed").hasCause(checked);

        OutOfMemoryError error = new OutOfMemoryError("z");
        assertThatThrownBy(() -> SideThread.failure("mapping", new ExecutionException(error))).isSameAs(error);
    }
}

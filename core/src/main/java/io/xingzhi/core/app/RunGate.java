package io.xingzhi.core.app;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one door through which runs on one store pass, so that two never overlap: a run started over
 * HTTP, one started by the schedule, whichever comes first holds the gate until it ends, and the
 * other is refused at once rather than queued (a refused scheduled slot is skipped; a refused
 * {@code POST /runs} is told to try again). {@link ApplicationServices#runGate()} gives the one
 * gate of a set of services. Thread-safe.
 */
public final class RunGate {
    private final AtomicBoolean busy = new AtomicBoolean();

    /** Takes the gate when it is free; true when taken, false when a run holds it. */
    public boolean tryEnter() {
        return busy.compareAndSet(false, true);
    }

    /** Gives the gate back; called once by whoever took it, when its run has ended (finished or failed). */
    public void leave() {
        if (!busy.compareAndSet(true, false)) {
            throw new IllegalStateException("the run gate was not held");
        }
    }

    /** True while a run holds the gate. */
    public boolean busy() {
        return busy.get();
    }
}

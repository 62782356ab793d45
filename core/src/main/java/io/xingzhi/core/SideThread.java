package io.xingzhi.core;

import com.google.common.base.Throwables;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work started on a daemon thread of its own while the starting thread goes on with other work, and
 * joined later: how the engine splits a phase over two processors (the first pass of identity
 * resolution, half of the persons' assessment, half of the leads' publishing). Not a port: an
 * embedder has no need of it.
 *
 * <p>What it promises: {@link #join()} returns the work's result once the work has ended, and
 * everything the work wrote happens-before the return. A failure of the work comes out of
 * {@code join} as it was thrown when it is unchecked (a {@link RuntimeException} or an
 * {@link Error}), else as a {@link XingzhiException} "<i>doing</i> failed" with it as the cause. A
 * waiting thread that is interrupted cancels the work (interrupting its thread when it has begun;
 * work cancelled before it begins never runs), keeps its interrupt flag set, and gets a
 * {@code XingzhiException} "interrupted while <i>doing</i>". The work's thread is a daemon, so work
 * that is never joined never keeps the JVM alive.
 *
 * @param <T> the work's result ({@link Void} for work run for its effects)
 */
public final class SideThread<T> {
    private final FutureTask<T> task;
    private final String doing;

    private SideThread(FutureTask<T> task, String doing) {
        this.task = task;
        this.doing = doing;
    }

    /**
     * Starts {@code work} on a new daemon thread.
     *
     * @param threadName the thread's name, as thread dumps and profilers show it
     * @param doing what the work does, for messages ("resolving identities")
     * @param work the work
     * @return the started work, to be joined
     */
    public static <T> SideThread<T> start(String threadName, String doing, Callable<T> work) {
        SideThread<T> side = new SideThread<>(new FutureTask<>(work), doing);
        Thread t = new Thread(side.task, threadName);
        t.setDaemon(true);
        t.start();
        return side;
    }

    /** {@link #start(String, String, Callable)} for work run for its effects. */
    public static SideThread<Void> start(String threadName, String doing, Runnable work) {
        return start(threadName, doing, () -> {
            work.run();
            return null;
        });
    }

    /** Whether the work has ended: finished, failed or been cancelled. Never waits. */
    public boolean isDone() {
        return task.isDone();
    }

    /** Cancels the work, interrupting its thread when it has begun; a later {@link #join()} throws. */
    public void cancel() {
        task.cancel(true);
    }

    /**
     * Waits for the work to end and returns its result, or throws as the class comment says.
     *
     * @throws XingzhiException when the work failed with a checked exception, was cancelled, or this
     *     thread was interrupted while waiting
     */
    public T join() {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            task.cancel(true);
            throw new XingzhiException("interrupted while " + doing, e);
        } catch (java.util.concurrent.CancellationException e) {
            throw new XingzhiException(doing + " was cancelled", e);
        } catch (ExecutionException e) {
            throw failure(doing, e);
        }
    }

    /**
     * What a failed task's {@link ExecutionException} is rethrown as, wherever the task ran: its cause
     * itself when unchecked, else a {@link XingzhiException} "<i>doing</i> failed" with the cause.
     *
     * @param doing what the task did, for the message ("mapping rows")
     * @param e the exception {@code Future.get} threw
     * @return the exception to throw (an {@link Error} cause is thrown from here)
     */
    public static RuntimeException failure(String doing, ExecutionException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        Throwables.throwIfInstanceOf(cause, Error.class);
        return cause instanceof RuntimeException r ? r : new XingzhiException(doing + " failed", cause);
    }
}

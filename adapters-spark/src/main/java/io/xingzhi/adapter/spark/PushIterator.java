package io.xingzhi.adapter.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Turns a reader that pushes (formats' row reader calls a visitor) into the iterator a Spark task
 * pulls: the reader runs on its own thread and hands items over in batches through a small bounded
 * queue, so a file of any size is read in constant memory. A failure of the reader is rethrown by
 * the iterator; an iterator abandoned (the task killed) stops the reader at its next batch.
 */
final class PushIterator<T> implements Iterator<T> {
    private static final int BATCH = 1024;
    private static final List<Object> END = new ArrayList<>();

    private final BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(16);
    private volatile boolean abandoned;
    private volatile RuntimeException failure;
    private List<Object> current = List.of();
    private int next;
    private boolean ended;

    PushIterator(Consumer<Consumer<T>> producer) {
        Thread t = new Thread(() -> {
            List<Object> batch = new ArrayList<>(BATCH);
            try {
                producer.accept(item -> {
                    batch.add(item);
                    if (batch.size() == BATCH) {
                        put(new ArrayList<>(batch));
                        batch.clear();
                    }
                });
                if (!batch.isEmpty()) {
                    put(new ArrayList<>(batch));
                }
            } catch (Abandoned e) {
                return;
            } catch (RuntimeException | Error e) {
                failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
            try {
                put(END);
            } catch (Abandoned e) {
                // nobody listens any more
            }
        }, "xingzhi-spark-read");
        t.setDaemon(true);
        t.start();
    }

    private void put(List<Object> batch) {
        try {
            while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (abandoned) {
                    throw new Abandoned();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Abandoned();
        }
    }

    @Override
    public boolean hasNext() {
        if (next < current.size()) {
            return true;
        }
        if (ended) {
            return false;
        }
        try {
            List<Object> b = queue.take();
            if (b == END) {
                ended = true;
                if (failure != null) {
                    throw failure;
                }
                return false;
            }
            current = b;
            next = 0;
            return true;
        } catch (InterruptedException e) {
            abandoned = true;
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading", e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return (T) current.get(next++);
    }

    /** Stops the reader thread (the consumer will take no more). */
    void abandon() {
        abandoned = true;
        queue.clear();
    }

    /** Unwinds the reader thread when the task no longer consumes. */
    private static final class Abandoned extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abandoned() {
            super(null, null, false, false);
        }
    }
}

package io.xingzhi.adapter.rest;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a feed's page goes while it arrives: a temporary file, so that memory holds a buffer and never
 * a page ({@link HttpRecordSource}, "Memory"). What it promises: the file is made in
 * {@code java.io.tmpdir}, readable and writable by its owner only where the file system has POSIX
 * permissions, and where the system allows it (POSIX systems) its name is removed the moment it is
 * opened: the page is then reachable only through this process's open channel, never through a path,
 * and the system frees it when the channel closes or the process ends in any way, {@code kill -9}
 * included, so a page of personal data is never left behind. A body longer than its limit fails with
 * {@link TooLarge} as soon as one byte too many has come, and the rest is not read. A page that
 * completed is whole in its {@link Spooled}; closing that is the caller's.
 */
final class PageSpool {
    private static final Logger LOG = LoggerFactory.getLogger(PageSpool.class);

    private PageSpool() {
    }

    /** The body of a page longer than allowed: refused as it arrives, never retried. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("the page is larger than " + limit + " bytes");
        }
    }

    /**
     * A 2xx response's body written to a new temporary file as it arrives, refused once longer than
     * {@code limit}; any other response's body is discarded. {@code heard} is set (to
     * {@link System#nanoTime()}) when the headers come and at each part of the body, for a timeout on
     * silence; the spool made is put in {@code made}, so that the caller can close it whatever happened.
     */
    /**
     * The page could not be kept in the temporary folder ({@code java.io.tmpdir}): a full disk there, or
     * a folder that cannot be written. Not the feed's fault, and no retry helps: the run stops saying so.
     */
    static final class SpoolFailed extends IOException {
        private static final long serialVersionUID = 1L;

        SpoolFailed(IOException e) {
            super("the temporary folder " + System.getProperty("java.io.tmpdir") + " (java.io.tmpdir) cannot hold a page of the "
                    + "feed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + "; free some space "
                    + "there, or give another folder with XINGZHI_JAVA_OPTS=-Djava.io.tmpdir=DIR", e);
        }
    }

    static HttpResponse.BodyHandler<Spooled> handler(long limit, AtomicReference<Spooled> made, AtomicLong heard) {
        return info -> {
            heard.set(System.nanoTime());
            return info.statusCode() < 200 || info.statusCode() > 299 ? HttpResponse.BodySubscribers.replacing(null)
                    : new Subscriber(limit, made, heard);
        };
    }

    private static final FileAttribute<?>[] OWNER_ONLY = java.nio.file.FileSystems.getDefault()
            .supportedFileAttributeViews().contains("posix")
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
            : new FileAttribute<?>[0];

    /**
     * Makes the body's spool when the body starts (a file that cannot be made fails the body before any
     * of it is read) and writes its buffers there, one batch at a time; completes with the spool, or
     * fails and closes it.
     */
    private static final class Subscriber implements HttpResponse.BodySubscriber<Spooled> {
        private final long limit;
        private final AtomicReference<Spooled> made;
        /** When a part of the body last came (System.nanoTime), for the silence timeout. */
        private final AtomicLong heard;
        private final CompletableFuture<Spooled> done = new CompletableFuture<>();
        private Spooled spool;
        private java.util.concurrent.Flow.Subscription subscription;
        private long written;

        Subscriber(long limit, AtomicReference<Spooled> made, AtomicLong heard) {
            this.limit = limit;
            this.made = made;
            this.heard = heard;
        }

        @Override
        public java.util.concurrent.CompletionStage<Spooled> getBody() {
            return done;
        }

        @Override
        public void onSubscribe(java.util.concurrent.Flow.Subscription s) {
            subscription = s;
            try {
                spool = Spooled.create();
                made.set(spool);
            } catch (IOException | UnsupportedOperationException e) {
                fail(new SpoolFailed(e instanceof IOException io ? io : new IOException(e)));
                return;
            }
            s.request(1);
        }

        @Override
        public void onNext(List<java.nio.ByteBuffer> buffers) {
            heard.set(System.nanoTime());
            try {
                for (java.nio.ByteBuffer b : buffers) {
                    written += b.remaining();
                    if (written > limit) {
                        throw new TooLarge(limit);
                    }
                    spool.append(b);
                }
            } catch (TooLarge e) {
                fail(e);
                return;
            } catch (IOException e) {
                fail(new SpoolFailed(e));
                return;
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable t) {
            close(spool);
            done.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            done.complete(spool);
        }

        private void fail(IOException e) {
            subscription.cancel();
            close(spool);
            done.completeExceptionally(e);
        }
    }

    /**
     * A page's body in a temporary file, held open: written while the body arrives, then read from its
     * start as many times as asked ({@link #open}). Where the system allows it the file has no name from
     * the moment it is opened (see the class comment); elsewhere it keeps its name until {@link #close}.
     * Not for use by two threads at once; the response's completion orders the writes before the reads.
     */
    static final class Spooled implements AutoCloseable {
        private final FileChannel channel;
        /** The file's name while it still has one: only where it could not be removed while open. */
        private final Path named;

        private Spooled(FileChannel channel, Path named) {
            this.channel = channel;
            this.named = named;
        }

        /** A new, empty spool in {@code java.io.tmpdir}, its name already removed where that is possible. */
        static Spooled create() throws IOException {
            Path file = Files.createTempFile("xingzhi-feed-", ".page", OWNER_ONLY);
            FileChannel channel;
            try {
                channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            } catch (IOException | RuntimeException e) {
                deleteQuietly(file);
                throw e;
            }
            try {
                // POSIX: the open channel keeps the data; the name, and so anything a killed process
                // would leave, is gone now. Windows refuses to delete an open file: it keeps its name.
                Files.delete(file);
                return new Spooled(channel, null);
            } catch (IOException e) {
                return new Spooled(channel, file);
            }
        }

        /** Appends all of {@code b}. */
        void append(java.nio.ByteBuffer b) throws IOException {
            while (b.hasRemaining()) {
                channel.write(b);
            }
        }

        /**
         * The page from its first byte. Closing the stream leaves the spool open; each call starts again
         * at the beginning and ends the stream an earlier call returned.
         */
        java.io.InputStream open() throws IOException {
            channel.position(0);
            return new java.io.FilterInputStream(java.nio.channels.Channels.newInputStream(channel)) {
                @Override
                public void close() {
                    // the channel is the spool's: closed by Spooled.close
                }
            };
        }

        /** Closes the file and removes its name if it still has one; a failure is logged (never the content). */
        @Override
        public void close() {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.warn("could not close a temporary page: {}", e.getMessage());
            }
            if (named != null) {
                deleteQuietly(named);
            }
        }
    }

    /** Closes {@code spool} if there is one. */
    static void close(Spooled spool) {
        if (spool != null) {
            spool.close();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("could not delete the temporary page {}: {}", file, e.getMessage());
        }
    }

}

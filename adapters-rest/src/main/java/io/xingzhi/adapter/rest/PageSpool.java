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
 * permissions; a body longer than its limit fails with {@link TooLarge} as soon as one byte too many
 * has come, and the rest is not read; the file is closed before the body completes, so a page that
 * completed is whole on disk. Deleting the file is the caller's: {@link #delete}.
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
     * silence; the file made is put in {@code made}, so that the caller can delete it whatever happened.
     */
    static HttpResponse.BodyHandler<Path> handler(long limit, AtomicReference<Path> made, AtomicLong heard) {
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
     * Makes the body's file when the body starts (a file that cannot be made fails the body before any
     * of it is read) and writes its buffers there, one batch at a time; completes with the file, or fails.
     */
    private static final class Subscriber implements HttpResponse.BodySubscriber<Path> {
        private final long limit;
        private final AtomicReference<Path> made;
        /** When a part of the body last came (System.nanoTime), for the silence timeout. */
        private final AtomicLong heard;
        private final CompletableFuture<Path> done = new CompletableFuture<>();
        private Path file;
        private FileChannel out;
        private java.util.concurrent.Flow.Subscription subscription;
        private long written;

        Subscriber(long limit, AtomicReference<Path> made, AtomicLong heard) {
            this.limit = limit;
            this.made = made;
            this.heard = heard;
        }

        @Override
        public java.util.concurrent.CompletionStage<Path> getBody() {
            return done;
        }

        @Override
        public void onSubscribe(java.util.concurrent.Flow.Subscription s) {
            subscription = s;
            try {
                file = Files.createTempFile("xingzhi-feed-", ".page", OWNER_ONLY);
                made.set(file);
                out = FileChannel.open(file, StandardOpenOption.WRITE);
            } catch (IOException | UnsupportedOperationException e) {
                fail(e instanceof IOException io ? io : new IOException(e));
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
                    while (b.hasRemaining()) {
                        out.write(b);
                    }
                }
            } catch (IOException e) {
                fail(e);
                return;
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable t) {
            close();
            done.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            if (close()) {
                done.complete(file);
            }
        }

        private void fail(IOException e) {
            subscription.cancel();
            close();
            done.completeExceptionally(e);
        }

        /** Closes the file; false (and the body failed) when it could not be closed. */
        private boolean close() {
            if (out == null) {
                return true;
            }
            try {
                out.close();
                return true;
            } catch (IOException e) {
                done.completeExceptionally(e);
                return false;
            } finally {
                out = null;
            }
        }
    }

    /** Deletes a page's file, if there is one; a file that cannot be deleted is logged (never its content). */
    static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("could not delete the temporary page {}: {}", file, e.getMessage());
            }
        }
    }

}

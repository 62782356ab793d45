package io.xingzhi.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2's own file system on the real disk ({@code jdbc:h2:fills:/path/store}), with a switch that makes
 * every write fail as a full disk fails it ({@code IOException: No space left on device}), and later
 * succeed again. A disk cannot be filled inside the build; H2 meets the failure where it met the real
 * one (a 3 MB tmpfs filled by hand: {@code FileChannel.write}) and does what it did then (its MVStore
 * "panics" and closes the database).
 */
public final class DiskThatFills extends FilePathWrapper {
    static final String SCHEME = "fills";
    private static final AtomicBoolean FULL = new AtomicBoolean();

    static {
        FilePath.register(new DiskThatFills());
    }

    /** Registers the file system (once) and returns the JDBC URL of a store at {@code path}. */
    static String url(java.nio.file.Path path) {
        return "jdbc:h2:" + SCHEME + ":" + path.toAbsolutePath();
    }

    /** Whether writes fail from now on. */
    static void full(boolean full) {
        FULL.set(full);
    }

    /** For H2, which makes one of these for every path it opens (by reflection: public). */
    public DiskThatFills() {
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Channel(getBase().open(mode));
    }

    private static final class Channel extends FileBase {
        private final FileChannel base;

        Channel(FileChannel base) {
            this.base = base;
        }

        private static void refuseWhenFull() throws IOException {
            if (FULL.get()) {
                throw new IOException("No space left on device");
            }
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public synchronized int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            refuseWhenFull();
            return base.write(src);
        }

        @Override
        public synchronized int write(ByteBuffer src, long position) throws IOException {
            refuseWhenFull();
            return base.write(src, position);
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            refuseWhenFull();
            base.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}

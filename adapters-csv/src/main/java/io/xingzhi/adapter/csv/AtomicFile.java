package io.xingzhi.adapter.csv;

import io.xingzhi.core.XingzhiException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: into a temporary file beside it, then moved over it, so a
 * reader never sees half a {@code leads.jsonl}. The file holds personal data, so it is owner-only
 * ({@code 0600}: the temporary file is created so), and so are the folders it creates
 * ({@code 0700}). The temporary file is named after this process ({@link PartFiles}), and one that a
 * process killed while writing left is removed when the file is next written. Failures become
 * {@link XingzhiException}s naming the file.
 */
final class AtomicFile {
    /** Writes to a stream; may throw {@link IOException}. */
    @FunctionalInterface
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Creates the missing folders of {@code dir}, each {@code 0700} where the file system has POSIX permissions. */
    static void createOwnerOnlyDirectories(Path dir) throws IOException {
        if (!java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(dir);
            return;
        }
        java.util.Deque<Path> missing = new java.util.ArrayDeque<>();
        for (Path p = dir.toAbsolutePath(); p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.push(p);
        }
        for (Path p : missing) {
            try {
                Files.createDirectory(p, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // made by another writer at the same moment
            }
        }
    }

    /**
     * The failure to write {@code target}: what kept it from being written as the user can act on it
     * (a full disk, no permission, a read-only file system, a file where a folder should be), what to
     * do, in English and in Chinese (the command line's), and that the earlier file was kept.
     */
    static XingzhiException failure(Path target, IOException e) {
        return new OutputNotWritten(target, e);
    }

    /** Why {@code e} kept a file from being written, in English, naming the path the system names. */
    static String reason(IOException e) {
        return reason(e, false);
    }

    private static String reason(IOException e, boolean chinese) {
        String system = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                : String.valueOf(e.getMessage());
        String file = e instanceof java.nio.file.FileSystemException f && f.getFile() != null ? f.getFile() : null;
        String lower = system.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk quota exceeded") || lower.contains("not enough space")) {
            return chinese ? "磁盘已满（" + system + "）" : "the disk is full (" + system + ")";
        }
        if (e instanceof java.nio.file.AccessDeniedException || lower.contains("permission denied")) {
            return chinese ? "没有写入权限" + (file == null ? "" : "：" + file) : "permission denied" + (file == null ? "" : ": " + file);
        }
        if (lower.contains("read-only file system")) {
            return chinese ? "文件系统是只读的" + (file == null ? "" : "：" + file) : "the file system is read-only" + (file == null ? "" : ": " + file);
        }
        if (e instanceof java.nio.file.NotDirectoryException || lower.contains("not a directory")
                || e instanceof java.nio.file.FileAlreadyExistsException) {
            return chinese ? (file == null ? "路径中有一个文件挡在文件夹的位置上" : file + " 是文件，不是文件夹")
                    : (file == null ? "a file stands where a folder should be" : file + " is a file, not a folder");
        }
        return file == null || system.contains(file) ? system : file + ": " + system;
    }

    /** A file of a run's outputs that could not be written, said in both languages. */
    private static final class OutputNotWritten extends XingzhiException {
        private static final long serialVersionUID = 1L;

        OutputNotWritten(Path target, IOException e) {
            super("cannot write " + target + ": " + reason(e, false) + "; free some space or choose a folder you can write "
                            + "to, then run again", e,
                    "无法写入 " + target + "：" + reason(e, true) + "。请腾出磁盘空间或换一个可以写入的文件夹后重试");
        }
    }

    static void write(Path target, Body body) {
        publish(part(target, body), target);
    }

    /**
     * Writes {@code target}'s content into a part file beside it and returns the part file, for
     * {@link #publish} or {@link #discard}; a failure removes it and names {@code target}.
     */
    static Path part(Path target, Body body) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        boolean written = false;
        try {
            createOwnerOnlyDirectories(dir);
            tmp = PartFiles.create(dir, target);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                body.write(out);
            }
            written = true;
            return tmp;
        } catch (IOException e) {
            throw failure(target, e);
        } finally {
            if (!written) {
                discard(tmp);
            }
        }
    }

    /** Moves the part file {@code part} over {@code target}; a failure removes it and names {@code target}. */
    static void publish(Path part, Path target) {
        try {
            try {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw failure(target, e);
        } finally {
            discard(part);
        }
    }

    /** Removes a part file (null: nothing), as far as it can. */
    static void discard(Path part) {
        if (part != null) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // best effort: the temporary file is hidden, and the next write beside it removes it
            }
        }
    }
}

package io.xingzhi.adapter.csv;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The temporary files an output is written to before it is moved over the output
 * ({@code .leads.jsonl.PID.N.tmp} beside {@code leads.jsonl}): each is named after the process
 * writing it, so that one left by a process that ended without cleaning up (killed with
 * {@code kill -9}, or the machine lost its power) can be told from one being written, and removed. A
 * part file holds personal data, as its output does, and is owner-only ({@code 0600}, what
 * {@link Files#createTempFile} makes on POSIX systems).
 */
final class PartFiles {
    private PartFiles() {
    }

    /**
     * A new part file for {@code target} in {@code dir} (its folder, which exists), after removing the
     * part files of {@code target} that processes no longer running left there.
     */
    static Path create(Path dir, Path target) throws IOException {
        removeAbandoned(dir, target);
        return Files.createTempFile(dir, prefix(target) + ProcessHandle.current().pid() + ".", ".tmp");
    }

    /**
     * Removes the part files of {@code target} in {@code dir} whose process has ended; those of
     * running processes (this one included) are left alone. A file that cannot be removed, or a folder
     * that cannot be listed, is left as it is: the output is written all the same.
     */
    static void removeAbandoned(Path dir, Path target) {
        String prefix = prefix(target);
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                long pid = writer(f.getFileName().toString(), prefix);
                if (pid > 0 && pid != self && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true)) {
                    try {
                        Files.deleteIfExists(f);
                    } catch (IOException e) {
                        // left for a later run: it harms nothing but space
                    }
                }
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            // not listable: nothing removed
        }
    }

    /**
     * Removes the part files of {@code targets} in {@code dir} that this process is writing or left
     * (a run stopped by Ctrl-C or SIGTERM: called from a shutdown hook, while the writing threads may
     * still hold them open). What cannot be removed is left for the next write beside it.
     */
    static void removeOwn(Path dir, java.util.Collection<Path> targets) {
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                for (Path target : targets) {
                    if (writer(f.getFileName().toString(), prefix(target)) == self) {
                        try {
                            Files.deleteIfExists(f);
                        } catch (IOException e) {
                            // left for a later run
                        }
                    }
                }
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            // not listable: nothing removed
        }
    }

    private static String prefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    /** The process that wrote the part file {@code name} ({@code PREFIX PID . DIGITS .tmp}), or -1 when it is none. */
    static long writer(String name, String prefix) {
        if (!name.startsWith(prefix) || !name.endsWith(".tmp")) {
            return -1;
        }
        String middle = name.substring(prefix.length(), name.length() - ".tmp".length());
        int dot = middle.indexOf('.');
        if (dot <= 0 || dot > 18 || !digits(middle, 0, dot) || !digits(middle, dot + 1, middle.length())) {
            return -1;
        }
        return Long.parseLong(middle, 0, dot, 10);
    }

    private static boolean digits(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}

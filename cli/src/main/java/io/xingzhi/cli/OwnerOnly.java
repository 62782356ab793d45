package io.xingzhi.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Files that hold personal data or secrets - the H2 store, the run outputs, the lead-id key - are
 * created owner-only: folders {@code 0700}, files {@code 0600} (on file systems with POSIX
 * permissions; elsewhere the system's defaults apply). One place, so every door creates them alike.
 */
final class OwnerOnly {
    static final Set<PosixFilePermission> FILE = Collections.unmodifiableSet(PosixFilePermissions.fromString("rw-------"));
    static final Set<PosixFilePermission> DIRECTORY = Collections.unmodifiableSet(PosixFilePermissions.fromString("rwx------"));

    private OwnerOnly() {
    }

    static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Creates the missing folders of {@code dir}, each {@code 0700}; existing ones are left as they are. */
    static void createDirectories(Path dir) throws IOException {
        Path abs = dir.toAbsolutePath();
        List<Path> missing = new ArrayList<>();
        for (Path p = abs; p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            try {
                if (posix()) {
                    Files.createDirectory(p, PosixFilePermissions.asFileAttribute(DIRECTORY));
                } else {
                    Files.createDirectory(p);
                }
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // made by another process at the same moment
            }
        }
    }

    /** Creates a new, empty, uniquely named {@code 0600} file in {@code dir}. */
    static Path createTempFile(Path dir, String prefix) throws IOException {
        return posix() ? Files.createTempFile(dir, prefix, ".new", PosixFilePermissions.asFileAttribute(FILE))
                : Files.createTempFile(dir, prefix, ".new");
    }

    /** The permissions {@code file} grants its group or others; empty when none (or without POSIX permissions). */
    static Set<PosixFilePermission> permissionsBeyondOwner(Path file) {
        if (!posix()) {
            return Set.of();
        }
        try {
            Set<PosixFilePermission> p = EnumSet.copyOf(Files.getPosixFilePermissions(file));
            p.removeAll(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                    PosixFilePermission.OWNER_EXECUTE));
            return p;
        } catch (IOException | IllegalArgumentException e) {
            return Set.of();
        }
    }
}

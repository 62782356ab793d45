package io.xingzhi.cli;

import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.lead.LeadIdKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The installation's lead-id key file: the secret every run without a store publishes its lead ids
 * under, and the key a store keeps when it has none yet (README, "Privacy and durability"). It is
 * found at, in this order: the {@code --lead-id-key} option, the {@code XINGZHI_LEAD_ID_KEY}
 * environment variable, {@code ~/.xingzhi/lead-id.key}. On first use it is created with 32 random
 * bytes (as hex, after a comment line), owner-only ({@code 0600}, its new folders {@code 0700}),
 * atomically: of two processes creating it at once, both read the one that won. A key file that
 * others may read, or that holds no key, is refused with a message naming the file, never its content.
 */
final class LeadIdKeyFile {
    /** The environment variable naming the key file. */
    static final String ENV = "XINGZHI_LEAD_ID_KEY";
    private static final String HEADER = "# Xingzhi lead-id key: lead ids are keyed with it. Keep it secret, keep it with the "
            + "installation (losing it changes every id of runs without a store).";

    private LeadIdKeyFile() {
    }

    /** The key file: {@code option} when given, else the environment's, else {@code ~/.xingzhi/lead-id.key}. */
    static Path location(Path option) {
        if (option != null) {
            return option;
        }
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            return Path.of(env.strip());
        }
        return Path.of(System.getProperty("user.home"), ".xingzhi", "lead-id.key");
    }

    /**
     * The key in {@code file}, created first when there is none.
     *
     * @throws XingzhiCli.UsageError when the file cannot be read or created, is readable by others,
     *     or holds no key
     */
    static LeadIdKey loadOrCreate(Path file) {
        if (!Files.exists(file)) {
            create(file);
        }
        return load(file);
    }

    private static void create(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        Path temp = null;
        try {
            OwnerOnly.createDirectories(dir);
            temp = OwnerOnly.createTempFile(dir, "." + file.getFileName());
            Files.writeString(temp, HEADER + "\n" + LeadIdKey.generate().hex() + "\n", StandardCharsets.US_ASCII);
            try {
                Files.createLink(file, temp); // atomic: fails when another process made the file first
            } catch (FileAlreadyExistsException e) {
                // the other process's key wins
            } catch (UnsupportedOperationException | IOException e) {
                if (!Files.exists(file)) {
                    Files.move(temp, file);
                }
            }
        } catch (IOException e) {
            throw new XingzhiCli.UsageError("lead-id key file " + file + " cannot be created (" + why(e)
                    + "); name another with --lead-id-key or " + ENV);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // a stray temporary file, owner-only
                }
            }
        }
    }

    /**
     * Why the key file could not be made: the exception's kind and the system's reason ("No space left on
     * device", "Permission denied"), which names no content of the file (it has none yet).
     */
    static String why(IOException e) {
        String reason = e instanceof java.nio.file.FileSystemException f ? f.getReason() : e.getMessage();
        return e.getClass().getSimpleName() + (reason == null || reason.isBlank() ? "" : ": " + reason);
    }

    private static LeadIdKey load(Path file) {
        Set<PosixFilePermission> open = OwnerOnly.permissionsBeyondOwner(file);
        if (!open.isEmpty()) {
            throw new XingzhiCli.UsageError("lead-id key file " + file + " is open to others ("
                    + open.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")) + "); make it owner-only: chmod 600 "
                    + file);
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new XingzhiCli.UsageError("lead-id key file " + file + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        String hex = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .collect(Collectors.joining());
        try {
            return LeadIdKey.ofHex(hex);
        } catch (IllegalArgumentException e) {
            throw new XingzhiException("lead-id key file " + file + " holds no key: " + e.getMessage());
        }
    }
}

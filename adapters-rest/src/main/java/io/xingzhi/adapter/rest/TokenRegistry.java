package io.xingzhi.adapter.rest;

import io.xingzhi.core.XingzhiException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The bearer tokens the server accepts, kept only as SHA-256 hashes. The tokens file holds one
 * token a line as {@code sha256hex:role:name} (64 lower- or upper-case hex digits of the SHA-256 of
 * the token's UTF-8 bytes, a {@link Role} code, an account name); blank lines and lines starting
 * with {@code #} are ignored. A malformed line or a hash given twice makes {@link #load} fail
 * naming the file, the line and the reason (never the hash), so a server never starts with half its
 * tokens.
 */
public final class TokenRegistry {
    private static final Pattern HEX64 = Pattern.compile("[0-9a-fA-F]{64}");

    private final Map<String, Principal> byHash;

    private TokenRegistry(Map<String, Principal> byHash) {
        this.byHash = Map.copyOf(byHash);
    }

    /** A registry of the given hash → principal entries (hashes as produced by {@link #sha256Hex}). */
    public static TokenRegistry of(Map<String, Principal> byHash) {
        Map<String, Principal> m = new LinkedHashMap<>();
        byHash.forEach((h, p) -> {
            if (!HEX64.matcher(h).matches()) {
                throw new IllegalArgumentException("a token hash is not 64 hex digits");
            }
            m.put(h.toLowerCase(Locale.ROOT), p);
        });
        return new TokenRegistry(m);
    }

    /**
     * Reads a tokens file.
     *
     * @throws XingzhiException when the file cannot be read or a line is malformed (file, line, reason)
     */
    public static TokenRegistry load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new XingzhiException("cannot read tokens file " + file + ": " + e.getMessage(), e);
        }
        Map<String, Principal> m = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file + ":" + (i + 1) + ": ";
            String[] parts = line.split(":", 3);
            if (parts.length != 3) {
                throw new XingzhiException(where + "expected sha256hex:role:name");
            }
            if (!HEX64.matcher(parts[0].strip()).matches()) {
                throw new XingzhiException(where + "the hash is not 64 hex digits (store the SHA-256 of the token, not the token)");
            }
            Optional<Role> role = Role.parse(parts[1]);
            if (role.isEmpty()) {
                throw new XingzhiException(where + "unknown role '" + parts[1].strip() + "' (viewer, reviewer or admin)");
            }
            String name = parts[2].strip();
            if (name.isEmpty()) {
                throw new XingzhiException(where + "the account name is blank");
            }
            String hash = parts[0].strip().toLowerCase(Locale.ROOT);
            if (m.putIfAbsent(hash, new Principal(name, role.get())) != null) {
                throw new XingzhiException(where + "the same token hash appears twice");
            }
        }
        return new TokenRegistry(m);
    }

    /** The principal of a presented bearer token, or empty for an unknown one. */
    public Optional<Principal> authenticate(String bearerToken) {
        if (bearerToken == null || bearerToken.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byHash.get(sha256Hex(bearerToken)));
    }

    /** How many tokens are registered. */
    public int size() {
        return byHash.size();
    }

    /**
     * A short name for a presented token that reveals nothing usable: the first 8 hex digits of its
     * SHA-256 (what the throttle counts failures by and the audit trail records for a refused token;
     * the token itself is never kept or logged).
     */
    public static String fingerprint(String token) {
        return sha256Hex(token).substring(0, 8);
    }

    /** The lower-case hex SHA-256 of the token's UTF-8 bytes: what the tokens file stores. */
    public static String sha256Hex(String token) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(d.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

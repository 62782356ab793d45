package io.xingzhi.core.lead;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The secret that makes lead ids reveal nothing: a lead's published id is HMAC-SHA-256 under this
 * key of the unkeyed digest {@link LeadIds#of} computes from the lead's facts. Without the key nobody
 * can test a guess of the masked digits of an identity number against an id (a viewer sees every
 * other input of the digest); with the same key the same facts give the same id in every run, so
 * review state carries over. An installation keeps one key: a store keeps it (its
 * {@code RunStore#leadIdKey}), a run without a store reads it from a key file the door names.
 *
 * <p>The key is 32 random bytes ({@link #generate()}). Its {@link #toString()} never shows it; only
 * {@link #bytes()} and {@link #hex()} do, for keeping it. Immutable and thread-safe.
 */
public final class LeadIdKey {
    /** The length of a generated key, in bytes. */
    public static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** One key per process for engines that were given none: ids are stable within the process only. */
    private static volatile LeadIdKey processKey;

    private final byte[] secret;
    @SuppressWarnings("UnstableApiUsage")
    private final HashFunction hmac;

    private LeadIdKey(byte[] secret) {
        this.secret = secret.clone();
        this.hmac = Hashing.hmacSha256(this.secret);
    }

    /** A new random key (32 bytes from {@link SecureRandom}). */
    public static LeadIdKey generate() {
        byte[] b = new byte[BYTES];
        RANDOM.nextBytes(b);
        return new LeadIdKey(b);
    }

    /**
     * The key of these bytes (as kept by {@link #bytes()}).
     *
     * @throws IllegalArgumentException when there are fewer than 32 bytes
     */
    public static LeadIdKey of(byte[] secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length < BYTES) {
            throw new IllegalArgumentException("a lead-id key has at least " + BYTES + " bytes; got " + secret.length);
        }
        return new LeadIdKey(secret);
    }

    /**
     * The key written as {@link #hex()} writes it (surrounding white space ignored).
     *
     * @throws IllegalArgumentException when the text is not at least 64 hex digits (the message never
     *     repeats the text)
     */
    public static LeadIdKey ofHex(String hex) {
        Objects.requireNonNull(hex, "hex");
        String h = hex.strip();
        if (h.length() < 2 * BYTES || h.length() % 2 != 0 || !h.chars().allMatch(LeadIdKey::isHex)) {
            throw new IllegalArgumentException("a lead-id key is written as at least " + 2 * BYTES + " hex digits");
        }
        return new LeadIdKey(HexFormat.of().parseHex(h));
    }

    /**
     * The key of this process, generated on first use: what an engine uses when it was given no key.
     * Ids made with it are stable within the process and meaningless outside it; an installation
     * that keeps leads between runs keeps its own key.
     */
    public static LeadIdKey ofThisProcess() {
        LeadIdKey k = processKey;
        if (k == null) {
            synchronized (LeadIdKey.class) {
                k = processKey;
                if (k == null) {
                    k = generate();
                    processKey = k;
                }
            }
        }
        return k;
    }

    private static boolean isHex(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /**
     * The published id of a lead whose unkeyed digest is {@code digest} ({@link LeadIds#of}, the id
     * the model's builder gave it): {@code XZ-} and the first 16 hex digits of HMAC-SHA-256 under
     * this key of the digest's UTF-8 bytes.
     */
    @SuppressWarnings("UnstableApiUsage")
    public String keyedId(String digest) {
        Objects.requireNonNull(digest, "digest");
        return LeadIds.PREFIX + hmac.hashString(digest, StandardCharsets.UTF_8).toString().substring(0, 16);
    }

    /** The key's bytes, for keeping it (a copy). */
    public byte[] bytes() {
        return secret.clone();
    }

    /** The key's bytes as lower-case hex, for keeping it in a file or a table. */
    public String hex() {
        return HexFormat.of().formatHex(secret);
    }

    /**
     * A short fingerprint that names the key without revealing it (the first 8 hex digits of the
     * SHA-256 of a fixed label under the key), for messages such as "the store's key differs from
     * the key file's".
     */
    @SuppressWarnings("UnstableApiUsage")
    public String fingerprint() {
        return hmac.hashString("xingzhi lead-id key fingerprint", StandardCharsets.UTF_8).toString().substring(0, 8);
    }

    /** Equal keys have equal bytes (compared in constant time). */
    @Override
    public boolean equals(Object o) {
        return o instanceof LeadIdKey k && MessageDigest.isEqual(secret, k.secret);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(secret);
    }

    /** Never the key itself: {@code LeadIdKey[fingerprint]}. */
    @Override
    public String toString() {
        return "LeadIdKey[" + fingerprint() + "]";
    }
}

package io.xingzhi.core.lead;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/**
 * The unkeyed digest of a lead: a hash of the model, the kind, the person key, the case number and
 * the key facts that make the lead what it is (not of file names or line numbers, which change
 * between exports). The same facts give the same digest.
 *
 * <p>The digest is <b>never published</b>: a viewer sees every one of its inputs except the masked
 * digits of an identity number (a birth date), so trying every birth date against a published
 * digest would recover the number. The engine publishes {@link LeadIdKey#keyedId} of it instead.
 * Stores that kept leads before ids were keyed hold this digest as the lead's old id; they keep it
 * as an alias of the keyed id (which is computed from it), never shown.
 */
public final class LeadIds {
    /** What every lead id starts with. */
    public static final String PREFIX = "XZ-";

    private LeadIds() {
    }

    /**
     * The unkeyed digest for these parts, as {@code XZ-} followed by 16 hex digits of SHA-256: the
     * id a model's lead builder gives a lead, which the engine replaces by its keyed id.
     *
     * @param model model name
     * @param kind lead kind
     * @param personKey the person's stable key (identity number, or name + birth date)
     * @param caseNumber the case number, or empty
     * @param keyFacts further facts that distinguish two leads of the same kind on the same case
     */
    @SuppressWarnings("UnstableApiUsage")
    public static String of(String model, String kind, String personKey, String caseNumber, String... keyFacts) {
        Hasher h = Hashing.sha256().newHasher();
        h.putString(model, StandardCharsets.UTF_8).putByte((byte) 0);
        h.putString(kind, StandardCharsets.UTF_8).putByte((byte) 0);
        h.putString(personKey, StandardCharsets.UTF_8).putByte((byte) 0);
        h.putString(caseNumber, StandardCharsets.UTF_8).putByte((byte) 0);
        for (String f : keyFacts) {
            h.putString(f, StandardCharsets.UTF_8).putByte((byte) 0);
        }
        return PREFIX + h.hash().toString().substring(0, 16);
    }
}

package io.xingzhi.core.lead;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/**
 * Stable lead ids: a hash of the model, the kind, the person key, the case number and the key
 * facts that make the lead what it is (not of file names or line numbers, which change between
 * exports). Re-running on fresh data gives the same id for the same facts.
 */
public final class LeadIds {
    private LeadIds() {
    }

    /**
     * The id for these parts, as {@code XZ-} followed by 16 hex digits of SHA-256.
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
        return "XZ-" + h.hash().toString().substring(0, 16);
    }
}

package io.xingzhi.core.lead;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The digest of what a lead says, so that a store can tell, between two runs, a lead whose facts
 * changed (a corrected date, a longer delay, another unit) from one that only came back the same.
 * The lead's id already fixes its model, kind, person, case and key facts; this digest covers what
 * may change under the same id: every fact ({@link Lead#facts()}, in name order), the deadline, the
 * name, case number, agency and unit, the legal basis, the suggested document and the estimated and
 * boundary flags. It leaves out what changes from export to export without changing the lead: file
 * names and line numbers (evidence, possible matches) and the summary that names them.
 *
 * <p>The digest is kept by stores and compared, never shown: it says nothing a viewer may not
 * read, but a door has no use for it.
 */
public final class LeadFacts {
    private LeadFacts() {
    }

    /** The lead's facts digest: 32 hex digits of SHA-256; equal facts give equal digests. */
    @SuppressWarnings("UnstableApiUsage")
    public static String digest(Lead lead) {
        Hasher h = Hashing.sha256().newHasher();
        put(h, lead.model());
        put(h, lead.kindCode());
        put(h, lead.name());
        put(h, lead.caseNumber());
        put(h, lead.supervisedAgency());
        put(h, lead.supervisedUnit());
        put(h, lead.dueOn().map(Object::toString).orElse(""));
        put(h, String.join("\u0001", lead.legalBasis()));
        put(h, lead.suggestedDocument().name());
        put(h, lead.estimated() ? "estimated" : "");
        put(h, lead.boundary() ? "boundary" : "");
        for (Map.Entry<String, String> f : new TreeMap<>(lead.facts()).entrySet()) {
            put(h, f.getKey());
            put(h, f.getValue());
        }
        return h.hash().toString().substring(0, 32);
    }

    private static void put(Hasher h, String s) {
        h.putString(s, StandardCharsets.UTF_8).putByte((byte) 0);
    }
}

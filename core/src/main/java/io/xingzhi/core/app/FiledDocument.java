package io.xingzhi.core.app;

import io.xingzhi.core.document.DocumentDraft;
import io.xingzhi.core.port.StoredDocument;
import java.util.Map;
import java.util.Objects;

/**
 * A document drafted and filed by {@link DocumentService}: as the store keeps it, and as drafted
 * (with its facts, for a door that writes a Word file).
 *
 * @param stored the document as kept, its id and number the document number (文号)
 * @param draft the draft, carrying the same number and text
 * @param noLongerFound the leads it rests on that the latest run no longer found (the data they came from
 *     was corrected or is gone), each with the first run that did not find it, in the document's order:
 *     the document is filed all the same (what happened may still call for it), and doors tell the
 *     prosecutor to check it
 */
public record FiledDocument(StoredDocument stored, DocumentDraft draft, Map<String, Long> noLongerFound) {
    public FiledDocument {
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(draft, "draft");
        noLongerFound = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(noLongerFound));
    }

    /** A document whose leads the latest run all still found. */
    public FiledDocument(StoredDocument stored, DocumentDraft draft) {
        this(stored, draft, Map.of());
    }

    /** The document number (文号). */
    public String number() {
        return stored.number();
    }
}

package io.xingzhi.core.app;

import io.xingzhi.core.document.DocumentDraft;
import io.xingzhi.core.port.StoredDocument;
import java.util.Objects;

/**
 * A document drafted and filed by {@link DocumentService}: as the store keeps it, and as drafted
 * (with its facts, for a door that writes a Word file).
 *
 * @param stored the document as kept, its id and number the document number (文号)
 * @param draft the draft, carrying the same number and text
 */
public record FiledDocument(StoredDocument stored, DocumentDraft draft) {
    public FiledDocument {
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(draft, "draft");
    }

    /** The document number (文号). */
    public String number() {
        return stored.number();
    }
}

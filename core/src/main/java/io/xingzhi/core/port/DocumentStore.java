package io.xingzhi.core.port;

import io.xingzhi.core.lead.DocumentType;
import java.util.List;
import java.util.function.LongFunction;

/**
 * A driven port: the procuratorial documents kept for leads, and the sequence their numbers (文号)
 * are drawn from. It promises:
 * <ul>
 *   <li><b>One sequence per type and year.</b> {@link #file} takes the next number of its
 *       document type and year (1, 2, 3, ... for each pair, never given twice) and keeps the
 *       document built with it, as one atomic operation: when building or keeping fails, nothing
 *       is kept and the number is not used up. Of several filings at once, each gets its own
 *       number.</li>
 *   <li><b>Replace by id.</b> {@link #saveDocument} replaces a document with the same id, keeping
 *       its place in {@link #documents()}.</li>
 *   <li><b>Faithful text.</b> Every text round-trips exactly.</li>
 * </ul>
 * Failures to reach or write the store throw {@link io.xingzhi.core.XingzhiException}.
 */
public interface DocumentStore {

    /**
     * Files a document: takes the next number of {@code type} in {@code year} and keeps the
     * document {@code numbered} builds from it.
     *
     * @param type the document type whose sequence to draw from
     * @param year the year whose sequence to draw from
     * @param numbered builds the document from its sequence number (1 for the first of the type and
     *     year); must be pure, and may throw to abandon the filing
     * @return the document as kept
     */
    StoredDocument file(DocumentType type, int year, LongFunction<StoredDocument> numbered);

    /** Keeps a document; one with the same id is replaced (a redraft), keeping its place in {@link #documents()}. */
    void saveDocument(StoredDocument document);

    /** Every document kept, in the order first saved. */
    List<StoredDocument> documents();

    /** The documents resting on {@code leadId}, in the order first saved. */
    default List<StoredDocument> documentsOf(String leadId) {
        return documents().stream().filter(d -> d.leadIds().contains(leadId)).toList();
    }
}

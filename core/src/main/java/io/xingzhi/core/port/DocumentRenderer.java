package io.xingzhi.core.port;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A driven port: writes a filed document ({@link StoredDocument}) in a format people open and
 * print, such as a Word file, so a door can hand it out without knowing the format (the REST
 * server's {@code GET /documents/{number}?format=docx}; {@code xingzhi-adapters-docx} implements
 * it). It promises:
 * <ul>
 *   <li><b>The text as filed.</b> Every line of {@link StoredDocument#bodyMarkdown()} appears in the
 *       output, in order, without Markdown marks; nothing is added but layout. A caller that must
 *       not show personal data (a viewer) masks the document before rendering it.</li>
 *   <li><b>Whole or nothing.</b> {@link #render} writes one complete file to the stream or throws;
 *       it leaves the stream open.</li>
 *   <li><b>Stateless.</b> Implementations are safe to use from several threads.</li>
 * </ul>
 */
public interface DocumentRenderer {

    /**
     * The media type of what {@link #render} writes, e.g.
     * {@code application/vnd.openxmlformats-officedocument.wordprocessingml.document}.
     */
    String mediaType();

    /** The file name extension of what {@link #render} writes, without the dot, e.g. {@code docx}. */
    String extension();

    /**
     * Writes {@code document} to {@code out}.
     *
     * @param document the document as filed
     * @param procuratorate the issuing procuratorate, as the document's signature names it
     * @param out where to write; left open
     * @throws IOException when {@code out} cannot be written
     */
    void render(StoredDocument document, String procuratorate, OutputStream out) throws IOException;
}

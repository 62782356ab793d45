package io.xingzhi.adapter.docx;

import io.xingzhi.core.port.DocumentRenderer;
import io.xingzhi.core.port.StoredDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Core's {@link DocumentRenderer} port as Word files: a filed document laid out exactly as
 * {@link DocxWriter} lays out a fresh draft (title and number centred, the addressee flush left,
 * the body indented, the signature aligned right, no Markdown marks), from the text the store kept.
 * What the REST server hands out as {@code GET /documents/{number}?format=docx}. Stateless and
 * thread-safe.
 */
public final class DocxRenderer implements DocumentRenderer {
    /** The media type of a .docx file. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Override
    public String mediaType() {
        return MEDIA_TYPE;
    }

    @Override
    public String extension() {
        return "docx";
    }

    @Override
    public void render(StoredDocument document, String procuratorate, OutputStream out) throws IOException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(procuratorate, "procuratorate");
        Objects.requireNonNull(out, "out");
        DocxWriter.write(document.bodyMarkdown(), document.number(), document.recipient(), procuratorate,
                document.date(), out);
    }
}

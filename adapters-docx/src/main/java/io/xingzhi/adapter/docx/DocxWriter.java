package io.xingzhi.adapter.docx;

import io.xingzhi.core.document.DocumentDraft;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Turns a {@link DocumentDraft} into a Word document (.docx) with Apache POI: the procuratorate and
 * title centred, then the draft's Markdown body line by line - {@code ##} headings in bold, list
 * items as indented paragraphs, other lines as body paragraphs, {@code **} marks dropped. The
 * legal basis list and the facts come out as the template wrote them. The file is written to a
 * temporary sibling and moved into place, so a failed write leaves no half file.
 */
public final class DocxWriter {
    private static final String FONT = "仿宋";

    private DocxWriter() {
    }

    /** Writes {@code draft} to {@code file} as .docx. */
    public static void write(DocumentDraft draft, Path file) {
        Path dir = file.toAbsolutePath().getParent();
        try {
            if (!Files.isDirectory(dir)) {
                // a document names persons: its new folders are owner-only, as the file is (a temporary file)
                Files.createDirectories(dir, ownerOnlyFolder());
            }
            Path tmp = Files.createTempFile(dir, ".draft-", ".docx");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                write(draft, out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static java.nio.file.attribute.FileAttribute<?>[] ownerOnlyFolder() {
        return java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? new java.nio.file.attribute.FileAttribute<?>[] {java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"))}
                : new java.nio.file.attribute.FileAttribute<?>[0];
    }

    /** Writes {@code draft} as .docx to {@code out} (left open). */
    public static void write(DocumentDraft draft, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            boolean first = true;
            for (String raw : draft.markdown().split("\\R")) {
                String line = raw.strip().replace("**", "");
                if (line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("# ")) {
                    add(doc, line.substring(2).strip(), true, first ? 16 : 22, ParagraphAlignment.CENTER, 0);
                    first = false;
                } else if (!draft.number().isEmpty() && line.equals(draft.number())) {
                    add(doc, line, false, 16, ParagraphAlignment.CENTER, 0);
                } else if (line.startsWith("## ")) {
                    add(doc, line.substring(3).strip(), true, 16, ParagraphAlignment.LEFT, 0);
                } else if (line.startsWith("- ")) {
                    add(doc, "· " + line.substring(2).strip(), false, 16, ParagraphAlignment.LEFT, 420);
                } else {
                    add(doc, line, false, 16, ParagraphAlignment.LEFT, 0);
                }
            }
            doc.write(out);
        }
    }

    private static void add(XWPFDocument doc, String text, boolean bold, int size, ParagraphAlignment align, int indent) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        if (indent > 0) {
            p.setIndentationLeft(indent);
        }
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setText(text);
    }
}

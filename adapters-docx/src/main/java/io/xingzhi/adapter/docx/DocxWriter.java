package io.xingzhi.adapter.docx;

import io.xingzhi.core.document.DocumentDraft;
import io.xingzhi.core.document.DocumentDrafter;
import io.xingzhi.core.document.MarkdownText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Turns a {@link DocumentDraft} into a Word document (.docx) with Apache POI, laid out as the
 * instrument is printed: the procuratorate and the title centred, the document number centred
 * under them, the addressee flush left, every other paragraph indented by two characters, and the
 * signature - the procuratorate and the date at the end - aligned right. Markdown never shows: a
 * {@code ##} heading (in an edited template) becomes a bold line without its marks, a list item
 * loses its dash, {@code **} and backticks are dropped; the data's own characters, which the draft writes as
 * character references ({@link MarkdownText}), are shown as themselves. The file is written to a temporary sibling
 * and moved into place, so a failed write leaves no half file.
 */
public final class DocxWriter {
    private static final String FONT = "仿宋";
    /** Two characters of 16 pt (三号) text, in twentieths of a point. */
    private static final int FIRST_LINE = 640;

    private DocxWriter() {
    }

    /**
     * Writes {@code draft} to {@code file} as .docx: made in memory (a document is a few kilobytes), then
     * written beside the file and moved over it. A file that cannot be written (a full disk) fails with
     * the system's reason ({@code No space left on device}): POI, writing to a file itself, logged that
     * and threw "Failed to save: content types part" without it.
     */
    public static void write(DocumentDraft draft, Path file) {
        Path dir = file.toAbsolutePath().getParent();
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 15);
            write(draft, bytes);
            if (!Files.isDirectory(dir)) {
                // a document names persons: its new folders are owner-only, as the file is (a temporary file)
                Files.createDirectories(dir, ownerOnlyFolder());
            }
            Path tmp = Files.createTempFile(dir, ".draft-", ".docx");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                bytes.writeTo(out);
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
        write(draft.markdown(), draft.number(), draft.recipient(), draft.procuratorate(), draft.issueDate(), out);
    }

    /**
     * Writes a document's text as .docx to {@code out} (left open), laid out as the class comment says.
     *
     * @param markdown the text
     * @param number the document number, centred where it stands alone on a line; may be empty
     * @param recipient the addressee, flush left where it stands as {@code recipient：}
     * @param procuratorate the procuratorate, aligned right with the date when the two end the text
     * @param issueDate the date on the document
     */
    static void write(String markdown, String number, String recipient, String procuratorate, LocalDate issueDate,
                      OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            List<String> lines = new ArrayList<>();
            for (String raw : markdown.split("\\R")) {
                String line = raw.strip().replace("**", "").replace("__", "").replace("`", "");
                if (!line.isEmpty()) {
                    lines.add(line);
                }
            }
            int signature = signatureStart(procuratorate, issueDate, lines);
            boolean first = true;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                // the marks are the template's: the data's characters are references (MarkdownText), read back last
                String text = MarkdownText.unescape(line);
                // the addressee and the number first: they are what the draft says, whatever they begin with
                // (a unit the data names "# …" is the addressee, not a heading)
                if (!recipient.isEmpty() && text.equals(recipient + "：")) {
                    add(doc, text, false, 16, ParagraphAlignment.LEFT, 0);
                } else if (!number.isEmpty() && text.equals(number)) {
                    add(doc, text, false, 16, ParagraphAlignment.CENTER, 0);
                } else if (line.startsWith("# ")) {
                    add(doc, MarkdownText.unescape(line.substring(2).strip()), true, first ? 18 : 22, ParagraphAlignment.CENTER, 0);
                    first = false;
                } else if (i >= signature) {
                    add(doc, text, false, 16, ParagraphAlignment.RIGHT, 0);
                } else if (line.startsWith("#")) {
                    add(doc, MarkdownText.unescape(line.replaceFirst("^#+\\s*", "")), true, 16, ParagraphAlignment.LEFT, 0);
                } else {
                    add(doc, MarkdownText.unescape(line.replaceFirst("^([-*+]|\\d+\\.)\\s+", "")), false, 16,
                            ParagraphAlignment.LEFT, FIRST_LINE);
                }
            }
            doc.write(out);
        }
    }

    /** Where the signature starts: the procuratorate's name followed only by the date, at the end; else past the end. */
    private static int signatureStart(String procuratorate, LocalDate issueDate, List<String> lines) {
        int n = lines.size();
        if (n >= 2 && lines.get(n - 1).equals(DocumentDrafter.chineseDate(issueDate))
                && MarkdownText.unescape(lines.get(n - 2)).equals(procuratorate)) {
            return n - 2;
        }
        return n;
    }

    private static void add(XWPFDocument doc, String text, boolean bold, int size, ParagraphAlignment align, int firstLine) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        if (firstLine > 0) {
            p.setIndentationFirstLine(firstLine);
        }
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setText(text);
    }
}

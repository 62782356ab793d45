package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * What a signed-looking document must never show, checked on the text of a .docx read back with
 * POI: a doubled full stop, a placeholder, Markdown markup, a repeated line, an English letter
 * outside the case numbers and credit codes where letters belong, "suspected".
 */
final class DocumentText {
    /** Case numbers ((2023)辽0682刑初8号), document numbers and unified social credit codes may hold Latin letters. */
    private static final Pattern LETTERS_ALLOWED = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}|[（(]\\d{4}[）)][^，。、；：\\s]*号");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");

    private DocumentText() {
    }

    /** The paragraphs of a .docx, as POI reads them. */
    static List<String> paragraphs(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        }
    }

    /** Asserts everything a document must never show; {@code what} names it in failures. */
    static void assertReadsLikeAnInstrument(String what, List<String> paragraphs, String procuratorate) {
        String text = String.join("\n", paragraphs);
        assertThat(text).as(what).doesNotContain("。。", "（无）", "（不详）", "（空白）", "××", "{{", "}}", "疑似", "null",
                "**", "`", "<!--");
        Set<String> seen = new HashSet<>();
        for (String p : paragraphs) {
            assertThat(p).as(what + ": Markdown markup").doesNotStartWith("#").doesNotStartWith("- ").doesNotStartWith("* ");
            assertThat(p.strip()).as(what + ": an empty paragraph").isNotEmpty();
            if (!p.equals(procuratorate)) { // the procuratorate heads the document and signs it
                assertThat(seen.add(p)).as(what + ": repeated line " + p).isTrue();
            }
            Matcher allowed = LETTERS_ALLOWED.matcher(p);
            String rest = allowed.replaceAll("");
            assertThat(LATIN.matcher(rest).find()).as(what + ": an English letter in \"" + p + "\"").isFalse();
        }
    }
}

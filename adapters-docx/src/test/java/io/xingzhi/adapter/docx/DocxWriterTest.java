package io.xingzhi.adapter.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.document.DocumentDraft;
import io.xingzhi.core.document.DocumentDrafter;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.port.StoredLead;
import io.xingzhi.core.review.ReviewState;
import io.xingzhi.testkit.SampleLeads;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxWriterTest {
    @Test
    void theDocxOpensWithPoiAndHoldsTheCaseNumberAndTheLegalBasis(@TempDir Path dir) throws Exception {
        StoredLead lead = new StoredLead(SampleLeads.lead("L1"), ReviewState.CONFIRMED, 2, 1, 1, Optional.empty(),
                Optional.empty());
        DocumentDraft draft = DocumentDrafter.withDefaults().draft(lead, DocumentType.CORRECTION_NOTICE,
                LocalDate.of(2024, 6, 3));
        Path file = dir.resolve("通知书.docx");

        DocxWriter.write(draft, file);

        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).contains("(2024)辽0682刑初123号", "《中华人民共和国刑事诉讼法》第二百六十四条第二款", "纠正违法通知书",
                    "丹东市看守所：", "2024年6月18日").doesNotContain("{{", "#", "- ");
            assertThat(doc.getParagraphs().get(1).getText()).isEqualTo("纠正违法通知书");
            assertThat(doc.getParagraphs().get(2).getText()).isEqualTo("丹东市看守所：");
        }
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aFiledDocumentShowsItsNumberCentredUnderTheTitle(@TempDir Path dir) throws Exception {
        StoredLead lead = new StoredLead(SampleLeads.lead("L1"), ReviewState.CONFIRMED, 2, 1, 1, Optional.empty(),
                Optional.empty());
        DocumentDraft draft = DocumentDrafter.withDefaults().draft(java.util.List.of(lead), DocumentType.CORRECTION_NOTICE,
                LocalDate.of(2024, 6, 3), Optional.empty(), "凤检刑执纠〔2024〕3号");
        Path file = dir.resolve("通知书.docx");

        DocxWriter.write(draft, file);

        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs().get(1).getText()).isEqualTo("纠正违法通知书");
            assertThat(doc.getParagraphs().get(2).getText()).isEqualTo("凤检刑执纠〔2024〕3号");
            assertThat(doc.getParagraphs().get(2).getAlignment())
                    .isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
        }
    }

    @Test
    void theSignatureIsAlignedRightAndTheBodyIndentedWithoutMarkdown(@TempDir Path dir) throws Exception {
        StoredLead lead = new StoredLead(SampleLeads.lead("L1"), ReviewState.CONFIRMED, 2, 1, 1, Optional.empty(),
                Optional.empty());
        DocumentDraft draft = DocumentDrafter.withDefaults().draft(lead, DocumentType.RECOMMENDATION, LocalDate.of(2024, 6, 3));
        Path file = dir.resolve("建议书.docx");

        DocxWriter.write(draft, file);

        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            java.util.List<XWPFParagraph> ps = doc.getParagraphs();
            XWPFParagraph procuratorate = ps.get(ps.size() - 2);
            XWPFParagraph date = ps.get(ps.size() - 1);
            assertThat(procuratorate.getText()).isEqualTo(DocumentDrafter.DEFAULT_PROCURATORATE);
            assertThat(date.getText()).isEqualTo("2024年6月3日");
            assertThat(procuratorate.getAlignment()).isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT);
            assertThat(date.getAlignment()).isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT);
            assertThat(ps.get(3).getText()).startsWith("本院在刑事执行检察工作中经核查发现");
            assertThat(ps.get(3).getIndentationFirstLine()).isPositive();
        }
    }
    /** {@code md} written as .docx (issued 2024-06-03) and read back with POI. */
    private static XWPFDocument written(String md, String number, String recipient, String procuratorate) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        DocxWriter.write(md, number, recipient, procuratorate, LocalDate.of(2024, 6, 3), out);
        return new XWPFDocument(new java.io.ByteArrayInputStream(out.toByteArray()));
    }

    /**
     * The draft writes the data's HTML and Markdown characters as character references (so that a
     * Markdown viewer shows them as text); the Word file shows the characters themselves, and still finds
     * the addressee, the number and the signature among the draft's lines.
     */
    @Test
    void theDatasOwnCharactersAreShownAsWrittenAndTheAddresseeIsStillFound() throws Exception {
        String md = "# 凤城市人民检察院&#95;甲\n\n# 纠正违法通知书\n\n凤检&lt;2024&gt;3号\n\n&lt;img src=x&gt;&#35;看守所：\n\n"
                + "本院经核查发现：罪犯&#91;张三&#93;(javascript:x) **&#42;&#42;** &amp;amp;\n\n凤城市人民检察院&#95;甲\n\n2024年6月3日\n";
        try (XWPFDocument doc = written(md, "凤检<2024>3号", "<img src=x>#看守所", "凤城市人民检察院_甲")) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).containsExactly("凤城市人民检察院_甲", "纠正违法通知书",
                    "凤检<2024>3号", "<img src=x>#看守所：", "本院经核查发现：罪犯[张三](javascript:x) ** &amp;", "凤城市人民检察院_甲",
                    "2024年6月3日");
            assertThat(doc.getParagraphs().get(2).getAlignment()).isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
            assertThat(doc.getParagraphs().get(3).getAlignment()).isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.LEFT);
            assertThat(doc.getParagraphs().get(5).getAlignment()).isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT);
        }
    }

    /** A unit an agency's export names "# …" is the addressee of the document, not a heading. */
    @Test
    void anAddresseeThatLooksLikeAHeadingStaysTheAddressee() throws Exception {
        String md = "# 凤城市人民检察院\n\n# 纠正违法通知书\n\n凤检刑执纠〔2024〕3号\n\n# 伪造的标题：\n\n本院经核查发现：……\n\n"
                + "凤城市人民检察院\n\n2024年6月3日\n";
        try (XWPFDocument doc = written(md, "凤检刑执纠〔2024〕3号", "# 伪造的标题", "凤城市人民检察院")) {
            XWPFParagraph addressee = doc.getParagraphs().get(3);
            assertThat(addressee.getText()).isEqualTo("# 伪造的标题：");
            assertThat(addressee.getAlignment()).isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.LEFT);
            assertThat(addressee.getRuns().get(0).isBold()).isFalse();
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).doesNotContain("伪造的标题：", "伪造的标题");
        }
    }
}

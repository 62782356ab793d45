package io.xingzhi.adapter.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.document.DocumentDraft;
import io.xingzhi.core.document.DocumentDrafter;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.port.StoredDocument;
import io.xingzhi.core.port.StoredLead;
import io.xingzhi.core.review.ReviewState;
import io.xingzhi.testkit.SampleLeads;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

class DocxRendererTest {
    static final String NUMBER = "凤检刑执纠〔2024〕3号";

    static DocumentDraft draft() {
        StoredLead lead = new StoredLead(SampleLeads.lead("L1"), ReviewState.CONFIRMED, 2, 1, 1, Optional.empty(),
                Optional.empty());
        return DocumentDrafter.withDefaults().draft(List.of(lead), DocumentType.CORRECTION_NOTICE,
                LocalDate.of(2024, 6, 3), Optional.empty(), NUMBER);
    }

    static List<XWPFParagraph> paragraphs(byte[] docx) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(docx)).getParagraphs();
    }

    @Test
    void aFiledDocumentRendersAsTheWordFileItsDraftWouldHaveBeen() throws Exception {
        DocumentDraft d = draft();
        StoredDocument filed = new StoredDocument(NUMBER, d.leadIds(), d.type(), NUMBER, d.issueDate(), d.recipient(),
                Optional.of(d.replyDeadline()), d.markdown());
        ByteArrayOutputStream fromDraft = new ByteArrayOutputStream();
        ByteArrayOutputStream fromStore = new ByteArrayOutputStream();

        DocxWriter.write(d, fromDraft);
        new DocxRenderer().render(filed, d.procuratorate(), fromStore);

        List<XWPFParagraph> expected = paragraphs(fromDraft.toByteArray());
        List<XWPFParagraph> actual = paragraphs(fromStore.toByteArray());
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i).getText()).isEqualTo(expected.get(i).getText());
            assertThat(actual.get(i).getAlignment()).isEqualTo(expected.get(i).getAlignment());
        }
        assertThat(actual.get(2).getText()).isEqualTo(NUMBER);
        assertThat(actual.get(actual.size() - 1).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
    }

    @Test
    void itSaysItWritesWordFiles() {
        DocxRenderer r = new DocxRenderer();

        assertThat(r.extension()).isEqualTo("docx");
        assertThat(r.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }
}

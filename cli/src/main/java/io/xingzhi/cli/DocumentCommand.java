package io.xingzhi.cli;

import io.xingzhi.adapter.docx.DocxWriter;
import io.xingzhi.core.app.Actor;
import io.xingzhi.core.app.ApplicationServices;
import io.xingzhi.core.app.FiledDocument;
import io.xingzhi.core.app.RequestFields;
import io.xingzhi.core.document.DocumentDraft;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code xingzhi document LEAD_ID…}: drafts a 纠正违法通知书 or 检察建议 from one confirmed lead, or
 * from several against one agency (类案), files it in the store under its number (文号) through
 * core's {@link io.xingzhi.core.app.DocumentService} - as {@code POST /documents} does - and writes it
 * as Markdown or .docx (by the file's extension).
 */
@Command(name = "document", mixinStandardHelpOptions = true,
        description = {"Draft a 纠正违法通知书 or 检察建议 from confirmed leads (several leads: a 类案 document), file it in the "
                + "store under its number (e.g. ××检刑执纠〔2024〕1号) and write it; the fields of POST /documents.",
            "Then record issuing it: xingzhi review LEAD_ID --action issue-document (takes the number from the filed document)."})
final class DocumentCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    LeadIdKeyOption leadIdKey = new LeadIdKeyOption();

    @Parameters(arity = "1..*", description = "lead id(s); several against one agency make a 类案 document")
    List<String> leadIds;

    @Option(names = "--store", required = true, description = "JDBC URL of the store")
    String store;

    @Option(names = {"--document-type", "--type"}, required = true,
            description = "CORRECTION_NOTICE|RECOMMENDATION (or 纠正违法通知书|检察建议); --type is the same option")
    String documentType;

    @Option(names = "--out", required = true, description = "output file, .md or .docx")
    Path out;

    @Option(names = "--date", description = "the document's date (YYYY-MM-DD, default today)")
    String date;

    @Option(names = "--reply-deadline", description = "reply deadline (YYYY-MM-DD; default: 15 days for a notice, "
            + "2 months for a recommendation)")
    String replyDeadline;

    @Mixin
    DocumentOptions documents = new DocumentOptions();

    @Option(names = "--by", defaultValue = "cli", description = "who files it (for the audit trail)")
    String by;

    @Override
    public Integer call() {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".md") && !name.endsWith(".docx")) {
            throw new XingzhiCli.UsageError("--out: " + out + " must end in .md or .docx");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(RequestFields.DOCUMENT_TYPE, documentType);
        if (date != null) {
            fields.put(RequestFields.DATE, date);
        }
        if (replyDeadline != null) {
            fields.put(RequestFields.REPLY_DEADLINE, replyDeadline);
        }
        FiledDocument filed = ApplicationServices.over(Stores.open(store)).documents(documents.settings()).leadIdKey(leadIdKey.key()).build()
                .documents().file(leadIds, fields, new Actor(by, "cli"));
        DocumentDraft d = filed.draft();
        write(d, out);
        System.out.println("filed: " + filed.number() + " (" + d.title() + " to " + d.recipient() + ", reply by "
                + d.replyDeadline() + (d.classCase() ? ", 类案 of " + d.leadIds().size() + " leads" : "") + ")");
        System.out.println("written: " + out);
        return 0;
    }

    static void write(DocumentDraft d, Path out) {
        if (out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")) {
            DocxWriter.write(d, out);
            return;
        }
        try {
            Path dir = out.toAbsolutePath().getParent();
            OwnerOnly.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".draft-", ".md"); // owner-only, as the document is
            try {
                Files.writeString(tmp, d.markdown(), StandardCharsets.UTF_8);
                Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }
}

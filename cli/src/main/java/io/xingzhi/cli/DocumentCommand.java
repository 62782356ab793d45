package io.xingzhi.cli;

import io.xingzhi.core.document.DocumentDraft;
import io.xingzhi.core.document.DocumentDrafter;
import io.xingzhi.core.document.TemplateSource;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.port.AuditEntry;
import io.xingzhi.core.port.LeadStore;
import io.xingzhi.core.port.StoredDocument;
import io.xingzhi.core.port.StoredLead;
import io.xingzhi.cli.DirectoryTemplateSource;
import io.xingzhi.adapter.docx.DocxWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code xingzhi document LEAD_ID…}: drafts a 纠正违法通知书 or 检察建议 from one confirmed lead, or
 * from several against one agency (类案), writes it as Markdown or .docx (by the file's extension)
 * and keeps the draft in the store.
 */
@Command(name = "document", mixinStandardHelpOptions = true,
        description = "Draft a 纠正违法通知书 or 检察建议 from confirmed leads (several leads: a 类案 document).")
final class DocumentCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", description = "lead id(s); several against one agency make a 类案 document")
    List<String> leadIds;

    @Option(names = "--store", required = true, description = "JDBC URL of the store")
    String store;

    @Option(names = "--type", required = true, description = "纠正违法通知书|检察建议")
    String type;

    @Option(names = "--out", required = true, description = "output file, .md or .docx")
    Path out;

    @Option(names = "--date", description = "the issue date (YYYY-MM-DD, default today)")
    String date;

    @Option(names = "--reply-by", description = "reply deadline (default: 15 days for a notice, 2 months for a recommendation)")
    String replyBy;

    @Option(names = "--procuratorate", defaultValue = DocumentDrafter.DEFAULT_PROCURATORATE, description = "the issuing procuratorate")
    String procuratorate;

    @Option(names = "--templates", description = "folder of edited templates, in front of the bundled ones")
    Path templates;

    @Option(names = "--by", defaultValue = "cli", description = "who drafts (for the audit trail)")
    String by;

    @Override
    public Integer call() {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".md") && !name.endsWith(".docx")) {
            throw new XingzhiCli.UsageError("--out: " + out + " must end in .md or .docx");
        }
        if (templates != null && !Files.isDirectory(templates)) {
            throw new XingzhiCli.UsageError("--templates: " + templates + " is not a folder");
        }
        DocumentType t = ReviewCommand.parseType(type);
        LocalDate day = date == null ? LocalDate.now() : RunCommand.parseAsOf(date);
        LeadStore s = Stores.open(store);
        List<StoredLead> leads = new ArrayList<>();
        for (String id : leadIds) {
            leads.add(s.lead(id).orElseThrow(() -> new XingzhiCli.UsageError("no lead " + id + " in the store")));
        }
        TemplateSource source = templates == null ? TemplateSource.classpath()
                : new DirectoryTemplateSource(templates).orElse(TemplateSource.classpath());
        DocumentDrafter drafter = new DocumentDrafter(source, procuratorate, DocumentDrafter.DEFAULT_NOTICE_REPLY,
                DocumentDrafter.DEFAULT_RECOMMENDATION_REPLY);
        Optional<LocalDate> due = replyBy == null ? Optional.empty() : Optional.of(RunCommand.parseAsOf(replyBy));
        DocumentDraft d = drafter.draft(leads, t, day, due);
        write(d, out);
        String id = t.name() + ":" + String.join("+", d.leadIds()) + ":" + day;
        s.saveDocument(new StoredDocument(id, d.leadIds(), t, "", day, d.recipient(), Optional.of(d.replyDeadline()),
                d.markdown()));
        s.audit(new AuditEntry(Instant.now(), by, "cli", "document " + t.label(), d.leadIds(), id));
        System.out.println("written: " + out + " (" + t.label() + " to " + d.recipient() + ", reply by " + d.replyDeadline()
                + (d.classCase() ? ", 类案 of " + d.leadIds().size() + " leads" : "") + ")");
        return 0;
    }

    static void write(DocumentDraft d, Path out) {
        if (out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")) {
            DocxWriter.write(d, out);
            return;
        }
        try {
            Path dir = out.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Files.writeString(out, d.markdown(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }

}

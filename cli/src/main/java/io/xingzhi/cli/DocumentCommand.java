package io.xingzhi.cli;

import io.xingzhi.core.value.PlainText;
import io.xingzhi.adapter.docx.DocxWriter;
import io.xingzhi.core.app.Actor;
import io.xingzhi.core.app.ApplicationServices;
import io.xingzhi.core.app.FiledDocument;
import io.xingzhi.core.app.DocumentSettings;
import io.xingzhi.core.app.RequestFields;
import io.xingzhi.core.document.DocumentDraft;
import java.io.IOException;
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
            "Then record issuing it: xingzhi review LEAD_ID --action issue-document (takes the number from the filed document).",
            "A referred lead gets a 线索移送函 (--type 线索移送函, numbered e.g. ××检刑执移〔2026〕1号) to where it was referred; "
                    + "--recipient picks one of several referrals."})
final class DocumentCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    LeadIdKeyOption leadIdKey = new LeadIdKeyOption();

    @Parameters(arity = "1..*", descriptionKey = "lead-ids", description = "lead id(s); several against one agency make a 类案 document")
    List<String> leadIds;

    @Option(names = "--store", required = true, description = "JDBC URL of the store")
    String store;

    @Option(names = {"--document-type", "--type"}, required = true,
            description = "CORRECTION_NOTICE|RECOMMENDATION|REFERRAL_LETTER (or 纠正违法通知书|检察建议|线索移送函); "
                    + "--type is the same option")
    String documentType;

    @Option(names = "--recipient", description = "线索移送函: which referral of the lead it goes with (default: the latest)")
    String recipient;

    @Option(names = "--out", required = true, description = "output file, .md or .docx")
    Path out;

    @Option(names = "--date", description = "the document's date (YYYY-MM-DD, default today)")
    String date;

    @Option(names = "--reply-deadline", description = "reply deadline (YYYY-MM-DD; default: 15 days for a notice, "
            + "2 months for a recommendation, 1 month for a referral letter's report back)")
    String replyDeadline;

    @Mixin
    DocumentOptions documents = new DocumentOptions();

    @Option(names = "--by", defaultValue = "cli", description = "who files it (for the audit trail)")
    String by;

    @Option(names = "--config", description = "JSON file naming the procuratorate and the document number prefix "
            + "(\"procuratorate\", \"document_number_prefix\"; docs/configuration.md)")
    Path config;

    @Override
    public Integer call() {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".md") && !name.endsWith(".docx")) {
            throw new XingzhiCli.UsageError(Lang.text("--out：" + out + " 应以 .docx 或 .md 结尾",
                    "--out: " + out + " must end in .md or .docx"));
        }
        DocumentSettings settings = documents.settings(Wiring.config(config));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(RequestFields.DOCUMENT_TYPE, documentType);
        if (date != null) {
            fields.put(RequestFields.DATE, date);
        }
        if (replyDeadline != null) {
            fields.put(RequestFields.REPLY_DEADLINE, replyDeadline);
        }
        if (recipient != null) {
            fields.put(RequestFields.RECIPIENT, recipient);
        }
        // the file is written aside inside the filing, so a file that cannot be written files nothing and uses
        // up no number (numbers have no gaps); it is moved into place once the document is filed
        java.util.concurrent.atomic.AtomicReference<Path> aside = new java.util.concurrent.atomic.AtomicReference<>();
        io.xingzhi.core.app.DocumentService documentService = ApplicationServices.over(Stores.openExisting(store)).documents(settings)
                .leadIdKey(leadIdKey.key()).build().documents();
        FiledDocument filed;
        try {
            filed = documentService.file(leadIds, fields, new Actor(by, "cli"), draft -> {
                        deleteQuietly(aside.getAndSet(null));
                        aside.set(writeAside(draft, out));
                    });
        } catch (XingzhiCli.CliError e) {
            deleteQuietly(aside.get());
            throw new XingzhiCli.CliError(e.exitCode, e.getMessage() + Lang.text("（文书没有登记，没有占用文号）",
                    " (the document was not filed, and no number was used)"));
        } catch (RuntimeException e) {
            deleteQuietly(aside.get());
            throw e;
        }
        DocumentDraft d = filed.draft();
        try {
            moveIntoPlace(aside.get(), out);
        } catch (XingzhiCli.CliError e) {
            // filed all the same: the number is taken, and the store keeps the document (its text is the draft's)
            deleteQuietly(aside.get());
            throw new XingzhiCli.CliError(XingzhiCli.FAILED, e.getMessage() + Lang.text("（文书已登记为 " + filed.number()
                    + "；重新制作会另取文号）", " (the document was filed as " + filed.number() + "; making it again takes another number)"));
        }
        // filed all the same (what happened may still call for it), but the prosecutor is told
        filed.noLongerFound().forEach((lead, run) -> System.err.println(Lang.text(
                "注意：线索 " + lead + " 自第 " + run + " 次运行起不再发现（数据可能已更正），制发前请核实",
                "note: lead " + lead + " has not been found since run " + run + " (its data may have been corrected); "
                        + "check it before issuing")));
        String chineseDue = io.xingzhi.core.document.DocumentDrafter.chineseDate(d.replyDeadline());
        if (!d.type().toSupervisedAgency()) {
            System.out.println(Lang.text("已制作并登记：" + filed.number() + "（" + d.title() + "，移送" + PlainText.line(d.recipient()) + "，反馈期限"
                            + chineseDue + "）",
                    "filed: " + filed.number() + " (" + d.title() + " to " + PlainText.line(d.recipient()) + ", report back by "
                            + d.replyDeadline() + ")"));
            System.out.println(Lang.text("已写入：", "written: ") + out);
            return 0;
        }
        System.out.println(Lang.text("已制作并登记：" + filed.number() + "（" + d.title() + "，发往" + PlainText.line(d.recipient()) + "，回复期限"
                        + chineseDue + (d.classCase() ? "，类案 " + d.leadIds().size() + " 件" : "") + "）",
                "filed: " + filed.number() + " (" + d.title() + " to " + PlainText.line(d.recipient()) + ", reply by " + d.replyDeadline()
                        + (d.classCase() ? ", 类案 of " + d.leadIds().size() + " leads" : "") + ")"));
        System.out.println(Lang.text("已写入：", "written: ") + out);
        System.out.println(Lang.text("制发后请登记：xingzhi review " + leadIds.get(0) + " --store " + store
                        + " --action issue-document --by 姓名（文号等自动取自本文书）",
                "once issued, record it: xingzhi review " + leadIds.get(0) + " --store " + store
                        + " --action issue-document --by NAME (the number and the rest come from this document)"));
        if (settings.procuratorate().equals(io.xingzhi.core.document.DocumentDrafter.DEFAULT_PROCURATORATE)) {
            System.err.println(Lang.text("提示：没有设置检察院名称，文书中暂用“" + settings.procuratorate() + "”；请用 --procuratorate "
                            + "或配置文件（--config）中的 \"procuratorate\" 设置，文号前缀用 --number-prefix 或 \"document_number_prefix\"",
                    "note: no procuratorate is set, so the document says \"" + settings.procuratorate() + "\"; set it with "
                            + "--procuratorate or \"procuratorate\" in the --config file (the number prefix: --number-prefix or "
                            + "\"document_number_prefix\")"));
        }
        return 0;
    }

    static void write(DocumentDraft d, Path out) {
        moveIntoPlace(writeAside(d, out), out);
    }

    /**
     * Writes {@code d} to a new owner-only file beside {@code out} ({@code .draft-….md} or {@code .docx}, in
     * the folder {@code out} is in, created when missing) and returns it: a full disk or a folder that
     * cannot be written fails here, before anything is filed.
     */
    static Path writeAside(DocumentDraft d, Path out) {
        boolean docx = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx");
        Path tmp = null;
        try {
            Path dir = out.toAbsolutePath().getParent();
            OwnerOnly.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".draft-", docx ? ".docx" : ".md"); // owner-only, as the document is
            if (docx) {
                // laid out in memory first: POI saving straight to a full disk fails with its own exception
                // ("Failed to save: content types part"), without the system's reason
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 15);
                DocxWriter.write(d, bytes);
                try (java.io.OutputStream o = Files.newOutputStream(tmp)) {
                    bytes.writeTo(o);
                }
            } else {
                Files.writeString(tmp, d.markdown(), StandardCharsets.UTF_8);
            }
            return tmp;
        } catch (IOException | java.io.UncheckedIOException e) {
            deleteQuietly(tmp);
            throw cannotWrite(out, e instanceof java.io.UncheckedIOException u ? u.getCause() : (IOException) e);
        } catch (RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
    }

    /** Moves a file written by {@link #writeAside} into place as {@code out}. */
    static void moveIntoPlace(Path aside, Path out) {
        try {
            Files.move(aside, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw cannotWrite(out, e);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // an owner-only leftover starting with .draft-; nothing more to do
            }
        }
    }

    /** {@code out} could not be written: why, in words a user acts on (a full disk, no permission), and what to do. */
    static XingzhiCli.CliError cannotWrite(Path out, IOException e) {
        String system = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                : String.valueOf(e.getMessage());
        String lower = system.toLowerCase(Locale.ROOT);
        boolean full = lower.contains("no space left") || lower.contains("disk quota exceeded");
        boolean denied = e instanceof java.nio.file.AccessDeniedException || lower.contains("permission denied");
        String zh = full ? "磁盘已满（" + system + "）" : denied ? "没有写入权限（" + system + "）" : system;
        String en = full ? "the disk is full (" + system + ")" : denied ? "permission denied (" + system + ")" : system;
        return new XingzhiCli.CliError(XingzhiCli.FAILED, Lang.text("无法写入 " + out + "：" + zh + "。请腾出磁盘空间或换一个可以写入的文件夹（--out）",
                "cannot write " + out + ": " + en + "; free some space or choose a folder you can write to (--out)"));
    }
}

package io.xingzhi.core.app;

import io.xingzhi.core.document.DocumentDrafter;
import io.xingzhi.core.document.TemplateSource;
import io.xingzhi.core.lead.DocumentType;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * How an installation drafts and numbers its documents: the issuing procuratorate's name, the
 * prefix of its document numbers, the templates and the default reply periods. A document number
 * (文号) is the prefix, the type's mark ({@code 纠} for a 纠正违法通知书, {@code 建} for a 检察建议), the
 * year in 〔〕 and the sequence number of that type and year: {@code 凤检刑执纠〔2024〕3号}.
 *
 * @param procuratorate the issuing procuratorate, e.g. {@code 凤城市人民检察院}
 * @param numberPrefix what document numbers start with, e.g. {@code 凤检刑执}
 * @param templates where the document templates come from
 * @param noticeReply the default reply period of a 纠正违法通知书
 * @param recommendationReply the default reply period of a 检察建议
 */
public record DocumentSettings(String procuratorate, String numberPrefix, TemplateSource templates, Period noticeReply,
                               Period recommendationReply) {
    /** The default number prefix, a placeholder like {@link DocumentDrafter#DEFAULT_PROCURATORATE}. */
    public static final String DEFAULT_NUMBER_PREFIX = "××检刑执";

    public DocumentSettings {
        requireText(procuratorate, "procuratorate");
        requireText(numberPrefix, "number prefix");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(noticeReply, "noticeReply");
        Objects.requireNonNull(recommendationReply, "recommendationReply");
    }

    /**
     * The bundled templates, {@link DocumentDrafter#DEFAULT_PROCURATORATE}, {@link #DEFAULT_NUMBER_PREFIX}
     * and the drafter's default reply periods.
     */
    public static DocumentSettings defaults() {
        return new DocumentSettings(DocumentDrafter.DEFAULT_PROCURATORATE, DEFAULT_NUMBER_PREFIX, TemplateSource.classpath(),
                DocumentDrafter.DEFAULT_NOTICE_REPLY, DocumentDrafter.DEFAULT_RECOMMENDATION_REPLY);
    }

    public DocumentSettings withProcuratorate(String name) {
        return new DocumentSettings(name, numberPrefix, templates, noticeReply, recommendationReply);
    }

    public DocumentSettings withNumberPrefix(String prefix) {
        return new DocumentSettings(procuratorate, prefix, templates, noticeReply, recommendationReply);
    }

    public DocumentSettings withTemplates(TemplateSource source) {
        return new DocumentSettings(procuratorate, numberPrefix, source, noticeReply, recommendationReply);
    }

    public DocumentSettings withReplyPeriods(Period notice, Period recommendation) {
        return new DocumentSettings(procuratorate, numberPrefix, templates, notice, recommendation);
    }

    /** The drafter these settings describe. */
    public DocumentDrafter drafter() {
        return new DocumentDrafter(templates, procuratorate, noticeReply, recommendationReply);
    }

    /** The number of the {@code sequence}-th document of {@code type} in {@code year}, e.g. {@code 凤检刑执纠〔2024〕3号}. */
    public String number(DocumentType type, int year, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence numbers start at 1: " + sequence);
        }
        String mark = type == DocumentType.CORRECTION_NOTICE ? "纠" : "建";
        return numberPrefix + mark + "〔" + year + "〕" + sequence + "号";
    }

    /** The default reply deadline of a document of {@code type} dated {@code date}. */
    public LocalDate replyDeadline(DocumentType type, LocalDate date) {
        return date.plus(type == DocumentType.CORRECTION_NOTICE ? noticeReply : recommendationReply);
    }

    private static void requireText(String s, String what) {
        Objects.requireNonNull(s, what);
        if (s.isBlank()) {
            throw new IllegalArgumentException(what + " is blank");
        }
    }
}

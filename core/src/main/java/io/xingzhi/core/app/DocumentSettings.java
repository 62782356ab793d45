package io.xingzhi.core.app;

import io.xingzhi.core.document.DocumentDrafter;
import io.xingzhi.core.document.TemplateSource;
import io.xingzhi.core.lead.DocumentType;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How an installation drafts and numbers its documents and refers its leads: the issuing
 * procuratorate's name, the prefix of its document numbers, the templates, the default reply
 * periods and the departments and bodies a lead may be referred to. A document number (文号) is the
 * prefix, the type's mark ({@code 纠} for a 纠正违法通知书, {@code 建} for a 检察建议, {@code 移} for a
 * 线索移送函), the year in 〔〕 and the sequence number of that type and year:
 * {@code 凤检刑执纠〔2024〕3号}, {@code 凤检刑执移〔2026〕1号}.
 *
 * @param procuratorate the issuing procuratorate, e.g. {@code 凤城市人民检察院}
 * @param numberPrefix what document numbers start with, e.g. {@code 凤检刑执}
 * @param templates where the document templates come from
 * @param noticeReply the default reply period of a 纠正违法通知书
 * @param recommendationReply the default reply period of a 检察建议
 * @param referralReply the default period within which a 线索移送函 asks its recipient to report back
 * @param referralDepartments the departments and bodies a lead may be referred to, each once, at least one
 */
public record DocumentSettings(String procuratorate, String numberPrefix, TemplateSource templates, Period noticeReply,
                               Period recommendationReply, Period referralReply, List<String> referralDepartments) {
    /** The default number prefix, a placeholder like {@link DocumentDrafter#DEFAULT_PROCURATORATE}. */
    public static final String DEFAULT_NUMBER_PREFIX = "××检刑执";
    /**
     * Where a lead may be referred unless the configuration says otherwise: the procuratorate's own
     * departments for public-interest litigation, criminal prosecution, complaints and discipline,
     * and the outside bodies for official misconduct and crime.
     */
    public static final List<String> DEFAULT_REFERRAL_DEPARTMENTS = List.of("公益诉讼部门", "刑事检察部门", "控告申诉部门",
            "纪检监察部门", "监察委员会", "公安机关");

    public DocumentSettings {
        requireText(procuratorate, "procuratorate");
        requireText(numberPrefix, "number prefix");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(noticeReply, "noticeReply");
        Objects.requireNonNull(recommendationReply, "recommendationReply");
        Objects.requireNonNull(referralReply, "referralReply");
        LinkedHashSet<String> departments = new LinkedHashSet<>();
        for (String d : referralDepartments) {
            requireText(d, "referral department");
            if (!departments.add(d.strip())) {
                throw new IllegalArgumentException("referral department " + d + " is named twice");
            }
        }
        if (departments.isEmpty()) {
            throw new IllegalArgumentException("no referral department");
        }
        referralDepartments = List.copyOf(departments);
    }

    /**
     * The bundled templates, {@link DocumentDrafter#DEFAULT_PROCURATORATE}, {@link #DEFAULT_NUMBER_PREFIX}
     * and the drafter's default reply periods.
     */
    public static DocumentSettings defaults() {
        return new DocumentSettings(DocumentDrafter.DEFAULT_PROCURATORATE, DEFAULT_NUMBER_PREFIX, TemplateSource.classpath(),
                DocumentDrafter.DEFAULT_NOTICE_REPLY, DocumentDrafter.DEFAULT_RECOMMENDATION_REPLY,
                DocumentDrafter.DEFAULT_REFERRAL_REPLY, DEFAULT_REFERRAL_DEPARTMENTS);
    }

    public DocumentSettings withProcuratorate(String name) {
        return new DocumentSettings(name, numberPrefix, templates, noticeReply, recommendationReply, referralReply,
                referralDepartments);
    }

    public DocumentSettings withNumberPrefix(String prefix) {
        return new DocumentSettings(procuratorate, prefix, templates, noticeReply, recommendationReply, referralReply,
                referralDepartments);
    }

    /**
     * Drafts from {@code source} instead of the bundled templates: every template name (the frames
     * {@code 纠正违法通知书.md}, {@code 检察建议.md}, … and the {@code 段落-<model>.md} paragraphs) is asked of
     * it alone. To replace or add a few, put yours in front of the bundled ones,
     * {@code withTemplates(mine.orElse(TemplateSource.classpath()))}; a source holding only your own
     * paragraph fails to draft with {@code no template 纠正违法通知书.md}.
     */
    public DocumentSettings withTemplates(TemplateSource source) {
        return new DocumentSettings(procuratorate, numberPrefix, source, noticeReply, recommendationReply, referralReply,
                referralDepartments);
    }

    public DocumentSettings withReplyPeriods(Period notice, Period recommendation) {
        return new DocumentSettings(procuratorate, numberPrefix, templates, notice, recommendation, referralReply,
                referralDepartments);
    }

    /** The same settings with the departments and bodies a lead may be referred to ({@code referral_departments}). */
    public DocumentSettings withReferralDepartments(List<String> departments) {
        return new DocumentSettings(procuratorate, numberPrefix, templates, noticeReply, recommendationReply, referralReply,
                departments);
    }

    /** The same settings with the period within which a 线索移送函 asks its recipient to report back. */
    public DocumentSettings withReferralReply(Period period) {
        return new DocumentSettings(procuratorate, numberPrefix, templates, noticeReply, recommendationReply, period,
                referralDepartments);
    }

    /**
     * The configured referral recipient {@code name} stands for: the same text, ignoring surrounding
     * blanks; empty when it is none of {@link #referralDepartments()}.
     */
    public Optional<String> referralDepartment(String name) {
        String t = name == null ? "" : name.strip();
        return referralDepartments.stream().filter(t::equals).findFirst();
    }

    /** The drafter these settings describe. */
    public DocumentDrafter drafter() {
        return new DocumentDrafter(templates, procuratorate, noticeReply, recommendationReply, referralReply);
    }

    /** The number of the {@code sequence}-th document of {@code type} in {@code year}, e.g. {@code 凤检刑执纠〔2024〕3号}. */
    public String number(DocumentType type, int year, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence numbers start at 1: " + sequence);
        }
        String mark = switch (type) {
            case CORRECTION_NOTICE -> "纠";
            case RECOMMENDATION -> "建";
            case REFERRAL_LETTER -> "移";
        };
        return numberPrefix + mark + "〔" + year + "〕" + sequence + "号";
    }

    /** The default reply deadline of a document of {@code type} dated {@code date}. */
    public LocalDate replyDeadline(DocumentType type, LocalDate date) {
        return date.plus(switch (type) {
            case CORRECTION_NOTICE -> noticeReply;
            case RECOMMENDATION -> recommendationReply;
            case REFERRAL_LETTER -> referralReply;
        });
    }

    private static void requireText(String s, String what) {
        Objects.requireNonNull(s, what);
        if (s.isBlank()) {
            throw new IllegalArgumentException(what + " is blank");
        }
    }
}

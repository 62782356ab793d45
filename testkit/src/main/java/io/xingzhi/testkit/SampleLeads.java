package io.xingzhi.testkit;

import io.xingzhi.core.identity.LinkedBy;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.lead.Evidence;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.lead.LeadKind;
import io.xingzhi.core.lead.PossibleMatch;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.SourceRef;
import io.xingzhi.core.run.DatasetCounts;
import io.xingzhi.core.identity.IdentityStats;
import io.xingzhi.core.run.RunReport;
import io.xingzhi.core.run.RunResult;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hand-made leads and runs for store tests. The leads carry no identity number (linked by name +
 * birth date), so they need nothing from the value parsers.
 */
public final class SampleLeads {
    private SampleLeads() {
    }

    /**
     * The standard kind with this model and code (with a few more fact labels for hand-made facts), or
     * a kind of that name with its code as label when no standard model has it.
     */
    public static LeadKind kind(String model, String code) {
        LeadKind k = io.xingzhi.core.engine.StandardModels.all().stream().flatMap(m -> m.kinds().stream())
                .filter(x -> x.model().equals(model) && x.code().equals(code)).findFirst()
                .orElse(LeadKind.of(model, model, code, code));
        return k.withFacts("notice_received_on", "收到执行通知书日期",
                "closed_on", "结案日期", "enterprise", "企业名称", "fine_amount", "罚金（元）", "executed_amount", "已执行金额（元）");
    }

    /** A custody-transfer lead against 看守所 with the given id. */
    public static Lead lead(String leadId) {
        return lead(leadId, "custody-transfer", "LATE_TRANSFER", "丹东市看守所");
    }

    /** A lead with the given id, model, kind and supervised agency; everything else plausible. */
    public static Lead lead(String leadId, String model, String kind, String agency) {
        return new Lead(leadId, kind(model, kind), Optional.empty(), "张三", "(2024)辽0682刑初123号", agency, "",
                Optional.of(LocalDate.of(2024, 3, 10)), "张三判决生效后超过30日才被投送监狱", List.of("刑事诉讼法第264条第2款"),
                List.of(new Evidence(new SourceRef(Dataset.CUSTODY, "custody.csv", 7), "看守所羁押记录")),
                LinkedBy.NAME_BIRTH_DATE, false, false, DocumentType.CORRECTION_NOTICE, Map.of("notice_received_on",
                "2024-02-09"), List.of());
    }

    /** A lead with every optional field filled and every flag set, for round-trip tests. */
    public static Lead full(String leadId) {
        return new Lead(leadId, kind("property-penalty", "TERMINATED_WITH_ASSETS"), Optional.empty(), "欧阳·娜娜",
                "(2023)辽06刑终45号", "法院", "东港市人民法院", Optional.of(LocalDate.of(2023, 12, 31)),
                "欧阳·娜娜罚金未执行完毕即以终结本次执行程序结案, 其同期担任企业法定代表人",
                List.of("最高人民法院关于刑事裁判涉财产部分执行的若干规定第4条", "人民检察院刑事诉讼规则第651条"),
                List.of(new Evidence(new SourceRef(Dataset.JUDGMENTS, "judgments.csv", 2), "生效裁判"),
                        new Evidence(new SourceRef(Dataset.ENFORCEMENT, "法院执行案件(2024).csv", 15), "财产刑执行案件"),
                        new Evidence(new SourceRef(Dataset.BUSINESS_REGISTRATIONS, "jdbc:企业登记", 1_000_000_001L),
                                "企业登记: 法定代表人")),
                LinkedBy.NAME_BIRTH_DATE, true, true, DocumentType.RECOMMENDATION,
                Map.of("fine_amount", "50000.00", "executed_amount", "0", "closed_on", "2024-01-15",
                        "enterprise", "丹东\"鑫源\"贸易有限公司"),
                List.of(new PossibleMatch(new SourceRef(Dataset.ENFORCEMENT, "法院执行案件(2024).csv", 16),
                        "同名同出生日期，身份证号一位不同")));
    }

    /** A run as of {@code asOf} that produced {@code leads}, with counts made up from them. */
    public static RunResult run(LocalDate asOf, Lead... leads) {
        return run(asOf, Map.of("custody.transfer_days", "30"), leads);
    }

    /** A run as of {@code asOf} with the given parameters that produced {@code leads}. */
    public static RunResult run(LocalDate asOf, Map<String, String> parameters, Lead... leads) {
        Map<String, Map<String, Long>> byKind = new LinkedHashMap<>();
        for (Lead l : leads) {
            byKind.computeIfAbsent(l.model(), k -> new LinkedHashMap<>()).merge(l.kindCode(), 1L, Long::sum);
        }
        Instant started = asOf.atStartOfDay(java.time.ZoneOffset.ofHours(8)).toInstant().plusSeconds(3600);
        RunReport report = new RunReport(asOf, started, started.plusMillis(2500),
                Map.of(Dataset.CUSTODY, new DatasetCounts(Dataset.CUSTODY, true, List.of("custody.csv"), 120, 117, 3),
                        Dataset.JUDGMENTS, new DatasetCounts(Dataset.JUDGMENTS, true, List.of("judgments.csv"), 80, 80, 0)),
                List.of(), IdentityStats.empty(), byKind, Map.of(), parameters,
                Arrays.stream(leads).map(Lead::kind).distinct().toList());
        return new RunResult(Arrays.asList(leads), report);
    }
}

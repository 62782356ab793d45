package io.xingzhi.core.document;

import java.util.Map;

/**
 * The Chinese names of the models and lead kinds of CONTRACT.md §4, for documents and reports.
 * An unknown model or kind is shown by its code.
 */
public final class LeadKinds {
    private static final Map<String, String> MODELS = Map.of(
            "custody-transfer", "看守所超期投送",
            "political-rights", "剥夺政治权利罪犯脱漏管",
            "prohibition-order", "社区矫正禁止令",
            "property-penalty", "刑事涉财产刑执行");

    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("custody-transfer/NOT_TRANSFERRED", "应当投送而未投送"),
            Map.entry("custody-transfer/LATE_TRANSFER", "超期投送"),
            Map.entry("custody-transfer/HELD_PAST_TERM", "刑满未释放"),
            Map.entry("custody-transfer/RELEASED_EARLY", "提前释放"),
            Map.entry("political-rights/NOT_SUPERVISED", "漏管"),
            Map.entry("political-rights/SUPERVISION_ENDED_EARLY", "脱管"),
            Map.entry("political-rights/NOT_RESTORED", "期满未恢复"),
            Map.entry("prohibition-order/CORRECTION_MISSING", "社区矫正漏管"),
            Map.entry("prohibition-order/ORDER_NOT_RECORDED", "禁止令未交付执行"),
            Map.entry("prohibition-order/ORDER_VIOLATED", "违反禁止令"),
            Map.entry("property-penalty/NOT_TRANSFERRED", "未移送执行"),
            Map.entry("property-penalty/ENFORCEMENT_OVERDUE", "执行超期"),
            Map.entry("property-penalty/CLOSED_NOT_PAID", "执行完毕但未足额"),
            Map.entry("property-penalty/TERMINATED_WITH_ASSETS", "终本不当"));

    private static final Map<String, String> FACTS = Map.ofEntries(
            Map.entry("notice_on", "交付执行通知书送达日"),
            Map.entry("deadline", "法定期限"),
            Map.entry("left_on", "出所日期"),
            Map.entry("days_late", "超期天数"),
            Map.entry("term_end", "刑期届满日"),
            Map.entry("effective_date", "裁判生效日"),
            Map.entry("dpr_start", "剥夺政治权利起始日"),
            Map.entry("dpr_end", "剥夺政治权利届满日"),
            Map.entry("supervision_ended_on", "监管终止日"),
            Map.entry("prohibition_order", "禁止令内容"),
            Map.entry("order_from", "禁止令起始日"),
            Map.entry("order_to", "禁止令届满日"),
            Map.entry("occurred_on", "行为发生日"),
            Map.entry("venue", "场所"),
            Map.entry("keyword", "匹配关键词"),
            Map.entry("enterprise", "企业名称"),
            Map.entry("role", "任职身份"),
            Map.entry("role_start", "任职起始日"),
            Map.entry("pay_by", "缴纳期限"),
            Map.entry("target", "应执行金额"),
            Map.entry("executed", "已执行金额"),
            Map.entry("closed_on", "结案日期"));

    private LeadKinds() {
    }

    /** The model's Chinese name, e.g. {@code 看守所超期投送}, or the code itself. */
    public static String modelLabel(String model) {
        return MODELS.getOrDefault(model, model);
    }

    /** The kind's Chinese name within its model, e.g. {@code 超期投送}, or the code itself. */
    public static String kindLabel(String model, String kind) {
        return KINDS.getOrDefault(model + "/" + kind, kind);
    }

    /** A lead fact's Chinese name, e.g. {@code 交付执行通知书送达日} for {@code notice_on}, or the key itself. */
    public static String factLabel(String key) {
        return FACTS.getOrDefault(key, key);
    }
}

package io.xingzhi.core.record;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The input datasets of CONTRACT.md §1 (the eight of the seed and the optional
 * {@code commutations}), each with its canonical field names and the Chinese
 * header aliases agencies export. {@link #streamed()} datasets (activities, business
 * registrations) can be very large and are streamed past the person index, never held whole.
 */
public enum Dataset {
    JUDGMENTS("judgments", "案管部门/法院 生效裁判", false, fields(
            "case_number", List.of("案号"),
            "court", List.of("法院", "审判法院"),
            "effective_date", List.of("生效日期", "判决生效日期"),
            "judgment_date", List.of("判决日期", "裁判日期"),
            "principal_penalty", List.of("主刑", "刑种"),
            "term_months", List.of("刑期", "刑期(月)"),
            "term_start", List.of("刑期起日", "刑期起算日期"),
            "term_end", List.of("刑期止日", "刑期届满日期"),
            "probation_months", List.of("缓刑考验期", "缓刑"),
            "dpr_months", List.of("剥夺政治权利", "剥夺政治权利期限"),
            "fine_amount", List.of("罚金", "罚金数额"),
            "confiscation_amount", List.of("没收财产", "没收个人财产"),
            "prepaid_amount", List.of("已缴纳", "预缴罚金"),
            "prohibition_order", List.of("禁止令", "禁止令内容"),
            "prohibition_months", List.of("禁止令期限"),
            "prohibition_start", List.of("禁止令起日"),
            "prohibition_end", List.of("禁止令止日"),
            "sentence_text", List.of("判决结果", "判项", "刑罚"))),
    CUSTODY("custody", "看守所 在押及出所人员", false, fields(
            "detention_center", List.of("看守所", "羁押场所"),
            "case_number", List.of("案号"),
            "admitted_on", List.of("入所日期", "收押日期"),
            "notice_received_on", List.of("收到执行通知书日期", "执行通知书送达日期"),
            "left_on", List.of("出所日期"),
            "leave_reason", List.of("出所原因", "出所去向"))),
    CORRECTIONS("corrections", "司法局 社区矫正人员", false, fields(
            "correction_type", List.of("矫正类别", "社区矫正类别"),
            "case_number", List.of("案号"),
            "start_on", List.of("矫正起日"),
            "end_on", List.of("矫正止日"),
            "office", List.of("司法所", "执行地"),
            "reported_on", List.of("报到日期", "入矫报到日期"),
            "prohibition_order", List.of("禁止令", "禁止令内容"),
            "prohibition_start", List.of("禁止令起日"),
            "prohibition_end", List.of("禁止令止日"))),
    RESETTLEMENT("resettlement", "司法局 安置帮教人员", false, fields(
            "released_on", List.of("释放日期", "出监日期"),
            "release_type", List.of("释放类型", "释放原因"),
            "institution", List.of("原服刑场所", "服刑单位"),
            "case_number", List.of("案号"))),
    DPR_SUPERVISION("dpr_supervision", "公安机关 剥夺政治权利罪犯", false, fields(
            "start_on", List.of("执行起日", "起始日期"),
            "end_on", List.of("执行止日", "终止日期"),
            "police_station", List.of("派出所", "执行机关"))),
    ENFORCEMENT("enforcement", "法院 刑事财产刑执行案件", false, fields(
            "enforcement_number", List.of("执行案号"),
            "source_case_number", List.of("执行依据", "原审案号", "执行依据文书编号"),
            "transferred_on", List.of("移送执行日期", "移送日期"),
            "filed_on", List.of("立案日期"),
            "target_amount", List.of("执行标的", "申请执行标的"),
            "executed_amount", List.of("已执行金额", "实际执行到位金额"),
            "closed_on", List.of("结案日期"),
            "closure", List.of("结案方式"))),
    BUSINESS_REGISTRATIONS("business_registrations", "市场监督管理局 企业登记", true, fields(
            "enterprise", List.of("企业名称", "市场主体名称"),
            "credit_code", List.of("统一社会信用代码"),
            "role", List.of("职务", "身份", "人员类型"),
            "business_scope", List.of("经营范围"),
            "role_start", List.of("任职日期", "成立日期"),
            "role_end", List.of("离任日期", "注销日期"))),
    ACTIVITIES("activities", "公安/文旅/环保等 场所出入、住宿、行政处罚记录", true, fields(
            "occurred_on", List.of("发生时间", "日期", "入住时间", "上网时间"),
            "category", List.of("类别", "记录类型"),
            "venue_type", List.of("场所类型"),
            "venue_name", List.of("场所名称", "单位名称"),
            "description", List.of("内容", "事由", "违法事实"),
            "agency", List.of("来源单位", "数据来源"))),
    COMMUTATIONS("commutations", "法院 减刑、假释裁定", false, fields(
            "case_number", List.of("案号", "原判案号"),
            "ruling_number", List.of("裁定书文号", "减刑假释案号"),
            "ruling_type", List.of("裁定类型", "类别"),
            "ruling_date", List.of("裁定日期"),
            "court", List.of("裁定法院")));

    /** Identity columns every dataset has (CONTRACT.md §1). */
    public static final Map<String, List<String>> IDENTITY_FIELDS = fields(
            "name", List.of("姓名"),
            "id_number", List.of("身份证号", "公民身份号码", "证件号码", "身份证号码"),
            "birth_date", List.of("出生日期"));

    private final String fileStem;
    private final String agency;
    private final boolean streamed;
    private final Map<String, List<String>> fields;

    Dataset(String fileStem, String agency, boolean streamed, Map<String, List<String>> fields) {
        this.fileStem = fileStem;
        this.agency = agency;
        this.streamed = streamed;
        this.fields = fields;
    }

    /** The canonical name, also the file stem ({@code judgments} for {@code judgments*.csv}). */
    public String fileStem() {
        return fileStem;
    }

    /** The agency that supplies it, in Chinese. */
    public String agency() {
        return agency;
    }

    /** True for the big side: streamed past the person index, never held in memory whole. */
    public boolean streamed() {
        return streamed;
    }

    /** Canonical field → Chinese aliases, excluding the identity fields; in contract order. */
    public Map<String, List<String>> fields() {
        return fields;
    }

    /** Finds a dataset by its canonical name ({@code judgments}), case-insensitively. */
    public static Optional<Dataset> byName(String name) {
        for (Dataset d : values()) {
            if (d.fileStem.equalsIgnoreCase(name == null ? "" : name.trim())) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private static Map<String, List<String>> fields(Object... pairs) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> aliases = (List<String>) pairs[i + 1];
            m.put((String) pairs[i], List.copyOf(aliases));
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}

package io.xingzhi.core.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.value.IdNumber;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReasonTextTest {
    private static final String BODY = TestRows.BODY;
    private static final String ID = TestRows.ID;
    private final RecordMapper mapper = RecordMapper.standard();

    private static RawRow row(Dataset d, String... kv) {
        return TestRows.row(d, 7, kv);
    }

    private String reasonOf(RawRow row) {
        MappingResult r = mapper.map(row);
        assertThat(r).as("rejected: %s", row).isInstanceOf(MappingResult.Rejected.class);
        return ((MappingResult.Rejected) r).rejection().reason();
    }

    /** Words a Chinese reason may keep: names of formats, standards and tools, not English sentences. */
    private static final java.util.Set<String> KEPT_WORDS = java.util.Set.of("JSON", "CSV", "MiB", "Excel", "sep", "NUL",
            "yyyyMMddHHmmss", "commutations", "GB", "UTF", "GBK", "GB18030");

    /** The English words left in a Chinese reason outside its quoted values. */
    private static List<String> englishLeft(String zh) {
        String outside = zh.replaceAll("\"[^\"]*\"|“[^”]*”", "").replace("[identity-number-like]", "");
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("[A-Za-z]{2,}").matcher(outside);
        while (m.find()) {
            if (!KEPT_WORDS.contains(m.group())) {
                words.add(m.group());
            }
        }
        return words;
    }

    private static void assertFullyChinese(String english) {
        String zh = ReasonText.chinese(english);
        assertThat(ReasonText.translated(english)).as("a template for %s", english).isTrue();
        assertThat(englishLeft(zh)).as("%s → %s", english, zh).isEmpty();
    }

    @Test
    void aRejectedJudgmentsReasonsReadInChineseWithTheirFieldsByTheirChineseNamesAndTheirValuesUntouched() {
        String en = reasonOf(row(Dataset.JUDGMENTS, "身份证号", ID, "生效日期", "2024-13-45", "罚金", "-5"));
        assertThat(en).isEqualTo("principal_penalty: the principal penalty cannot be determined: principal_penalty is blank and "
                + "there is no sentence_text; a judgment is taken as 单处 or 免予刑事处罚 only when it says so; fine_amount: "
                + "amount is negative (\"-5\"); effective_date: no such day 2024-13-45 (\"2024-13-45\")");
        assertThat(ReasonText.chinese(Dataset.JUDGMENTS, en)).isEqualTo("主刑：无法确定主刑：主刑为空，且没有判决结果；"
                + "判决只有写明单处或免予刑事处罚时才按此认定；罚金：金额为负数（\"-5\"）；生效日期：不存在的日期 2024-13-45（\"2024-13-45\"）");
    }

    @Test
    void aFieldIsNamedAsItsOwnDatasetNamesIt() {
        String en = reasonOf(row(Dataset.DPR_SUPERVISION, "身份证号", ID));
        assertThat(en).isEqualTo("start_on: required but blank");
        assertThat(ReasonText.chinese(Dataset.DPR_SUPERVISION, en)).isEqualTo("执行起日：必填但为空");
        assertThat(ReasonText.chinese(Dataset.CORRECTIONS, en)).isEqualTo("矫正起日：必填但为空");
    }

    @Test
    void aPlaceholderThatMakesAValueBlankIsNamedInChinese() {
        String en = reasonOf(row(Dataset.CUSTODY, "姓名", "无", "身份证号", "暂无", "入所日期", "不详"));
        assertFullyChinese(en);
        assertThat(ReasonText.chinese(Dataset.CUSTODY, en)).contains("姓名和身份证号均为空（\"无\" 表示没有值，按空值处理）");
    }

    @Test
    void aReasonWithoutATemplateStaysInEnglish() {
        assertThat(ReasonText.translated("something nobody wrote yet")).isFalse();
        assertThat(ReasonText.chinese("something nobody wrote yet")).isEqualTo("something nobody wrote yet");
        assertThat(ReasonText.chinese("amount is blank; term_months: something new"))
                .isEqualTo("金额为空；term_months: something new");
    }

    @Test
    void theReasonsOfTheDatabaseAndFeedAdaptersReadInChinese() {
        // adapters-jdbc JdbcRecordSource and adapters-rest HttpRecordSource (through HeaderGate) make these
        assertThat(ReasonText.chinese("cannot read column 入所日期: Invalid date; column 出所日期: Invalid date"))
                .isEqualTo("无法读取列 入所日期: Invalid date；列 出所日期: Invalid date");
        assertThat(ReasonText.chinese("the header row cannot be read: the feed answered with an empty body: no header, no rows"))
                .isEqualTo("表头行无法读取：数据接口返回了空内容：没有表头，也没有数据行");
    }

    @Test
    void theHeaderChecksBilingualReasonGivesItsChinesePart() {
        String en = "文件没有表头行：第1行是数据，不是列名 (the file has no header row: line 1 is data, not column names)";
        assertThat(ReasonText.chinese(en)).isEqualTo("文件没有表头行：第1行是数据，不是列名");
    }

    @Test
    void badValuesOfEveryKindGiveReasonsWithAChineseRendering() {
        List<RawRow> rows = new ArrayList<>();
        String[] badDates = {"2024-13-45", "2023-02-30", "1700-01-01", "20240305256199", "2024-03-05T10:00+09:00",
            "2024-03-05T10:00+25:00", "明天", "1900-01-01"};
        for (String d : badDates) {
            rows.add(row(Dataset.CUSTODY, "身份证号", ID, "入所日期", d));
        }
        String[] badAmounts = {"-5", "1.234", "5元3角.5", "八千三万", "5万3万", "万五", "一二三", "点五", "十百", "甲乙丙", "1.8万八千",
            "三亿亿", "亿五", "一万五", "五十三四"};
        for (String a : badAmounts) {
            rows.add(row(Dataset.ENFORCEMENT, "身份证号", ID, "立案日期", "2024-01-01", "执行标的", a));
        }
        String[] badTerms = {"9999", "若干", "1.5年", "2.5个月", "3.5天", "三六"};
        for (String t : badTerms) {
            rows.add(row(Dataset.JUDGMENTS, "身份证号", ID, "生效日期", "2024-01-01", "主刑", "有期徒刑", "刑期", t));
        }
        String[] badIds = {"12345", "1234567890123456789", "99010119800101123X", "000000000000000000", "210682800132123",
            "21068219801301123X", "2.10682E+17", "210682198001011230.0", "21068219800101123Y", "A10682198001011230",
            "21068219800101123" + (IdNumber.checkCharacter(BODY) == '0' ? '1' : '0'), "990101800101123", "21068280010112A"};
        for (String id : badIds) {
            rows.add(row(Dataset.CUSTODY, "身份证号", id, "入所日期", "2024-01-01"));
        }
        String[] texts = {"判处有期徒刑三年", "被告人张三犯盗窃罪，判处罚款五千元", "免予刑事处罚，并处罚金五千元",
            "被告人张三犯盗窃罪，判处有期徒刑一年；犯诈骗罪，判处有期徒刑二年", "判处管制一年，缓刑二年",
            "判处有期徒刑三年，缓刑", "对罪犯张三减去有期徒刑六个月", "被告单位甲公司判处罚金十万元，被告人张三判处有期徒刑三年",
            "被告人张三判处有期徒刑三年，被告人李四判处有期徒刑二年", "判处有期徒刑三年（刑期自2024年1月1日起至2023年1月1日止）",
            "判处有期徒刑三年（刑期自2024年1月1日起至2027年1月1日止，刑期自2024年1月1日起至2027年1月2日止）",
            "判处有期徒刑三年，罚金人民币5,000.123元", "撤销原判决", "判处有期徒刑三年，罚金五千美元", "判处有期徒刑三年，罚金若干"};
        for (String t : texts) {
            rows.add(row(Dataset.JUDGMENTS, "身份证号", ID, "生效日期", "2024-01-01", "判决结果", t));
        }
        rows.add(row(Dataset.JUDGMENTS, "身份证号", ID, "生效日期", "2024-01-01", "主刑", "有期徒刑（缓刑）", "刑期", "36"));
        rows.add(row(Dataset.JUDGMENTS, "身份证号", ID, "生效日期", "2024-01-01", "主刑", "枪毙"));
        rows.add(row(Dataset.CORRECTIONS, "身份证号", ID, "矫正起日", "2024-01-01", "矫正类别", "劳教"));
        rows.add(row(Dataset.COMMUTATIONS, "身份证号", ID, "裁定日期", "2024-01-01", "裁定类型", "特赦"));
        rows.add(row(Dataset.ENFORCEMENT, "身份证号", ID, "立案日期", "2024-01-01", "执行案号", "(2024)辽0604执1号、(2024)辽0604执2号"));
        rows.add(row(Dataset.CUSTODY, "身份证号", ID, "公民身份号码", BODY + "9", "入所日期", "2024-01-01"));
        rows.add(row(Dataset.CUSTODY, "身份证号", "12345", "入所日期", "2024-01-01"));
        rows.add(row(Dataset.CUSTODY, "身份证号", ID, "入所日期", "2024-01-01", "收到执行通知书日期", "2024-01-01",
                "执行通知书送达日期", "2024-02-01"));

        List<String> untranslated = new ArrayList<>();
        int rejected = 0;
        for (RawRow r : rows) {
            MappingResult m = mapper.map(r);
            if (!(m instanceof MappingResult.Rejected x)) {
                continue;
            }
            rejected++;
            String en = x.rejection().reason();
            String zh = ReasonText.chinese(r.dataset(), en);
            if (!ReasonText.translated(en) || !englishLeft(zh).isEmpty()) {
                untranslated.add(en + "\n    → " + zh);
            }
            String category = Rejection.category(en);
            if (!ReasonText.translated(category) || !englishLeft(ReasonText.chinese(r.dataset(), category)).isEmpty()) {
                untranslated.add("category " + category + "\n    → " + ReasonText.chinese(r.dataset(), category));
            }
        }
        assertThat(rejected).isGreaterThan(50);
        assertThat(untranslated).isEmpty();
    }

    /**
     * Every English fragment of a reason the code makes - each string literal of a {@code Parsed.failed},
     * {@code error}, {@code unreadable}, {@code new Rejection} call and of the other places reasons are
     * put together - is part of some template: a new reason cannot be added without its Chinese.
     */
    @Test
    void everyReasonTheCoreSourcesMakeHasAChineseTemplate() throws IOException {
        Path root = Path.of("src/main/java/io/xingzhi/core");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(root.resolve("value"))) {
            s.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
        }
        files.add(root.resolve("record/RecordMapper.java"));
        files.add(root.resolve("engine/HeaderGate.java"));
        assertThat(untemplated(files, ReasonText.templates())).isEmpty();
    }

    /** The calls that make reasons, each up to the end of its statement. */
    static final Pattern REASON_CALL = Pattern.compile("(?:Parsed\\.failed\\(|\\berror\\(|\\.unreadable\\(|new Rejection\\("
            + "|reject\\(first, |broken = |problem = |String why = |unusable\\.put\\(ref\\.source\\(\\), |reason = "
            + "|return Optional\\.of\\(\"|static final String (?:PLACEHOLDER|NO_PROVINCE|ZERO_BYTES) =|^\\s*return \"(?=[a-z]))",
            Pattern.MULTILINE);
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /**
     * The English fragments of the reasons made in {@code files} that no template holds: each literal
     * of a reason-making statement, unescaped, without a leading field name, with at least one letter.
     */
    static List<String> untemplated(List<Path> files, List<String> templates) throws IOException {
        List<String> searchable = templates.stream().map(t -> t.replace("{q}", "\"\"").replaceAll("\\{[vnrf]\\d?}", "\u0000")).toList();
        TreeSet<String> missing = new TreeSet<>();
        int found = 0;
        for (Path f : files) {
            String src = Files.readString(f, StandardCharsets.UTF_8).replaceAll("(?m)^\\s*(//|\\*|/\\*\\*).*$", "");
            Matcher m = REASON_CALL.matcher(src);
            while (m.find()) {
                int end = src.indexOf(";\n", m.end());
                String statement = src.substring(m.start(), end < 0 ? src.length() : end);
                Matcher l = LITERAL.matcher(statement.substring(m.group().endsWith("\"") ? m.group().length() - 1 : m.group().length()));
                while (l.find()) {
                    String text = l.group(1).replace("\\\"", "\"").replace("\\\\", "\\").replaceFirst("^[a-z_]*: ", "");
                    if (!text.matches("(?s).*[A-Za-z]{2,}.*") || text.matches("[a-z_]+|\\\\u")) {
                        // no words, a field's name, the escape of a character
                        continue;
                    }
                    found++;
                    String t = text;
                    if (searchable.stream().noneMatch(s -> s.contains(t))) {
                        missing.add(f.getFileName() + ": " + text);
                    }
                }
            }
        }
        assertThat(found).as("reason literals found in %s", files).isGreaterThan(10);
        return new ArrayList<>(missing);
    }
}

package io.xingzhi.core.record;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Chinese rendering of a rejection's reason ({@link Rejection#reason()}, which stays English so
 * that what parses {@code rejections.csv} today keeps working): the one table of every reason the
 * value parsers, the {@link RecordMapper}, the header check and the row readers of {@code formats}
 * make, each an English template and its Chinese.
 *
 * <p>A template is fixed text with slots: {@code {v}} any text, kept as written; {@code {n}} a
 * number (or the {@code #} of a {@linkplain Rejection#category category}), kept; {@code {q}} a
 * quoted value ({@code "…"} or {@code “…”}), kept untouched, quotes and all; {@code {r}} a reason
 * within the reason, itself translated; {@code {f}} a canonical field name, given as its Chinese
 * column name (CONTRACT.md §1, the first of {@link Dataset#fields()}). A slot may carry a digit
 * ({@code {v2}}) to tell two of a kind apart. A parser's template that ends in {@code : {v}} is also
 * known without that ending, as the mapping quotes the value itself. A row's reasons, joined by
 * {@code ; } before each field name, are translated one by one; one that no template matches is
 * left in English ({@link #chinese} never fails). Reasons already in Chinese (the header check's
 * {@code 中文 (English)}) give their Chinese part.
 */
public final class ReasonText {
    private ReasonText() {
    }

    /**
     * Phrases inside a reason, English → Chinese, put in before its templates are matched (a template
     * then reads them as part of a {@code {v}}).
     */
    private static final String[][] PHRASES = {
        {" ({q} says there is none, and is read as blank)", "（{q} 表示没有值，按空值处理）"},
        {"; column ", "；列 "},
    };

    /** English template → Chinese, tried in this order (the first whose English matches the whole text wins). */
    private static final String[][] TABLE = {
        // the value a field's reason quotes (RecordMapper): first, as a reason within may end in brackets too
        {"{r} ({q})", "{r}（{q}）"},
        // a row's identity (RecordMapper)
        {"name and id_number: both blank{v}, the row is about nobody", "姓名和身份证号均为空{v}，该行无法对应到任何人"},
        {"name blank{v} and id_number not valid ({r}), the row is about nobody", "姓名为空{v}，且身份证号无效（{r}），该行无法对应到任何人"},
        // a judgment's principal penalty (RecordMapper)
        {"the principal penalty cannot be determined: {r}; a judgment is taken as 单处 or 免予刑事处罚 only when it says so",
            "无法确定主刑：{r}；判决只有写明单处或免予刑事处罚时才按此认定"},
        {"principal_penalty is blank and there is no sentence_text", "主刑为空，且没有判决结果"},
        {"principal_penalty is blank and sentence_text names {v} but its term cannot be read: {q}",
            "主刑为空，判决结果写了{v}，但无法读取其刑期：{q}"},
        {"principal_penalty is blank and sentence_text cannot be read ({r}): {q}", "主刑为空，且判决结果无法读取（{r}）：{q}"},
        {"principal_penalty is blank and sentence_text names none (no principal penalty in it): {q}", "主刑为空，且判决结果中没有主刑：{q}"},
        {"{q} says the sentence is suspended (缓刑), but probation_months is blank and sentence_text states no probation: "
            + "give the probation (缓刑考验期)", "{q}表示宣告缓刑，但缓刑考验期为空，判决结果也没有写明缓刑考验期：请填写缓刑考验期"},
        // a field's value (RecordMapper)
        {"required but blank ({v} is the day systems write for no date, and is read as blank)",
            "必填但为空（{v} 是系统表示“无日期”时写入的日期，按空值处理）"},
        {"required but blank{v}", "必填但为空{v}"},
        {"a nested JSON value where text was expected", "应为文本，却是嵌套的 JSON 值"},
        {"unreadable", "无法读取"},
        {"columns naming the same field disagree, {v} {q} but {v2}; neither is taken", "指向同一字段的几列取值不一致：{v} 列为 {q}，而 {v2}；均不采用"},
        {"unknown correction type {q} (管制, 缓刑, 假释, 暂予监外执行)", "无法识别的矫正类别 {q}（应为管制、缓刑、假释、暂予监外执行）"},
        {"unknown ruling type {q} (减刑, 假释)", "无法识别的裁定类型 {q}（应为减刑、假释）"},
        // identity numbers (IdNumber)
        {"identity number is blank", "身份证号为空"},
        {"15-character identity number contains a character other than a digit", "15位身份证号含有数字以外的字符"},
        {"15-digit identity number does not start with a province code (GB/T 2260)", "15位身份证号不以省级行政区划代码开头（GB/T 2260）"},
        {"identity number is a placeholder (one digit repeated), not a person's number", "身份证号是占位号码（同一数字重复），不是真实的身份证号"},
        {"birth date in the 15-digit identity number is not a real date", "15位身份证号中的出生日期不是真实存在的日期"},
        {"identity number is written in scientific notation (ending in E+17, as Excel shows a long number): its last digits are "
            + "lost; export the column as text", "身份证号被写成了科学计数法（以 E+17 结尾，Excel 显示长数字时如此）：末几位已丢失；请将该列按文本导出"},
        {"identity number is written as a decimal number (ending in .0, as a numeric column exports it): its last digits may be "
            + "lost; export the column as text", "身份证号被写成了小数（以 .0 结尾，数值列导出时如此）：末几位可能已丢失；请将该列按文本导出"},
        {"identity number has {n} characters, expected 18 (or 15)", "身份证号有 {n} 位，应为 18 位（或 15 位）"},
        {"identity number has {n} characters, expected 18", "身份证号有 {n} 位，应为 18 位"},
        {"identity number contains a character other than a digit in its first 17 places", "身份证号前 17 位含有数字以外的字符"},
        {"identity number ends in a character other than a digit or X", "身份证号末位不是数字或 X"},
        {"birth date in the identity number is not a real date", "身份证号中的出生日期不是真实存在的日期"},
        {"identity number check digit does not match (GB 11643)", "身份证号校验码不符（GB 11643）"},
        {"identity number does not start with a province code (GB/T 2260), nor with 9 and one",
            "身份证号既不以省级行政区划代码（GB/T 2260）开头，也不以 9 加一位数字开头"},
        // amounts (Amount)
        {"amount is blank", "金额为空"},
        {"amount is negative: {v}", "金额为负数：{v}"},
        {"not an amount (yuan with decimals and 角/分 besides): {v}", "不是金额（元已带小数，又另写角、分）：{v}"},
        {"not an amount ({r})", "不是金额（{r}）"},
        {"amount has more than two decimal places (below one fen): {v}", "金额超过两位小数（不足一分）：{v}"},
        // dates (Dates)
        {"date is blank", "日期为空"},
        {"not a time of day in a compact date-time (yyyyMMddHHmmss): {v}", "紧凑日期时间（yyyyMMddHHmmss）中的时刻无效：{v}"},
        {"not a date in a known form (e.g. 2024-03-05, 2024/3/5, 2024年3月5日, 20240305): {v}",
            "不是可识别格式的日期（如 2024-03-05、2024/3/5、2024年3月5日、20240305）：{v}"},
        {"not a time zone offset: {v}", "不是有效的时区偏移：{v}"},
        {"a date with the zone {v}, not Beijing's (+08:00), is not one day of Beijing's calendar: {v2}",
            "带时区 {v}（而非北京时间 +08:00）的日期不能对应北京日历上的某一天：{v2}"},
        {"year {n} is outside {n2}-{n3}: {v}", "年份 {n} 不在 {n2}-{n3} 之间：{v}"},
        {"no such day {n}-{n2}-{n3}: {v}", "不存在的日期 {n}-{n2}-{n3}：{v}"},
        // case numbers (CaseNumber), principal penalties (PrincipalPenalty), names (PersonName)
        {"case number is blank", "案号为空"},
        {"names more than one case, and a row is about one case: {v}", "写了不止一个案号，而一行只能对应一个案件：{v}"},
        {"principal penalty is blank", "主刑为空"},
        {"unknown principal penalty: {v}", "无法识别的主刑：{v}"},
        {"name is blank", "姓名为空"},
        // terms (Months)
        {"term is blank", "期限为空"},
        {"term is too long: {v} months", "期限过长：{v} 个月"},
        {"not a term (e.g. 42, 3年6个月, 三年六个月, 终身): {v}", "不是可识别的期限（如 42、3年6个月、三年六个月、终身）：{v}"},
        {"not a whole number of years: {v}", "年数不是整数：{v}"},
        {"not a whole number of months: {v}", "月数不是整数：{v}"},
        {"not a whole number of days: {v}", "天数不是整数：{v}"},
        // numbers (ChineseNumerals)
        {"number is blank", "数字为空"},
        {"Chinese digits without units are not a count (write 三十六, or the unit that is missing, 三年六个月): {v}",
            "不带单位的中文数字不能表示数量（应写作三十六，或补上缺少的单位，如三年六个月）：{v}"},
        {"digits after a decimal with a unit write its places twice (write 1.8万 or 一万八千): {v}",
            "带单位的小数后又写了数位，数位重复（应写作 1.8万 或 一万八千）：{v}"},
        {"two numbers without a unit between them: {v}", "两个数字之间没有单位：{v}"},
        {"misplaced 点 (decimal point): {v}", "“点”（小数点）的位置不对：{v}"},
        {"units out of order: {v}", "单位顺序错乱：{v}"},
        {"unit without a number before it: {v}", "单位前面没有数字：{v}"},
        {"abbreviated number is ambiguous (write the unit, e.g. 八千三百万): {v}", "省略单位的数字有歧义（请写出单位，如八千三百万）：{v}"},
        {"abbreviated number is ambiguous (write the last unit, e.g. 一万五千): {v}", "省略单位的数字有歧义（请写出末位的单位，如一万五千）：{v}"},
        {"万 without a number before it: {v}", "“万”前面没有数字：{v}"},
        {"万 written twice (two amounts, not one): {v}", "“万”写了两次（是两个数额，不是一个）：{v}"},
        {"亿 without a number before it: {v}", "“亿”前面没有数字：{v}"},
        {"亿 written twice (two amounts, not one): {v}", "“亿”写了两次（是两个数额，不是一个）：{v}"},
        {"not a number: {v}", "不是数字：{v}"},
        // sentence text (SentenceText)
        {"sentence text is blank", "判决结果为空"},
        {"the sentence text is a ruling that changes a sentence (减刑/假释: {v}), not a judgment's sentence: give the "
            + "judgment's own 判项, and the ruling as a row of commutations",
            "判决结果是变更刑罚的裁定（减刑/假释：{v}），不是判决的判项：请填写判决本身的判项，并把该裁定作为减刑、假释裁定（commutations）的一行"},
        {"the sentence text revokes a judgment (撤销…) and states no operative sentence after it", "判决结果撤销原判决（撤销…），其后没有写明执行的判项"},
        {"no penalty found in the sentence text", "判决结果中没有找到刑罚"},
        {"the sentence text revokes a judgment (撤销…) and combines sentences (决定执行) in the same passage: the operative "
            + "sentence cannot be told apart", "判决结果在同一段中撤销原判决（撤销…）又决定执行：无法分辨执行的判项"},
        {"the sentence text also sentences a defendant unit (被告单位): which penalties are the person's cannot be told; give "
            + "the person's own 判项", "判决结果同时判处了被告单位：无法分辨哪些刑罚属于本人；请填写本人的判项"},
        {"the sentence text sentences {n} defendants: whose penalties are whose cannot be told; give the person's own 判项",
            "判决结果判处了 {n} 名被告人：无法分辨各人的刑罚；请填写本人的判项"},
        {"the sentence text sentences more than one offence and states no combined sentence (决定执行): which sentence is "
            + "executed cannot be read", "判决结果对数罪分别判刑，但没有写明决定执行的刑罚（决定执行）：无法确定执行哪一刑罚"},
        {"the combined sentence (决定执行…) names no principal penalty nor probation, though the text before it suspends a "
            + "sentence (缓刑): give the principal penalty and the probation in principal_penalty and probation_months",
            "决定执行部分（决定执行…）没有写明主刑和缓刑考验期，而其前文宣告了缓刑：请在主刑和缓刑考验期两列中填写"},
        {"the sentence text exempts from punishment (免予刑事处罚) and also pronounces {r}: an exempted judgment has no penalty "
            + "(CL art. 37); give the judgment's own 判项",
            "判决结果免予刑事处罚，又宣告了{r}：免予刑事处罚的判决没有刑罚（刑法第三十七条）；请填写判决本身的判项"},
        {"a fine (罚金)", "罚金"},
        {"a confiscation (没收财产)", "没收财产"},
        {"a deprivation of political rights (剥夺政治权利)", "剥夺政治权利"},
        {"a probation (缓刑)", "缓刑"},
        {"another penalty ({v})", "其他刑罚（{v}）"},
        {"the {r} in the sentence text cannot be read: {r2}", "判决结果中的{r}无法读取：{r2}"},
        {"the combined sentence (决定执行…) names more than one {r}", "决定执行部分（决定执行…）写了不止一个{r}"},
        {"the sentence text names more than one {r} and no combined sentence (决定执行)", "判决结果写了不止一个{r}，且没有决定执行的刑罚（决定执行）"},
        {"principal penalty", "主刑"},
        {"probation", "缓刑考验期"},
        {"deprivation of political rights", "剥夺政治权利"},
        {"fine", "罚金"},
        {"confiscation", "没收财产"},
        {"{v} (罚款 is no criminal penalty: write the fine as 罚金)", "{v}（罚款不是刑罚：应写作“罚金”，而非“罚款”）"},
        {"{v}… (not one exact term)", "{v}…（不是一个确定的期限）"},
        {"{v}… (not an amount in yuan)", "{v}…（不是以元计的金额）"},
        {"{v} (not an amount in yuan)", "{v}（不是以元计的金额）"},
        {"{v}… (not one exact amount)", "{v}…（不是一个确定的金额）"},
        {"{v} (more than two decimals: a thousands separator read as a point?)", "{v}（超过两位小数：是否把千位分隔符写成了小数点？）"},
        {"{v} (no amount in a form read)", "{v}（没有可识别格式的金额）"},
        {"the sentence text suspends the sentence (缓刑) but its probation period cannot be read", "判决结果宣告缓刑，但无法读取缓刑考验期"},
        {"the sentence text suspends (缓刑) a penalty that cannot be suspended ({v}): only 拘役 and 有期徒刑 are (CL art. 72); "
            + "give the judgment's own 判项", "判决结果对不能缓刑的刑罚（{v}）宣告了缓刑：只有拘役和有期徒刑可以缓刑（刑法第七十二条）；请填写判决本身的判项"},
        {"the term stated in the sentence text cannot be read: {r}", "判决结果写明的刑期无法读取：{r}"},
        {"the term stated in the sentence text ends ({v}) before it starts ({v2})", "判决结果写明的刑期止日（{v}）早于起日（{v2}）"},
        {"the sentence text states more than one term (刑期自…起至…止)", "判决结果写明了不止一个刑期（刑期自…起至…止）"},
        // headers (HeaderGate)
        {"the header row cannot be read: {r}", "表头行无法读取：{r}"},
        // rows as read (formats: CsvSplitter, JsonRowReader, LineDecoder; adapters-jdbc JdbcRecordSource)
        {"header row unreadable: {r}", "表头行无法读取：{r}"},
        {"line longer than {n} MiB", "行长度超过 {n} MiB"},
        {"undecodable bytes in {v} on line {n} (record on lines {n2}–{n3})", "第 {n} 行有无法按 {v} 解码的字节（该记录在第 {n2}–{n3} 行）"},
        {"{r}; the rest of the array cannot be split", "{r}；数组其余部分无法拆分"},
        {"undecodable bytes in {v}", "有无法按 {v} 解码的字节"},
        {"a line of zero (NUL) bytes: the file was cut short or padded when it was written", "整行都是零（NUL）字节：文件写入时被截断或填充"},
        {"the file names {q} as its separator (Excel's sep= line): only comma-separated files are read; save it as CSV "
            + "(comma-separated)", "文件指定 {q} 为分隔符（Excel 的 sep= 行）：只读取逗号分隔的文件；请另存为逗号分隔的 CSV 文件"},
        {"the file names '{v}' as its separator (Excel's sep= line): only comma-separated files are read; save it as CSV "
            + "(comma-separated)", "文件指定 '{v}' 为分隔符（Excel 的 sep= 行）：只读取逗号分隔的文件；请另存为逗号分隔的 CSV 文件"},
        {"unexpected characters after the closing quote of field {n}", "第 {n} 个字段的右引号之后有多余字符"},
        {"unbalanced quote in field {n}: the quote is never closed", "第 {n} 个字段的引号不成对：引号一直没有闭合"},
        {"unbalanced quote in field {n}: the quote is still open after {n2} more lines", "第 {n} 个字段的引号不成对：其后 {n2} 行仍未闭合"},
        {"unbalanced quote in field {n}: the quote opened on this line closes on line {n2} followed by other characters",
            "第 {n} 个字段的引号不成对：本行开始的引号在第 {n2} 行闭合，其后还有其他字符"},
        {"the file's header row could not be read", "文件的表头行无法读取"},
        {"expected {n} fields, found {n2} (record on lines {n3}–{n4})", "应有 {n} 个字段，实有 {n2} 个（该记录在第 {n3}–{n4} 行）"},
        {"expected {n} fields, found {n2}", "应有 {n} 个字段，实有 {n2} 个"},
        {"text after the JSON object", "JSON 对象之后还有其他文本"},
        {"JSON past the reader's limits: {v}", "JSON 超出读取限制：{v}"},
        {"broken JSON at line {n}, column {n2}", "JSON 格式错误，位于第 {n} 行第 {n2} 列"},
        {"broken JSON at column {n}", "JSON 格式错误，位于第 {n} 列"},
        {"broken JSON", "JSON 格式错误"},
        {"not a JSON object", "不是 JSON 对象"},
        {"given twice", "出现了两次"},
        {"{v}: given twice", "{v}：出现了两次"},
        {"{v}: \\u{v2} is half of a character (a lone surrogate escape), no text", "{v}：\\u{v2} 是半个字符（孤立的代理项转义），不是文本"},
        {"the JSON array is not closed; the source ends early", "JSON 数组没有闭合；数据源提前结束"},
        {"text after the end of the JSON array", "JSON 数组结束之后还有其他文本"},
        {"the source ends inside this element of the JSON array; the array is not closed", "数据源在 JSON 数组的这个元素中途结束；数组没有闭合"},
        {"cannot read column {v}", "无法读取列 {v}"},
        // a feed's first page (adapters-rest HttpRecordSource), as the header row that cannot be read
        {"the feed answered with an empty body: no header, no rows", "数据接口返回了空内容：没有表头，也没有数据行"},
        // the reasons around a parser's reason (RecordMapper): last, as they match much
        {"{f}: {r}", "{f}：{r}"},
    };

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SLOT = Pattern.compile("\\{([vnqrf])(\\d?)}");
    /** A quoted value, replaced by a token before matching so that no template reads into it. */
    private static final char TOKEN_START = '\uE000';
    private static final char TOKEN_END = '\uE001';
    private static final String TOKEN = TOKEN_START + "\\d+" + TOKEN_END;
    /** Every canonical field name. */
    private static final String FIELD;

    static {
        java.util.Set<String> fields = new java.util.TreeSet<>(Dataset.IDENTITY_FIELDS.keySet());
        for (Dataset d : Dataset.values()) {
            fields.addAll(d.fields().keySet());
        }
        FIELD = String.join("|", fields.stream().sorted((a, b) -> b.length() - a.length()).toList());
    }

    /** Before each of a row's reasons but its first (RecordMapper joins them with {@code "; "}). */
    private static final Pattern NEXT_REASON = Pattern.compile("; (?=(?:" + FIELD + "): |name blank|name and id_number: )");

    /** A compiled template; {@code prefix} and {@code suffix} its fixed text before its first and after its last slot, checked before its pattern. */
    private record Template(String english, Pattern pattern, List<String> slots, String chinese, String prefix, String suffix) {
    }

    private static final List<Template> TEMPLATES = new ArrayList<>();
    private static final List<Template> PHRASE_TEMPLATES = new ArrayList<>();

    static {
        for (String[] t : PHRASES) {
            Template c = compile(t[0], t[1], false);
            // found anywhere in a reason; a slot within brackets stays within them
            PHRASE_TEMPLATES.add(new Template(c.english(), Pattern.compile(c.pattern().pattern().replace(".*?", "[^()]*?"), Pattern.DOTALL),
                    c.slots(), c.chinese(), c.prefix(), c.suffix()));
        }
        for (String[] t : TABLE) {
            add(t[0], t[1]);
            if (t[0].endsWith(": {v}") && t[1].endsWith("：{v}") && !t[0].startsWith("{")) {
                // the mapping quotes the value itself and takes it off the parser's reason
                add(t[0].substring(0, t[0].length() - 5), t[1].substring(0, t[1].length() - 4));
            }
        }
    }

    /** The templates that start with a slot (any text may match them), in the table's order. */
    private static final List<Template> OPEN = new ArrayList<>();
    /** The templates a text starting with a character may match: those starting with it and the {@link #OPEN} ones, in order. */
    private static final Map<Character, List<Template>> BY_FIRST = new java.util.HashMap<>();

    static {
        for (Template t : TEMPLATES) {
            if (t.prefix.isEmpty()) {
                OPEN.add(t);
            } else {
                BY_FIRST.putIfAbsent(t.prefix.charAt(0), new ArrayList<>());
            }
        }
        for (Map.Entry<Character, List<Template>> e : BY_FIRST.entrySet()) {
            for (Template t : TEMPLATES) {
                if (t.prefix.isEmpty() || t.prefix.charAt(0) == e.getKey()) {
                    e.getValue().add(t);
                }
            }
        }
    }

    /** A template, and when its text has digits, its form as a category writes it (digits as {@code #}). */
    private static void add(String english, String chinese) {
        TEMPLATES.add(compile(english, chinese, false));
        Template counted = compile(english, chinese, true);
        if (!counted.pattern.pattern().equals(TEMPLATES.get(TEMPLATES.size() - 1).pattern.pattern())) {
            TEMPLATES.add(counted);
        }
    }

    private static Template compile(String english, String chinese, boolean asCategory) {
        StringBuilder regex = new StringBuilder();
        List<String> slots = new ArrayList<>();
        Matcher m = SLOT.matcher(english);
        int at = 0;
        while (m.find()) {
            regex.append(literal(english.substring(at, m.start()), asCategory));
            String name = m.group(1) + m.group(2);
            slots.add(name);
            regex.append("(?<").append(group(name)).append('>');
            regex.append(switch (m.group(1)) {
                case "n" -> "-?[0-9#]+";
                case "q" -> TOKEN;
                case "f" -> FIELD;
                default -> ".*?";
            });
            regex.append(')');
            at = m.end();
        }
        regex.append(literal(english.substring(at), asCategory));
        Matcher first = SLOT.matcher(english);
        String prefix = first.find() ? english.substring(0, first.start()) : english;
        String suffix = english.substring(at);
        if (asCategory) {
            prefix = DIGITS.matcher(prefix).replaceAll("#");
            suffix = DIGITS.matcher(suffix).replaceAll("#");
        }
        return new Template(english, Pattern.compile(regex.toString(), Pattern.DOTALL), List.copyOf(slots), chinese, prefix, suffix);
    }

    /** A slot's group name in a template's pattern. */
    private static String group(String slot) {
        return "s" + slot;
    }

    /** Fixed text of a template as a pattern; as a category writes it, its numbers are {@code #}. */
    private static String literal(String text, boolean asCategory) {
        return Pattern.quote(asCategory ? DIGITS.matcher(text).replaceAll("#") : text);
    }

    /**
     * The English templates of the table, each as written ({@code amount is negative: {v}}): what a
     * test compares the reasons the code makes with.
     */
    public static List<String> templates() {
        List<String> out = new ArrayList<>();
        for (String[] t : PHRASES) {
            out.add(t[0]);
        }
        for (String[] t : TABLE) {
            out.add(t[0]);
        }
        return out;
    }

    /**
     * The Chinese of {@code reason}, its field names by their Chinese column names in the first dataset
     * that has them; see {@link #chinese(Dataset, String)}.
     */
    public static String chinese(String reason) {
        return chinese(null, reason);
    }

    /**
     * The Chinese of a rejection's {@code reason}: each of its reasons translated by the table, quoted
     * values untouched, field names by their Chinese column names in {@code dataset} (CONTRACT.md §1);
     * a reason no template matches stays in English. Never null, never throws.
     *
     * @param dataset the dataset the rejected row belongs to, or null when not known
     */
    public static String chinese(Dataset dataset, String reason) {
        if (reason == null || reason.isEmpty()) {
            return "";
        }
        if (bilingual(reason)) {
            return chinesePart(reason);
        }
        // a run rejects many rows for one reason with another value quoted in each ("occurred_on: not a date ...:
        // \"2023-22-23\""): the reason with its quoted values set aside is translated once, and each row's values
        // are put back in (a million rejected rows cost 10 s when every reason was translated anew)
        List<String> quoted = new ArrayList<>(2);
        String shape = setAside(reason, quoted);
        Map<String, String> cache = CACHE.get(dataset == null ? Dataset.values().length : dataset.ordinal());
        String zh = cache.get(shape);
        if (zh == null) {
            zh = uncached(dataset, shape);
            if (cache.size() >= CACHED) {
                cache.clear();
            }
            cache.put(shape, zh);
        }
        return restore(zh, quoted);
    }

    /** Reasons' shapes translated, per dataset (and one map for none), at most {@value #CACHED} each. */
    private static final List<Map<String, String>> CACHE = java.util.stream.IntStream.rangeClosed(0, Dataset.values().length)
            .mapToObj(i -> (Map<String, String>) new java.util.concurrent.ConcurrentHashMap<String, String>()).toList();
    private static final int CACHED = 4096;

    /**
     * {@code reason} with each quoted value ({@code "…"} or {@code “…”}, from a quote to the next closing one)
     * replaced by a numbered token, the values added to {@code quoted} in their order: one pass over the
     * characters.
     */
    static String setAside(String reason, List<String> quoted) {
        StringBuilder b = null;
        int copied = 0;
        for (int i = 0; i < reason.length(); i++) {
            char c = reason.charAt(i);
            char close = c == '"' ? '"' : c == '“' ? '”' : 0;
            int end = close == 0 ? -1 : reason.indexOf(close, i + 1);
            if (end < 0) {
                continue;
            }
            if (b == null) {
                b = new StringBuilder(reason.length());
            }
            b.append(reason, copied, i).append(TOKEN_START).append(quoted.size()).append(TOKEN_END);
            quoted.add(reason.substring(i, end + 1));
            copied = end + 1;
            i = end;
        }
        return b == null ? reason : b.append(reason, copied, reason.length()).toString();
    }

    /** The Chinese of a reason whose quoted values were set aside ({@link #setAside}), its tokens kept. */
    private static String uncached(Dataset dataset, String shape) {
        StringBuilder out = new StringBuilder();
        for (String part : NEXT_REASON.split(phrased(dataset, shape), -1)) {
            if (out.length() > 0) {
                out.append('；');
            }
            out.append(translate(dataset, part, 0).orElse(part));
        }
        return out.toString();
    }

    /** Whether {@code reason} has a Chinese rendering: every one of its reasons matches a template. */
    public static boolean translated(String reason) {
        if (reason == null || reason.isEmpty() || bilingual(reason) || !reason.matches("(?s).*[A-Za-z]{2,}.*")) {
            return true;
        }
        String p = phrased(null, setAside(reason, new ArrayList<>()));
        for (String part : NEXT_REASON.split(p, -1)) {
            if (translate(null, part, 0).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** {@code text} with its {@link #PHRASES} in Chinese. */
    private static String phrased(Dataset dataset, String text) {
        String s = text;
        for (Template t : PHRASE_TEMPLATES) {
            if (!s.contains(t.prefix)) {
                continue;
            }
            Matcher m = t.pattern.matcher(s);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(b, Matcher.quoteReplacement(filled(dataset, t, m, 0).orElse(m.group())));
            }
            m.appendTail(b);
            s = b.toString();
        }
        return s;
    }

    private static Optional<String> translate(Dataset dataset, String text, int depth) {
        if (text.isEmpty()) {
            return Optional.of("");
        }
        if (depth > 8) {
            return Optional.empty();
        }
        for (Template t : BY_FIRST.getOrDefault(text.charAt(0), OPEN)) {
            if (!text.startsWith(t.prefix) || !text.endsWith(t.suffix)) {
                continue; // most templates: one look at the text's ends
            }
            Matcher m = t.pattern.matcher(text);
            if (!m.matches()) {
                continue;
            }
            Optional<String> zh = filled(dataset, t, m, depth);
            if (zh.isPresent()) {
                return zh;
            }
        }
        return Optional.empty();
    }

    /** The Chinese of template {@code t} with the slots {@code m} matched; empty when a reason within has none. */
    private static Optional<String> filled(Dataset dataset, Template t, Matcher m, int depth) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String slot : t.slots) {
            String v = m.group(group(slot));
            switch (slot.charAt(0)) {
                case 'r' -> {
                    Optional<String> inner = translate(dataset, v, depth + 1);
                    if (inner.isEmpty()) {
                        return Optional.empty();
                    }
                    values.put(slot, inner.get());
                }
                case 'f' -> values.put(slot, fieldName(dataset, v));
                default -> values.put(slot, v);
            }
        }
        StringBuilder zh = new StringBuilder();
        Matcher s = SLOT.matcher(t.chinese);
        while (s.find()) {
            s.appendReplacement(zh, Matcher.quoteReplacement(values.getOrDefault(s.group(1) + s.group(2), s.group())));
        }
        s.appendTail(zh);
        return Optional.of(zh.toString());
    }

    /** A canonical field's Chinese column name: its first in {@code dataset}, else in the first dataset that has it. */
    static String fieldName(Dataset dataset, String field) {
        List<String> zh = Dataset.IDENTITY_FIELDS.get(field);
        if (zh == null && dataset != null) {
            zh = dataset.fields().get(field);
        }
        if (zh == null) {
            for (Dataset d : Dataset.values()) {
                zh = d.fields().get(field);
                if (zh != null) {
                    break;
                }
            }
        }
        return zh == null || zh.isEmpty() ? field : zh.get(0);
    }

    private static String restore(String s, List<String> quoted) {
        if (quoted.isEmpty()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 32);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int end = c == TOKEN_START ? s.indexOf(TOKEN_END, i) : -1;
            if (end > i) {
                b.append(quoted.get(Integer.parseInt(s.substring(i + 1, end))));
                i = end;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static final Pattern ENGLISH_PART = Pattern.compile(" \\((?=[a-z])");

    /** Whether {@code s} is already Chinese, with its English in brackets after it ({@code 中文 (English)}, the header check's). */
    private static boolean bilingual(String s) {
        return Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.HAN && s.endsWith(")")
                && ENGLISH_PART.matcher(s).find();
    }

    /** A bilingual reason's Chinese part. */
    private static String chinesePart(String s) {
        Matcher m = ENGLISH_PART.matcher(s);
        return m.find() ? s.substring(0, m.start()) : s;
    }
}

package io.xingzhi.format;

import io.xingzhi.core.value.Dates;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells a record after a table's header that is part of its footer, as agencies' spreadsheet exports
 * write one below the rows: a total ({@code 合计：1234人}, {@code 合计,,,,1234}), the signatures
 * ({@code 制表人：张三  审核人：李四}), a print date ({@code 打印日期：2024年10月1日}), a page line
 * ({@code 第1页 共3页}), {@code 以下空白}, or a bare count in one cell ({@code ,,,1234,,}).
 *
 * <p>A record is a footer when its first non-blank cell starts with one of the footer's words (a total,
 * a signature, a date of printing or export, a note, a page) and each other non-blank cell is one too, a
 * number or amount, or the value after such a label ({@code 制表人：,张三}); or when its only non-blank
 * cell is a number (below a header of more than one column). Never when a cell could be data: a cell that is a date ({@code 2024-10-01}), or one
 * holding 15 digits or more (an identity number, valid or not). A data row has a name and an identity
 * number or a date, so it is never taken for one.
 */
final class TableFooter {
    private TableFooter() {
    }

    /** The words a footer cell starts with (after an opening bracket). */
    private static final List<String> WORDS = List.of("合计", "总计", "小计", "共计", "累计", "总数", "总人数", "本页合计", "本页小计",
            "制表", "填表", "填报", "审核", "审批", "复核", "核对人", "打印", "导出", "负责人", "单位负责人", "经办人", "联系人", "联系电话",
            "统计", "备注：", "备注:", "说明：", "说明:", "注：", "注:", "数据来源", "来源：", "来源:", "以下空白", "以下无", "签字", "签名",
            "盖章", "签章", "报送", "截至", "截止", "页码", "单位：", "单位:", "单位（盖章）", "单位(盖章)", "数据截至", "数据截止",
            "数据日期", "查询时间", "查询日期", "生成时间", "生成日期", "报表日期");
    /** A count, a page or the like in words and digits: {@code 共1234条}, {@code 第2页}, {@code 第 2 页 共 3 页}. */
    private static final Pattern COUNTED = Pattern.compile("^(共\\s*[0-9０-９]|第\\s*[0-9０-９]+\\s*页).*", Pattern.DOTALL);
    /** A number or an amount: {@code 1234}, {@code 1,234人}, {@code ￥50,000.00元}, {@code 12.5%}. */
    private static final Pattern NUMBER = Pattern.compile(
            "[￥¥]?\\s*[0-9０-９][0-9０-９,，.．]*\\s*(人|名|条|户|件|笔|项|行|个|次|元|万元|万|%|％)?");
    /** The first characters of {@link #WORDS} and {@link #COUNTED}: most rows are told apart by one look-up. */
    private static final String STARTS = starts();

    private static String starts() {
        StringBuilder b = new StringBuilder("共第");
        for (String w : WORDS) {
            if (b.indexOf(w.substring(0, 1)) < 0) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    /**
     * True when the first {@code count} cells are a footer's (see the class), below a header of
     * {@code columns} columns (a bare number is a count only below a header of two columns or more).
     */
    static boolean isFooter(String[] cells, int count, int columns) {
        int first = 0;
        while (first < count && cells[first].isBlank()) {
            first++;
        }
        if (first == count) {
            return false;
        }
        String cell = cells[first].strip();
        int from = openingEnd(cell);
        if (from == cell.length()) {
            return false;
        }
        char c0 = cell.charAt(from);
        if ((c0 >= '0' && c0 <= '9') || (c0 >= '０' && c0 <= '９') || c0 == '￥' || c0 == '¥') {
            // a bare count alone in its line (a serial number or an identity number in the first column has cells beside it)
            if (columns <= 1 || !onlyCell(cells, count, first)) {
                return false;
            }
            String lead = cell.substring(from);
            return NUMBER.matcher(lead).matches() && !couldBeData(lead);
        }
        if (STARTS.indexOf(c0) < 0 || !labelled(cell.substring(from))) {
            return false; // the common case, a data row whose first cell is a name or a case: one look-up, no copy
        }
        boolean afterLabel = false;
        for (int i = first; i < count; i++) {
            String c = cells[i].strip();
            if (c.isEmpty()) {
                continue;
            }
            if (couldBeData(c)) {
                return false;
            }
            boolean word = labelled(opening(c));
            if (i > first && !word && !afterLabel && !NUMBER.matcher(c).matches()) {
                return false;
            }
            afterLabel = word && (c.endsWith("：") || c.endsWith(":"));
        }
        return true;
    }

    /** Whether every cell but {@code k} is blank. */
    private static boolean onlyCell(String[] cells, int count, int k) {
        for (int i = k + 1; i < count; i++) {
            if (!cells[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The cell without an opening bracket or spaces in front ({@code （以下空白）}, {@code 【合计】}). */
    private static String opening(String c) {
        return c.substring(openingEnd(c));
    }

    /** Where {@code c} starts once its opening brackets and spaces are passed over. */
    private static int openingEnd(String c) {
        int i = 0;
        while (i < c.length() && "（([【〔 　".indexOf(c.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static boolean labelled(String cell) {
        String c = cell.indexOf(' ') < 0 && cell.indexOf('　') < 0 ? cell : cell.replace(" ", "").replace("　", ""); // 合  计
        for (String w : WORDS) {
            if (c.startsWith(w)) {
                return true;
            }
        }
        return COUNTED.matcher(c).matches();
    }

    /** A date, or 15 digits or more (an identity number, whether its check digit holds or not). */
    static boolean couldBeData(String c) {
        int digits = 0;
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if ((ch >= '0' && ch <= '9') || (ch >= '０' && ch <= '９')) {
                digits++;
            }
        }
        return digits >= 15 || (digits > 0 && Dates.parse(c).isOk());
    }
}

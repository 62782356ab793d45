package io.xingzhi.core.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one header row (of a file or table) says about its columns, checked once for the whole
 * source by {@link RecordMapper#check}: the columns no field of the dataset knows, each with the
 * known name it most likely meant; the required fields no column names; and whether the header is
 * data (a file without a header row). A header that lacks a required field, names neither a name nor
 * an identity number column, or is data is {@linkplain #usable() unusable}: every row of the source
 * is rejected with {@link #reason()}, one clear reason instead of a "required but blank" per row.
 *
 * @param dataset the dataset the source was read as
 * @param source the file, table or feed
 * @param unknown the unknown columns, as written, each with its suggestion ({@code 入所时间（是否为 入所日期？）})
 * @param missingRequired the required fields no column names, with their Chinese names ({@code admitted_on（入所日期）})
 * @param noIdentity true when no column names a person: neither a name nor an identity number
 * @param looksLikeData true when the header row holds data (identity numbers, dates) and names no field
 */
public record HeaderCheck(Dataset dataset, String source, List<String> unknown, List<String> missingRequired,
                          boolean noIdentity, boolean looksLikeData) {
    public HeaderCheck {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(source, "source");
        unknown = List.copyOf(unknown);
        missingRequired = List.copyOf(missingRequired);
    }

    /** True when rows of this source can become records. */
    public boolean usable() {
        return missingRequired.isEmpty() && !noIdentity && !looksLikeData;
    }

    /** Why no row of this source can become a record, in Chinese then English; empty text when usable. */
    public String reason() {
        return reason(1);
    }

    /**
     * {@link #reason()} for a header on line {@code line} (lines before it passed over: a table title
     * above it), which a header that is data names.
     */
    public String reason(long line) {
        return usable() ? "" : chineseReason(line) + " (" + englishReason(line) + ")";
    }

    /** {@link #reason()} in Chinese only. */
    public String chineseReason() {
        return chineseReason(1);
    }

    /** {@link #reason(long)} in Chinese only. */
    public String chineseReason(long line) {
        return String.join("；", parts(true, line));
    }

    /** {@link #reason()} in English only. */
    public String englishReason() {
        return englishReason(1);
    }

    /** {@link #reason(long)} in English only. */
    public String englishReason(long line) {
        return String.join("; ", parts(false, line));
    }

    /**
     * The separator an unusable header seems to use instead of the comma: {@code ;}, a tab or {@code |}
     * twice or more inside one column name (a file saved as "CSV" with semicolons, or tab-separated
     * text named .csv); empty when there is no such sign.
     */
    public java.util.Optional<Character> otherSeparator() {
        if (usable()) {
            return java.util.Optional.empty();
        }
        for (String column : unknown) {
            for (char sep : new char[] {'\t', ';', '|'}) {
                if (column.chars().filter(c -> c == sep).count() >= 2) {
                    return java.util.Optional.of(sep);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** At most this many columns are named in a message; the rest are counted. */
    public static final int COLUMNS_LISTED = 20;
    /** A column name longer than this many characters is cut in a message. */
    public static final int COLUMN_NAME_SHOWN = 60;

    /**
     * Columns as a message lists them: the first {@value #COLUMNS_LISTED}, each cut after
     * {@value #COLUMN_NAME_SHOWN} characters ({@code …}), then how many more. A header of 100,000
     * columns, or one cell of 10 MB, makes a message of a line, not megabytes repeated in the reason
     * of every row of the file, the run report and the summary.
     */
    public static String listed(List<String> columns, boolean chinese) {
        StringBuilder b = new StringBuilder();
        int n = Math.min(columns.size(), COLUMNS_LISTED);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(chinese ? "、" : ", ");
            }
            String c = columns.get(i);
            if (c.codePointCount(0, c.length()) > COLUMN_NAME_SHOWN) {
                b.append(c, 0, c.offsetByCodePoints(0, COLUMN_NAME_SHOWN)).append('…');
            } else {
                b.append(c);
            }
        }
        if (columns.size() > n) {
            b.append(chinese ? "等共 " + columns.size() + " 列" : " and " + (columns.size() - n) + " more");
        }
        return b.toString();
    }

    private List<String> parts(boolean chinese, long line) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        otherSeparator().ifPresent(sep -> {
            String zhName = sep == '\t' ? "制表符" : sep == ';' ? "分号" : "竖线";
            String enName = sep == '\t' ? "tabs" : sep == ';' ? "semicolons" : "vertical bars";
            zh.add("文件不是以逗号分隔的：表头看起来以" + zhName + "分隔，请另存为逗号分隔的 CSV 文件");
            en.add("the file is not comma-separated: its header seems separated by " + enName
                    + "; save it as CSV (comma-separated)");
        });
        if (looksLikeData) {
            zh.add("文件没有表头行：第" + line + "行是数据，不是列名");
            en.add("the file has no header row: line " + line + " is data, not column names");
        } else {
            if (!missingRequired.isEmpty()) {
                zh.add("表头缺少必需字段 " + String.join("、", missingRequired));
                en.add("the header lacks the required field(s) " + String.join(", ", missingRequired));
            }
            if (noIdentity) {
                zh.add("表头既没有姓名列也没有身份证号列");
                en.add("the header names neither a name nor an identity number column");
            }
            if (!unknown.isEmpty()) {
                zh.add("未识别的列：" + listed(unknown, true));
                en.add("unknown columns: " + listed(unknown, false));
            }
        }
        return chinese ? zh : en;
    }
}

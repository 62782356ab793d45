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
        return usable() ? "" : chineseReason() + " (" + englishReason() + ")";
    }

    /** {@link #reason()} in Chinese only. */
    public String chineseReason() {
        return String.join("；", parts(true));
    }

    /** {@link #reason()} in English only. */
    public String englishReason() {
        return String.join("; ", parts(false));
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

    private List<String> parts(boolean chinese) {
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
            zh.add("文件没有表头行：第1行是数据，不是列名");
            en.add("the file has no header row: line 1 is data, not column names");
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
                zh.add("未识别的列：" + String.join("、", unknown));
                en.add("unknown columns: " + String.join(", ", unknown));
            }
        }
        return chinese ? zh : en;
    }
}

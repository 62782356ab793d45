package io.xingzhi.core.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a header check says about unknown columns stays a line whatever the header: a file of
 * 100,000 columns, or a header cell of 10 MB, once put every name into the run report, the summary,
 * and - when the header was unusable - the reason of every rejected row of the file (10 MB per row of
 * {@code rejections.csv}). The first {@value HeaderCheck#COLUMNS_LISTED} are named, each cut after
 * {@value HeaderCheck#COLUMN_NAME_SHOWN} characters, and the rest counted.
 */
class HugeHeadersMakeShortMessagesTest {
    @Test
    void anUnusableHeaderOfAHundredThousandColumnsGivesAReasonOfALine() {
        List<String> header = new ArrayList<>(List.of("姓名", "身份证号"));
        for (int i = 0; i < 100_000; i++) {
            header.add("c" + i);
        }
        HeaderCheck check = new RecordMapper(HeaderAliases.standard()).check(Dataset.CUSTODY, "custody.csv", header);

        assertThat(check.usable()).isFalse();
        assertThat(check.unknown()).hasSize(100_000);
        assertThat(check.reason()).hasSizeLessThan(1000).contains("未识别的列：c0、c1", "c19等共 100000 列", "and 99980 more")
                .doesNotContain("c20、");
    }

    @Test
    void aColumnNameOfTenMegabytesIsCutInTheReason() {
        String huge = "H".repeat(10 << 20);
        HeaderCheck check = new RecordMapper(HeaderAliases.standard()).check(Dataset.CUSTODY, "custody.csv",
                List.of("姓名", "身份证号", huge));

        assertThat(check.reason()).hasSizeLessThan(1000).contains("H".repeat(60) + "…");
    }

    @Test
    void aFewColumnsAreListedWhole() {
        assertThat(HeaderCheck.listed(List.of("入所时间（是否为 入所日期？）", "备注"), true)).isEqualTo("入所时间（是否为 入所日期？）、备注");
        assertThat(HeaderCheck.listed(List.of("a", "b"), false)).isEqualTo("a, b");
    }
}

package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An identity number typed where a lead id, a date or an action belongs is refused, and the refusal
 * echoes it masked: standard error ends up in logs, and no identity number may.
 */
class ErrorsEchoNoIdentityNumberTest {
    static final String NUMBER = "21010319900307123X";

    @TempDir
    Path dir;

    @Test
    void aNumberTypedAsAnArgumentIsEchoedMasked() {
        String store = "jdbc:h2:file:" + dir.resolve("nowhere/store");
        for (String[] args : new String[][] {
            {"run", "--data", dir.resolve(NUMBER).toString(), "--out", dir.resolve("out").toString()},
            {"run", "--data", dir.toString(), "--as-of", NUMBER},
            {"review", NUMBER, "--store", store, "--action", "verify", "--by", "x"},
            {"review", "XZ-1", "--store", store, "--action", NUMBER, "--by", "x"},
        }) {
            CliRun r = CliRun.of(args);
            assertThat(r.code()).as(String.join(" ", args)).isNotZero();
            assertThat(r.err()).as(String.join(" ", args)).isNotBlank().doesNotContain(NUMBER).doesNotContain("19900307");
        }
    }
    /**
     * A data row read as a header (a column holds a number), or a file in the folder named after a
     * person: the run's notes quote them, masked, on standard output and in report.md.
     */
    @Test
    void aNumberInAHeaderOrAFileNameIsQuotedMasked() throws Exception {
        java.nio.file.Path data = java.nio.file.Files.createDirectories(dir.resolve("data"));
        java.nio.file.Files.writeString(data.resolve("judgments.csv"),
                "case_number,court,name,id_number,judgment_date,effective_date,principal_penalty,term_months,备注" + NUMBER + "\n"
                        + "(2024)辽0681刑初8号,东港市人民法院,张三,,2023-12-01,2023-12-12,有期徒刑,8,x\n");
        java.nio.file.Files.writeString(data.resolve(NUMBER + "判决书.pdf"), "not data");
        java.nio.file.Path out = dir.resolve("out");

        CliRun r = CliRun.of("run", "--data", data.toString(), "--as-of", "2024-10-01", "--out", out.toString());

        assertThat(r.code()).as(r.all()).isZero();
        assertThat(r.out()).as(r.all()).contains("备注210103********123X", "210103********123X判决书.pdf");
        assertThat(r.out() + r.err()).doesNotContain(NUMBER).doesNotContain("19900307");
        assertThat(java.nio.file.Files.readString(out.resolve("report.md"))).contains("备注210103\\*\\*\\*\\*\\*\\*\\*\\*123X") // Markdown-escaped
                .doesNotContain(NUMBER).doesNotContain("19900307");
    }

    @Test
    void aDataFileNamedAfterAPersonIsNamedMaskedEverywhereInTheReport() throws Exception {
        java.nio.file.Path data = java.nio.file.Files.createDirectories(dir.resolve("data"));
        String header = "case_number,court,name,id_number,judgment_date,effective_date,principal_penalty,term_months\n";
        java.nio.file.Files.writeString(data.resolve("judgments.csv"),
                header + "(2024)辽0681刑初8号,东港市人民法院,张三,,2023-12-01,2023-12-12,有期徒刑,8\n");
        // a second judgments file named after a person: read (judgments_*.csv), one row rejected, one given twice
        java.nio.file.Files.writeString(data.resolve("judgments_" + NUMBER + ".csv"),
                header + "(2024)辽0681刑初9号,东港市人民法院,李四,,2023-12-01,不是日期,有期徒刑,8\n"
                        + "(2024)辽0681刑初8号,东港市人民法院,张三,,2023-12-01,2023-12-12,有期徒刑,8\n");
        java.nio.file.Path out = dir.resolve("out");

        CliRun r = CliRun.of("run", "--data", data.toString(), "--as-of", "2024-10-01", "--out", out.toString());

        assertThat(r.code()).as(r.all()).isZero();
        String report = java.nio.file.Files.readString(out.resolve("report.md"));
        assertThat(report).contains("judgments_210103\\*\\*\\*\\*\\*\\*\\*\\*123X.csv") // the datasets table (escaped)
                .contains("`judgments_210103********123X.csv:2`") // the rejection, in a code span
                .doesNotContain(NUMBER).doesNotContain("19900307");
        assertThat(r.out() + r.err()).doesNotContain(NUMBER);
    }
}

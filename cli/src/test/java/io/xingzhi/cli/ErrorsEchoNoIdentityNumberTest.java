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
}

package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xingzhi.testkit.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An H2 store opened with {@code ;CIPHER=AES} and {@code XINGZHI_STORE_PASSWORD="FILE USER"} keeps the
 * leads' identity numbers and names out of its file in any readable form, opens again with the same
 * password, and is refused with a message that says what to set when the password is missing, wrong,
 * or the URL lacks {@code CIPHER}. The commands run as processes of their own: the password comes from
 * the environment, as it does for users.
 */
class EncryptedStoreTest {
    private static final String PASSWORD = "file-secret-7 user-secret-9";

    @TempDir
    Path dir;

    @Test
    void anEncryptedStoreHoldsNoIdentityNumberOrNameInItsFileAndOpensOnlyWithItsPassword() throws Exception {
        Path data = Fixtures.copy(Fixtures.COUNTY, dir.resolve("data"));
        String plain = "jdbc:h2:file:" + dir.resolve("plain/store").toAbsolutePath();
        String encrypted = "jdbc:h2:file:" + dir.resolve("enc/store").toAbsolutePath() + ";CIPHER=AES";
        Result a = cli(Map.of(), "run", "--data", data.toString(), "--as-of", "2024-10-01", "--out", dir.resolve("out-plain").toString(),
                "--store", plain, "--quiet");
        assertThat(a.code).as(a.output).isZero();
        Result b = cli(Map.of("XINGZHI_STORE_PASSWORD", PASSWORD), "run", "--data", data.toString(), "--as-of", "2024-10-01",
                "--out", dir.resolve("out-enc").toString(), "--store", encrypted, "--quiet");
        assertThat(b.code).as(b.output).isZero();

        Set<String> personal = personalData(dir.resolve("out-enc/leads.jsonl"));
        assertThat(personal).hasSizeGreaterThan(10);
        String plainFile = new String(Files.readAllBytes(dir.resolve("plain/store.mv.db")), StandardCharsets.UTF_8);
        String encryptedFile = new String(Files.readAllBytes(dir.resolve("enc/store.mv.db")), StandardCharsets.UTF_8);
        // the check can fail: the plain store's file holds them
        assertThat(personal).anySatisfy(x -> assertThat(plainFile).contains(x));
        assertThat(personal).allSatisfy(x -> assertThat(encryptedFile).doesNotContain(x));

        Result withPassword = cli(Map.of("XINGZHI_STORE_PASSWORD", PASSWORD), "stats", "--store", encrypted, "--json");
        assertThat(withPassword.code).as(withPassword.output).isZero();
        assertThat(withPassword.output).contains("HELD_PAST_TERM");

        for (Map<String, String> env : List.of(Map.<String, String>of(), Map.of("XINGZHI_STORE_PASSWORD", "another-file-secret user-secret-9"))) {
            Result refused = cli(env, "stats", "--store", encrypted);
            assertThat(refused.code).as(refused.output).isEqualTo(XingzhiCli.BAD_INPUT);
            assertThat(refused.output).contains("是加密的", "XINGZHI_STORE_PASSWORD", "文件密码 用户密码").doesNotContain("Exception");
        }
        Result noCipher = cli(Map.of("XINGZHI_STORE_PASSWORD", PASSWORD), "stats", "--store", encrypted.replace(";CIPHER=AES", ""));
        assertThat(noCipher.code).as(noCipher.output).isEqualTo(XingzhiCli.BAD_INPUT);
        assertThat(noCipher.output).contains(";CIPHER=AES", "XINGZHI_STORE_PASSWORD").doesNotContain("recovery tool");
    }

    /** The identity numbers and names the leads name. */
    private static Set<String> personalData(Path leads) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> found = new LinkedHashSet<>();
        for (String line : Files.readAllLines(leads, StandardCharsets.UTF_8)) {
            JsonNode lead = json.readTree(line);
            if (!lead.path("id_number").asText().isEmpty()) {
                found.add(lead.path("id_number").asText());
            }
            if (lead.path("name").asText().length() >= 2) {
                found.add(lead.path("name").asText());
            }
        }
        return found;
    }

    private record Result(int code, String output) {
    }

    private Result cli(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-Duser.home=" + dir.resolve("home"),
                "-cp", System.getProperty("java.class.path"), XingzhiCli.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("XINGZHI_STORE_PASSWORD");
        pb.environment().remove("XINGZHI_STORE_USER");
        pb.environment().put("LANG", "zh_CN.UTF-8");
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), output);
    }
}

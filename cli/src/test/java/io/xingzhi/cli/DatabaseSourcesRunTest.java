package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --sources FILE}: the agency data comes from database tables with Chinese column names,
 * and from HTTP feeds beside them.
 */
class DatabaseSourcesRunTest {
    // 17 body digits and their GB 11643 check digit
    private static final String ID = "210682198001011231";

    @Test
    void runOnDatabaseTablesFindsTheSameLeadsAsOnFiles(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("agency").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE 生效裁判 (案号 VARCHAR(40), 姓名 VARCHAR(20), 身份证号 VARCHAR(20), 生效日期 DATE,"
                    + " 主刑 VARCHAR(10), 刑期 VARCHAR(10))");
            s.execute("INSERT INTO 生效裁判 VALUES ('(2024)辽0682刑初1号', '张三', '" + ID + "', DATE '2024-01-10', '有期徒刑', '36')");
            s.execute("CREATE TABLE KSS (XM VARCHAR(20), SFZH VARCHAR(20), RSRQ DATE, TZSRQ DATE)");
            s.execute("INSERT INTO KSS VALUES ('张三', '" + ID + "', DATE '2023-10-01', DATE '2024-01-20')");
        }
        Path sources = dir.resolve("sources.json");
        Files.writeString(sources, """
                {
                  "url": "%s",
                  "user": "sa",
                  "password": "",
                  "datasets": {
                    "judgments": { "table": "生效裁判" },
                    "custody": { "table": "KSS",
                                 "columns": { "XM": "name", "SFZH": "id_number", "RSRQ": "admitted_on", "TZSRQ": "notice_received_on" } }
                  }
                }
                """.formatted(url), StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        assertThat(XingzhiCli.execute("run", "--sources", sources.toString(), "--as-of", "2024-10-01", "--out", out.toString(),
                "--quiet")).isZero();
        String leads = Files.readString(out.resolve("leads.jsonl"), StandardCharsets.UTF_8);
        assertThat(leads).contains("\"kind\":\"NOT_TRANSFERRED\"", ID, "\"file\":\"KSS\"");
    }

    @Test
    void judgmentsFromATableAndCustodyFromAnHttpFeedMeetInOneRun(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("agency").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE 生效裁判 (案号 VARCHAR(40), 姓名 VARCHAR(20), 身份证号 VARCHAR(20), 生效日期 DATE,"
                    + " 主刑 VARCHAR(10), 刑期 VARCHAR(10))");
            s.execute("INSERT INTO 生效裁判 VALUES ('(2024)辽0682刑初1号', '张三', '" + ID + "', DATE '2024-01-10', '有期徒刑', '36')");
        }
        Path feedFolder = Files.createDirectories(dir.resolve("kss"));
        Files.write(feedFolder.resolve("zaiya.csv"), ("姓名,身份证号,入所日期,收到执行通知书日期\n张三," + ID
                + ",2023-10-01,2024-01-20\n").getBytes(java.nio.charset.Charset.forName("GB18030")));
        try (FolderFeedServer feeds = new FolderFeedServer(feedFolder)) {
            Path sources = dir.resolve("sources.json");
            Files.writeString(sources, """
                    {
                      "url": "%s", "user": "sa", "password": "",
                      "datasets": {
                        "judgments": { "table": "生效裁判" },
                        "custody": { "url": "%s" }
                      }
                    }
                    """.formatted(url, feeds.url("zaiya.csv")), StandardCharsets.UTF_8);
            Path out = dir.resolve("out");
            assertThat(XingzhiCli.execute("run", "--sources", sources.toString(), "--as-of", "2024-10-01", "--out",
                    out.toString(), "--quiet")).isZero();
            String leads = Files.readString(out.resolve("leads.jsonl"), StandardCharsets.UTF_8);
            assertThat(leads).contains("\"kind\":\"NOT_TRANSFERRED\"", ID, "\"file\":\"生效裁判\"",
                    "\"file\":\"" + feeds.url("zaiya.csv") + "\"");
        }
    }

    @Test
    void dataAndSourcesTogetherAreRefusedWithTwo(@TempDir Path dir) {
        assertThat(XingzhiCli.execute("run", "--data", dir.toString(), "--sources", dir.resolve("x.json").toString(),
                "--as-of", "2024-10-01", "--out", dir.toString())).isEqualTo(2);
        assertThat(XingzhiCli.execute("run", "--as-of", "2024-10-01", "--out", dir.toString())).isEqualTo(2);
    }

    @Test
    void aMissingSourcesFileIsRefusedWithTwo(@TempDir Path dir) {
        assertThat(XingzhiCli.execute("run", "--sources", dir.resolve("nope.json").toString(), "--as-of", "2024-10-01",
                "--out", dir.toString())).isEqualTo(2);
    }

    @Test
    void aTableThatDoesNotExistEndsTheRunAsUnreadableInputWithTwoNamingItsDatasetAndTable(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("agency").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE 生效裁判 (案号 VARCHAR(40), 姓名 VARCHAR(20), 身份证号 VARCHAR(20), 生效日期 DATE)");
        }
        Path sources = dir.resolve("sources.json");
        Files.writeString(sources, """
                {"url": "%s", "user": "sa", "password": "",
                 "datasets": {"judgments": {"table": "生效裁判"}, "custody": {"table": "看守所在押人员"}}}
                """.formatted(url), StandardCharsets.UTF_8);
        Ended run = run(sources, dir.resolve("out"));

        assertThat(run.code()).as("unreadable input, as a folder that cannot be read: %s", run.err()).isEqualTo(2);
        assertThat(run.err()).contains("custody").contains("看守所在押人员");
    }

    @Test
    void aFeedThatCannotBeReadEndsTheRunAsUnreadableInputWithTwoNamingItsUrl(@TempDir Path dir) throws Exception {
        Path feedFolder = Files.createDirectories(dir.resolve("kss"));
        Files.writeString(feedFolder.resolve("zaiya.csv"), "姓名,身份证号,入所日期\n张三," + ID + ",2023-10-01\n",
                StandardCharsets.UTF_8);
        try (FolderFeedServer feeds = new FolderFeedServer(feedFolder)) {
            Path sources = dir.resolve("sources.json");
            Files.writeString(sources, """
                    {"datasets": {"custody": {"url": "%s"}, "judgments": {"url": "%s"}}}
                    """.formatted(feeds.url("zaiya.csv"), feeds.url("panjue.csv")), StandardCharsets.UTF_8);
            Ended run = run(sources, dir.resolve("out"));

            assertThat(run.code()).as("a feed answering 404: %s", run.err()).isEqualTo(2);
            assertThat(run.err()).contains("panjue.csv");
        }
    }

    /** How a run ended: its exit code and what it wrote to the error stream. */
    private record Ended(int code, String err) {
    }

    private static Ended run(Path sources, Path out) {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.err;
        System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = XingzhiCli.execute("run", "--sources", sources.toString(), "--as-of", "2024-10-01", "--out",
                    out.toString(), "--quiet");
            return new Ended(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(old);
        }
    }
}

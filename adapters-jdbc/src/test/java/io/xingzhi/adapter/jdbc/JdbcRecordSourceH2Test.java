package io.xingzhi.adapter.jdbc;

import io.xingzhi.testkit.CollectingVisitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.HeaderAliases;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.SourceRef;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Agency data read from H2 tables, a view and a query, with Chinese column names. */
class JdbcRecordSourceH2Test {
    private String url;
    private Jdbi jdbi;

    @TempDir
    Path dir;

    @BeforeEach
    void agencyDatabase() {
        url = "jdbc:h2:mem:agency-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        jdbi = Jdbi.create(url, "sa", "");
        jdbi.useHandle(h -> {
            h.execute("CREATE TABLE \"判决\" (\"姓名\" VARCHAR, \"身份证号\" VARCHAR, \"案号\" VARCHAR, \"生效日期\" VARCHAR, "
                    + "\"判决日期\" DATE, \"罚金\" DECIMAL(12, 2), \"判决结果\" VARCHAR)");
            h.execute("INSERT INTO \"判决\" VALUES ('张三', '', '(2024)辽0682刑初1号', '2024-03-05', DATE '2024-02-20', "
                    + "50000.00, '判处有期徒刑一年')");
            h.execute("INSERT INTO \"判决\" VALUES ('李四', NULL, '(2024)辽0682刑初2号', '2024-13-45', NULL, NULL, NULL)");
            h.execute("INSERT INTO \"判决\" VALUES ('王五', '', '(2024)辽0682刑初3号', '2024年3月6日', DATE '2024-02-21', "
                    + "1000000, '判处拘役三个月')");
            h.execute("CREATE TABLE kss_zy (xm VARCHAR, ah VARCHAR, rsrq TIMESTAMP, csrq TIMESTAMP, kss VARCHAR)");
            h.execute("INSERT INTO kss_zy VALUES ('张三', '(2024)辽0682刑初1号', TIMESTAMP '2024-01-02 00:00:00', "
                    + "TIMESTAMP '2024-04-10 09:30:15', '丹东市看守所')");
            h.execute("INSERT INTO kss_zy VALUES ('赵六', '(2024)辽0682刑初9号', TIMESTAMP '2024-01-05 00:00:00', NULL, "
                    + "'丹东市看守所')");
            h.execute("CREATE VIEW \"看守所在押人员视图\" AS SELECT xm AS \"姓名\", ah AS \"案号\", rsrq, csrq AS \"出所日期\", "
                    + "kss AS \"看守所\" FROM kss_zy");
            h.execute("CREATE TABLE zxaj (xm VARCHAR, zxah VARCHAR, larq DATE, nd INT)");
            h.execute("INSERT INTO zxaj VALUES ('张三', '(2023)辽0682执1号', DATE '2023-05-01', 2023)");
            h.execute("INSERT INTO zxaj VALUES ('李四', '(2024)辽0682执7号', DATE '2024-02-01', 2024)");
            h.execute("INSERT INTO zxaj VALUES ('王五', '(2024)辽0682执8号', DATE '2024-03-01', 2024)");
        });
    }

    private JdbcRecordSource source(String json) {
        return new JdbcRecordSource(jdbi, JdbcSourceConfig.parse(json, "test.json"));
    }

    private static final String CONFIG = """
            {
              "url": "%s", "user": "sa", "password": "",
              "fetchSize": 2,
              "datasets": {
                "judgments": { "table": "判决" },
                "custody": { "table": "看守所在押人员视图", "columns": { "RSRQ": "admitted_on" } },
                "enforcement": [
                  { "name": "执行案件2024", "query": "SELECT xm AS 姓名, zxah AS 执行案号, larq AS 立案日期 FROM zxaj WHERE nd = 2024 ORDER BY zxah;" },
                  { "query": "SELECT xm AS 姓名, zxah AS 执行案号, larq AS 立案日期 FROM zxaj WHERE nd = 2023" }
                ]
              }
            }
            """;

    private CollectingVisitor read(JdbcRecordSource source, Dataset d) {
        CollectingVisitor v = new CollectingVisitor();
        source.read(d, v);
        return v;
    }

    @Test
    void tableRowsArriveWithChineseHeadersTableNameAndRowNumbers() {
        var v = read(source(CONFIG.formatted(url)), Dataset.JUDGMENTS);

        assertThat(v.rejections).isEmpty();
        assertThat(v.rows).extracting(RawRow::ref).containsExactly(new SourceRef(Dataset.JUDGMENTS, "判决", 1),
                new SourceRef(Dataset.JUDGMENTS, "判决", 2), new SourceRef(Dataset.JUDGMENTS, "判决", 3));
        assertThat(v.rows.get(0).fields()).containsExactly(Map.entry("姓名", "张三"), Map.entry("身份证号", ""),
                Map.entry("案号", "(2024)辽0682刑初1号"), Map.entry("生效日期", "2024-03-05"), Map.entry("判决日期", "2024-02-20"),
                Map.entry("罚金", "50000.00"), Map.entry("判决结果", "判处有期徒刑一年"));
        HeaderAliases aliases = HeaderAliases.standard();
        assertThat(v.rows.get(0).fields().keySet()).map(h -> aliases.canonical(Dataset.JUDGMENTS, h).orElse("?"))
                .containsExactly("name", "id_number", "case_number", "effective_date", "judgment_date", "fine_amount",
                        "sentence_text");
    }

    @Test
    void badValueArrivesVerbatimForCoreToReject() {
        var v = read(source(CONFIG.formatted(url)), Dataset.JUDGMENTS);

        RawRow bad = v.rows.get(1);
        assertThat(bad.ref()).hasToString("判决:2");
        assertThat(bad.fields()).containsEntry("生效日期", "2024-13-45").containsEntry("身份证号", "")
                .containsEntry("判决日期", "").containsEntry("罚金", "").containsEntry("判决结果", "");
        assertThat(v.rows.get(2).fields()).containsEntry("生效日期", "2024年3月6日").containsEntry("罚金", "1000000.00");
    }

    @Test
    void viewRowsAreRenamedByTheMappingAndTimestampsWrittenLikeAnExport() {
        var v = read(source(CONFIG.formatted(url)), Dataset.CUSTODY);

        assertThat(v.rows).hasSize(2);
        assertThat(v.rows.get(0).ref()).isEqualTo(new SourceRef(Dataset.CUSTODY, "看守所在押人员视图", 1));
        assertThat(v.rows.get(0).fields()).containsExactly(Map.entry("姓名", "张三"), Map.entry("案号", "(2024)辽0682刑初1号"),
                Map.entry("admitted_on", "2024-01-02"), Map.entry("出所日期", "2024-04-10 09:30:15"),
                Map.entry("看守所", "丹东市看守所"));
        assertThat(v.rows.get(1).fields()).containsEntry("出所日期", "");
    }

    @Test
    void queriesAreReadInOrderEachWithItsOwnNameAndRowNumbers() {
        JdbcRecordSource source = source(CONFIG.formatted(url));
        var v = read(source, Dataset.ENFORCEMENT);

        assertThat(v.rows).extracting(r -> r.ref().toString())
                .containsExactly("执行案件2024:1", "执行案件2024:2", "enforcement_query_2:1");
        assertThat(v.rows.get(0).fields().keySet()).map(h -> HeaderAliases.standard()
                .canonical(Dataset.ENFORCEMENT, h).orElse("?")).containsExactly("name", "enforcement_number", "filed_on");
        assertThat(v.rows.get(0).fields()).containsEntry("立案日期", "2024-02-01");
        assertThat(source.describe(Dataset.ENFORCEMENT)).containsExactly("执行案件2024", "enforcement_query_2");
    }

    @Test
    void onlyConfiguredDatasetsAreAvailableAndAnAbsentOneReadsNothing() {
        JdbcRecordSource source = source(CONFIG.formatted(url));

        assertThat(source.available()).containsExactlyInAnyOrder(Dataset.JUDGMENTS, Dataset.CUSTODY, Dataset.ENFORCEMENT);
        assertThat(source.describe(Dataset.ACTIVITIES)).isEmpty();
        var v = read(source, Dataset.ACTIVITIES);
        assertThat(v.rows).isEmpty();
        assertThat(v.rejections).isEmpty();
    }

    @Test
    void configFileConnectsByItself() throws Exception {
        Path file = dir.resolve("sources.json");
        Files.writeString(file, CONFIG.formatted(url), StandardCharsets.UTF_8);

        var v = read(JdbcRecordSource.fromConfig(file), Dataset.CUSTODY);

        assertThat(v.rows).hasSize(2);
    }

    @Test
    void missingTableFailsNamingDatasetAndTable() {
        JdbcRecordSource source = source("""
                {"url": "%s", "password": "secret", "datasets": {"resettlement": {"table": "安置帮教"}}}"""
                .formatted(url));

        assertThatThrownBy(() -> read(source, Dataset.RESETTLEMENT)).isInstanceOf(XingzhiException.class)
                .hasMessageStartingWith("dataset resettlement: table 安置帮教: cannot be read")
                .hasMessageNotContaining("secret");
    }

    @Test
    void connectionFailureNeverShowsAPasswordTheUrlCarries() {
        // a JDBC URL may carry the password (?password=..., ;PASSWORD=...); drivers that cannot use the URL quote it
        // whole ("No suitable driver found for ...", PostgreSQL's "Unable to parse URL ..."), and so did the error
        for (String bad : List.of("jdbc:nodriver://db.example/agency?user=reader&password=UrlSecret1",
                "jdbc:postgresql://db.example:port/agency?user=reader&password=UrlSecret1")) {
            JdbcRecordSource source = JdbcRecordSource.connect(JdbcSourceConfig.parse("""
                    {"url": "%s", "password": "FileSecret2", "datasets": {"custody": {"table": "在押人员"}}}"""
                    .formatted(bad), "sources.json"));

            assertThatThrownBy(() -> read(source, Dataset.CUSTODY)).isInstanceOf(XingzhiException.class)
                    .hasMessageStartingWith("dataset custody: table 在押人员: cannot connect")
                    .hasMessageNotContaining("UrlSecret1").hasMessageNotContaining("FileSecret2")
                    .satisfies(e -> assertThat(String.valueOf(e.getCause())).doesNotContain("UrlSecret1"));
        }
    }

    @Test
    void tableNameIsAnIdentifierNeverSql() {
        JdbcRecordSource source = source("""
                {"url": "%s", "datasets": {"judgments": {"table": "判决; DROP TABLE zxaj; --"}}}""".formatted(url));

        assertThatThrownBy(() -> read(source, Dataset.JUDGMENTS)).isInstanceOf(XingzhiException.class);
        long left = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM zxaj").mapTo(Long.class).one());
        assertThat(left).isEqualTo(3);
    }

    @Test
    void identifiersArePlainWhenPlainAndQuotedOtherwise() {
        assertThat(JdbcRecordSource.identifier("判决")).isEqualTo("判决");
        assertThat(JdbcRecordSource.identifier("ods.kss_zy")).isEqualTo("ods.kss_zy");
        assertThat(JdbcRecordSource.identifier("ods.\"Mixed Case\"")).isEqualTo("ods.\"Mixed Case\"");
        assertThat(JdbcRecordSource.identifier("\"a\"\"b\".t")).isEqualTo("\"a\"\"b\".t");
        assertThat(JdbcRecordSource.identifier("x; DROP TABLE y")).isEqualTo("\"x; DROP TABLE y\"");
        assertThat(JdbcRecordSource.identifier("a\"b")).isEqualTo("\"a\"\"b\"");
    }

    @Test
    void mappingThatNamesAnAbsentColumnFails() {
        JdbcRecordSource source = source("""
                {"url": "%s", "datasets": {"custody": {"table": "kss_zy", "columns": {"no_such": "admitted_on"}}}}"""
                .formatted(url));

        assertThatThrownBy(() -> read(source, Dataset.CUSTODY)).isInstanceOf(XingzhiException.class)
                .hasMessageContaining("no_such").hasMessageContaining("does not have");
    }

    @Test
    void twoColumnsGivingOneFieldFail() {
        JdbcRecordSource source = source("""
                {"url": "%s", "datasets": {"custody": {"table": "kss_zy", "columns": {"rsrq": "admitted_on", "csrq": "admitted_on"}}}}"""
                .formatted(url));

        assertThatThrownBy(() -> read(source, Dataset.CUSTODY)).isInstanceOf(XingzhiException.class)
                .hasMessageContaining("both give the field admitted_on");
    }

    @Test
    void emptyTableReadsNothing() {
        jdbi.useHandle(h -> h.execute("CREATE TABLE empty_dpr (\"姓名\" VARCHAR, \"执行起日\" DATE)"));

        var v = read(source("""
                {"url": "%s", "datasets": {"dpr_supervision": {"table": "empty_dpr"}}}""".formatted(url)),
                Dataset.DPR_SUPERVISION);

        assertThat(v.rows).isEmpty();
        assertThat(v.rejections).isEmpty();
    }

    @Test
    void everyRowOfAQueryArrivesOnce() {
        var v = read(source("""
                {"url": "%s", "fetchSize": 7, "datasets": {"activities": {"name": "x", "query": "SELECT X AS 序号, '张' || X AS 姓名 FROM SYSTEM_RANGE(1, 1000)"}}}"""
                .formatted(url)), Dataset.ACTIVITIES);

        assertThat(v.rows).hasSize(1000);
        assertThat(v.rows).extracting(r -> r.ref().line()).isEqualTo(
                java.util.stream.LongStream.rangeClosed(1, 1000).boxed().toList());
        assertThat(v.rows.get(999).fields()).isEqualTo(Map.of("序号", "1000", "姓名", "张1000"));
        assertThat(List.of(v.rows.get(0).fields().get("姓名"))).containsExactly("张1");
    }
}

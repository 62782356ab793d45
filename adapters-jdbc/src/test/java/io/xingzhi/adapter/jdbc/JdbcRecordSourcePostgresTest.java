package io.xingzhi.adapter.jdbc;

import io.xingzhi.testkit.CollectingVisitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.HeaderAliases;
import io.xingzhi.core.record.RawRow;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Agency data read from a real PostgreSQL server, streamed through a cursor. */
class JdbcRecordSourcePostgresTest {
    private static Jdbi jdbi;

    @BeforeAll
    static void startPostgres() {
        jdbi = Jdbi.create(PostgresServer.freshDatabase("records"), PostgresServer.USER, PostgresServer.USER);
        jdbi.useHandle(h -> {
            h.execute("CREATE TABLE 看守所在押人员 (姓名 TEXT, 案号 TEXT, 入所日期 DATE, 出所日期 TIMESTAMPTZ, 羁押场所 TEXT)");
            h.execute("INSERT INTO 看守所在押人员 VALUES ('张三', '(2024)辽0682刑初1号', '2024-01-02', "
                    + "'2024-04-10 09:30:15+08', '丹东市看守所'), ('李四', '(2024)辽0682刑初2号', '2024-01-03', NULL, '丹东市看守所')");
            h.execute("CREATE TABLE 罚金执行 (姓名 TEXT, 执行标的 NUMERIC, 已执行金额 NUMERIC(12, 2))");
            h.execute("INSERT INTO 罚金执行 VALUES ('张三', 50000, 1234.50), ('李四', 'NaN', NULL), ('王五', 1E+7, 0)");
        });
    }

    private static JdbcRecordSource source(String datasets, int fetchSize) {
        return new JdbcRecordSource(jdbi, JdbcSourceConfig.parse("{\"url\": \"unused\", \"fetchSize\": " + fetchSize
                + ", \"datasets\": " + datasets + "}", "test.json"));
    }

    @Test
    void aQueryFailingOnAnAgencysValueQuotesItWithoutItsControlCharacters() {
        jdbi.useHandle(h -> {
            h.execute("CREATE TABLE 失败的日期 (入所日期 TEXT)");
            h.execute("INSERT INTO 失败的日期 VALUES (E'\\x1b]0;pwn\\x07\\x1b[2J2024\\u202e\\u0085x')");
        });

        assertThatThrownBy(() -> source("{\"custody\": {\"name\": \"在押\\u001b[31m\", "
                + "\"query\": \"SELECT CAST(入所日期 AS date) AS 入所日期 FROM 失败的日期\"}}", 10)
                .read(Dataset.CUSTODY, new CollectingVisitor()))
                .isInstanceOf(io.xingzhi.core.port.SourceUnreadableException.class)
                .hasMessageContaining("query 在押\uFFFD[31m: cannot be read")
                // the escapes and the override shown as U+FFFD, the line break (NEL) as a space, as on the terminal
                .hasMessageContaining("invalid input syntax for type date: \"\uFFFD]0;pwn\uFFFD\uFFFD[2J2024\uFFFD x\"")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u001b", "\u0007", "\u202e", "\u0085"));
    }

    @Test
    void chineseColumnNamesPassThroughFromPostgres() {
        CollectingVisitor v = new CollectingVisitor();
        source("{\"custody\": {\"table\": \"看守所在押人员\"}}", 10).read(Dataset.CUSTODY, v);

        assertThat(v.rows).hasSize(2);
        RawRow first = v.rows.get(0);
        assertThat(first.ref()).hasToString("看守所在押人员:1");
        assertThat(first.fields()).containsEntry("姓名", "张三").containsEntry("入所日期", "2024-01-02")
                .containsEntry("羁押场所", "丹东市看守所");
        assertThat(first.fields()).containsEntry("出所日期", "2024-04-10 09:30:15");
        assertThat(v.rows.get(1).fields()).containsEntry("出所日期", "");
        assertThat(first.fields().keySet()).map(h -> HeaderAliases.standard().canonical(Dataset.CUSTODY, h).orElse("?"))
                .containsExactly("name", "case_number", "admitted_on", "left_on", "detention_center");
    }

    @Test
    void zonedTimestampIsReadAsBeijingTimeWhateverZoneTheMachineKeeps() {
        // an agency server keeps instants; the day that counts is Beijing's, not the day in the zone of the
        // machine the engine runs on (in New York, 00:30 in Beijing is the day before)
        TimeZone machine = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
        try {
            Jdbi agency = Jdbi.create(PostgresServer.freshDatabase("zoned"), PostgresServer.USER, PostgresServer.USER);
            agency.useHandle(h -> {
                h.execute("CREATE TABLE 活动 (姓名 TEXT, 发生时间 TIMESTAMPTZ)");
                h.execute("INSERT INTO 活动 VALUES ('张三', '2024-03-05 00:30:00+08'), ('李四', '2024-03-04 20:00:00+00'), "
                        + "('王五', '2024-03-05 23:59:59+08'), ('赵六', '2024-03-05 00:00:00+08')");
            });
            CollectingVisitor v = new CollectingVisitor();
            new JdbcRecordSource(agency, JdbcSourceConfig.parse("{\"url\": \"unused\", \"datasets\": "
                    + "{\"activities\": {\"table\": \"活动\"}}}", "test.json")).read(Dataset.ACTIVITIES, v);

            assertThat(v.rows).extracting(r -> r.fields().get("发生时间"))
                    .isEqualTo(List.of("2024-03-05 00:30:00", "2024-03-05 04:00:00", "2024-03-05 23:59:59", "2024-03-05"));
        } finally {
            TimeZone.setDefault(machine);
        }
    }

    @Test
    void valueTheDriverCannotReadAsANumberArrivesAsItsText() {
        CollectingVisitor v = new CollectingVisitor();
        source("{\"enforcement\": {\"table\": \"罚金执行\"}}", 10).read(Dataset.ENFORCEMENT, v);

        assertThat(v.rejections).isEmpty();
        assertThat(v.rows).extracting(r -> r.fields().get("执行标的")).containsExactly("50000", "NaN", "10000000");
        assertThat(v.rows).extracting(r -> r.fields().get("已执行金额")).containsExactly("1234.50", "", "0.00");
        assertThat(v.rows.get(1).ref()).hasToString("罚金执行:2");
    }

    @Test
    void infiniteDateArrivesAsTheWordTheDatabaseKeepsNotAsAFarFutureDate() {
        // PostgreSQL keeps 'infinity' for an open end; the driver turns it into LocalDate.MAX, which written as a
        // date is +999999999-12-31: no export ever shows that, and a rejection naming it (masked as a number) would
        // not tell the agency which value to fix. The row arrives with the word, for core to reject as not a date.
        Jdbi agency = Jdbi.create(PostgresServer.freshDatabase("infinite"), PostgresServer.USER, PostgresServer.USER);
        agency.useHandle(h -> {
            h.execute("CREATE TABLE 剥权监管 (姓名 TEXT, 执行起日 DATE, 执行止日 DATE, 登记时间 TIMESTAMP, 变更时间 TIMESTAMPTZ)");
            h.execute("INSERT INTO 剥权监管 VALUES ('张三', '2024-01-05', 'infinity', 'infinity', '-infinity'), "
                    + "('李四', '-infinity', '2026-01-03', '-infinity', 'infinity'), "
                    + "('王五', '2024-01-05', '9999-12-31', '9999-12-31 23:59:59', '2024-01-05 00:00:00+08')");
        });
        CollectingVisitor v = new CollectingVisitor();
        new JdbcRecordSource(agency, JdbcSourceConfig.parse("{\"url\": \"unused\", \"datasets\": "
                + "{\"dpr_supervision\": {\"table\": \"剥权监管\"}}}", "test.json")).read(Dataset.DPR_SUPERVISION, v);

        assertThat(v.rejections).isEmpty();
        assertThat(v.rows).extracting(r -> r.fields().get("执行起日")).containsExactly("2024-01-05", "-infinity", "2024-01-05");
        assertThat(v.rows).extracting(r -> r.fields().get("执行止日")).containsExactly("infinity", "2026-01-03", "9999-12-31");
        assertThat(v.rows).extracting(r -> r.fields().get("登记时间"))
                .containsExactly("infinity", "-infinity", "9999-12-31 23:59:59");
        assertThat(v.rows).extracting(r -> r.fields().get("变更时间")).containsExactly("-infinity", "infinity", "2024-01-05");
    }

    @Test
    void rowsStreamBeforeTheQueryHasFinished() {
        // The query fails at its 1000th row. Read whole, no row would arrive before the failure;
        // streamed 100 at a time, the first 900 rows arrive and the failure names where it stopped.
        CollectingVisitor v = new CollectingVisitor();
        JdbcRecordSource source = source("{\"activities\": {\"name\": \"流水\", \"query\": \"SELECT g AS 序号, '张' || g AS 姓名, "
                + "(DATE '2024-01-01' + g) AS 发生时间, 1 / (1000 - g) AS 比 FROM generate_series(1, 100000) g\"}}", 100);

        assertThatThrownBy(() -> source.read(Dataset.ACTIVITIES, v)).isInstanceOf(XingzhiException.class)
                .hasMessageStartingWith("dataset activities: query 流水: cannot be read after row 900")
                .hasMessageContaining("division by zero");
        assertThat(v.rows).hasSize(900);
        assertThat(v.rows.get(899).fields()).isEqualTo(Map.of("序号", "900", "姓名", "张900", "发生时间", "2026-06-19",
                "比", "0"));
    }

    @Test
    void largeQueryArrivesWholeInOrder() {
        long[] count = {0};
        long[] lastLine = {0};
        source("{\"activities\": {\"name\": \"流水\", \"query\": \"SELECT g AS 序号 FROM generate_series(1, 200000) g\"}}", 1000)
                .read(Dataset.ACTIVITIES, new io.xingzhi.core.port.RowVisitor() {
                    @Override
                    public void row(RawRow row) {
                        count[0]++;
                        assertThat(row.ref().line()).isEqualTo(lastLine[0] + 1);
                        assertThat(row.fields().get("序号")).isEqualTo(Long.toString(row.ref().line()));
                        lastLine[0] = row.ref().line();
                    }

                    @Override
                    public void rejected(io.xingzhi.core.record.Rejection rejection) {
                        throw new AssertionError(rejection.toString());
                    }
                });

        assertThat(count[0]).isEqualTo(200_000);
    }
}

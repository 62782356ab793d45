package io.xingzhi.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.record.Dataset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JdbcSourceConfigTest {
    private static JdbcSourceConfig parse(String json) {
        return JdbcSourceConfig.parse(json, "sources.json");
    }

    @Test
    void readsConnectionFetchSizeAndSourcesPerDataset() {
        var c = parse("""
                {"url": "jdbc:h2:mem:x", "user": "reader", "password": "pw", "fetchSize": 250,
                 "datasets": {"judgments": {"table": "判决", "columns": {"AH": "case_number"}},
                              "custody": [{"query": "SELECT 1;;  "}, {"name": "第二", "query": "SELECT 2"}]}}""");

        assertThat(c.url()).isEqualTo("jdbc:h2:mem:x");
        assertThat(c.user()).isEqualTo("reader");
        assertThat(c.password()).isEqualTo("pw");
        assertThat(c.fetchSize()).isEqualTo(250);
        assertThat(c.datasets().get(Dataset.JUDGMENTS)).containsExactly(
                JdbcSourceConfig.Source.table("判决").withColumns(Map.of("AH", "case_number")));
        assertThat(c.datasets().get(Dataset.CUSTODY)).containsExactly(
                new JdbcSourceConfig.Source("custody_query", Optional.empty(), Optional.of("SELECT 1"), Map.of()),
                JdbcSourceConfig.Source.query("第二", "SELECT 2"));
    }

    @Test
    void defaultsToAThousandRowsPerFetchAndNoCredentials() {
        var c = parse("""
                {"url": "jdbc:h2:mem:x", "datasets": {"activities": {"table": "hd"}}}""");

        assertThat(c.fetchSize()).isEqualTo(JdbcSourceConfig.DEFAULT_FETCH_SIZE);
        assertThat(c.user()).isEmpty();
        assertThat(c.password()).isEmpty();
    }

    @Test
    void neverPrintsThePassword() {
        var c = parse("""
                {"url": "jdbc:postgresql://db/x?password=secret", "password": "secret", "datasets": {"activities": {"table": "hd"}}}""");

        assertThat(c.toString()).doesNotContain("secret").contains("jdbc:postgresql://db/x");
    }

    @Test
    void unknownDatasetIsAnErrorListingTheKnownOnes() {
        assertThatThrownBy(() -> parse("""
                {"url": "u", "datasets": {"judgement": {"table": "t"}}}"""))
                .isInstanceOf(XingzhiException.class)
                .hasMessageStartingWith("sources.json: unknown dataset \"judgement\"").hasMessageContaining("judgments");
    }

    @Test
    void aDatasetNamedTwiceInTwoSpellingsOrWithAnEmptyListIsRefused() {
        assertThatThrownBy(() -> parse("""
                {"url": "u", "datasets": {"custody": {"table": "a"}, "Custody": {"table": "b"}}}"""))
                .isInstanceOf(XingzhiException.class)
                .hasMessage("sources.json: dataset custody is named twice in \"datasets\" (as \"Custody\" and another spelling)");
        assertThatThrownBy(() -> parse("""
                {"url": "u", "datasets": {"custody": []}}"""))
                .isInstanceOf(XingzhiException.class)
                .hasMessage("sources.json: dataset custody lists no source");
    }

    @Test
    void sourceNeedsExactlyOneOfTableAndQuery() {
        assertThatThrownBy(() -> parse("""
                {"url": "u", "datasets": {"custody": {"table": "t", "query": "SELECT 1"}}}"""))
                .isInstanceOf(XingzhiException.class).hasMessageContaining("datasets.custody needs exactly one");
        assertThatThrownBy(() -> parse("""
                {"url": "u", "datasets": {"custody": [{"table": "t"}, {"name": "n"}]}}"""))
                .isInstanceOf(XingzhiException.class).hasMessageContaining("datasets.custody[1] needs exactly one");
    }

    @Test
    void misspeltKeyIsAnError() {
        assertThatThrownBy(() -> parse("""
                {"url": "u", "datasets": {"custody": {"tabel": "t"}}}"""))
                .isInstanceOf(XingzhiException.class).hasMessageContaining("unknown key \"datasets.custody.tabel\"");
        assertThatThrownBy(() -> parse("""
                {"url": "u", "fetch_size": 3, "datasets": {"custody": {"table": "t"}}}"""))
                .isInstanceOf(XingzhiException.class).hasMessageContaining("unknown key \"fetch_size\"");
    }

    @Test
    void mappingMustNameAFieldOfTheDataset() {
        assertThatThrownBy(() -> parse("""
                {"url": "u", "datasets": {"custody": {"table": "t", "columns": {"RSRQ": "filed_on"}}}}"""))
                .isInstanceOf(XingzhiException.class)
                .hasMessageContaining("datasets.custody.columns.RSRQ").hasMessageContaining("admitted_on");
    }

    @Test
    void missingUrlDatasetsOrBadJsonAreErrorsNamingTheFile() {
        assertThatThrownBy(() -> parse("{\"datasets\": {\"custody\": {\"table\": \"t\"}}}"))
                .isInstanceOf(XingzhiException.class).hasMessage("sources.json: \"url\" is missing");
        assertThatThrownBy(() -> parse("{\"url\": \"u\"}"))
                .isInstanceOf(XingzhiException.class).hasMessageContaining("\"datasets\" must be an object");
        assertThatThrownBy(() -> parse("{\"url\": "))
                .isInstanceOf(XingzhiException.class).hasMessageStartingWith("sources.json: not valid JSON");
        assertThatThrownBy(() -> parse("{\"url\": \"u\", \"fetchSize\": 0, \"datasets\": {\"custody\": {\"table\": \"t\"}}}"))
                .isInstanceOf(XingzhiException.class).hasMessageContaining("fetchSize");
    }

    @Test
    void passwordFromAnUnsetEnvironmentVariableIsAnError() {
        assertThatThrownBy(() -> parse("""
                {"url": "u", "passwordEnv": "XINGZHI_TEST_SURELY_UNSET_VARIABLE", "datasets": {"custody": {"table": "t"}}}"""))
                .isInstanceOf(XingzhiException.class).hasMessageContaining("XINGZHI_TEST_SURELY_UNSET_VARIABLE");
    }
}

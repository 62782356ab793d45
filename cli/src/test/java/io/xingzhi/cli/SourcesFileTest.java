package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xingzhi.adapter.rest.HttpFeed;
import io.xingzhi.adapter.rest.HttpRecordSource;
import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.port.CompositeRecordSource;
import io.xingzhi.core.port.RecordSource;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.format.RowFormat;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The {@code --sources} file: tables and queries for the JDBC adapter, feeds for the HTTP one, errors that name the key. */
class SourcesFileTest {

    private static SourcesFile.Parsed read(String json) {
        return SourcesFile.read(json, "sources.json");
    }

    private static void refused(String json, String... messageParts) {
        var thrown = assertThatThrownBy(() -> read(json)).isInstanceOf(XingzhiException.class)
                .hasMessageStartingWith("sources.json: ");
        for (String part : messageParts) {
            thrown.hasMessageContaining(part);
        }
    }

    @Test
    void aFileOfFeedsNeedsNoDatabase() {
        SourcesFile.Parsed p = read("""
                {"datasets": {
                   "custody": {"url": "http://kss.example/custody.csv"},
                   "activities": [{"url": "https://gongan.example/activities", "paged": true},
                                  {"url": "https://wenlv.example/venues", "format": "jsonl", "paged": false}]
                }}""");
        assertThat(p.database()).isEmpty();
        assertThat(p.feeds()).containsExactly(
                new HttpFeed(Dataset.CUSTODY, URI.create("http://kss.example/custody.csv"), HttpFeed.Paging.NONE),
                new HttpFeed(Dataset.ACTIVITIES, URI.create("https://gongan.example/activities"), HttpFeed.Paging.PAGE_NUMBER),
                new HttpFeed(Dataset.ACTIVITIES, URI.create("https://wenlv.example/venues"), HttpFeed.Paging.NONE,
                        Optional.of(RowFormat.JSON_LINES)));
        RecordSource s = p.source(HttpRecordSource.Options.defaults());
        assertThat(s).isInstanceOf(HttpRecordSource.class);
        assertThat(s.available()).containsExactlyInAnyOrder(Dataset.CUSTODY, Dataset.ACTIVITIES);
    }

    @Test
    void tablesAndFeedsTogetherAreOneSourceDatasetByDataset() {
        SourcesFile.Parsed p = read("""
                {"url": "jdbc:h2:mem:agency", "user": "sa", "fetchSize": 50,
                 "datasets": {
                   "judgments": {"table": "生效裁判"},
                   "enforcement": [{"name": "执行2024", "query": "SELECT * FROM zxaj"}],
                   "custody": {"url": "http://kss.example/custody.csv"}
                }}""");
        assertThat(p.database()).hasValueSatisfying(c -> {
            assertThat(c.url()).isEqualTo("jdbc:h2:mem:agency");
            assertThat(c.fetchSize()).isEqualTo(50);
            assertThat(c.datasets()).containsOnlyKeys(Dataset.JUDGMENTS, Dataset.ENFORCEMENT);
        });
        assertThat(p.feeds()).extracting(HttpFeed::dataset).containsExactly(Dataset.CUSTODY);
        RecordSource s = p.source(HttpRecordSource.Options.defaults());
        assertThat(s).isInstanceOf(CompositeRecordSource.class);
        assertThat(s.available()).containsExactlyInAnyOrder(Dataset.JUDGMENTS, Dataset.ENFORCEMENT, Dataset.CUSTODY);
        assertThat(s.describe(Dataset.CUSTODY)).containsExactly("http://kss.example/custody.csv");
        assertThat(s.describe(Dataset.ENFORCEMENT)).containsExactly("执行2024");
    }

    @Test
    void aTableOrQueryNeedsTheJdbcUrl() {
        refused("{\"datasets\": {\"judgments\": {\"table\": \"t\"}, \"custody\": {\"url\": \"http://x/c.csv\"}}}",
                "\"url\" is missing", "judgments is a database table or query");
    }

    @Test
    void unknownKeysAnywhereAreErrorsNamingTheKey() {
        refused("{\"datasets\": {\"custody\": {\"url\": \"http://x/c.csv\", \"pagd\": true}}}",
                "unknown key \"datasets.custody.pagd\"", "url, paged, format");
        refused("{\"datasets\": {\"custody\": [{\"url\": \"http://x/a.csv\"}, {\"url\": \"http://x/b.csv\", \"headers\": {}}]}}",
                "unknown key \"datasets.custody[1].headers\"");
        refused("{\"feeds\": {}, \"datasets\": {\"custody\": {\"url\": \"http://x/c.csv\"}}}", "unknown key \"feeds\"");
        refused("{\"url\": \"jdbc:h2:mem:x\", \"datasets\": {\"custody\": {\"table\": \"t\", \"colums\": {}}}}",
                "unknown key \"datasets.custody.colums\"");
        refused("{\"datasets\": {\"custodies\": {\"url\": \"http://x/c.csv\"}}}", "unknown dataset \"custodies\"");
    }

    @Test
    void badFeedValuesAreErrorsNamingTheKey() {
        refused("{\"datasets\": {\"custody\": {\"url\": \"ftp://x/c.csv\"}}}", "datasets.custody.url", "http or https");
        refused("{\"datasets\": {\"custody\": {\"url\": 42}}}", "datasets.custody.url", "URL string");
        refused("{\"datasets\": {\"custody\": {\"url\": \"http://x/c\", \"paged\": \"yes\"}}}", "datasets.custody.paged");
        refused("{\"datasets\": {\"custody\": {\"url\": \"http://x/c\", \"format\": \"xlsx\"}}}", "datasets.custody.format",
                "\"csv\" or \"jsonl\"");
        refused("{\"datasets\": {\"custody\": {\"url\": \"http://x/c\", \"table\": \"t\"}}}", "datasets.custody", "one of them");
    }

    @Test
    void aDatasetComesFromOneKindOfSourceAndAKeyOnlyOnce() {
        refused("{\"url\": \"jdbc:h2:mem:x\", \"datasets\": {\"custody\": [{\"table\": \"t\"}, {\"url\": \"http://x/c.csv\"}]}}",
                "datasets.custody mixes HTTP feeds with tables or queries");
        refused("{\"datasets\": {\"custody\": {\"url\": \"http://x/a.csv\"}, \"custody\": {\"url\": \"http://x/b.csv\"}}}",
                "custody");
        refused("{\"datasets\": {\"custody\": {\"url\": \"http://x/a.csv\"}, \" CUSTODY\": {\"url\": \"http://x/b.csv\"}}}",
                "dataset custody is named twice in \"datasets\" (as \" CUSTODY\" and another spelling)");
        refused("{\"datasets\": {\"custody\": []}}", "dataset custody lists no source");
        refused("{\"datasets\": {}}", "at least one dataset");
        refused("[]", "expected a JSON object");
    }
}

package io.xingzhi.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.adapter.jdbc.JdbiLeadStore;
import io.xingzhi.core.app.Actor;
import io.xingzhi.core.app.ApplicationServices;
import io.xingzhi.core.port.LeadFilter;
import io.xingzhi.core.port.LeadStore;
import io.xingzhi.core.port.StoredLead;
import io.xingzhi.core.review.ReviewAction;
import io.xingzhi.core.review.ReviewState;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KeepLeadsInAStore on the demo data with an H2 file: leads survive, re-runs merge, reviews stay. */
class KeepLeadsInAStoreTest {
    @TempDir
    Path dir;

    @Test
    void leadsAreKeptInTheFileAndReadBackAfterReopening() throws IOException {
        Path data = dir.resolve("data");
        java.nio.file.Files.createDirectories(data);
        LocalDate asOf = DemoData.copyTo(data);
        long planted = DemoData.lines(data.resolve("expected.jsonl"));
        String url = "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath();

        String printed = DemoData.stdout(() -> KeepLeadsInAStore.main(new String[] {data.toString(), asOf.toString(), url}));
        assertThat(printed).contains("run 1: " + planted + " leads in the store");
        assertThat(printed.lines().filter(l -> l.startsWith("NEW "))).hasSize((int) planted);

        LeadStore reopened = JdbiLeadStore.open(url, "sa", "");
        List<StoredLead> leads = reopened.leads(LeadFilter.all());
        assertThat(leads).hasSize((int) planted);
        StoredLead first = leads.get(0);
        ApplicationServices.over(reopened).build().reviews()
                .review(first.leadId(), first.version(), new ReviewAction.Verify(), "核查", new Actor("检察官甲", "example"));

        long second = KeepLeadsInAStore.runAndKeep(data, asOf, reopened);
        assertThat(second).isGreaterThan(1);
        assertThat(reopened.count(LeadFilter.all())).isEqualTo(planted);
        assertThat(reopened.lead(first.leadId())).hasValueSatisfying(s -> {
            assertThat(s.state()).isEqualTo(ReviewState.VERIFYING);
            assertThat(s.stillFound()).isTrue();
        });
    }

    /**
     * The merge the class promises holds across processes, as an embedder runs it (a nightly job is a
     * new JVM each time): the second process finds the same leads under the same ids. Keyed with each
     * process's own key, the second run had added every lead again as new and marked the first run's
     * "no longer found" (twice the leads, the review state left on the old ids).
     */
    @Test
    void aSecondProcessOnTheSameStoreFindsTheSameLeadsUnderTheSameIds() throws Exception {
        Path data = dir.resolve("data");
        java.nio.file.Files.createDirectories(data);
        LocalDate asOf = DemoData.copyTo(data);
        long planted = DemoData.lines(data.resolve("expected.jsonl"));
        String url = "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath();

        assertThat(inItsOwnProcess(data, asOf, url)).contains("run 1: " + planted + " leads in the store");
        String second = inItsOwnProcess(data, asOf, url);
        assertThat(second).contains("run 2: " + planted + " leads in the store").doesNotContain("no longer found");
    }

    /** What {@code KeepLeadsInAStore FOLDER AS_OF URL} prints when run in a JVM of its own. */
    private static String inItsOwnProcess(Path data, LocalDate asOf, String url) throws Exception {
        Path launcher = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(launcher.toString(), "-cp", System.getProperty("java.class.path"),
                KeepLeadsInAStore.class.getName(), data.toString(), asOf.toString(), url)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}

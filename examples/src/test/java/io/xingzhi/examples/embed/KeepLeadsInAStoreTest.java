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
}

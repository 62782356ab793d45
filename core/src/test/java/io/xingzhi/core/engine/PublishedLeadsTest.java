package io.xingzhi.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.identity.LinkedBy;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.lead.LeadIdKey;
import io.xingzhi.core.lead.LeadKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Publishing in two halves on two threads gives exactly what publishing and sorting them all on one gives. */
class PublishedLeadsTest {
    private static final LeadKind[] KINDS = {
        LeadKind.of("custody-transfer", "看守所超期投送", "LATE_TRANSFER", "超期投送"),
        LeadKind.of("custody-transfer", "看守所超期投送", "NOT_TRANSFERRED", "未投送"),
        LeadKind.of("political-rights", "剥夺政治权利罪犯脱漏管", "NOT_SUPERVISED", "漏管"),
    };

    private static Lead lead(Random r, String digest, int n) {
        LeadKind kind = KINDS[r.nextInt(KINDS.length)];
        return new Lead(digest, kind, Optional.empty(), "人" + r.nextInt(50), "(2024)辽0682刑初" + r.nextInt(30) + "号", "看守所",
                "丹东市看守所", Optional.empty(), "lead " + n, List.of(), List.of(), LinkedBy.ID_NUMBER, false, false,
                DocumentType.CORRECTION_NOTICE, Map.of(), List.of());
    }

    @Test
    void twoHalvesPublishedAndMergedAreInTheOrderOfSortingAllOfThemEqualOnesInTheOrderFound() {
        Random r = new Random(11);
        List<Lead> found = new ArrayList<>();
        for (int n = 0; n < 10_000; n++) {
            // one digest in ten is an earlier lead's: equal ids, equal keys, told apart only by the order found
            String digest = n > 0 && r.nextInt(10) == 0 ? found.get(r.nextInt(found.size())).leadId() : "digest-" + n;
            found.add(lead(r, digest, n));
        }
        LeadIdKey key = LeadIdKey.generate();

        List<Lead> published = PublishedLeads.of(found, key);

        List<Lead> expected = found.stream().map(l -> l.publishedUnder(key)).sorted(RunPlan.LEAD_ORDER).toList();
        assertThat(published).extracting(Lead::summary).containsExactlyElementsOf(expected.stream().map(Lead::summary).toList());
        assertThat(published).extracting(Lead::leadId).allMatch(id -> id.startsWith("XZ-"));
    }

    @Test
    void aFewLeadsArePublishedAndSortedOnTheCallingThread() {
        Random r = new Random(3);
        List<Lead> found = new ArrayList<>();
        for (int n = 0; n < 20; n++) {
            found.add(lead(r, "d" + n, n));
        }
        LeadIdKey key = LeadIdKey.generate();

        assertThat(PublishedLeads.of(found, key)).extracting(Lead::summary).containsExactlyElementsOf(
                found.stream().map(l -> l.publishedUnder(key)).sorted(RunPlan.LEAD_ORDER).map(Lead::summary).toList());
    }
}

package io.xingzhi.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.app.ApplicationServices;
import io.xingzhi.core.port.AuditEntry;
import io.xingzhi.testkit.InMemoryLeadStore;
import io.xingzhi.testkit.SampleLeads;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit trail keeps no identity number however a caller writes one into a request over real
 * HTTP: percent-encoded digit by digit ({@code %32%31%30…}), split by an encoded line break or spaces,
 * in a listing's query, a failed request's path or query, or a refused request's path (no token).
 * What it keeps is readable: the query and path as decoded, the number masked.
 */
class AuditKeepsNoIdentityNumberTest {
    static final String VIEWER = "viewer";
    static final String NUMBER = "210103199001171536";

    @TempDir
    Path dir;
    InMemoryLeadStore store;
    LoopbackApi api;

    @BeforeEach
    void start() {
        store = new InMemoryLeadStore();
        store.saveRun(SampleLeads.run(LocalDate.of(2024, 6, 30), SampleLeads.lead("L1")));
        api = LoopbackApi.start(ApplicationServices.over(store).build(), dir, VIEWER, "viewer:小王");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    int get(String pathAndQuery, String token) throws Exception {
        return api.get(pathAndQuery, token).statusCode();
    }

    /** Every character percent-encoded: {@code %32%31%30…}. */
    static String encodedDigitByDigit(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append('%').append(Integer.toHexString(c).toUpperCase()));
        return b.toString();
    }

    /** What the audit trail holds, decoded as a reader of it would decode a URL, spaces and breaks removed. */
    String trailAsRead(int from) {
        StringBuilder b = new StringBuilder();
        for (AuditEntry e : store.auditTrail(from, 1000)) {
            b.append(e.actor()).append(' ').append(e.action()).append(' ').append(e.detail()).append('\n');
        }
        return URLDecoder.decode(b.toString().replace("+", "%2B"), StandardCharsets.UTF_8).replaceAll("[\\s\\u200B]", "");
    }

    @Test
    void anIdentityNumberPercentEncodedOrSplitIsKeptMaskedWhereverTheRequestWroteIt() throws Exception {
        int before = store.auditTrail(0, 1000).size();
        String encoded = encodedDigitByDigit(NUMBER);
        String split = NUMBER.substring(0, 10) + "%0A" + NUMBER.substring(10);

        assertThat(get("/leads?agency=" + encoded, VIEWER)).isEqualTo(200);
        assertThat(get("/leads?agency=" + split, VIEWER)).isEqualTo(200);
        assertThat(get("/documents?lead_id=" + encoded, VIEWER)).isEqualTo(400);
        assertThat(get("/class-cases?agency=" + encoded, VIEWER)).isEqualTo(200);
        assertThat(get("/leads/" + encoded, VIEWER)).isEqualTo(404);
        assertThat(get("/leads?status=" + encoded, VIEWER)).isEqualTo(400);
        assertThat(get("/leads/" + encoded, null)).isEqualTo(401);

        List<AuditEntry> trail = store.auditTrail(before, 1000);
        assertThat(trail).hasSize(7);
        assertThat(trailAsRead(before)).doesNotContain(NUMBER).doesNotContain(NUMBER.substring(6, 14));
        assertThat(trail).allSatisfy(e -> assertThat(e.detail()).contains("210103********1536").doesNotContain("%3"));
        assertThat(trail.get(0).detail()).isEqualTo("query agency=210103********1536");
        assertThat(trail.get(6).detail()).isEqualTo("GET /leads/210103********1536");
    }

    @Test
    void aQueryIsKeptAsItReadsNotAsItWasEncoded() throws Exception {
        int before = store.auditTrail(0, 1000).size();

        get("/leads?agency=%E4%B8%B9%E4%B8%9C%E5%B8%82%E7%9C%8B%E5%AE%88%E6%89%80&limit=5", VIEWER);

        assertThat(store.auditTrail(before, 10).get(0).detail()).isEqualTo("query agency=丹东市看守所&limit=5");
    }
}

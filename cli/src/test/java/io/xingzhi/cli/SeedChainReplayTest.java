package io.xingzhi.cli;

import static io.xingzhi.cli.CountyFixtureEndToEndTest.captured;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xingzhi.adapter.jdbc.JdbiLeadStore;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.port.LeadFilter;
import io.xingzhi.core.port.RunChanges;
import io.xingzhi.core.port.StoredLead;
import io.xingzhi.core.review.ReviewActionType;
import io.xingzhi.core.review.ReviewEvent;
import io.xingzhi.core.review.ReviewState;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's whole chain, replayed through the command line on a generated county of 1,200 persons
 * kept in an H2 file store: the four models run; custody leads against one detention center are
 * verified and confirmed, and one 纠正违法通知书 goes to the center the next day; a 禁止令 violation
 * (ORDER_VIOLATED) is confirmed and referred to the 公益诉讼部门; a 检察建议 goes to the justice bureau,
 * a joint meeting with the justice and environmental bureaus agrees two measures (one of which runs
 * past its deadline) and a standing mechanism; the statistics and the governance counts say so; and a
 * re-run on changed data keeps every review.
 */
class SeedChainReplayTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String BY = "王检察官";
    static final String ENVIRONMENT = "凤城市生态环境局";
    String url;

    @Test
    void theSeedsChainFromRunToGovernanceAndAReRunThatKeepsEveryReview(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("data");
        captured("generate", "--out", data.toString(), "--persons", "1200", "--seed", "2024");
        url = "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath();
        captured("run", "--data", data.toString(), "--as-of", "2024-10-01", "--out", dir.resolve("out1").toString(),
                "--quiet", "--store", url);
        JdbiLeadStore store = JdbiLeadStore.open(url, "sa", "");
        long found = store.count(LeadFilter.all());
        assertThat(store.leads(LeadFilter.all().withPage(0, Integer.MAX_VALUE))).extracting(StoredLead::lead)
                .extracting(Lead::model).contains("custody-transfer", "political-rights", "prohibition-order", "property-penalty");

        // 个案办理: the detention center with the most custody leads; up to six of them, late transfers first
        Map<String, List<Lead>> byCenter = store.leads(LeadFilter.all().withModel("custody-transfer").withPage(0, 10_000))
                .stream().map(StoredLead::lead).collect(Collectors.groupingBy(Lead::addressee, LinkedHashMap::new,
                        Collectors.toList()));
        List<Lead> center = byCenter.values().stream().max(Comparator.comparingInt(List::size)).orElseThrow();
        List<Lead> custody = center.stream().sorted(Comparator.comparing(l -> !l.kindCode().equals("LATE_TRANSFER")))
                .limit(6).toList();
        assertThat(custody).as("custody leads against " + custody.get(0).addressee()).hasSizeGreaterThanOrEqualTo(2);
        for (Lead l : custody) {
            review(url, l.leadId(), "verify", "--note", "调取羁押台账核实");
            review(url, l.leadId(), "confirm", "--note", "核实属实");
        }
        List<String> custodyIds = custody.stream().map(Lead::leadId).toList();
        List<String> document = new ArrayList<>(custodyIds);
        document.addAll(List.of("--store", url, "--type", "纠正违法通知书", "--date", "2024-10-09", "--out",
                dir.resolve("纠正违法通知书.docx").toString()));
        document.add(0, "document");
        captured(document.toArray(String[]::new));
        for (String id : custodyIds) {
            review(url, id, "issue-document");
        }

        // 移送: a 禁止令 violation confirmed and referred to the public-interest litigation department
        Lead violated = store.leads(LeadFilter.all().withModel("prohibition-order").withKind("ORDER_VIOLATED")).get(0).lead();
        review(url, violated.leadId(), "verify");
        review(url, violated.leadId(), "confirm", "--note", "经核实违反禁止令");
        review(url, violated.leadId(), "refer", "--to", "公益诉讼部门", "--number", "凤检移〔2024〕1号");
        String justice = violated.addressee();

        // 类案监督 → 诉源治理: a 检察建议, a joint meeting, two measures, a mechanism
        governance("recommendation", violated.leadId(), "--agency", justice, "--title", "关于加强社区矫正对象禁止令执行监督的检察建议",
                "--date", "2024-10-10", "--deadline", "2024-12-10", "--number", "凤检刑执建〔2024〕1号");
        governance("meeting", "--agencies", justice + "、" + ENVIRONMENT, "--title", "禁止令执行联席会议", "--date", "2024-10-15",
                "--content", "议定：建立禁止令执行台账；开展联合巡查", "--parent", "g1");
        governance("measure", "--agency", justice, "--title", "建立禁止令执行台账", "--date", "2024-10-15", "--deadline", "2024-10-31",
                "--parent", "g2");
        governance("measure", "--agency", ENVIRONMENT, "--title", "开展联合巡查", "--date", "2024-10-15", "--deadline", "2024-12-31",
                "--parent", "g2");
        governance("mechanism", "--agencies", justice + "、" + ENVIRONMENT, "--title", "禁止令执行联动协作机制", "--date", "2024-10-15",
                "--parent", "g2");
        captured("governance", "close", "g1", "--store", url, "--status", "已采纳", "--date", "2024-11-05", "--note", "司法局复函采纳",
                "--by", BY);

        JsonNode gov = JSON.readTree(captured("governance", "list", "--store", url, "--as-of", "2024-11-30", "--json"));
        assertThat(gov.get("records")).extracting(r -> r.get("id").asText() + " " + r.get("status").asText())
                .containsExactly("g1 adopted", "g2 held", "g3 overdue", "g4 pending", "g5 in-force");
        JsonNode justiceRow = row(gov.get("by_agency"), justice);
        assertThat(counts(justiceRow)).containsExactly(1L, 1L, 1L, 0L, 1L, 1L, 1L);
        assertThat(counts(row(gov.get("by_agency"), ENVIRONMENT))).containsExactly(0L, 0L, 1L, 0L, 0L, 1L, 1L);
        assertThat(counts(gov.get("total"))).containsExactly(1L, 1L, 2L, 0L, 1L, 1L, 1L);

        // the numbers, in the seed's order: 线索 → 核查 → 成案 → 文书 → 整改, the referral, and the governance
        JsonNode stats = JSON.readTree(captured("stats", "--store", url, "--json"));
        JsonNode total = stats.get("statistics").get("total");
        int cases = custody.size() + 1;
        assertThat(total.get("leads").asLong()).isEqualTo(found);
        assertThat(total.get("confirmed").asLong()).isEqualTo(cases);
        assertThat(total.get("documents_by_type").get("CORRECTION_NOTICE").asLong()).isEqualTo(1);
        assertThat(total.get("awaiting_reply").asLong()).isEqualTo(custody.size());
        JsonNode funnel = stats.get("statistics").get("funnel");
        assertThat(List.of(funnel.get("leads").asLong(), funnel.get("verified").asLong(), funnel.get("confirmed").asLong(),
                funnel.get("documents").asLong(), funnel.get("document_leads").asLong(), funnel.get("referrals").asLong()))
                .containsExactly(found, (long) cases, (long) cases, 1L, (long) custody.size(), 1L);
        assertThat(funnel.get("referrals_by_recipient").get("公益诉讼部门").asLong()).isEqualTo(1);
        // stats sees governance as of today: by now both measures are past their deadlines
        assertThat(stats.get("governance").get("total").get("overdue").asLong()).isEqualTo(2);
        assertThat(store.history(violated.leadId())).extracting(ReviewEvent::action)
                .containsExactly(ReviewActionType.VERIFY, ReviewActionType.CONFIRM, ReviewActionType.REFER);
        String text = captured("stats", "--store", url);
        assertThat(text).contains("线索 " + found + " 条 → 核查 " + cases + " 条 → 成案 " + cases + " 件 → 文书 1 份（涉及线索 "
                + custody.size() + " 条） → 整改 0 件；移送 1 次（公益诉讼部门 1）");
        assertThat(text).contains("诉源治理（按单位，状态截至", justice, ENVIRONMENT);

        // 实时更新: the center's next export corrects one transfer date; the re-run says so and keeps every review
        Map<String, StoredLead> before = reviewed(store);
        Lead moved = custody.get(0);
        assertThat(moved.kindCode()).isEqualTo("LATE_TRANSFER");
        RerunOnChangedDataTest.editCustody(data.resolve("custody.csv"), moved, null);
        String second = captured("run", "--data", data.toString(), "--as-of", "2024-10-01", "--out", dir.resolve("out2").toString(),
                "--store", url);
        assertThat(second).contains("与第 1 次运行相比：").contains("审查记录均保留");
        RunChanges c = store.runChanges(2).orElseThrow();
        assertThat(c.changedLeads()).contains(moved.leadId());
        Map<String, StoredLead> after = reviewed(store);
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        before.forEach((id, s) -> {
            assertThat(after.get(id).state()).as(id).isEqualTo(s.state());
            assertThat(after.get(id).version()).as(id).isEqualTo(s.version());
            assertThat(store.history(id)).as(id).hasSize((int) s.version());
        });
        assertThat(after.get(moved.leadId()).state()).isEqualTo(ReviewState.DOCUMENT_ISSUED);
        assertThat(after.get(moved.leadId()).lead().facts()).isNotEqualTo(before.get(moved.leadId()).lead().facts());
        assertThat(store.governanceRecords()).hasSize(5);
        assertThat(JSON.readTree(captured("stats", "--store", url, "--json")).get("statistics").get("total").get("confirmed")
                .asLong()).isEqualTo(cases);
    }

    static void review(String url, String id, String action, String... more) {
        List<String> args = new ArrayList<>(List.of("review", id, "--store", url, "--action", action, "--by", BY));
        args.addAll(List.of(more));
        captured(args.toArray(String[]::new));
    }

    /** {@code xingzhi governance KIND ARGS --store URL --by 王检察官}. */
    void governance(String kind, String... args) {
        List<String> all = new ArrayList<>(List.of("governance", kind));
        all.addAll(List.of(args));
        all.addAll(List.of("--store", url, "--by", BY));
        captured(all.toArray(String[]::new));
    }

    static JsonNode row(JsonNode rows, String agency) {
        for (JsonNode r : rows) {
            if (r.get("agency").asText().equals(agency)) {
                return r;
            }
        }
        throw new AssertionError("no governance row for " + agency + " in " + rows);
    }

    static List<Long> counts(JsonNode r) {
        return List.of(r.get("recommendations").asLong(), r.get("adopted").asLong(), r.get("measures").asLong(),
                r.get("rectified").asLong(), r.get("overdue").asLong(), r.get("meetings").asLong(),
                r.get("mechanisms_in_force").asLong());
    }

    /** Every lead reviewed at least once, by id. */
    static Map<String, StoredLead> reviewed(JdbiLeadStore store) {
        Map<String, StoredLead> m = new LinkedHashMap<>();
        for (StoredLead s : store.leads(LeadFilter.all().withPage(0, Integer.MAX_VALUE))) {
            if (s.version() > 0) {
                m.put(s.leadId(), s);
            }
        }
        return m;
    }
}

package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.identity.LinkedBy;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.app.StatisticsService;
import io.xingzhi.core.port.StoredDocument;
import io.xingzhi.core.review.ReviewActionType;
import io.xingzhi.core.review.ReviewEvent;
import io.xingzhi.core.review.ReviewState;
import io.xingzhi.core.run.RunResult;
import io.xingzhi.core.stats.ClassCaseReport;
import io.xingzhi.core.stats.ReviewStatistics;
import io.xingzhi.testkit.InMemoryLeadStore;
import io.xingzhi.testkit.SampleLeads;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole way from a run to counted documents, through the command line on an in-memory store:
 * a run with seven leads; four confirmed, one dismissed, one verifying, one left new; a 类案
 * 检察建议 for three and a 纠正违法通知书 for one; a reply and an overdue reply; then the exact counts,
 * unchanged by saving the same run again.
 */
class ReviewScenarioTest {
    static final String URL = "mem:scenario";
    static final String JAIL = "丹东市看守所";
    final InMemoryLeadStore store = new InMemoryLeadStore();
    RunResult run;

    static Lead lead(String id, String model, String kind, String agency, String name, String caseNo, LocalDate due) {
        return new Lead(id, SampleLeads.kind(model, kind), Optional.empty(), name, caseNo, agency, "", Optional.of(due),
                name + "的" + kind + "线索", List.of("刑事诉讼法第264条第2款"), List.of(), LinkedBy.NAME_BIRTH_DATE, false, false,
                DocumentType.CORRECTION_NOTICE, Map.of(), List.of());
    }

    @BeforeEach
    void saveARun() {
        Stores.register("mem:", url -> store);
        run = SampleLeads.run(LocalDate.of(2024, 5, 31),
                lead("A", "custody-transfer", "LATE_TRANSFER", JAIL, "张三", "(2024)辽0682刑初1号", LocalDate.of(2024, 1, 10)),
                lead("B", "custody-transfer", "LATE_TRANSFER", JAIL, "李四", "(2024)辽0682刑初2号", LocalDate.of(2024, 2, 10)),
                lead("C", "custody-transfer", "LATE_TRANSFER", JAIL, "王五", "(2024)辽0682刑初3号", LocalDate.of(2024, 3, 10)),
                lead("D", "custody-transfer", "HELD_PAST_TERM", JAIL, "赵六", "(2023)辽0682刑初9号", LocalDate.of(2024, 4, 1)),
                lead("E", "political-rights", "NOT_SUPERVISED", "东港市公安局", "钱七", "(2022)辽0681刑初5号", LocalDate.of(2023, 6, 1)),
                lead("F", "political-rights", "NOT_SUPERVISED", "东港市公安局", "孙八", "(2022)辽0681刑初6号", LocalDate.of(2023, 7, 1)),
                lead("G", "property-penalty", "NOT_TRANSFERRED", "东港市人民法院", "周九", "(2023)辽0681刑初7号", LocalDate.of(2023, 9, 1)));
        store.saveRun(run);
    }

    @AfterEach
    void unregister() {
        Stores.unregister("mem:");
    }

    @Test
    void fromRunToDocumentsToRepliesTheStatisticsCountExactlyAndASecondRunChangesNothing(@TempDir Path dir) throws Exception {
        for (String id : List.of("A", "B", "C", "D", "E", "F")) {
            ok("review", id, "--store", URL, "--action", "verify", "--by", "检察官甲");
        }
        for (String id : List.of("A", "B", "C", "D")) {
            ok("review", id, "--store", URL, "--action", "confirm", "--by", "检察官甲", "--note", "核实属实");
        }
        ok("review", "E", "--store", URL, "--action", "dismiss", "--by", "检察官乙", "--reason", "data_error", "--note", "身份错配");

        Path docx = dir.resolve("类案检察建议.docx");
        ok("document", "A", "B", "C", "--store", URL, "--type", "检察建议", "--out", docx.toString(), "--date", "2024-06-03");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText).toList())
                    .anySatisfy(p -> assertThat(p).contains("(2024)辽0682刑初3号"))
                    .anySatisfy(p -> assertThat(p).contains("你单位共发生超期投送问题3件"));
        }
        Path md = dir.resolve("notice.md");
        ok("document", "D", "--store", URL, "--type", "纠正违法通知书", "--out", md.toString(), "--date", "2024-06-03");
        assertThat(Files.readString(md)).contains("(2023)辽0682刑初9号", "依法按期释放", "请于2024年6月18日前");
        assertThat(store.documents()).extracting(StoredDocument::number)
                .containsExactly("××检刑执建〔2024〕1号", "××检刑执纠〔2024〕1号");
        assertThat(Files.readString(md)).contains("××检刑执纠〔2024〕1号");

        // issuing takes the number, date, recipient and reply deadline of the document filed for the lead
        for (String id : List.of("A", "B", "C", "D")) {
            ok("review", id, "--store", URL, "--action", "issue-document", "--by", "检察官甲");
        }
        assertThat(store.history("A").get(2).details()).containsEntry("document_number", "××检刑执建〔2024〕1号")
                .containsEntry("document_date", "2024-06-03").containsEntry("recipient", JAIL);
        assertThat(store.lead("D").orElseThrow().replyDeadline()).contains(LocalDate.of(2024, 6, 18));
        assertThat(store.lead("A").orElseThrow().replyDeadline()).contains(LocalDate.of(2024, 8, 3));
        ok("review", "A", "--store", URL, "--action", "record-reply", "--by", "检察官甲", "--date", "2024-07-01", "--summary", "已整改");
        ok("review", "D", "--store", URL, "--action", "mark-reply-overdue", "--by", "检察官甲", "--date", "2024-06-19");

        StatisticsService statistics = new StatisticsService(store);
        ReviewStatistics before = statistics.statistics(Optional.empty(), Optional.empty());
        ReviewStatistics.Counts t = before.total();
        assertThat(t.leads()).isEqualTo(7);
        assertThat(t.newLeads()).isEqualTo(1);
        assertThat(t.verifying()).isEqualTo(1);
        assertThat(t.confirmed()).isEqualTo(4);
        assertThat(t.dismissed()).isEqualTo(1);
        assertThat(t.dismissedByReason()).containsExactly(Map.entry("DATA_ERROR", 1L));
        assertThat(t.documentsByType()).containsExactly(Map.entry("CORRECTION_NOTICE", 1L), Map.entry("RECOMMENDATION", 1L));
        assertThat(t.awaitingReply()).isEqualTo(2);
        assertThat(t.rectified()).isEqualTo(1);
        assertThat(t.replyOverdue()).isEqualTo(1);
        assertThat(before.byKind()).filteredOn(r -> r.kind().equals("LATE_TRANSFER")).singleElement().satisfies(r -> {
            assertThat(r.counts().confirmed()).isEqualTo(3);
            assertThat(r.counts().documentsByType()).containsExactly(Map.entry("RECOMMENDATION", 1L));
        });
        assertThat(before.byAgency()).filteredOn(r -> r.agency().equals("东港市公安局")).singleElement()
                .satisfies(r -> assertThat(r.counts().dismissed()).isEqualTo(1));
        ClassCaseReport classCases = statistics.classCases(2, Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(classCases.groups()).singleElement().satisfies(g -> {
            assertThat(g.agency()).isEqualTo(JAIL);
            assertThat(g.count()).isEqualTo(3);
            assertThat(g.earliest()).contains(LocalDate.of(2024, 1, 10));
            assertThat(g.latest()).contains(LocalDate.of(2024, 3, 10));
            assertThat(g.pattern()).contains("3件", "超期投送", "检察建议");
        });

        String text = out("stats", "--store", URL);
        assertThat(text).contains("超期投送", "合计", "数据错误 1", "检察建议 1", "纠正违法通知书 1", "丹东市看守所 · 超期投送");
        // the group's class-case recommendation was filed: named, and not suggested a second time
        assertThat(text).contains("  已制作检察建议：××检刑执建〔2024〕1号").doesNotContain("制作类案检察建议：");
        String json = out("stats", "--store", URL, "--json");
        assertThat(json).contains("\"confirmed\" : 4", "\"DATA_ERROR\" : 1", "\"rectified\" : 1");

        store.saveRun(run);

        assertThat(statistics.statistics(Optional.empty(), Optional.empty())).isEqualTo(before);
        assertThat(out("stats", "--store", URL)).isEqualTo(text);
        List<ReviewEvent> history = store.history("D");
        assertThat(history).extracting(ReviewEvent::action).containsExactly(ReviewActionType.VERIFY,
                ReviewActionType.CONFIRM, ReviewActionType.ISSUE_DOCUMENT, ReviewActionType.MARK_REPLY_OVERDUE);
        assertThat(history).extracting(ReviewEvent::seq).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void aRefusedTransitionExitsWithFourNamingTheStateAndTheAllowedActions() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = XingzhiCli.execute("review", "G", "--store", URL, "--action", "confirm", "--by", "检察官甲");
        } finally {
            System.setErr(old);
        }
        assertThat(code).isEqualTo(XingzhiCli.REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("线索 G 的状态是“新线索”，不能成案", "verify（核查）");
        assertThat(store.lead("G").orElseThrow().state()).isEqualTo(ReviewState.NEW);
        assertThat(store.history("G")).isEmpty();
    }

    @Test
    void aReplyMarkedOverdueBeforeItsDeadlineIsRefusedInChineseSayingWhenItWillBeOverdue(@TempDir Path dir) {
        ok("review", "D", "--store", URL, "--action", "verify", "--by", "检察官甲");
        ok("review", "D", "--store", URL, "--action", "confirm", "--by", "检察官甲");
        ok("document", "D", "--store", URL, "--type", "纠正违法通知书", "--out", dir.resolve("n.md").toString(),
                "--date", "2024-06-03");
        ok("review", "D", "--store", URL, "--action", "issue-document", "--by", "检察官甲");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = XingzhiCli.execute("review", "D", "--store", URL, "--action", "mark-reply-overdue", "--by", "检察官甲",
                    "--date", "2024-06-10");
        } finally {
            System.setErr(old);
        }
        assertThat(code).isEqualTo(XingzhiCli.REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("线索 D：回复期限2024-06-18尚未届满，2024-06-10不能标记逾期未回复（2024-06-18之后才能标记）")
                .doesNotContain("不能逾期未回复；此状态下可以：mark-reply-overdue");
        assertThat(store.lead("D").orElseThrow().state()).isEqualTo(ReviewState.DOCUMENT_ISSUED);
        assertThat(store.history("D")).hasSize(3);
    }

    @Test
    void aDocumentForALeadNotConfirmedIsRefusedAndNothingIsWritten(@TempDir Path dir) {
        assertThat(XingzhiCli.execute("document", "G", "--store", URL, "--type", "纠正违法通知书", "--out",
                dir.resolve("x.md").toString())).isEqualTo(XingzhiCli.REFUSED);
        assertThat(dir.resolve("x.md")).doesNotExist();
        assertThat(store.documents()).isEmpty();
    }

    @Test
    void aStoreUrlThatIsNotJdbcIsRefusedWithExitTwo() {
        assertThat(XingzhiCli.execute("stats", "--store", "h2:mem:x")).isEqualTo(2);
    }

    private static void ok(String... args) {
        assertThat(XingzhiCli.execute(args)).as(String.join(" ", args)).isZero();
    }

    private static String out(String... args) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(b, true, StandardCharsets.UTF_8));
        try {
            ok(args);
        } finally {
            System.setOut(old);
        }
        return b.toString(StandardCharsets.UTF_8);
    }
}

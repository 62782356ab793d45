package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.testkit.Fixtures;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands that read what a run kept never create a store: a typo in the URL is refused, naming the
 * URL and the store beside it; a store another process holds is explained with what to do; the same
 * kind of refusal ends with the same exit code whichever command meets it.
 */
class StoreUrlsTest {
    @TempDir
    Path dir;
    String store;

    @BeforeEach
    void runIntoAStore() throws Exception {
        Path data = Fixtures.copy(Fixtures.COUNTY, dir.resolve("data"));
        store = "jdbc:h2:file:" + dir.resolve("xd/store").toAbsolutePath();
        CliRun r = CliRun.of("run", "--data", data.toString(), "--as-of", "2024-10-01", "--out", dir.resolve("out").toString(),
                "--store", store, "--quiet");
        assertThat(r.code()).as(r.all()).isZero();
    }

    @Test
    void aMistypedStoreIsRefusedByEveryReadingCommandAndNothingIsCreated() throws Exception {
        String typo = store.substring(0, store.length() - 1);
        for (List<String> args : List.of(
                List.of("leads", "--store", typo),
                List.of("stats", "--store", typo),
                List.of("review", "XZ-0", "--store", typo, "--action", "verify", "--by", "王检察官"),
                List.of("document", "XZ-0", "--store", typo, "--type", "纠正违法通知书", "--out", dir.resolve("n.docx").toString()))) {
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertThat(r.code()).as(r.all()).isEqualTo(XingzhiCli.BAD_INPUT);
            assertThat(r.err()).contains("存储 " + CliRun.shown(typo) + " 不存在", "stor.mv.db",
                    "同一文件夹里有 " + CliRun.shown(store) + "，是不是想用它？",
                    "不会新建").doesNotContain("Exception", "0 条线索");
        }
        try (var files = Files.list(dir.resolve("xd"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("store.mv.db");
        }
        assertThat(CliRun.of("leads", "--store", store).code()).isZero();
    }

    @Test
    void aMisspeltModelOrKindIsRefusedNamingTheValidOnesAndAKindsLabelIsTakenAsItsCode() {
        CliRun bogus = CliRun.of("leads", "--store", store, "--kind", "BOGUS");
        assertThat(bogus.code()).as(bogus.all()).isEqualTo(XingzhiCli.BAD_INPUT);
        assertThat(bogus.err()).contains("“BOGUS”不是线索类型", "HELD_PAST_TERM").doesNotContain("共 0 条线索");
        CliRun otherModels = CliRun.of("leads", "--store", store, "--model", "custody-transfer", "--kind", "CORRECTION_MISSING");
        assertThat(otherModels.code()).as(otherModels.all()).isEqualTo(XingzhiCli.BAD_INPUT);
        assertThat(otherModels.err()).contains("不是 custody-transfer 的线索类型", "NOT_TRANSFERRED").doesNotContain("CORRECTION_MISSING、");
        CliRun model = CliRun.of("leads", "--store", store, "--model", "custody");
        assertThat(model.code()).as(model.all()).isEqualTo(XingzhiCli.BAD_INPUT);
        assertThat(model.err()).contains("没有名为“custody”的模型", "custody-transfer");
        CliRun byCode = CliRun.of("leads", "--store", store, "--kind", "HELD_PAST_TERM", "--json");
        CliRun byLabel = CliRun.of("leads", "--store", store, "--kind", "刑满未释放", "--json");
        assertThat(byLabel.code()).as(byLabel.all()).isZero();
        assertThat(byLabel.out()).isEqualTo(byCode.out()).contains("HELD_PAST_TERM");
    }

    @Test
    void aStoreAnotherProcessHoldsIsExplainedWithWhatToDo() throws Exception {
        Stores.closeAll(); // this JVM's own pool would otherwise share the open database
        try (FileChannel ch = FileChannel.open(dir.resolve("xd/store.mv.db"), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = ch.lock(); // as the process that holds the store (a running serve) does
            try {
                CliRun r = CliRun.of("leads", "--store", store);
                assertThat(r.code()).as(r.all()).isEqualTo(XingzhiCli.REFUSED);
                assertThat(r.err()).contains("正被另一个进程使用", "xingzhi serve", "REST API", "AUTO_SERVER=TRUE")
                        .doesNotContain("Database may be already in use", "HikariPool", "Exception");
            } finally {
                lock.release();
            }
        }
    }

    @Test
    void refusalsEndWithFourWhicheverCommandMeetsThem() {
        String lead = CliRun.of("leads", "--store", store, "--json").out().replaceAll("(?s).*?\"lead_id\" : \"(XZ-[0-9a-f]+)\".*", "$1");
        assertThat(lead).startsWith("XZ-");
        assertThat(CliRun.of("review", lead, "--store", store, "--action", "verify", "--by", "王检察官").code()).isZero();
        CliRun dismiss = CliRun.of("review", lead, "--store", store, "--action", "dismiss", "--reason", "数据错误", "--by", "王检察官");
        assertThat(dismiss.code()).as(dismiss.all()).isZero();

        CliRun dismissed = CliRun.of("document", lead, "--store", store, "--type", "纠正违法通知书", "--out", dir.resolve("n.docx").toString());
        CliRun unknown = CliRun.of("document", "XZ-nope", "--store", store, "--type", "纠正违法通知书", "--out", dir.resolve("n.docx").toString());
        CliRun notAllowed = CliRun.of("review", lead, "--store", store, "--action", "confirm", "--by", "王检察官");
        CliRun badDate = CliRun.of("document", lead, "--store", store, "--type", "纠正违法通知书", "--date", "2024-02-30", "--out",
                dir.resolve("n.docx").toString());

        assertThat(dismissed.code()).as(dismissed.all()).isEqualTo(XingzhiCli.REFUSED);
        assertThat(dismissed.err()).contains("状态是“排除”，只有成案的线索才能制作文书");
        assertThat(unknown.code()).as(unknown.all()).isEqualTo(XingzhiCli.REFUSED);
        assertThat(unknown.err()).contains("存储中没有线索 XZ-nope");
        assertThat(notAllowed.code()).isEqualTo(XingzhiCli.REFUSED);
        assertThat(badDate.code()).isEqualTo(XingzhiCli.BAD_INPUT);
        assertThat(badDate.err()).contains("--date：“2024-02-30”不是日期");
        assertThat(dir.resolve("n.docx")).doesNotExist();
    }
}

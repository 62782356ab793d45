package io.xingzhi.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.port.RecordSource;
import io.xingzhi.core.port.RowVisitor;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.SourceRef;
import io.xingzhi.core.run.RunReport;
import io.xingzhi.core.run.SourceNote;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A judgment whose principal penalty is in its column is kept when its sentence text cannot be read,
 * and the run report says so (a {@link SourceNote.Kind#TEXT_UNREAD} note naming the lines and why):
 * the text may say what the columns do not, and must not vanish in silence.
 */
class UnreadSentenceTextsTest {
    static final String[] HEADER = {"案号", "姓名", "身份证号", "生效日期", "主刑", "刑期", "判决结果"};

    /** judgments.csv with these sentence texts, each row's principal penalty in its column. */
    record Judgments(List<String> texts) implements RecordSource {
        @Override
        public Set<Dataset> available() {
            return Set.of(Dataset.JUDGMENTS);
        }

        @Override
        public List<String> describe(Dataset d) {
            return List.of("judgments.csv");
        }

        @Override
        public void read(Dataset d, RowVisitor v) {
            v.header(new SourceRef(d, "judgments.csv", 1), List.of(HEADER));
            for (int i = 0; i < texts.size(); i++) {
                v.row(RawRow.of(new SourceRef(d, "judgments.csv", i + 2), HEADER, new String[] {"(2024)辽0682刑初" + (i + 1) + "号",
                        "张" + i, "", "2024-01-05", "有期徒刑", "12", texts.get(i)}, HEADER.length));
            }
        }
    }

    static RunReport run(List<String> texts) {
        return Engine.builder().source(new Judgments(texts)).build().run(LocalDate.of(2024, 10, 1)).report();
    }

    @Test
    void judgmentsKeptWithAnUnreadTextAreNamedInTheReportWithTheirLinesAndWhy() {
        String twoDefendants = "被告人张三犯盗窃罪，判处有期徒刑一年；被告人李四犯盗窃罪，判处有期徒刑一年，缓刑二年。";
        String unreadProbation = "判处有期徒刑一年，宣告缓刑。";
        RunReport r = run(List.of("判处有期徒刑一年。", twoDefendants, unreadProbation, "判处有期徒刑一年，缓刑二年。", twoDefendants,
                twoDefendants));

        assertThat(r.datasets().get(Dataset.JUDGMENTS).accepted()).as("all kept: the column names the penalty").isEqualTo(6);
        assertThat(r.sourceNotes()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(SourceNote.Kind.TEXT_UNREAD);
            assertThat(n.source()).isEqualTo("judgments.csv");
            assertThat(n.unusable()).as("the rows were used").isFalse();
            assertThat(n.message()).startsWith("4 行判决的判项").contains("第 3 行：the sentence text sentences 2 defendants")
                    .contains("第 4 行：the sentence text suspends the sentence").contains("第 6 行").doesNotContain("第 7 行")
                    .endsWith("；等");
            assertThat(n.englishMessage()).startsWith("the sentence_text of 4 judgments could not be read").contains("line 3: ");
        });
        assertThat(r.someInputUnusable()).isFalse();
    }

    @Test
    void judgmentsWhoseTextsAllReadNeedNoNote() {
        assertThat(run(List.of("判处有期徒刑一年。", "判处有期徒刑一年，缓刑二年。")).sourceNotes()).isEmpty();
    }
}

package io.xingzhi.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.port.RecordSource;
import io.xingzhi.core.port.RowVisitor;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.SourceRef;
import io.xingzhi.core.run.SourceNote;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A source without a header row (a JSON Lines feed: each object names its own members) has its rows'
 * unknown members noted, each once, from the line where it first appears, as a CSV header's unknown
 * columns are: a misspelt member would otherwise drop its value without a word.
 */
class HeaderlessSourceMembersTest {
    /** Custody rows as a feed gives them, without a header: each row its own members. */
    record Feed(List<Map<String, String>> rows, boolean withHeader) implements RecordSource {
        @Override
        public Set<Dataset> available() {
            return Set.of(Dataset.CUSTODY);
        }

        @Override
        public List<String> describe(Dataset d) {
            return List.of("custody feed");
        }

        @Override
        public void read(Dataset d, RowVisitor v) {
            if (withHeader) {
                v.header(new SourceRef(d, "custody feed", 1), List.copyOf(rows.get(0).keySet()));
            }
            int line = withHeader ? 2 : 1;
            for (Map<String, String> r : rows) {
                v.row(new RawRow(new SourceRef(d, "custody feed", line++), r));
            }
        }
    }

    private static Map<String, String> custody(int i, String... extra) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", "张" + i);
        m.put("id_number", "");
        m.put("detention_center", "凤城市看守所");
        m.put("admitted_on", "2024-01-0" + (i % 9 + 1));
        for (int k = 0; k < extra.length; k += 2) {
            m.put(extra[k], extra[k + 1]);
        }
        return m;
    }

    private static List<SourceNote> notes(RecordSource source) {
        return Engine.builder().source(source).build().run(LocalDate.of(2024, 10, 1)).report().sourceNotes().stream()
                .filter(n -> n.kind() == SourceNote.Kind.UNKNOWN_COLUMNS).toList();
    }

    @Test
    void aMisspeltMemberIsNotedOnceFromTheLineWhereItFirstAppears() {
        List<SourceNote> notes = notes(new Feed(List.of(
                custody(1),
                custody(2, "notice_recieved_on", "2024-02-01"),
                custody(3, "notice_recieved_on", "2024-02-02"),
                custody(4),
                custody(5, "remarkz", "x", "notice_recieved_on", "2024-02-03")), false));

        assertThat(notes).extracting(SourceNote::message).containsExactly(
                "custody feed（custody）：第2行起有未识别的列 notice_recieved_on（是否为 notice_received_on？），其值作为原始属性保留，模型不使用",
                "custody feed（custody）：第5行起有未识别的列 remarkz，其值作为原始属性保留，模型不使用");
        assertThat(notes.get(0).englishMessage()).isEqualTo("custody feed (custody): unknown columns from line 2 on: "
                + "notice_recieved_on（是否为 notice_received_on？）; their values are kept as raw attributes, no model reads them");
    }

    @Test
    void aSourceWithAHeaderRowHasItsUnknownColumnsNotedOnceByTheHeader() {
        List<SourceNote> notes = notes(new Feed(List.of(custody(1, "remarkz", "x"), custody(2, "remarkz", "")), true));

        assertThat(notes).extracting(SourceNote::message)
                .containsExactly("custody feed（custody）：未识别的列 remarkz，其值作为原始属性保留，模型不使用");
    }

    @Test
    void pastFiftyUnknownMembersTheRestAreNotListedAndSaidSo() {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            rows.add(custody(i, "extra_" + i, "v"));
        }
        List<SourceNote> notes = notes(new Feed(rows, false));

        assertThat(notes).hasSize(51);
        assertThat(notes.get(49).message()).contains("第50行起有未识别的列 extra_49");
        assertThat(notes.get(50).message()).isEqualTo("custody feed（custody）：未识别的列超过 50 个，此后不再列出");
        assertThat(notes.get(50).englishMessage()).isEqualTo("custody feed (custody): more than 50 unknown columns, the rest are not listed");
    }
}

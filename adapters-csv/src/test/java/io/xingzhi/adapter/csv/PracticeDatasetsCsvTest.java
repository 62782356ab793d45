package io.xingzhi.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.record.Commutation;
import io.xingzhi.core.record.CorrectionTerm;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.MappingResult;
import io.xingzhi.core.record.RecordMapper;
import io.xingzhi.core.record.RulingType;
import io.xingzhi.testkit.CollectingVisitor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The optional dataset and column of the kinds from practice need no change to the CSV reader: a
 * {@code commutations.csv} is a dataset like any other, and a {@code 入矫报到日期} column reaches core
 * as a raw field that core maps to {@code reported_on}.
 */
class PracticeDatasetsCsvTest {
    private static final String ID = "210681199510094264";

    @TempDir
    Path dir;

    private List<Object> mapped(Dataset d) {
        CollectingVisitor c = new CollectingVisitor();
        new CsvRecordSource(dir).read(d, c);
        assertThat(c.rejections).isEmpty();
        RecordMapper mapper = RecordMapper.standard();
        return c.rows.stream().map(mapper::map).map(r -> (Object) ((MappingResult.Accepted) r).record()).toList();
    }

    @Test
    void aCommutationsFileAndAReportedOnColumnAreRead() throws IOException {
        Files.writeString(dir.resolve("commutations.csv"), """
                姓名,身份证号,案号,裁定书文号,裁定类型,裁定日期,裁定法院
                侯明桂,%s,(2020)辽0681刑初61号,(2024)辽06刑更1号,假释,2024/1/6,辽宁省丹东市中级人民法院
                """.formatted(ID), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("corrections.csv"), """
                name,id_number,correction_type,case_number,start_on,入矫报到日期
                侯明桂,%s,缓刑,(2024)辽0681刑初100号,2024-04-09,2024-04-25
                """.formatted(ID), StandardCharsets.UTF_8);

        assertThat(new CsvRecordSource(dir).available()).containsExactlyInAnyOrder(Dataset.COMMUTATIONS, Dataset.CORRECTIONS);
        Commutation ruling = (Commutation) mapped(Dataset.COMMUTATIONS).get(0);
        assertThat(ruling.rulingType()).contains(RulingType.PAROLE);
        assertThat(ruling.rulingDate()).isEqualTo(LocalDate.of(2024, 1, 6));
        assertThat(ruling.ref().source()).isEqualTo("commutations.csv");
        assertThat(ruling.ref().line()).isEqualTo(2);
        CorrectionTerm term = (CorrectionTerm) mapped(Dataset.CORRECTIONS).get(0);
        assertThat(term.reportedOn()).contains(LocalDate.of(2024, 4, 25));
    }
}

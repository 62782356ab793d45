package io.xingzhi.core.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.identity.LinkedBy;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.SourceRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** CONTRACT.md §4: a lead's summary is one sentence, whatever line breaks the agencies' values held. */
class LeadSummaryTest {
    static Lead lead(String summary) {
        return new Lead("L1", LeadKind.of("custody-transfer", "看守所超期投送", "LATE_TRANSFER", "超期投送"), Optional.empty(), "张三",
                "(2024)辽0682刑初123号", "看守所", "丹东市看守所\n# 伪造的标题", Optional.of(LocalDate.of(2024, 3, 10)), summary,
                List.of("刑事诉讼法第264条第2款"), List.of(new Evidence(new SourceRef(Dataset.CUSTODY, "custody.csv", 7), "看守所羁押记录")),
                LinkedBy.NAME_BIRTH_DATE, false, false, DocumentType.CORRECTION_NOTICE, Map.of(), List.of());
    }

    @Test
    void aSummaryHoldingLineBreaksFromTheDataIsOneLineEachRunOfBreaksOneSpace() {
        assertThat(lead("张三在丹东市看守所\r\n# 伪造的标题\u2028羁押，判决生效后超过30日才被投送监狱").summary())
                .isEqualTo("张三在丹东市看守所 # 伪造的标题 羁押，判决生效后超过30日才被投送监狱");
    }

    @Test
    void aSummaryOnOneLineIsKeptAsItIs() {
        String s = "张三判决生效后超过30日才被投送监狱";
        assertThat(lead(s).summary()).isSameAs(s);
    }
}

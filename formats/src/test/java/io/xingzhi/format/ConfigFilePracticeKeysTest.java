package io.xingzhi.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.supervision.Parameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code --config} keys of the thresholds of the kinds from practice (LAW.md), and aliases of their data. */
class ConfigFilePracticeKeysTest {

    @Test
    void theThresholdsOfTheKindsFromPracticeAreReadAndDefaultToLaw() {
        Parameters d = ConfigFile.parse("{}", "c.json").parameters();
        assertThat(d.releaseGraceDays()).isEqualTo(1);
        assertThat(d.periodToleranceDays()).isEqualTo(1);
        assertThat(d.lateReportGraceDays()).isZero();
        assertThat(d.filingLimitDays()).isEqualTo(7);
        Parameters p = ConfigFile.parse("""
                {"release_grace_days": 0, "period_tolerance_days": 3, "late_report_grace_days": 5, "filing_limit_days": 10}""",
                "c.json").parameters();
        assertThat(p).isEqualTo(Parameters.defaults().withReleaseGraceDays(0).withPeriodToleranceDays(3)
                .withLateReportGraceDays(5).withFilingLimitDays(10));
        assertThat(p.describe()).containsEntry("filing_limit_days", "10").containsEntry("release_grace_days", "0");
    }

    @Test
    void aNegativeThresholdIsAnErrorNamingTheKey() {
        assertThatThrownBy(() -> ConfigFile.parse("{\"filing_limit_days\": -1}", "c.json"))
                .hasMessageContaining("\"filing_limit_days\" must be a whole number");
    }

    @Test
    void theNewColumnsAndTheCommutationsDatasetTakeHeaderAliases() {
        ConfigFile c = ConfigFile.parse("""
                {"header_aliases": {"commutations": {"ruling_date": "裁定时间"}, "enforcement": {"transferred_on": ["移交日期"]}}}""",
                "c.json");
        assertThat(c.headerAliases()).containsEntry(Dataset.COMMUTATIONS, Map.of("ruling_date", List.of("裁定时间")))
                .containsEntry(Dataset.ENFORCEMENT, Map.of("transferred_on", List.of("移交日期")));
    }
}

package io.xingzhi.core.app;

import io.xingzhi.core.stats.ClassCaseReport;
import io.xingzhi.core.stats.ReviewStatistics;
import java.util.Objects;

/**
 * The review statistics and the 类案 report over the same leads, counted in one pass.
 *
 * @param statistics the review statistics
 * @param classCases the 类案 report
 */
public record StatisticsReport(ReviewStatistics statistics, ClassCaseReport classCases) {
    public StatisticsReport {
        Objects.requireNonNull(statistics, "statistics");
        Objects.requireNonNull(classCases, "classCases");
    }
}

/**
 * Counting what review made of the leads: {@link io.xingzhi.core.stats.ReviewStatistics} (per model
 * and kind, per agency, over a first-seen date range) and the
 * {@link io.xingzhi.core.stats.ClassCaseReport} (类案 groups that ground a systemic 检察建议). Pure:
 * computed from stored leads and their histories (the application layer reads them from the store);
 * records that serialise to JSON as they are.
 */
package io.xingzhi.core.stats;

package io.xingzhi.core.supervision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every threshold LAW.md marks configurable, with its default, plus the keyword groups.
 *
 * @param deliveryDeadline custody-transfer: 30 days (高检规则 art. 625(二)) or one month (监狱法 art. 15)
 * @param dprRegistrationGraceDays political-rights: days the police need to take over (30)
 * @param correctionReportGraceDays prohibition-order: grace after the 10-day report limit (20)
 * @param transferGraceDays property-penalty: grace after the 3-month payment period (30)
 * @param boundaryDays a trigger this close to a computed limit is flagged {@code boundary} (2)
 * @param keywordGroups prohibition-order keyword groups (the defaults of LAW.md §3 plus user groups)
 * @param releaseGraceDays custody-transfer HELD_AFTER_NON_CUSTODIAL: days after the effective date a
 *     person under a non-custodial judgment may still be held (1; the law says "immediately")
 * @param periodToleranceDays political-rights PERIOD_MISRECORDED: days the police start or end may
 *     differ from the legal period (1)
 * @param lateReportGraceDays prohibition-order LATE_REPORT: grace after the 10-day report limit (0)
 * @param filingLimitDays property-penalty LATE_FILING: days from transfer to filing (7, SPC-2014 art. 7)
 */
public record Parameters(DeliveryDeadline deliveryDeadline, int dprRegistrationGraceDays, int correctionReportGraceDays,
                         int transferGraceDays, int boundaryDays, List<KeywordGroup> keywordGroups, int releaseGraceDays,
                         int periodToleranceDays, int lateReportGraceDays, int filingLimitDays) {

    /** How the custody-transfer delivery deadline is counted from the notice. */
    public enum DeliveryDeadline {
        /** notice + 30 days (高检规则 art. 625(二)), the default. */
        DAYS_30,
        /** notice + one month, same day clamped (监狱法 art. 15, 公安规定 art. 300). */
        ONE_MONTH
    }

    /** Default release grace (1 day), period tolerance (1 day), late-report grace (0 days) and filing limit (7 days). */
    public static final int DEFAULT_RELEASE_GRACE_DAYS = 1;
    /** See {@link #DEFAULT_RELEASE_GRACE_DAYS}. */
    public static final int DEFAULT_PERIOD_TOLERANCE_DAYS = 1;
    /** See {@link #DEFAULT_RELEASE_GRACE_DAYS}. */
    public static final int DEFAULT_LATE_REPORT_GRACE_DAYS = 0;
    /** See {@link #DEFAULT_RELEASE_GRACE_DAYS}. */
    public static final int DEFAULT_FILING_LIMIT_DAYS = 7;

    public Parameters {
        if (dprRegistrationGraceDays < 0 || correctionReportGraceDays < 0 || transferGraceDays < 0 || boundaryDays < 0
                || releaseGraceDays < 0 || periodToleranceDays < 0 || lateReportGraceDays < 0 || filingLimitDays < 0) {
            throw new IllegalArgumentException("grace, tolerance, limit and boundary days must not be negative");
        }
        keywordGroups = List.copyOf(keywordGroups);
    }

    /** The seed's thresholds, with the defaults of LAW.md for the kinds from practice. */
    public Parameters(DeliveryDeadline deliveryDeadline, int dprRegistrationGraceDays, int correctionReportGraceDays,
                      int transferGraceDays, int boundaryDays, List<KeywordGroup> keywordGroups) {
        this(deliveryDeadline, dprRegistrationGraceDays, correctionReportGraceDays, transferGraceDays, boundaryDays, keywordGroups,
                DEFAULT_RELEASE_GRACE_DAYS, DEFAULT_PERIOD_TOLERANCE_DAYS, DEFAULT_LATE_REPORT_GRACE_DAYS, DEFAULT_FILING_LIMIT_DAYS);
    }

    /** The defaults of LAW.md. */
    public static Parameters defaults() {
        return new Parameters(DeliveryDeadline.DAYS_30, 30, 20, 30, 2, KeywordGroup.defaults());
    }

    public Parameters withDeliveryDeadline(DeliveryDeadline d) {
        return new Parameters(d, dprRegistrationGraceDays, correctionReportGraceDays, transferGraceDays, boundaryDays, keywordGroups,
                releaseGraceDays, periodToleranceDays, lateReportGraceDays, filingLimitDays);
    }

    public Parameters withDprRegistrationGraceDays(int days) {
        return new Parameters(deliveryDeadline, days, correctionReportGraceDays, transferGraceDays, boundaryDays, keywordGroups,
                releaseGraceDays, periodToleranceDays, lateReportGraceDays, filingLimitDays);
    }

    public Parameters withCorrectionReportGraceDays(int days) {
        return new Parameters(deliveryDeadline, dprRegistrationGraceDays, days, transferGraceDays, boundaryDays, keywordGroups,
                releaseGraceDays, periodToleranceDays, lateReportGraceDays, filingLimitDays);
    }

    public Parameters withTransferGraceDays(int days) {
        return new Parameters(deliveryDeadline, dprRegistrationGraceDays, correctionReportGraceDays, days, boundaryDays, keywordGroups,
                releaseGraceDays, periodToleranceDays, lateReportGraceDays, filingLimitDays);
    }

    public Parameters withBoundaryDays(int days) {
        return new Parameters(deliveryDeadline, dprRegistrationGraceDays, correctionReportGraceDays, transferGraceDays, days, keywordGroups,
                releaseGraceDays, periodToleranceDays, lateReportGraceDays, filingLimitDays);
    }

    public Parameters withKeywordGroups(List<KeywordGroup> groups) {
        return new Parameters(deliveryDeadline, dprRegistrationGraceDays, correctionReportGraceDays, transferGraceDays, boundaryDays, groups,
                releaseGraceDays, periodToleranceDays, lateReportGraceDays, filingLimitDays);
    }

    /** HELD_AFTER_NON_CUSTODIAL: days after the effective date before holding the person is a lead. */
    public Parameters withReleaseGraceDays(int days) {
        return new Parameters(deliveryDeadline, dprRegistrationGraceDays, correctionReportGraceDays, transferGraceDays, boundaryDays,
                keywordGroups, days, periodToleranceDays, lateReportGraceDays, filingLimitDays);
    }

    /** PERIOD_MISRECORDED: days the recorded start or end may differ from the legal period. */
    public Parameters withPeriodToleranceDays(int days) {
        return new Parameters(deliveryDeadline, dprRegistrationGraceDays, correctionReportGraceDays, transferGraceDays, boundaryDays,
                keywordGroups, releaseGraceDays, days, lateReportGraceDays, filingLimitDays);
    }

    /** LATE_REPORT: days after the 10-day report limit before a late report is a lead. */
    public Parameters withLateReportGraceDays(int days) {
        return new Parameters(deliveryDeadline, dprRegistrationGraceDays, correctionReportGraceDays, transferGraceDays, boundaryDays,
                keywordGroups, releaseGraceDays, periodToleranceDays, days, filingLimitDays);
    }

    /** LATE_FILING: days from transfer within which the case must be filed. */
    public Parameters withFilingLimitDays(int days) {
        return new Parameters(deliveryDeadline, dprRegistrationGraceDays, correctionReportGraceDays, transferGraceDays, boundaryDays,
                keywordGroups, releaseGraceDays, periodToleranceDays, lateReportGraceDays, days);
    }

    /** The parameters as name → value text, for run reports. */
    public Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("delivery_deadline", deliveryDeadline.name());
        m.put("dpr_registration_grace_days", Integer.toString(dprRegistrationGraceDays));
        m.put("correction_report_grace_days", Integer.toString(correctionReportGraceDays));
        m.put("transfer_grace_days", Integer.toString(transferGraceDays));
        m.put("boundary_days", Integer.toString(boundaryDays));
        m.put("release_grace_days", Integer.toString(releaseGraceDays));
        m.put("period_tolerance_days", Integer.toString(periodToleranceDays));
        m.put("late_report_grace_days", Integer.toString(lateReportGraceDays));
        m.put("filing_limit_days", Integer.toString(filingLimitDays));
        for (KeywordGroup g : keywordGroups) {
            m.put("keyword_group." + g.name(), String.join("、", g.triggers()) + " → "
                    + (g.founding() ? "(设立企业规则)" : String.join("、", g.keywords())));
        }
        return m;
    }
}

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
 */
public record Parameters(DeliveryDeadline deliveryDeadline, int dprRegistrationGraceDays, int correctionReportGraceDays,
                         int transferGraceDays, int boundaryDays, List<KeywordGroup> keywordGroups) {

    /** How the custody-transfer delivery deadline is counted from the notice. */
    public enum DeliveryDeadline {
        /** notice + 30 days (高检规则 art. 625(二)), the default. */
        DAYS_30,
        /** notice + one month, same day clamped (监狱法 art. 15, 公安规定 art. 300). */
        ONE_MONTH
    }

    public Parameters {
        if (dprRegistrationGraceDays < 0 || correctionReportGraceDays < 0 || transferGraceDays < 0 || boundaryDays < 0) {
            throw new IllegalArgumentException("grace and boundary days must not be negative");
        }
        keywordGroups = List.copyOf(keywordGroups);
    }

    /** The defaults of LAW.md. */
    public static Parameters defaults() {
        return new Parameters(DeliveryDeadline.DAYS_30, 30, 20, 30, 2, KeywordGroup.defaults());
    }

    public Parameters withDeliveryDeadline(DeliveryDeadline d) {
        return new Parameters(d, dprRegistrationGraceDays, correctionReportGraceDays, transferGraceDays, boundaryDays, keywordGroups);
    }

    public Parameters withDprRegistrationGraceDays(int days) {
        return new Parameters(deliveryDeadline, days, correctionReportGraceDays, transferGraceDays, boundaryDays, keywordGroups);
    }

    public Parameters withCorrectionReportGraceDays(int days) {
        return new Parameters(deliveryDeadline, dprRegistrationGraceDays, days, transferGraceDays, boundaryDays, keywordGroups);
    }

    public Parameters withTransferGraceDays(int days) {
        return new Parameters(deliveryDeadline, dprRegistrationGraceDays, correctionReportGraceDays, days, boundaryDays, keywordGroups);
    }

    public Parameters withBoundaryDays(int days) {
        return new Parameters(deliveryDeadline, dprRegistrationGraceDays, correctionReportGraceDays, transferGraceDays, days, keywordGroups);
    }

    public Parameters withKeywordGroups(List<KeywordGroup> groups) {
        return new Parameters(deliveryDeadline, dprRegistrationGraceDays, correctionReportGraceDays, transferGraceDays, boundaryDays, groups);
    }

    /** The parameters as name → value text, for run reports. */
    public Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("delivery_deadline", deliveryDeadline.name());
        m.put("dpr_registration_grace_days", Integer.toString(dprRegistrationGraceDays));
        m.put("correction_report_grace_days", Integer.toString(correctionReportGraceDays));
        m.put("transfer_grace_days", Integer.toString(transferGraceDays));
        m.put("boundary_days", Integer.toString(boundaryDays));
        for (KeywordGroup g : keywordGroups) {
            m.put("keyword_group." + g.name(), String.join("、", g.triggers()) + " → "
                    + (g.founding() ? "(设立企业规则)" : String.join("、", g.keywords())));
        }
        return m;
    }
}

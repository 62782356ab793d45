package io.xingzhi.adapter.spark;

import io.xingzhi.core.supervision.KeywordGroup;
import io.xingzhi.core.supervision.Parameters;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A run's parameters as plain data for the executors (core's models stay free of {@code java.io}):
 * every component of {@link Parameters}, the keyword groups field by field.
 */
final class ParametersMessage implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String deliveryDeadline;
    private final int[] days;
    private final ArrayList<String> groupNames = new ArrayList<>();
    private final ArrayList<ArrayList<String>> triggers = new ArrayList<>();
    private final ArrayList<ArrayList<String>> keywords = new ArrayList<>();
    private final ArrayList<Boolean> founding = new ArrayList<>();

    ParametersMessage(Parameters p) {
        deliveryDeadline = p.deliveryDeadline().name();
        days = new int[] {p.dprRegistrationGraceDays(), p.correctionReportGraceDays(), p.transferGraceDays(), p.boundaryDays(),
            p.releaseGraceDays(), p.periodToleranceDays(), p.lateReportGraceDays(), p.filingLimitDays()};
        for (KeywordGroup g : p.keywordGroups()) {
            groupNames.add(g.name());
            triggers.add(new ArrayList<>(g.triggers()));
            keywords.add(new ArrayList<>(g.keywords()));
            founding.add(g.founding());
        }
    }

    Parameters parameters() {
        List<KeywordGroup> groups = new ArrayList<>(groupNames.size());
        for (int i = 0; i < groupNames.size(); i++) {
            groups.add(new KeywordGroup(groupNames.get(i), triggers.get(i), keywords.get(i), founding.get(i)));
        }
        return new Parameters(Parameters.DeliveryDeadline.valueOf(deliveryDeadline), days[0], days[1], days[2], days[3], groups,
                days[4], days[5], days[6], days[7]);
    }
}

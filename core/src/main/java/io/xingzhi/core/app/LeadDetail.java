package io.xingzhi.core.app;

import io.xingzhi.core.port.StoredLead;
import io.xingzhi.core.review.ReviewEvent;
import java.util.List;
import java.util.Objects;

/**
 * One stored lead with its review history.
 *
 * @param lead the lead
 * @param history its events, oldest first
 */
public record LeadDetail(StoredLead lead, List<ReviewEvent> history) {
    public LeadDetail {
        Objects.requireNonNull(lead, "lead");
        history = List.copyOf(history);
    }
}

package io.xingzhi.core.app;

import io.xingzhi.core.port.StoredLead;
import io.xingzhi.core.review.ReviewEvent;
import java.util.Objects;

/**
 * What a review did: the event recorded and the lead after it.
 *
 * @param event the recorded event (its time kept to the microsecond)
 * @param lead the lead as stored after the event
 */
public record ReviewOutcome(ReviewEvent event, StoredLead lead) {
    public ReviewOutcome {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(lead, "lead");
    }
}

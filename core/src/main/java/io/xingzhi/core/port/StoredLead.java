package io.xingzhi.core.port;

import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.review.ReviewState;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A lead as a {@link LeadRepository} keeps it: the lead as the latest run that produced it reported it,
 * and its review standing.
 *
 * @param lead the lead (fields from the latest run that produced it)
 * @param state its review state
 * @param version the number of review transitions so far (0 for a lead never reviewed); pass it
 *     back as the expected version of a review ({@code expected_version})
 * @param firstSeenRun the run that first produced it
 * @param lastSeenRun the latest run that produced it
 * @param noLongerFoundInRun the first run that no longer produced it, when the latest run did not;
 *     empty while it is still found
 * @param replyDeadline the reply deadline of the document issued for it, once one was issued
 */
public record StoredLead(Lead lead, ReviewState state, long version, long firstSeenRun, long lastSeenRun,
                         Optional<Long> noLongerFoundInRun, Optional<LocalDate> replyDeadline) {
    public StoredLead {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(noLongerFoundInRun, "noLongerFoundInRun");
        Objects.requireNonNull(replyDeadline, "replyDeadline");
        if (version < 0 || firstSeenRun < 1 || lastSeenRun < firstSeenRun) {
            throw new IllegalArgumentException("lead " + lead.leadId() + ": version " + version + ", first seen in run "
                    + firstSeenRun + ", last seen in run " + lastSeenRun);
        }
    }

    /** The lead's id. */
    public String leadId() {
        return lead.leadId();
    }

    /** True while the latest run still produced it. */
    public boolean stillFound() {
        return noLongerFoundInRun.isEmpty();
    }
}

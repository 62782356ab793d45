package io.xingzhi.core.app;

import io.xingzhi.core.port.StoredLead;
import java.util.List;

/**
 * One page of stored leads.
 *
 * @param total how many leads meet the filter, all pages
 * @param offset leads skipped before this page
 * @param limit the page size asked for
 * @param leads the leads on this page, in the order first stored
 */
public record LeadPage(long total, long offset, int limit, List<StoredLead> leads) {
    public LeadPage {
        leads = List.copyOf(leads);
    }
}

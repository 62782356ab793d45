package io.xingzhi.core.run;

import io.xingzhi.core.lead.Lead;
import java.util.List;

/**
 * The outcome of one run: the leads, sorted by model, kind, identity number and case number, and
 * the report.
 *
 * @param leads the leads
 * @param report what was read, rejected, linked and found
 */
public record RunResult(List<Lead> leads, RunReport report) {
    public RunResult {
        leads = List.copyOf(leads);
    }
}

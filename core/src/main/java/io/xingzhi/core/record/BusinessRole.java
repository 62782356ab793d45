package io.xingzhi.core.record;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * One person's role in one enterprise (市场主体登记).
 *
 * @param ref where it came from
 * @param identity who
 * @param enterprise the enterprise name
 * @param creditCode the unified social credit code
 * @param role the role
 * @param businessScope the enterprise's business scope (经营范围)
 * @param roleStart the first day of the role, when recorded
 * @param roleEnd the last day; empty = still holds it
 * @param extra unknown columns
 */
public record BusinessRole(SourceRef ref, RecordIdentity identity, String enterprise, String creditCode,
                           RoleType role, String businessScope, Optional<LocalDate> roleStart,
                           Optional<LocalDate> roleEnd, Map<String, String> extra) implements AgencyRecord {
    public BusinessRole {
        extra = Map.copyOf(extra);
    }

    /** True when the role is held on {@code day} (start unknown counts as held since always). */
    public boolean heldOn(LocalDate day) {
        return roleStart.map(s -> !s.isAfter(day)).orElse(true) && roleEnd.map(e -> !e.isBefore(day)).orElse(true);
    }

    /** True when the role overlaps [from, to]. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return roleStart.map(s -> !s.isAfter(to)).orElse(true) && roleEnd.map(e -> !e.isBefore(from)).orElse(true);
    }
}

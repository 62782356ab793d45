package io.xingzhi.core.record;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One person's role in one enterprise (市场主体登记).
 *
 * @param ref where it came from
 * @param identity who
 * @param enterprise the enterprise name
 * @param creditCode the unified social credit code
 * @param role the role (the first the label names, when it names several)
 * @param businessScope the enterprise's business scope (经营范围)
 * @param roleStart the first day of the role, when recorded
 * @param roleEnd the last day; empty = still holds it
 * @param extra unknown columns
 * @param roles every role the label names, {@code role} among them ({@code 股东、监事}: 股东 and 监事), so
 *     that a model asking for an office finds the 监事 and one asking for a controlling role the 股东
 */
public record BusinessRole(SourceRef ref, RecordIdentity identity, String enterprise, String creditCode,
                           RoleType role, String businessScope, Optional<LocalDate> roleStart,
                           Optional<LocalDate> roleEnd, Map<String, String> extra, Set<RoleType> roles) implements AgencyRecord {
    public BusinessRole {
        extra = Map.copyOf(extra);
        EnumSet<RoleType> all = EnumSet.of(role);
        all.addAll(roles);
        roles = all.size() == 1 ? Set.of(role) : Collections.unmodifiableSet(all);
    }

    /** A role of one label: {@code role} alone. */
    public BusinessRole(SourceRef ref, RecordIdentity identity, String enterprise, String creditCode, RoleType role,
                        String businessScope, Optional<LocalDate> roleStart, Optional<LocalDate> roleEnd, Map<String, String> extra) {
        this(ref, identity, enterprise, creditCode, role, businessScope, roleStart, roleEnd, extra, Set.of(role));
    }

    /**
     * A role that {@code which} accepts ({@code RoleType::companyOffice}): {@link #role} when it does,
     * else the first of {@link #roles} that does, in {@link RoleType}'s order.
     */
    public Optional<RoleType> roleThat(Predicate<RoleType> which) {
        if (which.test(role)) {
            return Optional.of(role);
        }
        for (RoleType t : roles) { // a loop, not a stream: asked of every watched person's registration
            if (which.test(t)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
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

package io.xingzhi.adapter.rest;

import java.util.Locale;
import java.util.Optional;

/**
 * What a bearer token may do. Roles are ordered: a higher role may do everything a lower one may.
 * {@link #VIEWER} reads leads with identity numbers and names masked; {@link #REVIEWER} sees full
 * data and acts on leads; {@link #ADMIN} may also start runs.
 */
public enum Role {
    /** Reads masked leads, statistics and runs. */
    VIEWER,
    /** Reads full data and applies review actions. */
    REVIEWER,
    /** Everything, including starting runs. */
    ADMIN;

    /** True when this role may do what {@code required} may. */
    public boolean includes(Role required) {
        return compareTo(required) >= 0;
    }

    /** True when data shown to this role must be masked. */
    public boolean seesMaskedData() {
        return this == VIEWER;
    }

    /** Reads {@code viewer}, {@code reviewer} or {@code admin} in any case. */
    public static Optional<Role> parse(String s) {
        String t = s == null ? "" : s.trim().toUpperCase(Locale.ROOT);
        for (Role r : values()) {
            if (r.name().equals(t)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The lower-case name used in the tokens file. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

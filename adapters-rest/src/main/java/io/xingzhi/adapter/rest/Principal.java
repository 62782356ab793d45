package io.xingzhi.adapter.rest;

import java.util.Objects;

/**
 * Who made a request: the name given to the token in the tokens file (used as the actor in the
 * audit trail and in review events) and its role.
 *
 * @param name the account name, never blank
 * @param role the role
 */
public record Principal(String name, Role role) {
    public Principal {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        if (name.isBlank()) {
            throw new IllegalArgumentException("principal name is blank");
        }
    }
}

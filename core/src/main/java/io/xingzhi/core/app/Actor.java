package io.xingzhi.core.app;

import java.util.Objects;

/**
 * Who acts through a door, for review events and the audit trail.
 *
 * @param name the person or account (a token's name, {@code --by}), never blank
 * @param origin from where: a remote address, {@code cli}, a host name
 */
public record Actor(String name, String origin) {
    public Actor {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("actor name is blank");
        }
        Objects.requireNonNull(origin, "origin");
    }
}

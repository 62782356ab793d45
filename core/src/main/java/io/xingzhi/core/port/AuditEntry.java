package io.xingzhi.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One access to lead data, for the {@link AuditLog}: who did what to which leads, when and from
 * where. Written by the application services for what they change (a review, a filed document)
 * and by the doors for what they show (the REST server's listings); never changed or removed. An
 * identity number is never kept in it: one in the actor, the action or the detail (a query string
 * such as {@code agency=2106…}, the path of a refused request, a record's title) is stored masked
 * ({@link io.xingzhi.core.value.PersonalData#maskIdNumbers}), whoever wrote the entry.
 *
 * @param at when
 * @param actor who (an account or a name), never blank
 * @param origin from where (a remote address, {@code cli}, a host name)
 * @param action what, e.g. {@code GET /leads}, {@code review confirm}, {@code file document}
 * @param leadIds the leads concerned, possibly none (a listing)
 * @param detail anything else worth keeping (a filter, a document id); may be empty
 */
public record AuditEntry(Instant at, String actor, String origin, String action, List<String> leadIds, String detail) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        if (actor.isBlank()) {
            throw new IllegalArgumentException("actor is blank");
        }
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(action, "action");
        leadIds = List.copyOf(leadIds);
        Objects.requireNonNull(detail, "detail");
        actor = io.xingzhi.core.value.PersonalData.maskIdNumbers(actor);
        action = io.xingzhi.core.value.PersonalData.maskIdNumbers(action);
        detail = io.xingzhi.core.value.PersonalData.maskIdNumbers(detail);
    }
}

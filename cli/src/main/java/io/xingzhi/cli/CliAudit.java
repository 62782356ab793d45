package io.xingzhi.cli;

import io.xingzhi.core.app.ApplicationServices;
import io.xingzhi.core.port.AuditEntry;
import java.time.Instant;
import java.util.List;

/**
 * The audit rows of the commands that show what a store keeps ({@code leads}, {@code stats},
 * {@code governance list}), as the REST server writes one for each of its reads: the operating
 * system's account as the actor, {@code cli} as the origin. The row is written before anything is
 * printed, so a store that cannot take it shows nothing.
 */
final class CliAudit {
    private CliAudit() {
    }

    /** Appends the row for a read by this process's user: {@code action}, the leads shown and the filter. */
    static void read(ApplicationServices app, String action, List<String> leadIds, String detail) {
        app.audit().audit(new AuditEntry(Instant.now(), actor(), "cli", action, leadIds, detail));
    }

    /** The operating system's account that runs the command ({@code cli} when the JVM does not know it). */
    static String actor() {
        String user = System.getProperty("user.name", "");
        return user.isBlank() ? "cli" : user;
    }
}

package io.xingzhi.core.port;

import java.util.List;

/**
 * A driven port: the audit trail, who did what to which leads, when and from where. Entries are
 * only ever appended, never changed or removed; each append is atomic; times are kept to the
 * microsecond and texts exactly. Failures throw {@link io.xingzhi.core.XingzhiException}.
 */
public interface AuditLog {

    /** Appends one entry to the audit trail. */
    void audit(AuditEntry entry);

    /** A page of the audit trail, oldest first. */
    List<AuditEntry> auditTrail(long offset, int limit);
}

package io.xingzhi.core.port;

import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.Rejection;

/**
 * Receives what a {@link RecordSource} reads, in source order: each row it could split into
 * fields, and each row it could not (wrong number of fields, broken quoting, undecodable bytes),
 * as a rejection with file, line and reason. Every physical row ends in exactly one of the two.
 */
public interface RowVisitor {
    void row(RawRow row);

    void rejected(Rejection rejection);
}

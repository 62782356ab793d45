package io.xingzhi.core.record;

/** What became of one raw row: an accepted record, or a rejection with its reason. */
public sealed interface MappingResult permits MappingResult.Accepted, MappingResult.Rejected {

    /** The row became a record. */
    record Accepted(AgencyRecord record) implements MappingResult {
    }

    /** The row was rejected. */
    record Rejected(Rejection rejection) implements MappingResult {
    }
}

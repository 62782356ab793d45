package io.xingzhi.core.record;

import java.util.Map;

/**
 * One accepted row of one dataset, with its values parsed and normalised. Every record knows
 * where it came from ({@link #ref()}) so that leads can cite it, who it is about
 * ({@link #identity()}), and keeps the columns the contract does not know ({@link #extra()}).
 */
public sealed interface AgencyRecord
        permits Judgment, CustodyStay, CorrectionTerm, Release, DprSupervision, EnforcementCase,
        BusinessRole, Activity, Commutation {

    SourceRef ref();

    RecordIdentity identity();

    /** Unknown columns, kept as raw attributes (header → value); ignored by the models. */
    Map<String, String> extra();
}

package io.xingzhi.core.record;

import io.xingzhi.core.value.CaseNumber;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * One stay of one person in a detention center (看守所).
 *
 * @param ref where it came from
 * @param identity who
 * @param detentionCenter the detention center
 * @param caseNumber the case it is for, when recorded
 * @param admittedOn the day of admission (入所)
 * @param noticeReceivedOn the day the execution notice arrived, when recorded
 * @param leftOn the day the person left; empty = still in custody
 * @param leaveReason why the person left
 * @param extra unknown columns
 */
public record CustodyStay(SourceRef ref, RecordIdentity identity, String detentionCenter,
                          Optional<CaseNumber> caseNumber, LocalDate admittedOn,
                          Optional<LocalDate> noticeReceivedOn, Optional<LocalDate> leftOn,
                          Optional<LeaveReason> leaveReason, Map<String, String> extra) implements AgencyRecord {
    public CustodyStay {
        extra = Map.copyOf(extra);
    }

    /** True when the stay covers {@code day}: admitted on or before it and not left before it. */
    public boolean covers(LocalDate day) {
        return !admittedOn.isAfter(day) && leftOn.map(l -> !l.isBefore(day)).orElse(true);
    }
}

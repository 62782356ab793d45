-- Xingzhi lead store, version 8: a 检察建议 adopted (已采纳) and later rectified (已整改) keeps the day and
-- note of its adoption, which the second closing used to overwrite, so that where it stood on a day
-- between the two is known (GovernanceRecord.status(asOf)): adopted, not pending or overdue. Records kept
-- before this version have no adoption date: one rectified after an adoption was already overwritten.
ALTER TABLE governance_records ADD COLUMN adopted_on DATE;
ALTER TABLE governance_records ADD COLUMN adoption_note VARCHAR NOT NULL DEFAULT '';

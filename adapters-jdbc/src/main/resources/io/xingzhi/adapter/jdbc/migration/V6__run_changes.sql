-- Xingzhi lead store, version 6: what changed between runs. Every run kept from now on keeps, for
-- each lead it produced, the digest of the lead's facts (LeadFacts.digest), so the store can say
-- which leads are new, gone, changed or unchanged between two runs (RunStore.runChanges). Runs kept
-- before this version have no digests (lead_facts_kept FALSE): their changes are not known.
CREATE TABLE run_lead_facts (
    run_number   BIGINT       NOT NULL REFERENCES runs (run_number),
    lead_id      VARCHAR(200) NOT NULL,
    facts_digest VARCHAR(64)  NOT NULL,
    PRIMARY KEY (run_number, lead_id)
);
CREATE INDEX run_lead_facts_lead ON run_lead_facts (lead_id);

ALTER TABLE runs ADD COLUMN lead_facts_kept BOOLEAN DEFAULT FALSE NOT NULL;

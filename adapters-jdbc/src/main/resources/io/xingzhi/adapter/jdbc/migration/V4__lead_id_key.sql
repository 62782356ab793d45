-- Xingzhi lead store, version 4: lead ids that reveal nothing. A lead's id is the HMAC-SHA-256, under
-- the installation's secret key, of the unkeyed digest of its facts (LeadIdKey, LeadIds); the key is
-- kept here, so every process that opens the store publishes the same ids. Leads kept before this
-- version carry their unkeyed digest as id: they are listed in unkeyed_leads, and when the store's
-- key is first kept (JdbiLeadStore.leadIdKey) each is renamed to its keyed id, its old id staying in
-- lead_aliases so that links and documents that name it still find the lead.
CREATE TABLE installation_keys (
    key_name   VARCHAR(40)              NOT NULL PRIMARY KEY, -- 'lead-id'
    key_hex    VARCHAR(200)             NOT NULL,             -- the secret, as hex
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE lead_aliases (
    alias   VARCHAR(200) NOT NULL PRIMARY KEY, -- an old (unkeyed) id, never shown
    lead_id VARCHAR(200) NOT NULL REFERENCES leads (lead_id)
);
CREATE INDEX lead_aliases_lead ON lead_aliases (lead_id);

CREATE TABLE unkeyed_leads (
    lead_id VARCHAR(200) NOT NULL PRIMARY KEY
);
INSERT INTO unkeyed_leads (lead_id) SELECT lead_id FROM leads;

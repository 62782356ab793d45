-- Xingzhi lead store, version 7: source governance (诉源治理). A systemic 检察建议, a joint meeting
-- (联席会议), a rectification measure (整改措施) or a cooperation mechanism (联动协作机制), numbered
-- 1, 2, 3, ... without gaps (GovernanceStore.keep), with the confirmed leads each cites. Never
-- deleted; only a record's status, closing date and note change (GovernanceStore.close, compare-and-set
-- on the status). Overdue (逾期未落实) is computed from the deadline and a date, never stored.
CREATE TABLE governance_records (
    record_number   BIGINT      NOT NULL PRIMARY KEY,
    kind            VARCHAR(20) NOT NULL, -- GovernanceKind name
    title           VARCHAR     NOT NULL,
    agencies        VARCHAR     NOT NULL, -- JSON array, the addressee or responsible agency first
    record_date     DATE        NOT NULL, -- issued, held or agreed on
    deadline        DATE,
    document_number VARCHAR     NOT NULL, -- a 检察建议's 文号, or empty
    content         VARCHAR     NOT NULL,
    parent_number   BIGINT               REFERENCES governance_records (record_number),
    status          VARCHAR(20) NOT NULL, -- GovernanceStatus name, never OVERDUE
    closed_on       DATE,
    closing_note    VARCHAR     NOT NULL,
    recorded_by     VARCHAR     NOT NULL
);
CREATE INDEX governance_records_kind ON governance_records (kind);

CREATE TABLE governance_leads (
    record_number BIGINT       NOT NULL REFERENCES governance_records (record_number),
    ordinal       INT          NOT NULL,
    lead_id       VARCHAR(200) NOT NULL,
    PRIMARY KEY (record_number, ordinal)
);
CREATE INDEX governance_leads_lead ON governance_leads (lead_id);

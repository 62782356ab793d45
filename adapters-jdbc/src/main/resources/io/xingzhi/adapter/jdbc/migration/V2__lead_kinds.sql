-- Xingzhi lead store, version 2: a lead carries its kind (labels, agency, document, articles, fact
-- labels), the unit the data names, and the near matches offered on absence leads.
ALTER TABLE leads ADD COLUMN kind_info VARCHAR NOT NULL DEFAULT '{}';        -- JSON object, see Json.kind
ALTER TABLE leads ADD COLUMN supervised_unit VARCHAR NOT NULL DEFAULT '';
ALTER TABLE leads ADD COLUMN possible_matches VARCHAR NOT NULL DEFAULT '[]'; -- JSON array of {dataset, source, line, reason}

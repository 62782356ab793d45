-- Xingzhi lead store, version 3: document numbers (文号). Each document type has one sequence per
-- year; filing a document takes the next number of its type and year (DocumentStore.file), so the
-- numbers of a type and year run 1, 2, 3, ... whichever door filed them.
CREATE TABLE document_sequences (
    document_type VARCHAR(40) NOT NULL, -- DocumentType name
    doc_year      INT         NOT NULL,
    last_number   BIGINT      NOT NULL, -- the last number given; 0 before the first
    PRIMARY KEY (document_type, doc_year)
);

-- Refused attempts: actions someone tried to take in a case and the protocol refused, kept beside
-- the events as the audit trail a school needs (who tried what, when, and which clauses refused it).
-- Append-only: the application inserts rows and never updates or deletes them. They are not part
-- of the events' hash chain (a refusal changes nothing in the case), but have a chain of their own:
-- each row's hash covers the row and the hash before it, and the case row keeps the last one
-- (attempts_head; 64 zeros while there is none), so a row changed, inserted or removed behind the
-- application's back is detected when the history is read.
ALTER TABLE meldcode_case ADD COLUMN attempts_head CHAR(64) DEFAULT
    '0000000000000000000000000000000000000000000000000000000000000000' NOT NULL;

CREATE TABLE meldcode_attempt (
    case_id VARCHAR(100) NOT NULL REFERENCES meldcode_case (case_id),
    sequence INTEGER NOT NULL,
    case_version INTEGER NOT NULL,
    clause_ids VARCHAR(1000) NOT NULL,
    previous_hash CHAR(64) NOT NULL,
    row_hash CHAR(64) NOT NULL,
    action_json VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (case_id, sequence)
);

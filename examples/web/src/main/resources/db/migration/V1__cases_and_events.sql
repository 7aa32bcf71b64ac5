-- The cases and their append-only events: the schema the example has always used (H2 and
-- PostgreSQL alike). "IF NOT EXISTS" lets a database made before Flyway came in adopt it: Flyway
-- baselines such a database at version 0 (spring.flyway.baseline-on-migrate) and this script then
-- leaves its tables as they are.
CREATE TABLE IF NOT EXISTS meldcode_case (
    case_id VARCHAR(100) NOT NULL PRIMARY KEY,
    pupil_ref VARCHAR(100) NOT NULL,
    protocol_id VARCHAR(100) NOT NULL,
    protocol_version VARCHAR(100) NOT NULL,
    version INTEGER NOT NULL,
    head_hash CHAR(64) NOT NULL
);

CREATE TABLE IF NOT EXISTS meldcode_event (
    case_id VARCHAR(100) NOT NULL REFERENCES meldcode_case (case_id),
    sequence INTEGER NOT NULL,
    previous_hash CHAR(64) NOT NULL,
    action_json VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (case_id, sequence)
);

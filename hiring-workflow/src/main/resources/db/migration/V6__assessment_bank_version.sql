-- Assessments run on the question bank version current when they started (the bank is content in
-- content_version since V4 and the seed makes the shipped bank version 1, which is what assessments before
-- this migration ran on). Choosing a role keeps every role's score at that moment.
-- V5 belongs to the job descriptions. Runs unchanged on H2 2.x and PostgreSQL.

ALTER TABLE assessment ADD COLUMN bank_version INTEGER DEFAULT 1 NOT NULL;

CREATE TABLE assessment_score (
    assessment_id BIGINT      NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    role_slug     VARCHAR(80) NOT NULL,
    score         INTEGER     NOT NULL,
    PRIMARY KEY (assessment_id, role_slug)
);

-- A manager archives an assessment to take it off the list without losing it, and restores it from the
-- list's "archived" filter. The list reads one page from an index in its own order (V8), so the flag joins
-- both indexes right after the columns the list fixes. V9 belongs to the content history.
-- Runs unchanged on H2 2.x and PostgreSQL.

ALTER TABLE assessment ADD COLUMN archived BOOLEAN DEFAULT FALSE NOT NULL;

DROP INDEX assessment_owner_updated;
DROP INDEX assessment_updated;
CREATE INDEX assessment_owner_updated ON assessment (owner, archived, updated_at DESC, id DESC);
CREATE INDEX assessment_updated ON assessment (archived, updated_at DESC, id DESC);

-- "My assessments" shows a page at a time, most recently changed first (updated_at, then id): a manager's
-- own and, for HR, everyone's. Indexes in exactly that order let the database read one page from the index
-- instead of sorting every matching assessment first (100,000 in bench/generate.sh).
-- Runs unchanged on H2 2.x and PostgreSQL.

DROP INDEX assessment_owner_updated;
CREATE INDEX assessment_owner_updated ON assessment (owner, updated_at DESC, id DESC);
CREATE INDEX assessment_updated ON assessment (updated_at DESC, id DESC);

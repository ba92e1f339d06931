-- An assessment can start from a comparison with the compared roles in focus, and is closed for changes
-- once its job description is drafted (status DESCRIBED). Runs unchanged on H2 2.x and PostgreSQL.

ALTER TABLE assessment ADD COLUMN focus_roles VARCHAR(400);

ALTER TABLE assessment DROP CONSTRAINT assessment_status_known;
ALTER TABLE assessment ADD CONSTRAINT assessment_status_known CHECK (status IN ('IN_PROGRESS', 'ROLE_CHOSEN', 'DESCRIBED'));

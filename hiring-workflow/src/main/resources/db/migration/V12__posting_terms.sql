-- A posting's terms: the kind of contract (schema.org's employmentType names), when it starts, until when
-- applications are taken, where to apply (an https address or an email address) and the organisation's
-- reference. Descriptions written before there were terms are full-time with nothing else given.
ALTER TABLE job_description ADD COLUMN employment_type VARCHAR(10) DEFAULT 'FULL_TIME' NOT NULL;
ALTER TABLE job_description ADD COLUMN start_date DATE;
ALTER TABLE job_description ADD COLUMN closing_date DATE;
ALTER TABLE job_description ADD COLUMN apply_at VARCHAR(200);
ALTER TABLE job_description ADD COLUMN requisition_id VARCHAR(40);
ALTER TABLE job_description ADD CONSTRAINT job_description_employment_type_known
    CHECK (employment_type IN ('FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN'));

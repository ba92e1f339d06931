-- Fills the Rolewise database to :assessments assessments and :roles published roles for the list
-- benchmarks (bench/generate.sh substitutes the two numbers). Runs unchanged on H2 2.x and PostgreSQL.
-- Generated rows are recognisable (slug 'bench-role-…', title 'Bench assessment …'): each run first removes
-- the earlier ones, so the same numbers always give the same database, whatever real data is in it.

DELETE FROM assessment WHERE title LIKE 'Bench assessment %';
DELETE FROM library_role WHERE slug LIKE 'bench-role-%';

-- Published roles as the catalogue lists them (name, summary, focus); the seed's roles count towards the total.
INSERT INTO library_role (version, slug, name, family, summary, status, primary_focus, overview)
SELECT 0,
       'bench-role-' || LPAD(CAST(g.x AS VARCHAR), 5, '0'),
       'Bench role ' || LPAD(CAST(g.x AS VARCHAR), 5, '0'),
       'Bench family ' || CAST(MOD(g.x, 12) AS VARCHAR),
       'A generated role for the benchmarks: it builds, runs and explains data products for a hiring team of its own.',
       'PUBLISHED',
       'Generated focus: pipelines, models and the people who read their results.',
       '<p>Generated for bench/generate.sh.</p>'
FROM generate_series(1, :roles) AS g(x)
WHERE g.x <= :roles - (SELECT COUNT(*) FROM library_role WHERE status = 'PUBLISHED');

-- Assessments over the past year, one every five minutes: a tenth are mark's and a twentieth nina's (the
-- demo managers the benchmark signs in as), the rest spread over 97 other managers; a third have a role chosen.
INSERT INTO assessment (version, owner, title, status, chosen_role, recommended_role, created_at, updated_at, bank_version)
SELECT 0,
       CASE WHEN MOD(g.x, 10) = 0 THEN 'mark' WHEN MOD(g.x, 20) = 1 THEN 'nina'
            ELSE 'manager-' || CAST(MOD(g.x, 97) AS VARCHAR) END,
       'Bench assessment ' || CAST(g.x AS VARCHAR),
       CASE WHEN MOD(g.x, 3) = 0 THEN 'ROLE_CHOSEN' ELSE 'IN_PROGRESS' END,
       CASE WHEN MOD(g.x, 3) = 0 THEN 'data-engineer' END,
       CASE WHEN MOD(g.x, 3) = 0 THEN 'data-engineer' END,
       TIMESTAMP WITH TIME ZONE '2025-11-01 00:00:00+00' + INTERVAL '5' MINUTE * g.x,
       TIMESTAMP WITH TIME ZONE '2025-11-01 00:00:00+00' + INTERVAL '5' MINUTE * g.x,
       1
FROM generate_series(1, :assessments) AS g(x)
WHERE g.x <= :assessments - (SELECT COUNT(*) FROM assessment);

-- Five answers each, from the shipped question bank.
INSERT INTO assessment_answer (assessment_id, question_code, answer_code)
SELECT a.id, q.question_code, q.answer_code
FROM assessment a
CROSS JOIN (VALUES ('goal', 'reporting'), ('pain', 'no-numbers'), ('sources-integrated', 'partly'),
                   ('central-store', 'modern'), ('data-quality', 'mostly')) AS q (question_code, answer_code)
WHERE a.title LIKE 'Bench assessment %';

-- A description sent to HR leaning masculine after the manager was told: its count of masculine-coded words, so
-- that HR sees it with the decision (null for every other step, and for a submission that did not lean so).
ALTER TABLE review_decision ADD COLUMN open_findings INTEGER;

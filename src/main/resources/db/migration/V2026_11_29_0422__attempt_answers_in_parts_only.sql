-- Answers and results are kept per part in attempt_part now (copied by the previous migration).
ALTER TABLE attempt DROP COLUMN answers;
ALTER TABLE attempt DROP COLUMN results;

-- A check of answers inside a quiz is stored as an attempt too, so that the teacher's dashboard
-- (overview, statistics, heat map, exports) and the flashcards see quiz work. These columns name the
-- quiz and the quiz attempt (its row, whose id stays when a guest's attempts are renumbered into an
-- account's) it was checked in; practice's own reads take only the rows where they are null.
-- No foreign key: a learner's quiz attempts and their checks are deleted together with their data.
ALTER TABLE attempt ADD COLUMN quiz_id VARCHAR(100);
ALTER TABLE attempt ADD COLUMN quiz_attempt_id BIGINT;

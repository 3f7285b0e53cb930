-- A check of answers inside a quiz is stored as an attempt too, so that the teacher's dashboard
-- (overview, statistics, heat map, exports) and the flashcards see quiz work. These columns name the
-- quiz attempt it was checked in; practice's own reads take only the rows where they are null.
-- No foreign key: a quiz attempt and its checks are deleted together with the learner's data.
ALTER TABLE attempt ADD COLUMN quiz_id VARCHAR(100);
ALTER TABLE attempt ADD COLUMN quiz_attempt_no INT;

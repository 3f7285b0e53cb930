-- The teacher dashboard reads a class's attempts per learner and exercise (the overview matrix) and
-- their mistakes (the heat map). Both indexes cover what those queries read, so the database answers
-- from the index without visiting each of a class's ~20,000 attempt rows (bench dashboard measures it).
CREATE INDEX attempt_for_overview ON attempt (learner_id, exercise_id, mark, max_mark, duration_ms, solution_seen);
CREATE INDEX attempt_mistake_for_heat_map ON attempt_mistake (attempt_id, code);

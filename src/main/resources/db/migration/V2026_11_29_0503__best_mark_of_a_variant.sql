-- The best mark earned on a learner's current variant: it stands when a hint or the worked solution
-- comes later (MarkingPolicy). Filled from the attempts already made on that variant's seed.
ALTER TABLE exercise_progress ADD COLUMN best_mark DOUBLE PRECISION DEFAULT 0 NOT NULL;
UPDATE exercise_progress SET best_mark = COALESCE((
    SELECT MAX(a.mark) FROM attempt a
    WHERE a.learner_id = exercise_progress.learner_id AND a.exercise_id = exercise_progress.exercise_id
      AND a.seed = exercise_progress.seed), 0);

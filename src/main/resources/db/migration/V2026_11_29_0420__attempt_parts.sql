-- Each part of an attempt in its own row, so that a teacher's query reads answers and results per
-- part ("who got dL/dz right?") without parsing JSON. attempt.answers and attempt.results move here:
-- the next migration copies them, the one after drops them.
CREATE TABLE attempt_part (
    attempt_id   BIGINT           NOT NULL REFERENCES attempt (id),
    part_index   INT              NOT NULL, -- the part's place in the exercise, from 0
    part_id      VARCHAR(100)     NOT NULL,
    answer       VARCHAR(1000)    NOT NULL,
    status       VARCHAR(16)      NOT NULL CHECK (status IN ('CORRECT', 'FOLLOW_THROUGH', 'WRONG')),
    mark         DOUBLE PRECISION NOT NULL,
    mistake_code VARCHAR(8),
    PRIMARY KEY (attempt_id, part_id)
);

-- PostgreSQL does not index a foreign key by itself, and an attempt's mistakes are read by attempt.
CREATE INDEX attempt_mistake_by_attempt ON attempt_mistake (attempt_id);

-- Lessons a learner marked as read, for the course path on the Learn page. A lesson id is the
-- file name of a lesson (content/lessons/<id>.md); a lesson removed later simply stops showing.
CREATE TABLE lesson_read (
    learner_id UUID                     NOT NULL REFERENCES learner (id),
    lesson_id  VARCHAR(100)             NOT NULL,
    read_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (learner_id, lesson_id)
);

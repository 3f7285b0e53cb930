-- Accounts, roles and classes. An account is attached to a learner: every attempt stays keyed on
-- learner.id, so a guest who registers keeps the learner row and nothing has to be rewritten.
-- A user name is stored lower-case so "Ada" and "ada" cannot both exist.
CREATE TABLE account (
    id                   UUID PRIMARY KEY,
    learner_id           UUID                     NOT NULL UNIQUE REFERENCES learner (id),
    username             VARCHAR(40)              NOT NULL UNIQUE,
    display_name         VARCHAR(80)              NOT NULL,
    password_hash        VARCHAR(200)             NOT NULL,
    role                 VARCHAR(16)              NOT NULL CHECK (role IN ('STUDENT', 'TEACHER', 'ADMIN')),
    must_change_password BOOLEAN                  NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A class; join_code is NULL while joining is switched off.
CREATE TABLE school_class (
    id         UUID PRIMARY KEY,
    name       VARCHAR(80)              NOT NULL,
    join_code  VARCHAR(16) UNIQUE,
    archived   BOOLEAN                  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Teachers of a class (a class can be shared, so several).
CREATE TABLE class_teacher (
    class_id   UUID NOT NULL REFERENCES school_class (id),
    account_id UUID NOT NULL REFERENCES account (id),
    PRIMARY KEY (class_id, account_id)
);
CREATE INDEX class_teacher_by_account ON class_teacher (account_id);

CREATE TABLE class_member (
    class_id   UUID                     NOT NULL REFERENCES school_class (id),
    account_id UUID                     NOT NULL REFERENCES account (id),
    joined_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (class_id, account_id)
);
CREATE INDEX class_member_by_account ON class_member (account_id);

-- Work set for a class: a quiz (its exercises are copied into assignment_exercise) or a set of exercises.
CREATE TABLE assignment (
    id         UUID PRIMARY KEY,
    class_id   UUID                     NOT NULL REFERENCES school_class (id),
    title      VARCHAR(120)             NOT NULL,
    quiz_id    VARCHAR(100),
    due_at     TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX assignment_by_class ON assignment (class_id);

CREATE TABLE assignment_exercise (
    assignment_id UUID         NOT NULL REFERENCES assignment (id),
    exercise_id   VARCHAR(100) NOT NULL,
    position      INT          NOT NULL,
    PRIMARY KEY (assignment_id, exercise_id)
);

-- Failed logins, so throttling per user name and per address survives a restart and works
-- across the nodes sharing one database. key_kind is USER or ADDRESS.
CREATE TABLE login_failure (
    key_kind  VARCHAR(8)               NOT NULL,
    key_value VARCHAR(100)             NOT NULL,
    failed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX login_failure_by_key ON login_failure (key_kind, key_value, failed_at);

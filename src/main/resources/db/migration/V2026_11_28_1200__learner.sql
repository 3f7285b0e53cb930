-- Whoever is learning: a guest first, later perhaps with an account attached.
-- Every piece of progress refers to learner.id; the guest token only identifies the browser.
CREATE TABLE learner (
    id               UUID PRIMARY KEY,
    guest_token_hash VARCHAR(64)              NOT NULL UNIQUE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

package org.backproplab.learner;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Whoever is learning in this browser. All progress is keyed by {@link #id()}. */
@Entity
@Table(name = "learner")
public class Learner {

    @Id
    private UUID id;

    @Column(name = "guest_token_hash", nullable = false, unique = true, length = 64)
    private String guestTokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    protected Learner() {
    }

    Learner(UUID id, String guestTokenHash, Instant now) {
        this.id = id;
        this.guestTokenHash = guestTokenHash;
        this.createdAt = now;
        this.lastSeenAt = now;
    }

    public UUID id() {
        return id;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }

    void seenAt(Instant now) {
        this.lastSeenAt = now;
    }
}

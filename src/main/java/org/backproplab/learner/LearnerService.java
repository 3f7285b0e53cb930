package org.backproplab.learner;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers "who is learning here" for a guest token; creates the learner on first use. */
@Service
public class LearnerService {
    // Touching last_seen_at on every request would be a write per click; once an hour is plenty.
    private static final Duration SEEN_RESOLUTION = Duration.ofHours(1);

    private final LearnerRepository learners;
    private final Clock clock;

    LearnerService(LearnerRepository learners, Clock clock) {
        this.learners = learners;
        this.clock = clock;
    }

    /**
     * The learner of this token, created if it is new. Deliberately not one transaction: when two
     * requests of a new browser race, the loser's INSERT fails on the unique token hash and it reads
     * the winner's row, which inside a failed PostgreSQL transaction it could not.
     */
    public Learner learnerForGuestToken(String token) {
        String hash = GuestToken.hash(token);
        var now = clock.instant();
        var found = learners.findByGuestTokenHash(hash);
        if (found.isPresent()) {
            var learner = found.get();
            if (learner.lastSeenAt().plus(SEEN_RESOLUTION).isBefore(now)) {
                learners.seenAt(learner.id(), now);
                return new Learner(learner.id(), learner.createdAt(), now);
            }
            return learner;
        }
        try {
            UUID id = UUID.randomUUID();
            learners.insert(id, hash, now);
            return new Learner(id, now, now);
        } catch (DuplicateKeyException raced) {
            return learners.findByGuestTokenHash(hash).orElseThrow(() -> raced);
        }
    }

    /** A learner for a browser that sent no usable token (only outside a real request). */
    public Learner newGuest() {
        return learnerForGuestToken(GuestToken.generate());
    }

    @Transactional(readOnly = true)
    public long count() {
        return learners.count();
    }
}

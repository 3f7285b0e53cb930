package org.backproplab.learner;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

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

    @Transactional
    public Learner learnerForGuestToken(String token) {
        String hash = GuestToken.hash(token);
        var now = clock.instant();
        return learners.findByGuestTokenHash(hash).map(learner -> {
            if (learner.lastSeenAt().plus(SEEN_RESOLUTION).isBefore(now)) {
                learner.seenAt(now);
            }
            return learner;
        }).orElseGet(() -> learners.save(new Learner(UUID.randomUUID(), hash, now)));
    }

    /** A learner for a browser that sent no usable token (only outside a real request). */
    @Transactional
    public Learner newGuest() {
        return learnerForGuestToken(GuestToken.generate());
    }

    public long count() {
        return learners.count();
    }
}

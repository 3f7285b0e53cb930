package org.backproplab.learner;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers "who is learning here" for a guest token. Looking up never writes; the learner's row is
 * created when they first store something ({@link CurrentLearner#stored()}).
 */
@Service
public class LearnerService {
    // Touching last_seen_at on every request would be a write per click; once an hour is plenty.
    private static final Duration SEEN_RESOLUTION = Duration.ofHours(1);
    private static final int RACE_RETRIES = 3;

    private final LearnerRepository learners;
    private final List<LearnerRecords> records;
    private final Clock clock;

    LearnerService(LearnerRepository learners, List<LearnerRecords> records, Clock clock) {
        this.learners = learners;
        this.records = records;
        this.clock = clock;
    }

    /**
     * A new learner for an account. Its token hash is that of a random token nobody is given, so
     * no browser can act as it: an account's learner is reached only by signing in.
     */
    @Transactional
    public UUID createForAccount() {
        UUID id = UUID.randomUUID();
        learners.insertIfAbsent(id, GuestToken.hash(GuestToken.generate()), clock.instant().truncatedTo(ChronoUnit.MICROS));
        return id;
    }

    /**
     * Gives everything of the guest {@code from} to {@code into} (an account's learner) and deletes
     * the guest, all in the caller's transaction (one is started when there is none): every feature
     * moves its rows ({@link LearnerRecords}), so nothing is lost or doubled, and the browser's
     * cookie is a fresh guest afterwards. Both rows are locked first, so no action of either
     * learner runs in between.
     */
    @Transactional
    public void merge(UUID from, UUID into) {
        if (from.equals(into) || !learners.exists(from)) {
            return;
        }
        learners.lock(from, into);
        for (LearnerRecords r : records) {
            r.move(from, into);
        }
        learners.delete(from);
    }

    /** Deletes the learner with all their data, in the caller's transaction. */
    @Transactional
    public void delete(UUID learner) {
        for (LearnerRecords r : records) {
            r.delete(learner);
        }
        learners.delete(learner);
    }

    /** Every feature's data of the learner, keyed by {@link LearnerRecords#name()}, for the JSON download. */
    @Transactional(readOnly = true)
    public Map<String, Object> export(UUID learner) {
        Map<String, Object> all = new LinkedHashMap<>();
        for (LearnerRecords r : records) {
            all.put(r.name(), r.export(learner));
        }
        return all;
    }

    @Transactional(readOnly = true)
    public Optional<Learner> findByGuestToken(String token) {
        return learners.findByGuestTokenHash(GuestToken.hash(token));
    }

    /** The learner of this token, created if it is new; notes the visit (to within an hour). */
    public Learner learnerForGuestToken(String token) {
        return learnerForGuestToken(token, UUID.randomUUID());
    }

    /**
     * As {@link #learnerForGuestToken(String)}, a new learner getting {@code idIfNew}: the id the
     * views already read with. Insert-or-get in one statement ({@link LearnerRepository#insertIfAbsent}):
     * when several first requests of a new browser race, on one instance or several, one row is
     * stored and every request reads it; safe inside a caller's transaction too.
     */
    public Learner learnerForGuestToken(String token, UUID idIfNew) {
        String hash = GuestToken.hash(token);
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS); // as the database keeps it: a new learner reads back equal
        for (int attempt = 1; ; attempt++) {
            var found = learners.findByGuestTokenHash(hash);
            if (found.isPresent()) {
                return seen(found.get(), now);
            }
            try {
                if (learners.insertIfAbsent(idIfNew, hash, now)) {
                    return new Learner(idIfNew, now, now);
                }
            } catch (DuplicateKeyException | ConcurrencyFailureException raced) {
                // H2 only: two MERGEs of the same new token at once; the other one's row is there now.
                if (attempt == RACE_RETRIES) {
                    throw raced;
                }
            }
        }
    }

    private Learner seen(Learner learner, Instant now) {
        if (learner.lastSeenAt().plus(SEEN_RESOLUTION).isBefore(now)) {
            learners.seenAt(learner.id(), now);
            return new Learner(learner.id(), learner.createdAt(), now);
        }
        return learner;
    }

    @Transactional(readOnly = true)
    public long count() {
        return learners.count();
    }
}

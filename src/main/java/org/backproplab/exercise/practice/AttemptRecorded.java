package org.backproplab.exercise.practice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published when an attempt is stored, so that other features (flashcards, the teacher's
 * dashboard) react to practice by listening instead of reading practice's tables. It is published
 * inside the transaction that stores the attempt: listen with {@code @TransactionalEventListener}
 * to act only once the attempt is committed.
 *
 * @param mark         what the attempt earned (0 once the solution was seen)
 * @param maxMark      the most it could have earned after its hints
 * @param mistakeCodes the recognised mistakes ({@link org.backproplab.exercise.grading.Mistake} codes), each once
 */
public record AttemptRecorded(long attemptId, UUID learner, String exerciseId, double mark, double maxMark,
        List<String> mistakeCodes, Instant at) {
}

package org.backproplab.dashboard.service;

import java.time.Instant;

/** One line of the attempt log: an attempt's part (partId null for an attempt without parts; quizId null for practice). */
public record AttemptLogRow(long attemptId, String username, String displayName, String exerciseId, String quizId, Instant createdAt,
        double attemptMark, double maxMark, int hintsUsed, boolean solutionSeen, long durationMs, String partId, String answer,
        String status, double partMark, String mistakeCode) {
}

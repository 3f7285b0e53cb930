package org.backproplab.exercise.model;

/**
 * One thing an exercise asks, with the author's id (such as {@code dE/dw5}) and the line of the
 * file it was read from. Each kind of part carries exactly what it needs and computes its own
 * reference answer: numbers from the engine ({@link NumericPart}), words from the file
 * ({@link WordPart}).
 */
public sealed interface Part permits NumericPart, WordPart {
    String id();

    /** The question as the learner reads it. */
    String prompt();

    int line();
}

package org.backproplab.exercise.practice;

/**
 * The quiz attempt in which answers were checked: a check in a quiz is stored as an attempt like a
 * practice one (the teacher's dashboard and the flashcards see it), marked with this so that
 * practice's own pages leave it out.
 *
 * @param quizAttemptId the quiz attempt's row: unlike its number, it stays when a guest's attempts
 *                      move into an account and are numbered after the account's own
 */
public record QuizCheck(String quizId, long quizAttemptId) {
}

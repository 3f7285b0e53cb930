package org.backproplab.exercise.practice;

/**
 * The quiz attempt in which answers were checked: a check in a quiz is stored as an attempt like a
 * practice one (the teacher's dashboard and the flashcards see it), marked with this so that
 * practice's own pages leave it out.
 *
 * @param attemptNo the learner's attempt at the quiz, from 1
 */
public record QuizCheck(String quizId, int attemptNo) {
}

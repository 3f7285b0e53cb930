package org.backproplab.exercise.ui;

import java.util.Set;
import java.util.UUID;

import org.backproplab.classroom.StudentWork;
import org.backproplab.exercise.practice.PracticeService;
import org.backproplab.exercise.quiz.QuizService;
import org.springframework.stereotype.Component;

/** Answers the classes' question "what has this student done?" from practice and quizzes. */
@Component
class StudentWorkAnswers implements StudentWork {
    private final PracticeService practice;
    private final QuizService quizzes;

    StudentWorkAnswers(PracticeService practice, QuizService quizzes) {
        this.practice = practice;
        this.quizzes = quizzes;
    }

    @Override
    public Set<String> exercisesAttempted(UUID learner) {
        return practice.exercisesAttempted(learner);
    }

    @Override
    public boolean quizBegun(UUID learner, String quizId) {
        return quizzes.begun(learner, quizId);
    }

    @Override
    public boolean quizFinished(UUID learner, String quizId) {
        return quizzes.finishedOnce(learner, quizId);
    }
}

package org.backproplab.flashcard.review;

import org.backproplab.exercise.library.ExerciseLibrary;
import org.backproplab.exercise.practice.AttemptRecorded;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Cards from mistakes: once an attempt in which the grader named mistakes is committed, the card of
 * each mistake and the glossary card of the exercise's main topic join the learner's deck, due now.
 * Runs after the commit, in its own transaction, before the exercise page hears back.
 */
@Component
class MistakeCards {
    private final FlashcardService flashcards;
    private final ExerciseLibrary library;

    MistakeCards(FlashcardService flashcards, ExerciseLibrary library) {
        this.flashcards = flashcards;
        this.library = library;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AttemptRecorded attempt) {
        if (attempt.mistakeCodes().isEmpty()) {
            return;
        }
        String topic = library.exercise(attempt.exerciseId()).map(e -> e.topics().isEmpty() ? null : e.topics().get(0)).orElse(null);
        flashcards.addFromMistakes(attempt.learner(), attempt.mistakeCodes(), topic);
    }
}

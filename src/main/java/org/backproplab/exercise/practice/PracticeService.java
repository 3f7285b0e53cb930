package org.backproplab.exercise.practice;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;

import org.backproplab.content.Topics;
import org.backproplab.exercise.grading.Grade;
import org.backproplab.exercise.grading.Grader;
import org.backproplab.exercise.grading.MarkingPolicy;
import org.backproplab.exercise.grading.PartResult;
import org.backproplab.exercise.library.ExerciseLibrary;
import org.backproplab.exercise.model.Exercise;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Practice for one learner: their current variant of each exercise, hints and worked solutions,
 * grading and the history of attempts. Views call this; the rules about marks are in
 * {@link MarkingPolicy}.
 * <p>
 * Reading never writes. Until the learner does something with an exercise, their variant of it is
 * drawn from the learner and exercise ids alone ({@link #firstSeed}), so the page shows the same
 * numbers on every visit without storing them; the current variant is stored on the first answer,
 * hint, solution or "Another like this".
 * <p>
 * Answers, hints and solutions carry the {@link Workspace} the learner saw, and are refused with a
 * {@link StaleVariantException} when its numbers are no longer the current ones. Every action takes
 * the learner's row lock first, so one learner's actions run one after another: two MERGEs of the
 * same new row would both insert it and the second fail (on H2 and PostgreSQL alike), and the
 * checked seed stays current until the commit.
 */
@Service
public class PracticeService {
    private final ExerciseLibrary library;
    private final PracticeRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RandomGenerator seeds = new SecureRandom();

    PracticeService(ExerciseLibrary library, PracticeRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.library = library;
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    /** The learner's current variant of an exercise; empty for an unknown id. */
    @Transactional(readOnly = true)
    public Optional<Workspace> open(UUID learner, String exerciseId) {
        return library.exercise(exerciseId).map(exercise -> workspace(exercise,
                repository.currentVariant(learner, exerciseId).orElseGet(() -> first(learner, exerciseId, clock.instant()))));
    }

    /**
     * The seed of a learner's first variant of an exercise, before anything about it is stored:
     * the same on every visit, different between learners and between exercises.
     */
    static long firstSeed(UUID learner, String exerciseId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((learner + "/" + exerciseId).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static CurrentVariant first(UUID learner, String exerciseId, Instant shownAt) {
        return CurrentVariant.fresh(exerciseId, firstSeed(learner, exerciseId), shownAt);
    }

    private static Workspace workspace(Exercise exercise, CurrentVariant current) {
        return Workspace.draw(exercise, current);
    }

    /** What one action starts from: the current variant, whether it is stored yet, and its workspace. */
    private record Now(Workspace workspace, boolean stored) {
        CurrentVariant current() {
            return workspace.current();
        }
    }

    /**
     * Locks the learner and reads their current variant. Nothing stored yet: the first variant,
     * started when the page that showed it was drawn.
     */
    private Now now(UUID learner, String exerciseId, Instant shownAt) {
        Exercise exercise = library.exercise(exerciseId).orElseThrow(() -> new IllegalArgumentException("no exercise " + exerciseId));
        repository.lockLearner(learner);
        var stored = repository.currentVariant(learner, exerciseId);
        return new Now(workspace(exercise, stored.orElseGet(() -> first(learner, exerciseId, shownAt))), stored.isPresent());
    }

    /** As {@link #now}, refused when the learner saw other numbers. Seeds are compared as drawn (after any fallback). */
    private Now unchanged(UUID learner, Workspace seen) {
        Now now = now(learner, seen.exercise().id(), seen.current().startedAt());
        if (now.workspace().variant().seed() != seen.variant().seed()) {
            throw new StaleVariantException(now.workspace());
        }
        return now;
    }

    /**
     * Grades answers to the variant the learner saw; stores it when it is an attempt (every answer
     * readable) and publishes {@link AttemptRecorded}. The variant's best mark stands: a lower mark
     * (after a hint, say) is recorded but does not replace it. The very answers checked last time on
     * these numbers are graded again but not recorded again. The learner must exist (see CurrentLearner.stored).
     *
     * @throws StaleVariantException when the learner's variant changed since {@code seen} was shown
     */
    @Transactional
    public Checked submit(UUID learner, Workspace seen, Map<String, String> answers) {
        Now now = unchanged(learner, seen);
        Workspace w = now.workspace();
        CurrentVariant current = now.current();
        Grade grade = Grader.grade(w.variant(), answers, current.hintsUsed());
        if (!grade.isAttempt()) {
            return new Checked(grade, w, false);
        }
        double mark = MarkingPolicy.counted(grade.mark(), current.solutionSeen());
        double max = w.maxMark();
        Grade counted = new Grade(grade.parts(), grade.invalid(), mark, max);
        CurrentVariant next = current.withBestMark(MarkingPolicy.best(current.bestMark(), mark));
        if (!now.stored() || next.bestMark() != current.bestMark()) {
            repository.saveCurrentVariant(learner, next); // the first time: attempts are timed from its first showing
        }
        Workspace after = workspace(w.exercise(), next);
        if (repository.latestAttempt(learner, w.exercise().id()).filter(last -> sameAnswers(last, w, answers)).isPresent()) {
            return new Checked(counted, after, true);
        }
        record(learner, w, grade, current.solutionSeen(), current.startedAt(), null);
        return new Checked(counted, after, false);
    }

    /**
     * Records answers checked inside a quiz as an attempt at the exercise, marked with the quiz
     * attempt, and publishes {@link AttemptRecorded}: the teacher's dashboard and the flashcards see
     * quiz work as they see practice, while practice's own pages (history, best marks, "continue")
     * leave it out. Runs in the quiz's transaction, which holds the learner's lock.
     *
     * @param grade     the grade of the answers after the hints taken (an attempt: every answer readable)
     * @param startedAt when the quiz attempt began: the time taken runs from then or from the
     *                  attempt's previous check, whichever is later (a quiz's exercises are not timed one by one)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordQuizCheck(UUID learner, QuizCheck quiz, Workspace w, Grade grade, Instant startedAt) {
        Instant since = repository.lastQuizCheckAt(learner, quiz.quizAttemptId()).filter(startedAt::isBefore).orElse(startedAt);
        record(learner, w, grade, false, since, quiz);
    }

    /** The exercises the learner has attempted, in practice or in a quiz (what an assignment of exercises asks). */
    @Transactional(readOnly = true)
    public Set<String> exercisesAttempted(UUID learner) {
        return repository.exercisesAttempted(learner);
    }

    /** What the checks of one quiz attempt found, by exercise: each check's mark and the mistakes named. */
    @Transactional(readOnly = true)
    public Map<String, QuizChecks> quizChecks(UUID learner, QuizCheck quiz) {
        return repository.quizChecks(learner, quiz.quizAttemptId());
    }

    private void record(UUID learner, Workspace w, Grade grade, boolean solutionSeen, Instant startedAt, QuizCheck quiz) {
        List<AttemptPart> parts = new ArrayList<>();
        for (PartResult p : grade.parts()) {
            parts.add(new AttemptPart(p.partId(), p.answer(), p.status(), MarkingPolicy.counted(p.mark(), solutionSeen),
                    p.mistake() == null ? null : p.mistake().code()));
        }
        double mark = MarkingPolicy.counted(grade.mark(), solutionSeen);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS); // as H2 and PostgreSQL keep it, so the event says the same
        var attempt = new Attempt(0, w.exercise().id(), w.variant().seed(), w.exercise().sourceHash(), w.variant().params(),
                parts, mark, w.maxMark(), w.current().hintsUsed(), solutionSeen,
                Math.max(0, Duration.between(startedAt, at).toMillis()), at);
        long id = repository.saveAttempt(learner, attempt, quiz);
        events.publishEvent(new AttemptRecorded(id, learner, attempt.exerciseId(), mark, w.maxMark(), attempt.mistakeCodes(), at));
    }

    /** Whether the last attempt answered these numbers with these answers (spaces around them aside). */
    private static boolean sameAnswers(Attempt last, Workspace w, Map<String, String> answers) {
        if (last.seed() != w.variant().seed() || last.parts().size() != w.exercise().parts().size()) {
            return false;
        }
        return last.parts().stream()
                .allMatch(p -> p.answer().strip().equals(answers.getOrDefault(p.partId(), "").strip()));
    }

    /**
     * Shows the next hint of the variant the learner saw; returns the workspace with it.
     *
     * @throws StaleVariantException when the learner's variant changed since {@code seen} was shown
     */
    @Transactional
    public Workspace nextHint(UUID learner, Workspace seen) {
        Now now = unchanged(learner, seen);
        if (!now.workspace().moreHints()) {
            return now.workspace();
        }
        return store(learner, now, now.current().withHintsUsed(now.current().hintsUsed() + 1));
    }

    /**
     * Shows the worked solution of the variant the learner saw: it then earns no more marks (the
     * best mark earned on it before stands).
     *
     * @throws StaleVariantException when the learner's variant changed since {@code seen} was shown
     */
    @Transactional
    public Workspace revealSolution(UUID learner, Workspace seen) {
        Now now = unchanged(learner, seen);
        return store(learner, now, now.current().withSolutionSeen());
    }

    /** A fresh variant of the same exercise (never the same seed), with hints, solution and best mark cleared. */
    @Transactional
    public Workspace anotherLikeThis(UUID learner, String exerciseId) {
        Now now = now(learner, exerciseId, clock.instant());
        long seed;
        do {
            seed = seeds.nextLong();
        } while (seed == now.current().seed());
        return store(learner, now, CurrentVariant.fresh(exerciseId, seed, clock.instant()));
    }

    private Workspace store(UUID learner, Now now, CurrentVariant next) {
        repository.saveCurrentVariant(learner, next);
        return workspace(now.workspace().exercise(), next);
    }

    @Transactional(readOnly = true)
    public List<Attempt> history(UUID learner, String exerciseId) {
        return repository.attempts(learner, exerciseId);
    }

    /** One line of the Practice page. */
    public record Standing(Exercise exercise, int attempts, double best) {
        public boolean mastered() {
            return MarkingPolicy.mastered(best);
        }
    }

    /** Every exercise with the learner's attempts and best mark, by topic order then difficulty. */
    @Transactional(readOnly = true)
    public List<Standing> standings(UUID learner) {
        var summary = repository.summary(learner);
        List<Standing> list = new ArrayList<>();
        for (Exercise e : library.exercises()) {
            double[] s = summary.getOrDefault(e.id(), new double[] {0, 0});
            list.add(new Standing(e, (int) s[0], s[1]));
        }
        var topicOrder = library.topics().ids();
        list.sort(Comparator.comparingInt((Standing s) -> topicOrder.indexOf(s.exercise().topics().get(0)))
                .thenComparingInt(s -> s.exercise().difficulty()).thenComparing(s -> s.exercise().title()));
        return list;
    }

    /**
     * What to do next: the easiest exercise not yet tried; else the one with the lowest best mark
     * below full marks; empty when everything is mastered.
     */
    @Transactional(readOnly = true)
    public Optional<Standing> next(UUID learner) {
        var all = standings(learner);
        return all.stream().filter(s -> s.attempts() == 0).min(Comparator.comparingInt(s -> s.exercise().difficulty()))
                .or(() -> all.stream().filter(s -> !s.mastered()).min(Comparator.comparingDouble(Standing::best)));
    }

    /** The exercise the learner last answered (one that still exists), for "continue where you left off". */
    @Transactional(readOnly = true)
    public Optional<Standing> lastWorkedOn(UUID learner) {
        return repository.lastExercise(learner).flatMap(id -> standings(learner).stream().filter(s -> s.exercise().id().equals(id)).findFirst());
    }

    public Topics topics() {
        return library.topics();
    }
}

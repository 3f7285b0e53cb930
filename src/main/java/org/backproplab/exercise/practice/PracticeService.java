package org.backproplab.exercise.practice;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;

import org.backproplab.content.Topics;
import org.backproplab.exercise.grading.Grade;
import org.backproplab.exercise.grading.Grader;
import org.backproplab.exercise.grading.MarkingPolicy;
import org.backproplab.exercise.grading.PartResult;
import org.backproplab.exercise.library.ExerciseLibrary;
import org.backproplab.exercise.model.Exercise;
import org.backproplab.exercise.variant.VariantGenerator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Practice for one learner: their current variant of each exercise, hints and worked solutions,
 * grading and the history of attempts. Views call this; it keeps every rule about marks.
 */
@Service
public class PracticeService {
    private final ExerciseLibrary library;
    private final PracticeRepository repository;
    private final Clock clock;
    private final RandomGenerator seeds = new SecureRandom();

    PracticeService(ExerciseLibrary library, PracticeRepository repository, Clock clock) {
        this.library = library;
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional
    public Optional<Workspace> open(UUID learner, String exerciseId) {
        var exercise = library.exercise(exerciseId);
        if (exercise.isEmpty()) {
            return Optional.empty();
        }
        CurrentVariant current = repository.currentVariant(learner, exerciseId).orElseGet(() -> {
            CurrentVariant fresh = new CurrentVariant(exerciseId, seeds.nextLong(), 0, false, clock.instant());
            repository.saveCurrentVariant(learner, fresh);
            return fresh;
        });
        return Optional.of(workspace(exercise.get(), current));
    }

    private Workspace workspace(Exercise exercise, CurrentVariant current) {
        try {
            return new Workspace(exercise, VariantGenerator.generate(exercise, current.seed()), current);
        } catch (VariantGenerator.NoVariantException e) {
            // Validated at start with seed 0, so this is rare: fall back to the seed known to work.
            try {
                return new Workspace(exercise, VariantGenerator.generate(exercise, 0),
                        new CurrentVariant(exercise.id(), 0, current.hintsUsed(), current.solutionSeen(), current.startedAt()));
            } catch (VariantGenerator.NoVariantException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    /** Grades answers to the current variant; stores it when it is an attempt (every answer readable). */
    @Transactional
    public Grade submit(UUID learner, String exerciseId, Map<String, String> answers) {
        Workspace w = open(learner, exerciseId).orElseThrow(() -> new IllegalArgumentException("no exercise " + exerciseId));
        Grade grade = Grader.grade(w.variant(), answers, w.current().hintsUsed());
        if (!grade.isAttempt()) {
            return grade;
        }
        double mark = MarkingPolicy.counted(grade.mark(), w.current().solutionSeen());
        double max = w.maxMark();
        Map<String, String> results = new LinkedHashMap<>();
        Map<String, String> mistakes = new LinkedHashMap<>();
        for (PartResult p : grade.parts()) {
            results.put(p.partId(), p.status().name());
            if (p.mistake() != null) {
                mistakes.put(p.partId(), p.mistake().code());
            }
        }
        Map<String, String> kept = new LinkedHashMap<>();
        w.exercise().parts().forEach(p -> kept.put(p.id(), answers.getOrDefault(p.id(), "")));
        Instant now = clock.instant();
        var attempt = new Attempt(0, exerciseId, w.variant().seed(), w.exercise().sourceHash(), w.variant().params(), kept,
                results, mark, max, List.copyOf(mistakes.values()), w.current().hintsUsed(), w.current().solutionSeen(),
                Duration.between(w.current().startedAt(), now).toMillis(), now);
        repository.saveAttempt(learner, attempt, mistakes);
        return new Grade(grade.parts(), grade.invalid(), mark, max);
    }

    /** Shows the next hint; returns the workspace with it. */
    @Transactional
    public Workspace nextHint(UUID learner, String exerciseId) {
        Workspace w = open(learner, exerciseId).orElseThrow();
        if (w.moreHints()) {
            CurrentVariant p = w.current();
            repository.saveCurrentVariant(learner, new CurrentVariant(exerciseId, p.seed(), p.hintsUsed() + 1, p.solutionSeen(), p.startedAt()));
        }
        return open(learner, exerciseId).orElseThrow();
    }

    /** Shows the worked solution: this variant then counts as seen and earns no more marks. */
    @Transactional
    public Workspace revealSolution(UUID learner, String exerciseId) {
        Workspace w = open(learner, exerciseId).orElseThrow();
        CurrentVariant p = w.current();
        repository.saveCurrentVariant(learner, new CurrentVariant(exerciseId, p.seed(), p.hintsUsed(), true, p.startedAt()));
        return open(learner, exerciseId).orElseThrow();
    }

    /** A fresh variant of the same exercise, with hints and solution hidden again. */
    @Transactional
    public Workspace anotherLikeThis(UUID learner, String exerciseId) {
        open(learner, exerciseId).orElseThrow();
        repository.saveCurrentVariant(learner, new CurrentVariant(exerciseId, seeds.nextLong(), 0, false, clock.instant()));
        return open(learner, exerciseId).orElseThrow();
    }

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
    public Optional<Standing> next(UUID learner) {
        var all = standings(learner);
        return all.stream().filter(s -> s.attempts() == 0).min(Comparator.comparingInt(s -> s.exercise().difficulty()))
                .or(() -> all.stream().filter(s -> !s.mastered()).min(Comparator.comparingDouble(Standing::best)));
    }

    public Topics topics() {
        return library.topics();
    }
}

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
import org.backproplab.exercise.variant.Variant;
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

    /** The learner's current variant of an exercise, with its progress; empty for an unknown id. */
    public record Session(Exercise exercise, Variant variant, Progress progress) {
        /** The hints shown so far. */
        public List<Exercise.Hint> hintsShown() {
            return exercise.hints().subList(0, Math.min(progress.hintsUsed(), exercise.hints().size()));
        }

        public boolean moreHints() {
            return progress.hintsUsed() < exercise.hints().size();
        }

        /** The best mark still possible on this variant. */
        public double maxMark() {
            return MarkingPolicy.maxMark(exercise, progress.hintsUsed(), progress.solutionSeen());
        }
    }

    @Transactional
    public Optional<Session> open(UUID learner, String exerciseId) {
        var exercise = library.exercise(exerciseId);
        if (exercise.isEmpty()) {
            return Optional.empty();
        }
        Progress progress = repository.progress(learner, exerciseId).orElseGet(() -> {
            Progress fresh = new Progress(exerciseId, seeds.nextLong(), 0, false, clock.instant());
            repository.saveProgress(learner, fresh);
            return fresh;
        });
        return Optional.of(session(exercise.get(), progress));
    }

    private Session session(Exercise exercise, Progress progress) {
        try {
            return new Session(exercise, VariantGenerator.generate(exercise, progress.seed()), progress);
        } catch (VariantGenerator.NoVariantException e) {
            // Validated at start with seed 0, so this is rare: fall back to the seed known to work.
            try {
                return new Session(exercise, VariantGenerator.generate(exercise, 0),
                        new Progress(exercise.id(), 0, progress.hintsUsed(), progress.solutionSeen(), progress.startedAt()));
            } catch (VariantGenerator.NoVariantException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    /** Grades answers to the current variant; stores it when it is an attempt (every answer readable). */
    @Transactional
    public Grade submit(UUID learner, String exerciseId, Map<String, String> answers) {
        Session s = open(learner, exerciseId).orElseThrow(() -> new IllegalArgumentException("no exercise " + exerciseId));
        Grade grade = Grader.grade(s.variant(), answers, s.progress().hintsUsed());
        if (!grade.isAttempt()) {
            return grade;
        }
        double mark = MarkingPolicy.counted(grade.mark(), s.progress().solutionSeen());
        double max = s.maxMark();
        Map<String, String> results = new LinkedHashMap<>();
        Map<String, String> mistakes = new LinkedHashMap<>();
        for (PartResult p : grade.parts()) {
            results.put(p.partId(), p.status().name());
            if (p.mistake() != null) {
                mistakes.put(p.partId(), p.mistake().code());
            }
        }
        Map<String, String> kept = new LinkedHashMap<>();
        s.exercise().parts().forEach(p -> kept.put(p.id(), answers.getOrDefault(p.id(), "")));
        Instant now = clock.instant();
        var attempt = new Attempt(0, exerciseId, s.variant().seed(), s.exercise().sourceHash(), s.variant().params(), kept,
                results, mark, max, List.copyOf(mistakes.values()), s.progress().hintsUsed(), s.progress().solutionSeen(),
                Duration.between(s.progress().startedAt(), now).toMillis(), now);
        repository.saveAttempt(learner, attempt, mistakes);
        return new Grade(grade.parts(), grade.invalid(), mark, max);
    }

    /** Shows the next hint; returns the session with it. */
    @Transactional
    public Session nextHint(UUID learner, String exerciseId) {
        Session s = open(learner, exerciseId).orElseThrow();
        if (s.moreHints()) {
            Progress p = s.progress();
            repository.saveProgress(learner, new Progress(exerciseId, p.seed(), p.hintsUsed() + 1, p.solutionSeen(), p.startedAt()));
        }
        return open(learner, exerciseId).orElseThrow();
    }

    /** Shows the worked solution: this variant then counts as seen and earns no more marks. */
    @Transactional
    public Session revealSolution(UUID learner, String exerciseId) {
        Session s = open(learner, exerciseId).orElseThrow();
        Progress p = s.progress();
        repository.saveProgress(learner, new Progress(exerciseId, p.seed(), p.hintsUsed(), true, p.startedAt()));
        return open(learner, exerciseId).orElseThrow();
    }

    /** A fresh variant of the same exercise, with hints and solution hidden again. */
    @Transactional
    public Session anotherLikeThis(UUID learner, String exerciseId) {
        open(learner, exerciseId).orElseThrow();
        repository.saveProgress(learner, new Progress(exerciseId, seeds.nextLong(), 0, false, clock.instant()));
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

package org.backproplab.exercise.quiz;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.backproplab.exercise.grading.Grade;
import org.backproplab.exercise.grading.Grader;
import org.backproplab.exercise.grading.MarkingPolicy;
import org.backproplab.exercise.grading.PartResult;
import org.backproplab.exercise.library.ExerciseLibrary;
import org.backproplab.exercise.model.Exercise;
import org.backproplab.exercise.model.Part;
import org.backproplab.exercise.model.Quiz;
import org.backproplab.exercise.practice.Checked;
import org.backproplab.exercise.practice.CurrentVariant;
import org.backproplab.exercise.practice.PracticeService;
import org.backproplab.exercise.practice.QuizCheck;
import org.backproplab.exercise.practice.Workspace;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quizzes as tests, apart from practice: each attempt at a quiz draws its own variant of every
 * exercise (from the learner, the quiz, the attempt's number and the exercise), so that nothing seen
 * on Practice (a worked solution, a hint) carries over, and nothing done in a quiz changes practice.
 * The worked solutions wait for the summary. Where the learner is, the hints taken, each exercise's
 * best mark and the answers last checked are stored, so that a reload resumes the quiz. Every check
 * is also recorded as an attempt marked with the quiz ({@link PracticeService#recordQuizCheck}), so
 * that the teacher sees quiz work and its mistakes become flashcards; practice's pages leave it out.
 * <p>
 * As in practice, reading never writes: the first attempt is stored on the learner's first action
 * in it. Every action takes the learner's row lock first and is refused with a
 * {@link QuizChangedException} when the attempt shown is no longer the learner's open one.
 */
@Service
public class QuizService {
    private final ExerciseLibrary library;
    private final QuizRepository repository;
    private final PracticeService practice;
    private final Clock clock;

    QuizService(ExerciseLibrary library, QuizRepository repository, PracticeService practice, Clock clock) {
        this.library = library;
        this.repository = repository;
        this.practice = practice;
        this.clock = clock;
    }

    /**
     * The learner's attempt at a quiz: the open one; else the last finished one (its summary);
     * else a first attempt, not stored until the learner acts. Empty for an unknown quiz.
     */
    @Transactional(readOnly = true)
    public Optional<QuizRun> open(UUID learner, String quizId) {
        return library.quiz(quizId).map(quiz -> read(learner, quiz));
    }

    private QuizRun read(UUID learner, Quiz quiz) {
        var latest = repository.latest(learner, quiz.id());
        if (latest.isEmpty()) {
            return run(learner, quiz, new QuizRepository.AttemptRow(0, 1, 0, clock.instant(), false), Map.of(), Map.of());
        }
        var attempt = latest.get();
        return run(learner, quiz, attempt, repository.steps(attempt.id()), repository.answers(attempt.id()));
    }

    private QuizRun run(UUID learner, Quiz quiz, QuizRepository.AttemptRow attempt, Map<String, QuizRepository.StepRow> rows,
            Map<String, Map<String, String>> answers) {
        List<QuizRun.Step> steps = new ArrayList<>();
        for (String id : quiz.exerciseIds()) {
            Workspace w = workspace(learner, quiz, attempt, id, rows.get(id));
            Map<String, String> last = answers.getOrDefault(id, Map.of());
            Grade grade = last.isEmpty() ? null : counted(w, last);
            steps.add(new QuizRun.Step(w, last, grade));
        }
        int position = Math.min(attempt.position(), quiz.exerciseIds().size() - 1);
        return new QuizRun(quiz, attempt.number(), position, attempt.finished(), steps);
    }

    private Workspace workspace(UUID learner, Quiz quiz, QuizRepository.AttemptRow attempt, String exerciseId,
            QuizRepository.StepRow row) {
        Exercise exercise = library.exercise(exerciseId)
                .orElseThrow(() -> new IllegalStateException("the quiz " + quiz.id() + " names no exercise " + exerciseId));
        CurrentVariant current = row == null
                ? CurrentVariant.fresh(exerciseId, seed(learner, quiz.id(), attempt.number(), exerciseId), attempt.startedAt())
                : new CurrentVariant(exerciseId, row.seed(), row.hintsUsed(), false, attempt.startedAt(), row.bestMark());
        return Workspace.draw(exercise, current);
    }

    /** The grade of answers to a quiz exercise, after the hints taken on it. */
    private static Grade counted(Workspace w, Map<String, String> answers) {
        return Grader.grade(w.variant(), answers, w.current().hintsUsed());
    }

    /**
     * The seed of one exercise in one attempt at a quiz: unlike practice's, it depends on the quiz
     * and the attempt, so each attempt is a fresh test.
     */
    static long seed(UUID learner, String quizId, int attempt, String exerciseId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((learner + "/quiz/" + quizId + "/" + attempt + "/" + exerciseId).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    /** Locks the learner and returns the attempt shown, stored now if it was the first and not yet stored. */
    private QuizRepository.AttemptRow attemptShown(UUID learner, QuizRun seen) {
        repository.lockLearner(learner);
        var latest = repository.latest(learner, seen.quiz().id());
        if (latest.isEmpty() && seen.number() == 1) {
            // Stored on the first action, but begun when the page showed it: time the first check from then.
            Instant now = clock.instant();
            Instant shown = seen.steps().isEmpty() ? now : seen.steps().get(0).workspace().current().startedAt();
            return repository.insert(learner, seen.quiz().id(), 1, shown.isAfter(now) ? now : shown);
        }
        if (latest.isPresent() && latest.get().number() == seen.number() && !latest.get().finished()) {
            return latest.get();
        }
        throw new QuizChangedException();
    }

    /** The step of one exercise as stored now, or as first drawn. */
    private QuizRepository.StepRow stepRow(UUID learner, QuizRun seen, QuizRepository.AttemptRow attempt, String exerciseId) {
        var stored = repository.steps(attempt.id()).get(exerciseId);
        if (stored != null) {
            return stored;
        }
        var drawn = workspace(learner, seen.quiz(), attempt, exerciseId, null);
        return new QuizRepository.StepRow(drawn.variant().seed(), 0, 0);
    }

    /**
     * Grades answers to one exercise of the attempt shown, and keeps them (with the exercise's best
     * mark) for a reload. Answers that cannot all be read are not kept.
     *
     * @throws QuizChangedException when the attempt was finished or replaced in another tab
     */
    @Transactional
    public Checked submit(UUID learner, QuizRun seen, String exerciseId, Map<String, String> answers) {
        var attempt = attemptShown(learner, seen);
        var row = stepRow(learner, seen, attempt, exerciseId);
        Workspace w = workspace(learner, seen.quiz(), attempt, exerciseId, row);
        Grade grade = counted(w, answers);
        if (!grade.isAttempt()) {
            return new Checked(grade, w, false);
        }
        var stored = repository.answers(attempt.id()).getOrDefault(exerciseId, Map.of());
        boolean repeated = !stored.isEmpty() && w.exercise().parts().stream()
                .allMatch(p -> stored.getOrDefault(p.id(), "").strip().equals(answers.getOrDefault(p.id(), "").strip()));
        var next = new QuizRepository.StepRow(w.variant().seed(), row.hintsUsed(), MarkingPolicy.best(row.bestMark(), grade.mark()));
        repository.saveStep(attempt.id(), exerciseId, next);
        // The answers as graded (the grade's own, spaces around them dropped), never the raw text.
        List<Map.Entry<String, String>> kept = new ArrayList<>();
        for (PartResult p : grade.parts()) {
            kept.add(Map.entry(p.partId(), p.answer()));
        }
        repository.saveAnswers(attempt.id(), exerciseId, kept);
        if (!repeated) {
            practice.recordQuizCheck(learner, new QuizCheck(seen.quiz().id(), attempt.id()), w, grade, attempt.startedAt());
        }
        return new Checked(grade, Workspace.draw(w.exercise(), w.current().withBestMark(next.bestMark())), repeated);
    }

    /**
     * Shows the next hint of one exercise of the attempt shown.
     *
     * @throws QuizChangedException when the attempt was finished or replaced in another tab
     */
    @Transactional
    public Workspace nextHint(UUID learner, QuizRun seen, String exerciseId) {
        var attempt = attemptShown(learner, seen);
        var row = stepRow(learner, seen, attempt, exerciseId);
        Workspace w = workspace(learner, seen.quiz(), attempt, exerciseId, row);
        if (!w.moreHints()) {
            return w;
        }
        var next = new QuizRepository.StepRow(row.seed(), row.hintsUsed() + 1, row.bestMark());
        repository.saveStep(attempt.id(), exerciseId, next);
        return workspace(learner, seen.quiz(), attempt, exerciseId, next);
    }

    /**
     * Moves on to another exercise of the attempt shown; past the last one, the attempt is finished.
     *
     * @throws QuizChangedException when the attempt was finished or replaced in another tab
     */
    @Transactional
    public QuizRun moveTo(UUID learner, QuizRun seen, int position) {
        var attempt = attemptShown(learner, seen);
        int size = seen.quiz().exerciseIds().size();
        int to = Math.max(0, Math.min(position, size));
        repository.move(attempt.id(), Math.min(to, size - 1), to == size ? clock.instant() : null);
        return read(learner, seen.quiz());
    }

    /** Whether the learner has acted in an attempt at the quiz (an attempt is stored on the first action). */
    @Transactional(readOnly = true)
    public boolean begun(UUID learner, String quizId) {
        return repository.latest(learner, quizId).isPresent();
    }

    /** Whether the learner has finished an attempt at the quiz (a later attempt may be open). */
    @Transactional(readOnly = true)
    public boolean finishedOnce(UUID learner, String quizId) {
        return repository.anyFinished(learner, quizId);
    }

    /** Starts a new attempt at a quiz, with new variants of every exercise. */
    @Transactional
    public QuizRun again(UUID learner, String quizId) {
        Quiz quiz = library.quiz(quizId).orElseThrow(() -> new IllegalArgumentException("no quiz " + quizId));
        repository.lockLearner(learner);
        int number = repository.latest(learner, quizId).map(a -> a.number() + 1).orElse(1);
        repository.insert(learner, quizId, number, clock.instant());
        return read(learner, quiz);
    }

    /**
     * The summary of an attempt: each exercise's best mark, the mistakes of the answers last checked
     * and those of earlier checks put right since, what to review.
     */
    @Transactional(readOnly = true)
    public QuizSummary summary(UUID learner, QuizRun run) {
        Map<String, Grade> grades = new HashMap<>();
        for (var step : run.steps()) {
            if (step.checked()) {
                Grade g = step.grade();
                grades.put(step.workspace().exercise().id(),
                        new Grade(g.parts(), g.invalid(), step.workspace().current().bestMark(), g.maxMark()));
            }
        }
        var earlier = repository.attemptId(learner, run.quiz().id(), run.number())
                .map(id -> practice.quizChecks(learner, new QuizCheck(run.quiz().id(), id))).orElse(Map.of());
        return QuizSummary.of(run.quiz(), id -> run.step(id).workspace().exercise(), grades, earlier, library.exercises(), library.topics());
    }
}

package org.backproplab.dashboard.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.backproplab.content.Topics;
import org.backproplab.dashboard.domain.Assignment;
import org.backproplab.dashboard.domain.AssignmentState;
import org.backproplab.dashboard.domain.AttemptRecord;
import org.backproplab.dashboard.domain.ExerciseInfo;
import org.backproplab.dashboard.domain.HeatMap;
import org.backproplab.dashboard.domain.ItemStatistics;
import org.backproplab.dashboard.domain.ItemStats;
import org.backproplab.dashboard.domain.MistakeHome;
import org.backproplab.dashboard.domain.MistakeOccurrence;
import org.backproplab.dashboard.domain.Overview;
import org.backproplab.dashboard.domain.SchoolClass;
import org.backproplab.dashboard.domain.Student;
import org.backproplab.dashboard.domain.StudentProgress;
import org.backproplab.dashboard.domain.Suggestion;
import org.backproplab.dashboard.domain.Trend;
import org.backproplab.dashboard.domain.TrendPoint;
import org.backproplab.exercise.grading.Mistake;
import org.backproplab.exercise.library.ExerciseLibrary;
import org.backproplab.flashcard.review.Activity;
import org.backproplab.flashcard.review.FlashcardService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The teacher's dashboard. Every method takes the signed-in teacher's account id and reads only the
 * classes that teacher teaches: a class id from the address is checked first ({@link NotYourClassException}).
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {
    private final DashboardRepository repository;
    private final ExerciseLibrary library;
    private final FlashcardService flashcards;
    private final Clock clock;

    DashboardService(DashboardRepository repository, ExerciseLibrary library, FlashcardService flashcards, Clock clock) {
        this.repository = repository;
        this.library = library;
        this.flashcards = flashcards;
        this.clock = clock;
    }

    public List<SchoolClass> classes(UUID teacher) {
        return repository.classesTaughtBy(teacher);
    }

    /** The class's name, when the teacher teaches it. */
    public String className(UUID teacher, UUID classId) {
        requireTeacher(teacher, classId);
        return repository.className(classId).orElseThrow(NotYourClassException::new);
    }

    public Overview overview(UUID teacher, UUID classId) {
        requireTeacher(teacher, classId);
        return new Overview(repository.students(classId), repository.cells(Scope.ofClass(classId)));
    }

    /** Item statistics over one class. */
    public Map<String, ItemStats> statistics(UUID teacher, UUID classId) {
        requireTeacher(teacher, classId);
        return ItemStatistics.of(repository.facts(Scope.ofClass(classId)));
    }

    /** Item statistics over every class the teacher teaches. */
    public Map<String, ItemStats> statisticsOverAllClasses(UUID teacher) {
        return ItemStatistics.of(repository.facts(Scope.taughtBy(teacher)));
    }

    /** Mistakes × topics (or × exercises) over a class. */
    public HeatMap heatMap(UUID teacher, UUID classId, boolean byTopic) {
        requireTeacher(teacher, classId);
        List<String> codes = Arrays.stream(Mistake.values()).map(Mistake::code).toList();
        List<String> columns = byTopic ? topics().ids() : exercises().stream().map(ExerciseInfo::id).toList();
        return HeatMap.of(codes, columns, repository.mistakeCounts(Scope.ofClass(classId)),
                id -> byTopic ? library.exercise(id).map(e -> e.topics()).orElse(List.of()) : List.of(id));
    }

    /** The attempts behind a heat-map cell, newest first. */
    public List<MistakeOccurrence> occurrences(UUID teacher, UUID classId, String code, String column, boolean byTopic) {
        requireTeacher(teacher, classId);
        Set<String> exercises = new LinkedHashSet<>();
        if (byTopic) {
            exercises().stream().filter(e -> e.topics().contains(column)).forEach(e -> exercises.add(e.id()));
        } else {
            exercises.add(column);
        }
        return repository.occurrences(Scope.ofClass(classId), code, exercises);
    }

    /** Per week, the share of the class's attempts that showed the mistake. */
    public List<TrendPoint> trend(UUID teacher, UUID classId, String code) {
        requireTeacher(teacher, classId);
        Scope scope = Scope.ofClass(classId);
        Map<LocalDate, Integer> attempts = repository.perDay(scope, null);
        return Trend.weekly(attempts, repository.perDay(scope, code));
    }

    /** The lesson topic and a few exercises that practise what the mistake gets wrong, easiest first. */
    public Suggestion suggestion(String code) {
        Mistake mistake = Mistake.byCode(code);
        String topic = MistakeHome.topic(code);
        List<ExerciseInfo> practice = exercises().stream().filter(e -> e.topics().contains(topic))
                .sorted(Comparator.comparingInt(ExerciseInfo::difficulty).thenComparing(ExerciseInfo::id)).limit(3).toList();
        return new Suggestion(code, mistake.title(), mistake.advice(), topic, topics().title(topic), practice);
    }

    /** A student of the class, when they are one. */
    public Optional<Student> student(UUID teacher, UUID classId, UUID accountId) {
        requireTeacher(teacher, classId);
        return repository.students(classId).stream().filter(s -> s.accountId().equals(accountId)).findFirst();
    }

    /** Every attempt of a student of the class, newest first; empty when they are not in it. */
    public List<AttemptRecord> attempts(UUID teacher, UUID classId, UUID accountId) {
        return student(teacher, classId, accountId).map(s -> repository.attempts(s.learnerId())).orElse(List.of());
    }

    /** A student's flashcard work, when they are a student of the class. */
    public Optional<Activity> flashcards(UUID teacher, UUID classId, UUID accountId) {
        return student(teacher, classId, accountId).map(s -> flashcards.activity(s.learnerId()));
    }

    public List<Assignment> assignments(UUID teacher, UUID classId) {
        requireTeacher(teacher, classId);
        return repository.assignments(classId);
    }

    /** Each student's state on each assignment of the class. */
    public List<StudentProgress> assignmentProgress(UUID teacher, UUID classId) {
        requireTeacher(teacher, classId);
        List<Assignment> assignments = repository.assignments(classId);
        Scope scope = Scope.ofClass(classId);
        var cells = repository.cells(scope);
        var quizzes = repository.finishedQuizzes(scope);
        var begun = repository.startedQuizzes(scope);
        List<StudentProgress> result = new ArrayList<>();
        for (Student s : repository.students(classId)) {
            Set<String> attempted = new HashSet<>(cells.getOrDefault(s.learnerId(), Map.of()).keySet());
            Map<String, Double> finished = quizzes.getOrDefault(s.learnerId(), Map.of());
            var states = new LinkedHashMap<UUID, AssignmentState>();
            var quizMarks = new LinkedHashMap<UUID, Double>();
            Set<String> quizzesBegun = begun.getOrDefault(s.learnerId(), Set.of());
            for (Assignment a : assignments) {
                if (a.quizId() == null) {
                    states.put(a.id(), AssignmentState.of(new HashSet<>(a.exerciseIds()), attempted, a.dueAt(), clock.instant()));
                    continue;
                }
                boolean quizDone = finished.containsKey(a.quizId());
                states.put(a.id(), AssignmentState.ofQuiz(quizzesBegun.contains(a.quizId()), quizDone, a.dueAt(), clock.instant()));
                if (quizDone) {
                    quizMarks.put(a.id(), finished.get(a.quizId()));
                }
            }
            result.add(new StudentProgress(s, states, quizMarks));
        }
        return result;
    }

    /** Hands every part of every attempt of the class to {@code row}, oldest first, as the database streams it. */
    public void eachAttemptPart(UUID teacher, UUID classId, Consumer<AttemptLogRow> row) {
        requireTeacher(teacher, classId);
        repository.eachAttemptPart(Scope.ofClass(classId), row);
    }

    /** The exercises the app serves, in the library's order. */
    public List<ExerciseInfo> exercises() {
        return library.exercises().stream().map(e -> new ExerciseInfo(e.id(), e.title(), e.topics(), e.difficulty())).toList();
    }

    public Topics topics() {
        return library.topics();
    }

    /** Each exercise's title by its id, for tables that name exercises. */
    public Map<String, String> exerciseTitles() {
        return exercises().stream().collect(Collectors.toMap(ExerciseInfo::id, ExerciseInfo::title));
    }

    /** A quiz's title, or its id when the library no longer has it. */
    public String quizTitle(String quizId) {
        return library.quiz(quizId).map(q -> q.title()).orElse(quizId);
    }

    /** A mistake's code, title and advice, for headings. */
    public static String mistakeTitle(String code) {
        return Mistake.byCode(code).title();
    }

    private void requireTeacher(UUID teacher, UUID classId) {
        if (teacher == null || classId == null || !repository.teaches(teacher, classId)) {
            throw new NotYourClassException();
        }
    }
}

package org.backproplab.lesson.progress;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.backproplab.exercise.library.ExerciseLibrary;
import org.backproplab.exercise.practice.PracticeService;
import org.backproplab.exercise.practice.PracticeService.Standing;
import org.backproplab.lesson.domain.Course;
import org.backproplab.lesson.domain.Glossary;
import org.backproplab.lesson.domain.Lesson;
import org.backproplab.lesson.format.LessonFiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The course as one learner sees it: lessons in order, which are read, and how their exercises
 * went. Marks come from {@link PracticeService}, the practice feature's own service.
 */
@Service
public class CourseService {
    private final LessonReadRepository reads;
    private final PracticeService practice;
    private final ExerciseLibrary library;
    private final Clock clock;
    private final LessonFiles.Content content = LessonFiles.bundled();

    CourseService(LessonReadRepository reads, PracticeService practice, ExerciseLibrary library, Clock clock) {
        this.reads = reads;
        this.practice = practice;
        this.library = library;
        this.clock = clock;
    }

    public Course course() {
        return content.course();
    }

    public Glossary glossary() {
        return content.glossary();
    }

    /** An exercise's title, or its id when no exercise has it. */
    public String exerciseTitle(String id) {
        return library.exercise(id).map(e -> e.title()).orElse(id);
    }

    /** One lesson on the path: whether it is read, and the learner's standing on each of its exercises. */
    public record Step(Lesson lesson, boolean read, List<Standing> exercises) {
        public long tried() {
            return exercises.stream().filter(s -> s.attempts() > 0).count();
        }

        public long mastered() {
            return exercises.stream().filter(Standing::mastered).count();
        }
    }

    /** The whole path for a learner. */
    @Transactional(readOnly = true)
    public List<Step> path(UUID learner) {
        var read = reads.read(learner);
        Map<String, Standing> standings = practice.standings(learner).stream()
                .collect(Collectors.toMap(s -> s.exercise().id(), Function.identity()));
        return course().lessons().stream().map(l -> new Step(l, read.contains(l.id()),
                l.exercises().stream().map(standings::get).filter(java.util.Objects::nonNull).toList())).toList();
    }

    /** One lesson's step, empty for an unknown lesson. */
    @Transactional(readOnly = true)
    public Optional<Step> step(UUID learner, String lessonId) {
        return path(learner).stream().filter(s -> s.lesson().id().equals(lessonId)).findFirst();
    }

    /** The learner must exist (CurrentLearner.stored()). */
    @Transactional
    public void markRead(UUID learner, String lessonId, boolean read) {
        if (course().lesson(lessonId).isEmpty()) {
            throw new IllegalArgumentException("no lesson " + lessonId);
        }
        if (read) {
            reads.markRead(learner, lessonId, clock.instant());
        } else {
            reads.markUnread(learner, lessonId);
        }
    }
}

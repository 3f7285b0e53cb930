package org.backproplab.exercise.quiz;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.backproplab.content.Topics;
import org.backproplab.exercise.grading.Grade;
import org.backproplab.exercise.grading.Mistake;
import org.backproplab.exercise.grading.PartResult;
import org.backproplab.exercise.model.Exercise;
import org.backproplab.exercise.model.Quiz;
import org.backproplab.exercise.practice.QuizChecks;

/**
 * The end of a quiz: a mark per exercise, the total, the mistakes named and the topics to review
 * (those of every exercise skipped, not fully right, or with a named slip put right by a later check),
 * each with the exercises that practise it.
 * Kept out of the view so that it is tested alone.
 *
 * @param outOf one mark per exercise of the quiz
 */
public record QuizSummary(List<Row> rows, double total, int outOf, List<Review> reviews) {

    /**
     * One exercise of the quiz; {@code grade} is null when it was skipped. {@code putRight} are the
     * titles of mistakes named in earlier checks of it that the last answers no longer make: a quiz
     * may be checked again, and the slip still deserves a look. {@code checks} counts the checks,
     * {@code firstFraction} is the first one's mark as a fraction (null before any).
     */
    public record Row(Exercise exercise, Grade grade, List<String> putRight, int checks, Double firstFraction) {
        public Row {
            putRight = List.copyOf(putRight);
        }

        public boolean skipped() {
            return grade == null;
        }

        /** The mistakes the grader named, each once, by title. */
        public List<String> mistakes() {
            return skipped() ? List.of()
                    : grade.parts().stream().filter(p -> p.mistake() != null).map(p -> p.mistake().title()).distinct().toList();
        }

        public boolean allRight() {
            return !skipped() && grade.parts().stream().allMatch(PartResult::counts);
        }
    }

    /** A topic to review: its title and the exercises of that topic, easiest first. */
    public record Review(String topic, String title, List<Exercise> exercises) {
    }

    /** The topics to review, by id, in the order the quiz met them. */
    public Set<String> topicsToReview() {
        Set<String> ids = new LinkedHashSet<>();
        reviews.forEach(r -> ids.add(r.topic()));
        return ids;
    }

    /**
     * @param grades  the grade of each exercise checked, its mark the one that counts
     * @param earlier what every check of the attempt found, by exercise
     * @param all     every exercise, for the exercises of each topic to review
     */
    public static QuizSummary of(Quiz quiz, Function<String, Exercise> exercises, Map<String, Grade> grades,
            Map<String, QuizChecks> earlier, Collection<Exercise> all, Topics topics) {
        List<Row> rows = new ArrayList<>();
        Set<String> review = new LinkedHashSet<>();
        double total = 0;
        for (String id : quiz.exerciseIds()) {
            Grade grade = grades.get(id);
            List<String> last = grade == null ? List.of() : grade.mistakeCodes();
            QuizChecks checks = earlier.getOrDefault(id, new QuizChecks(List.of(), List.of()));
            List<String> putRight = checks.mistakeCodes().stream().filter(code -> !last.contains(code))
                    .map(code -> Mistake.byCode(code).title()).toList();
            Row row = new Row(exercises.apply(id), grade, putRight, checks.fractions().size(),
                    checks.fractions().isEmpty() ? null : checks.fractions().get(0));
            rows.add(row);
            if (!row.skipped()) {
                total += row.grade().mark();
            }
            if (!row.allRight() || !row.putRight().isEmpty()) { // a slip put right is still worth a look
                review.addAll(row.exercise().topics());
            }
        }
        List<Review> reviews = new ArrayList<>();
        for (String topic : review) {
            reviews.add(new Review(topic, topics.title(topic), all.stream().filter(e -> e.topics().contains(topic))
                    .sorted(Comparator.comparingInt(Exercise::difficulty).thenComparing(Exercise::title)).toList()));
        }
        return new QuizSummary(List.copyOf(rows), total, quiz.exerciseIds().size(), List.copyOf(reviews));
    }
}

package org.backproplab.exercise.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.backproplab.content.Topics;
import org.backproplab.exercise.model.Exercise;
import org.backproplab.exercise.model.Quiz;
import org.backproplab.exercise.variant.VariantGenerator;

/**
 * Exercises and quizzes read from a list of files, with every problem found: in each file, across
 * files (a duplicate id or a quiz naming an unknown exercise cites the later file), and in drawing
 * a variant (seed 0) of each exercise.
 */
public final class Catalog {
    private final Map<String, Exercise> exercises = new LinkedHashMap<>();
    private final Map<String, Quiz> quizzes = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    public static Catalog read(List<SourceFile> files, Topics topics, Set<String> otherKnownIds) {
        Catalog catalog = new Catalog();
        var reader = new ExerciseReader(new HashSet<>(topics.ids()));
        Map<String, String> firstFileOfId = new HashMap<>();
        List<Quiz> quizzesRead = new ArrayList<>();
        for (SourceFile file : files) {
            if (file.unreadable() != null) {
                catalog.problems.add(file.unreadable());
                continue;
            }
            ExerciseReader.Result result;
            try {
                result = reader.read(file.path(), file.text());
            } catch (RuntimeException | StackOverflowError e) {
                catalog.problems.add(notRead(file, e));
                continue;
            }
            catalog.problems.addAll(result.problems());
            String id = result.id();
            if (id == null) {
                continue;
            }
            String first = firstFileOfId.putIfAbsent(id, file.path());
            if (first != null) {
                catalog.problems.add(new Problem(file.path(), result.idLine(), "the id '" + id + "' is already used by " + first));
                continue;
            }
            if (!result.ok()) {
                continue;
            }
            if (result.exercise() != null) {
                try {
                    VariantGenerator.generate(result.exercise(), 0);
                    catalog.exercises.put(id, result.exercise());
                } catch (VariantGenerator.NoVariantException e) {
                    catalog.problems.add(new Problem(file.path(), e.line(), e.getMessage()));
                } catch (RuntimeException | StackOverflowError e) {
                    catalog.problems.add(notRead(file, e));
                }
            } else {
                quizzesRead.add(result.quiz());
            }
        }
        for (Quiz quiz : quizzesRead) {
            boolean ok = true;
            for (int i = 0; i < quiz.exerciseIds().size(); i++) {
                String ref = quiz.exerciseIds().get(i);
                if (!catalog.exercises.containsKey(ref) && !otherKnownIds.contains(ref)) {
                    catalog.problems.add(new Problem(quiz.path(), quiz.exerciseLines().get(i), "the quiz names an unknown exercise '" + ref + "'"));
                    ok = false;
                }
            }
            if (ok) {
                catalog.quizzes.put(quiz.id(), quiz);
            }
        }
        return catalog;
    }

    /**
     * The last line of defence: whatever the reader did not foresee leaves this one file out, with
     * a message, rather than stopping the app or the command (no stack trace: the file is the cause).
     */
    private static Problem notRead(SourceFile file, Throwable e) {
        return new Problem(file.path(), 1, "this file could not be read (" + e.getClass().getSimpleName()
                + "); it is left out. Please report it with the file");
    }

    public Map<String, Exercise> exercises() {
        return exercises;
    }

    public Map<String, Quiz> quizzes() {
        return quizzes;
    }

    public List<Problem> problems() {
        return problems;
    }

    public Set<String> ids() {
        return exercises.keySet();
    }
}

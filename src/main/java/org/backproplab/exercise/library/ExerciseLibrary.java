package org.backproplab.exercise.library;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.backproplab.BackpropLabProperties;
import org.backproplab.content.Topics;
import org.backproplab.exercise.format.Catalog;
import org.backproplab.exercise.format.SourceFile;
import org.backproplab.exercise.model.Exercise;
import org.backproplab.exercise.model.Quiz;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Every exercise and quiz the app serves: those in the jar plus those in the configured external
 * folder, read once at start. A broken file is logged with its problems and left out; it never
 * stops the app from starting.
 */
@Service
public class ExerciseLibrary {
    private static final Logger LOG = LoggerFactory.getLogger(ExerciseLibrary.class);

    private final Catalog catalog;
    private final Topics topics;

    ExerciseLibrary(BackpropLabProperties settings) {
        this.topics = Topics.bundled();
        List<SourceFile> files = new ArrayList<>(SourceFile.bundled());
        settings.exercisesFolder().ifPresent(folder -> {
            if (Files.isDirectory(folder)) {
                try {
                    files.addAll(SourceFile.under(folder, folder.toString()));
                } catch (IOException e) {
                    LOG.error("Cannot read the exercises folder {}: {}", folder, e.getMessage());
                }
            } else {
                LOG.warn("The exercises folder {} does not exist; serving the built-in exercises only", folder);
            }
        });
        this.catalog = Catalog.read(files, topics, Set.of());
        catalog.problems().forEach(p -> LOG.warn("Exercise file left out: {}", p));
        LOG.info("Loaded {} exercises and {} quizzes", catalog.exercises().size(), catalog.quizzes().size());
    }

    public Collection<Exercise> exercises() {
        return catalog.exercises().values();
    }

    public Optional<Exercise> exercise(String id) {
        return Optional.ofNullable(catalog.exercises().get(id));
    }

    public Collection<Quiz> quizzes() {
        return catalog.quizzes().values();
    }

    public Optional<Quiz> quiz(String id) {
        return Optional.ofNullable(catalog.quizzes().get(id));
    }

    public Topics topics() {
        return topics;
    }
}

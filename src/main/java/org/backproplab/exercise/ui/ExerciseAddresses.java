package org.backproplab.exercise.ui;

import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.router.Route;

import org.backproplab.exercise.library.ExerciseLibrary;
import org.backproplab.ui.component.UnknownAddresses;
import org.springframework.stereotype.Component;

/** {@code practice/exercise/<id>} and {@code practice/quiz/<id>} name nothing when no such exercise or quiz is loaded. */
@Component
class ExerciseAddresses implements UnknownAddresses {
    private final String exercisePrefix = prefix(ExerciseView.class);
    private final String quizPrefix = prefix(QuizView.class);
    private final ExerciseLibrary library;

    ExerciseAddresses(ExerciseLibrary library) {
        this.library = library;
    }

    @Override
    public boolean namesNothing(String path) {
        return unknown(path, exercisePrefix, library::exercise) || unknown(path, quizPrefix, library::quiz);
    }

    private static boolean unknown(String path, String prefix, Function<String, Optional<?>> lookup) {
        if (!path.startsWith(prefix)) {
            return false;
        }
        String id = path.substring(prefix.length());
        return id.isEmpty() || id.contains("/") || lookup.apply(id).isEmpty();
    }

    /** "practice/exercise/:id" gives "practice/exercise/": the route is said once, on the view. */
    private static String prefix(Class<?> view) {
        String template = view.getAnnotation(Route.class).value();
        return template.substring(0, template.lastIndexOf('/') + 1);
    }
}

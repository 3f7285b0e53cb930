package org.backproplab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.backproplab.exercise.format.SourceFile;

/**
 * The exercises the app loads, found without Spring: those in the jar, plus the external folder
 * named by the environment variable BACKPROPLAB_EXERCISES_DIR (as the app's setting
 * backproplab.exercises-dir).
 */
final class ExerciseFolders {
    private ExerciseFolders() {
    }

    static List<SourceFile> defaults() throws IOException {
        List<SourceFile> files = new ArrayList<>(SourceFile.bundled());
        String external = System.getenv("BACKPROPLAB_EXERCISES_DIR");
        if (external != null && !external.isBlank() && Files.isDirectory(Path.of(external))) {
            files.addAll(SourceFile.under(Path.of(external), external));
        }
        return files;
    }
}

package org.backproplab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.backproplab.content.Topics;
import org.backproplab.exercise.format.Catalog;
import org.backproplab.exercise.format.SourceFile;
import org.backproplab.lesson.format.LessonFiles;

/** {@code validate [PATH…]}: one {@code path:line: message} line per problem; exit 1 if any. */
final class ValidateCommand implements Command {
    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String synopsis() {
        return "[PATH...]";
    }

    @Override
    public String summary() {
        return "check exercise, quiz, lesson (*.md) and glossary files (default: all the app loads)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
        List<SourceFile> files = new ArrayList<>();
        Set<String> otherIds = Set.of();
        List<LessonFiles.Source> lessons = new ArrayList<>();
        LessonFiles.Source glossary = null;
        try {
            if (args.length == 0) {
                files.addAll(ExerciseFolders.defaults());
                lessons.addAll(LessonFiles.bundledLessons());
            } else {
                for (String arg : args) {
                    Path path = Path.of(arg);
                    if (!Files.exists(path)) {
                        err.println("No such file or folder: " + arg);
                        return Cli.USAGE;
                    }
                    lessons.addAll(ContentArguments.lessons(path, arg));
                    glossary = ContentArguments.glossary(path, arg).orElse(glossary);
                    files.addAll(SourceFile.under(path, arg).stream().filter(f -> !ContentArguments.isGlossary(f.path())).toList());
                }
                // A quiz may name exercises that ship with the app.
                otherIds = Catalog.read(SourceFile.bundled(), Topics.bundled(), Set.of()).ids();
            }
        } catch (IOException e) {
            err.println("Cannot read: " + e.getMessage());
            return Cli.FAILED;
        }
        var catalog = Catalog.read(files, Topics.bundled(), otherIds);
        catalog.problems().forEach(out::println);
        int problems = catalog.problems().size();
        if (args.length == 0 || !lessons.isEmpty() || glossary != null) {
            problems += ContentArguments.check(lessons, glossary, catalog.ids(), otherIds, out);
        }
        return problems == 0 ? Cli.OK : Cli.FAILED;
    }
}

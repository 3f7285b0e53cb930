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
        return "check exercise and quiz files (default: the exercises the app loads)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
        List<SourceFile> files = new ArrayList<>();
        Set<String> otherIds = Set.of();
        boolean empty = false;
        try {
            if (args.length == 0) {
                files.addAll(ExerciseFolders.defaults());
            } else {
                for (String arg : args) {
                    Path path = Path.of(arg);
                    if (!Files.exists(path)) {
                        err.println("No such file or folder: " + arg);
                        return Cli.USAGE;
                    }
                    var found = SourceFile.under(path, arg);
                    if (found.isEmpty()) {
                        out.println(arg + ": no exercise files here (*.yaml or *.yml)");
                        empty = true;
                    }
                    files.addAll(found);
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
        return catalog.problems().isEmpty() && !empty ? Cli.OK : Cli.FAILED;
    }
}

package org.backproplab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.backproplab.content.Topics;
import org.backproplab.exercise.format.Catalog;
import org.backproplab.exercise.format.SourceFile;
import org.backproplab.flashcard.deck.DeckFiles;

/** {@code validate [PATH…]}: one {@code path:line: message} line per problem; exit 1 if any. */
final class ValidateCommand implements Command {
    /** A flashcard deck file starts (after comments) with its {@code deck:} key. */
    private static final Pattern DECK = Pattern.compile("\\A(\\s*#[^\\n]*\\n|\\s*\\n)*deck:");

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
        return "check exercise, quiz and flashcard deck files (default: those the app loads)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
        List<SourceFile> files = new ArrayList<>();
        List<DeckFiles.Source> decks = new ArrayList<>();
        Set<String> otherIds = Set.of();
        try {
            if (args.length == 0) {
                files.addAll(ExerciseFolders.defaults());
                decks.addAll(DeckFiles.bundledSources());
            } else {
                for (String arg : args) {
                    Path path = Path.of(arg);
                    if (!Files.exists(path)) {
                        err.println("No such file or folder: " + arg);
                        return Cli.USAGE;
                    }
                    files.addAll(SourceFile.under(path, arg));
                }
                // A quiz may name exercises that ship with the app.
                otherIds = Catalog.read(SourceFile.bundled(), Topics.bundled(), Set.of()).ids();
            }
        } catch (IOException e) {
            err.println("Cannot read: " + e.getMessage());
            return Cli.FAILED;
        }
        files.stream().filter(f -> DECK.matcher(f.text()).find()).forEach(f -> decks.add(new DeckFiles.Source(f.path(), f.text())));
        files.removeIf(f -> DECK.matcher(f.text()).find());
        var catalog = Catalog.read(files, Topics.bundled(), otherIds);
        catalog.problems().forEach(out::println);
        var deckProblems = DeckFiles.read(decks, Topics.bundled()).problems();
        deckProblems.forEach(out::println);
        return catalog.problems().isEmpty() && deckProblems.isEmpty() ? Cli.OK : Cli.FAILED;
    }
}

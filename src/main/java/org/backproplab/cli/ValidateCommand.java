package org.backproplab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.backproplab.content.Topics;
import org.backproplab.exercise.format.Catalog;
import org.backproplab.exercise.format.Problem;
import org.backproplab.exercise.format.SourceFile;
import org.backproplab.exercise.grading.VariantCheck;
import org.backproplab.exercise.model.Exercise;
import org.backproplab.flashcard.deck.DeckFiles;
import org.backproplab.lesson.format.LessonFiles;

/** {@code validate [PATH…]}: one {@code path:line: message} line per problem; exit 1 if any. */
final class ValidateCommand implements Command {
    /** A flashcard deck file starts (after comments) with its {@code deck:} key. */
    static final Pattern DECK = Pattern.compile("\\A(\\s*#[^\\n]*\\n|\\s*\\n)*deck:");

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String synopsis() {
        return "[--shares] [PATH...]";
    }

    @Override
    public String summary() {
        return "check exercise, quiz, lesson (*.md), glossary and flashcard deck files (default: all the app loads); "
                + "--shares prints, per exercise, the share of variants in which a named mistake would be marked right";
    }

    @Override
    public int run(String[] arguments, PrintStream out, PrintStream err) throws UsageException {
        boolean shares = arguments.length > 0 && arguments[0].equals("--shares");
        String[] args = shares ? Arrays.copyOfRange(arguments, 1, arguments.length) : arguments;
        List<SourceFile> files = new ArrayList<>();
        List<DeckFiles.Source> decks = new ArrayList<>();
        Set<String> otherIds = Set.of();
        List<LessonFiles.Source> lessons = new ArrayList<>();
        LessonFiles.Source glossary = null;
        boolean empty = false;
        try {
            if (args.length == 0) {
                files.addAll(ExerciseFolders.defaults());
                lessons.addAll(LessonFiles.bundledLessons());
                decks.addAll(DeckFiles.bundledSources());
            } else {
                for (String arg : args) {
                    Path path = Path.of(arg);
                    if (!Files.exists(path)) {
                        err.println("No such file or folder: " + arg);
                        return Cli.USAGE;
                    }
                    var found = SourceFile.under(path, arg).stream().filter(f -> !ContentArguments.isGlossary(f.path()) || isDeck(f)).toList();
                    var foundLessons = ContentArguments.lessons(path, arg);
                    var foundGlossary = ContentArguments.glossary(path, arg);
                    if (found.isEmpty() && foundLessons.isEmpty() && foundGlossary.isEmpty()) {
                        out.println(arg + ": no exercise files here (nor quiz, deck, lesson or glossary files): *.yaml, *.yml, *.md");
                        empty = true;
                    }
                    lessons.addAll(foundLessons);
                    glossary = foundGlossary.orElse(glossary);
                    files.addAll(found);
                }
                // A quiz may name exercises that ship with the app.
                otherIds = Catalog.read(SourceFile.bundled(), Topics.bundled(), Set.of()).ids();
            }
        } catch (IOException e) {
            err.println("Cannot read: " + e.getMessage());
            return Cli.FAILED;
        }
        files.stream().filter(ValidateCommand::isDeck).forEach(f -> decks.add(new DeckFiles.Source(f.path(), f.text())));
        files.removeIf(ValidateCommand::isDeck);
        var catalog = Catalog.read(files, Topics.bundled(), otherIds);
        List<Problem> problems = new ArrayList<>(catalog.problems());
        for (Exercise exercise : catalog.exercises().values()) {
            var report = VariantCheck.check(exercise);
            report.findings().forEach(f -> problems.add(new Problem(exercise.path(), f.line(), f.message())));
            if (shares && report.variants() > 0) {
                out.printf(Locale.ROOT, "%-24s %5.1f %% of %d variants%n", exercise.id(), report.share() * 100, report.variants());
            }
        }
        problems.forEach(out::println);
        int count = problems.size();
        if (args.length == 0 || !lessons.isEmpty() || glossary != null) {
            count += ContentArguments.check(lessons, glossary, catalog.ids(), otherIds, out);
        }
        var deckProblems = DeckFiles.read(decks, Topics.bundled()).problems();
        deckProblems.forEach(out::println);
        count += deckProblems.size();
        return count == 0 && !empty ? Cli.OK : Cli.FAILED;
    }

    /** A flashcard deck (a top-level {@code deck:} key); a file that could not be read is left to the exercise reader's report. */
    private static boolean isDeck(SourceFile file) {
        return file.text() != null && DECK.matcher(file.text()).find();
    }
}

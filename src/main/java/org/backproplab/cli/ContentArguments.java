package org.backproplab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.backproplab.content.Topics;
import org.backproplab.lesson.format.LessonFiles;

/**
 * The lessons and glossary among {@code validate}'s arguments: {@code *.md} files are lessons and a
 * file named {@code glossary.yaml} is the glossary. They are checked together with what the app ships
 * (a lesson given replaces the shipped one of the same file name), so links between them resolve.
 */
final class ContentArguments {
    static final String GLOSSARY_NAME = "glossary.yaml";

    private ContentArguments() {
    }

    static boolean isGlossary(String path) {
        return path.equals(GLOSSARY_NAME) || path.endsWith("/" + GLOSSARY_NAME);
    }

    static List<LessonFiles.Source> lessons(Path start, String shownAs) throws IOException {
        List<LessonFiles.Source> found = new ArrayList<>();
        if (Files.isRegularFile(start)) {
            if (start.getFileName().toString().endsWith(".md")) {
                found.add(new LessonFiles.Source(shownAs, Files.readString(start, StandardCharsets.UTF_8)));
            }
            return found;
        }
        try (Stream<Path> walk = Files.walk(start)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equals("README.md")).sorted(Comparator.comparing(Path::toString)).toList()) {
                String rel = start.relativize(p).toString().replace('\\', '/');
                found.add(new LessonFiles.Source(shownAs.endsWith("/") ? shownAs + rel : shownAs + "/" + rel,
                        Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        return found;
    }

    static Optional<LessonFiles.Source> glossary(Path start, String shownAs) throws IOException {
        Path file = Files.isRegularFile(start) ? start : start.resolve(GLOSSARY_NAME);
        if (Files.isRegularFile(file) && file.getFileName().toString().equals(GLOSSARY_NAME)) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (ValidateCommand.DECK.matcher(text).find()) {
                return Optional.empty(); // a flashcard deck that happens to be named glossary.yaml
            }
            String shown = Files.isRegularFile(start) ? shownAs : (shownAs.endsWith("/") ? shownAs : shownAs + "/") + GLOSSARY_NAME;
            return Optional.of(new LessonFiles.Source(shown, text));
        }
        return Optional.empty();
    }

    /** Prints the problems of the given lessons and glossary (the shipped ones where none is given); returns how many. */
    static int check(List<LessonFiles.Source> given, LessonFiles.Source glossary, Set<String> exerciseIds, Set<String> otherIds,
            PrintStream out) {
        Map<String, LessonFiles.Source> byName = new LinkedHashMap<>();
        LessonFiles.bundledLessons().forEach(s -> byName.put(name(s.path()), s));
        Set<String> givenNames = new HashSet<>();
        given.forEach(s -> {
            byName.put(name(s.path()), s);
            givenNames.add(name(s.path()));
        });
        var content = LessonFiles.read(new ArrayList<>(byName.values()),
                glossary != null ? glossary : new LessonFiles.Source(LessonFiles.GLOSSARY, LessonFiles.bundledGlossaryText()));
        Set<String> ids = new HashSet<>(exerciseIds);
        ids.addAll(otherIds);
        var problems = content.problems(ids, Topics.bundled(), glossary != null ? glossary.path() : LessonFiles.GLOSSARY).stream()
                // Problems of shipped files not given are someone else's business when files are named.
                .filter(p -> given.isEmpty() && glossary == null || givenNames.contains(name(p.path()))
                        || glossary != null && p.path().equals(glossary.path()))
                .toList();
        problems.forEach(out::println);
        return problems.size();
    }

    private static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}

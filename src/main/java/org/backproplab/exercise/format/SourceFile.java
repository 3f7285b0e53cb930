package org.backproplab.exercise.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** A YAML file of exercises: from a folder on disk or from the app's jar, with the path to report. */
public record SourceFile(String path, String text) {
    static final String TOPICS = "topics.yaml";

    static boolean isExerciseFile(String name) {
        return (name.endsWith(".yaml") || name.endsWith(".yml")) && !name.equals(TOPICS);
    }

    /** Every *.yaml / *.yml below a folder (or the file itself), sorted by path; paths as given. */
    public static List<SourceFile> under(Path start, String shownAs) throws IOException {
        if (Files.isRegularFile(start)) {
            return List.of(new SourceFile(shownAs, Files.readString(start, StandardCharsets.UTF_8)));
        }
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(start)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> isExerciseFile(p.getFileName().toString()))
                    .sorted(Comparator.comparing(Path::toString)).toList()) {
                String rel = start.relativize(p).toString().replace('\\', '/');
                String shown = shownAs.endsWith("/") ? shownAs + rel : shownAs + "/" + rel;
                files.add(new SourceFile(shown, Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        return files;
    }

    /** The exercises the app's jar carries (the project's exercises/ folder). */
    public static List<SourceFile> bundled() {
        try {
            var resolver = new PathMatchingResourcePatternResolver();
            List<SourceFile> files = new ArrayList<>();
            List<Resource> resources = new ArrayList<>();
            resources.addAll(List.of(resolver.getResources("classpath*:exercises/**/*.yaml")));
            resources.addAll(List.of(resolver.getResources("classpath*:exercises/**/*.yml")));
            for (Resource r : resources) {
                String url = r.getURL().toString();
                String path = url.substring(url.lastIndexOf("exercises/"));
                if (isExerciseFile(r.getFilename())) {
                    try (InputStream in = r.getInputStream()) {
                        files.add(new SourceFile(path, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
            files.sort(Comparator.comparing(SourceFile::path));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("The exercises in the app cannot be read", e);
        }
    }
}

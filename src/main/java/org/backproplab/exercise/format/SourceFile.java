package org.backproplab.exercise.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A YAML file of exercises: from a folder on disk or from the app's jar, with the path to report.
 * A file that cannot be read (too large, not UTF-8, unreadable) is still one: it carries the
 * problem instead of a text, so that it is reported at its line and the other files are read.
 *
 * @param unreadable why the file could not be read, or null when {@code text} holds it
 */
public record SourceFile(String path, String text, Problem unreadable) {
    static final String TOPICS = "topics.yaml";
    /**
     * The largest file read, in bytes. Exercise files are a few kilobytes; a YAML parser's time
     * and memory on one long value grow faster than the file, so anything larger is refused
     * before a byte of it is parsed.
     */
    public static final int MAX_BYTES = 1_000_000;

    public SourceFile(String path, String text) {
        this(path, text, null);
    }

    static boolean isExerciseFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT); // .YAML is a YAML file too
        return (lower.endsWith(".yaml") || lower.endsWith(".yml")) && !lower.equals(TOPICS);
    }

    /**
     * Every *.yaml / *.yml below a folder (or the file itself), sorted by path; paths as given.
     * Symbolic links to folders are not followed (no loops); each file is read on its own.
     */
    public static List<SourceFile> under(Path start, String shownAs) throws IOException {
        if (Files.isRegularFile(start)) {
            return List.of(read(start, shownAs));
        }
        List<SourceFile> files = new ArrayList<>();
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (isExerciseFile(file.getFileName().toString()) && Files.isRegularFile(file)) {
                    files.add(read(file, shown(start, file, shownAs)));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(start)) {
                    throw e;
                }
                files.add(unreadable(shown(start, file, shownAs), 1, "cannot be read: " + reason(e)));
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.comparing(SourceFile::path));
        return files;
    }

    private static String shown(Path start, Path file, String shownAs) {
        String rel = start.relativize(file).toString().replace('\\', '/');
        return shownAs.endsWith("/") ? shownAs + rel : shownAs + "/" + rel;
    }

    /** One file from disk: its text, or why it has none. Reads at most {@link #MAX_BYTES} + 1 bytes. */
    public static SourceFile read(Path file, String shownAs) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                return unreadable(shownAs, 1, "the file is too large (" + megabytes(Math.max(Files.size(file), bytes.length))
                        + "); an exercise file can have at most " + megabytes(MAX_BYTES));
            }
            return decode(shownAs, bytes);
        } catch (IOException e) {
            return unreadable(shownAs, 1, "cannot be read: " + reason(e));
        }
    }

    /** UTF-8 text, or the line of the first byte that is not UTF-8 (a file saved as Latin-1, say). */
    static SourceFile decode(String path, byte[] bytes) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = utf8.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            return unreadable(path, line, String.format(Locale.ROOT,
                    "the file is not UTF-8: byte 0x%02X on this line is not a UTF-8 character (save the file as UTF-8)", bytes[at] & 0xFF));
        }
        utf8.flush(out);
        String text = out.flip().toString();
        return new SourceFile(path, text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static SourceFile unreadable(String path, int line, String message) {
        return new SourceFile(path, null, new Problem(path, line, message));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ENGLISH, "%,.1f MB", bytes / 1_000_000.0);
    }

    private static String reason(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return e.getMessage() == null ? kind : kind + " (" + e.getMessage() + ")";
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
                        files.add(decode(path, in.readAllBytes()));
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

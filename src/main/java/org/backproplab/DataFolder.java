package org.backproplab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes the data folder ({@code backproplab.data-dir}) absolute and creates it before anything
 * opens the database: H2 refuses relative paths, and an unwritable folder should fail at once.
 * The folder and the files in it are its owner's alone (rwx------, rw-------): the database holds
 * every learner's answers, and H2 creates its files with the process's umask (usually world-readable);
 * inside a folder only the owner may enter, files created later are out of others' reach too.
 * This runs before any bean exists, so it binds the settings record itself.
 */
class DataFolder implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {
    static final String PROPERTY = "backproplab.data-dir";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        var environment = event.getEnvironment();
        var settings = Binder.get(environment).bindOrCreate("backproplab", BackpropLabProperties.class);
        Path dir = settings.dataDir().toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            ownerOnly(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + dir, e);
        }
        environment.getPropertySources().addFirst(new MapPropertySource("backproplab-data-folder",
                Map.of(PROPERTY, dir.toString())));
    }

    private static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    /** Nothing to do where the file system has no POSIX permissions (Windows keeps its own ACLs). */
    static void ownerOnly(Path dir) throws IOException {
        if (Files.getFileAttributeView(dir, PosixFileAttributeView.class) == null) {
            return;
        }
        Files.setPosixFilePermissions(dir, OWNER_FOLDER);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    Files.setPosixFilePermissions(file, OWNER_FILE);
                }
            }
        }
    }
}

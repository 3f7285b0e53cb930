package org.backproplab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class DataFolderTest {

    @Test
    void aRelativeDataFolderIsMadeAbsoluteAndCreatedBeforeTheDatabaseOpens() {
        var environment = new StandardEnvironment();
        String relative = "target/test-data/folder-" + System.nanoTime();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("backproplab.data-dir", relative)));

        new DataFolder().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(),
                new SpringApplication(), new String[0], environment));

        Path expected = Path.of(relative).toAbsolutePath().normalize();
        assertThat(environment.getProperty("backproplab.data-dir")).isEqualTo(expected.toString());
        assertThat(Files.isDirectory(expected)).isTrue();
    }

    @Test
    void theDatabaseFolderAndItsFilesAreTheOwnersAlone() throws Exception {
        Path dir = Path.of("target/test-data/private-" + System.nanoTime()).toAbsolutePath();
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Path db = Files.createFile(dir.resolve("backprop-lab.mv.db"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("backproplab.data-dir", dir.toString())));

        new DataFolder().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(),
                new SpringApplication(), new String[0], environment));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db))).isEqualTo("rw-------");
    }
}

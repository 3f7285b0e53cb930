package org.backproplab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes the data folder ({@code backproplab.data-dir}) absolute and creates it before anything
 * opens the database: H2 refuses relative paths, and an unwritable folder should fail at once.
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
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + dir, e);
        }
        environment.getPropertySources().addFirst(new MapPropertySource("backproplab-data-folder",
                Map.of(PROPERTY, dir.toString())));
    }
}

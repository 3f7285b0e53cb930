package org.backproplab;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The app's own settings, {@code backproplab.*} (defaults in application.properties). Every one can
 * be given as {@code --backproplab.data-dir=...} or as an environment variable
 * ({@code BACKPROPLAB_DATA_DIR}). The command line tools run without Spring, so they read the
 * environment variable themselves.
 *
 * @param dataDir      folder of the embedded H2 database; made absolute and created on start
 * @param exercisesDir an extra folder of exercise files, added to those the jar carries; may be unset
 * @param drainDelay   on shutdown, how long to keep serving after readiness went down (behind a proxy); unset: none
 * @param adminPassword the password of the admin account made on the first start; unset: a one-time
 *                      password is written once to the log
 */
@ConfigurationProperties("backproplab")
public record BackpropLabProperties(Path dataDir, Path exercisesDir, Duration drainDelay, String adminPassword) {

    public BackpropLabProperties {
        Objects.requireNonNull(dataDir, "backproplab.data-dir is not set");
        drainDelay = drainDelay == null || drainDelay.isNegative() ? Duration.ZERO : drainDelay;
    }

    /** The extra exercise folder, when one is set. */
    public Optional<Path> exercisesFolder() {
        return Optional.ofNullable(exercisesDir).filter(p -> !p.toString().isBlank());
    }

    /** The configured first admin password, when one is set. */
    public Optional<String> adminPasswordIfSet() {
        return Optional.ofNullable(adminPassword).filter(p -> !p.isBlank());
    }
}

package org.backproplab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.backproplab.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;

/**
 * One jar, two uses: a first argument that is not an option names a command line tool
 * (run without the web server); anything else starts the web app.
 */
@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            System.exit(new Cli(System.out, System.err).run(args));
        }
        create().run(args);
    }

    /** The web application as configured for production; tests start the very same one. */
    public static SpringApplication create() {
        SpringApplication app = new SpringApplication(Application.class);
        app.addListeners((ApplicationEnvironmentPreparedEvent event) -> createDataFolder(
                event.getEnvironment().getProperty("backproplab.data-dir", "./data")));
        return app;
    }

    // H2 would create it too, but only on first connection; an unwritable folder should fail fast.
    private static void createDataFolder(String dir) {
        try {
            Files.createDirectories(Path.of(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + dir, e);
        }
    }
}

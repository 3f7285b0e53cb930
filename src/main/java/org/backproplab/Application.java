package org.backproplab;

import org.backproplab.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * One jar, two uses: a first argument that is not an option names a command line tool
 * (run without the web server); anything else starts the web app.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
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
        app.addListeners(new DataFolder());
        return app;
    }
}

package org.backproplab.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.backproplab.Application;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The app, started once per test run exactly as {@code java -jar} starts it (production mode), on a
 * random port, with a fresh data folder under target/.
 */
final class AppServer {
    private static ConfigurableApplicationContext context;

    private AppServer() {
    }

    static synchronized ConfigurableApplicationContext context() {
        if (context == null) {
            try {
                Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target", "e2e-data")), "run-");
                context = Application.create().run("--server.port=0", "--backproplab.data-dir=" + data);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot create the e2e data folder", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(context::close));
        }
        return context;
    }

    static String baseUrl() {
        int port = ((WebServerApplicationContext) context()).getWebServer().getPort();
        return "http://localhost:" + port + "/";
    }

    static <T> T bean(Class<T> type) {
        return context().getBean(type);
    }
}

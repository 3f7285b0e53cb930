package org.backproplab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

/** Operations: health for load balancers, and compression for what Vaadin does not precompress. */
class HealthIT {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthIsUp() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(AppServer.baseUrl() + "actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void bundlesAreServedCompressed() throws Exception {
        var page = http.send(HttpRequest.newBuilder(URI.create(AppServer.baseUrl())).build(), HttpResponse.BodyHandlers.ofString());
        var script = java.util.regex.Pattern.compile("VAADIN/build/[^\"']+\\.js").matcher(page.body());
        assertThat(script.find()).as("the page loads a bundled script").isTrue();
        var response = http.send(HttpRequest.newBuilder(URI.create(AppServer.baseUrl() + script.group()))
                .header("Accept-Encoding", "br, gzip").build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.headers().firstValue("Content-Encoding")).hasValueSatisfying(e -> assertThat(e).isIn("br", "gzip"));
    }
}

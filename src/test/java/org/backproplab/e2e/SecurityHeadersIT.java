package org.backproplab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The headers every answer carries, the cookies' flags plain and behind a TLS proxy, and the status
 * of addresses that name nothing. Over plain HTTP, as a browser without cookies asks.
 */
class SecurityHeadersIT {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(AppServer.baseUrl() + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPageCarriesTheSecurityHeaders() throws Exception {
        var response = get("");
        assertThat(response.statusCode()).isEqualTo(200);
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'").contains("frame-ancestors 'self'").contains("object-src 'none'"));
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("Strict-Transport-Security")).as("HSTS only over HTTPS").isEmpty();
    }

    @Test
    void bothCookiesAreLaxAndNotSecureOverPlainHttp() throws Exception {
        List<String> cookies = get("learn").headers().allValues("Set-Cookie");
        assertThat(cookie(cookies, "JSESSIONID")).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
        assertThat(cookie(cookies, "bpl_guest")).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void behindATlsProxyBothCookiesAreSecureAndHstsIsSent() throws Exception {
        var response = get("learn", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7");
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> cookies = response.headers().allValues("Set-Cookie");
        assertThat(cookie(cookies, "JSESSIONID")).contains("Secure").contains("SameSite=Lax");
        assertThat(cookie(cookies, "bpl_guest")).contains("Secure").contains("SameSite=Lax");
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"no/such/page", "practice/exercise/made-up", "practice/quiz/made-up",
            "practice/exercise/%3Cscript%3E", "practice/exercise/sigmoid-neuron/extra"})
    void anAddressThatNamesNothingAnswers404(String path) throws Exception {
        var response = get(path);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "learn", "practice", "practice/exercise/sigmoid-neuron", "practice/quiz/first-steps",
            "playground", "flashcards", "flashcards/browse", "flashcards/stats", "glossary", "learn/what-is-backpropagation"})
    void everyPageIsOpenToAGuest(String path) throws Exception {
        assertThat(get(path).statusCode()).isEqualTo(200);
    }

    @Test
    void theErrorAddressAskedForDirectlyIsNoServerError() throws Exception {
        var response = get("error");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("trace");
    }

    private static String cookie(List<String> setCookies, String name) {
        return setCookies.stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + setCookies));
    }
}

package org.backproplab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void firstGoodIsTheIssuesExampleToTheCharacter() {
        assertThat(cli.run(new String[] {"schedule", "good"})).isZero();
        assertThat(lines()).containsExactly("{\"rating\":\"good\",\"review\":\"2026-01-05T09:00:00Z\",\"state\":\"learning\","
                + "\"stability\":2.3065,\"difficulty\":2.11810397,\"due\":\"2026-01-05T09:10:00Z\",\"interval_days\":0}");
        assertThat(err.size()).isZero();
    }

    @Test
    void eachReviewAtThePreviousDueTimeWithDigitsOrWords() throws Exception {
        assertThat(cli.run(new String[] {"schedule", "3,good,3,3,3,3,again,1,good,good,good,good,good"})).isZero();
        var json = new ObjectMapper();
        List<JsonNode> reviews = lines().stream().map(l -> read(json, l)).toList();
        assertThat(reviews).extracting(r -> r.get("interval_days").asInt()).containsExactly(0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21);
        for (int i = 1; i < reviews.size(); i++) {
            assertThat(reviews.get(i).get("review").asText()).isEqualTo(reviews.get(i - 1).get("due").asText());
        }
        assertThat(reviews.get(6).get("state").asText()).isEqualTo("relearning");
        assertThat(reviews.get(1).fieldNames()).toIterable()
                .containsExactly("rating", "review", "state", "stability", "difficulty", "due", "interval_days");
    }

    @Test
    void startAndRetentionAreOptions() throws Exception {
        assertThat(cli.run(new String[] {"schedule", "good,good", "--retention", "0.7", "--start", "2027-03-01T12:30:00Z"})).isZero();
        var json = new ObjectMapper();
        JsonNode second = json.readTree(lines().get(1));
        assertThat(lines().get(0)).contains("\"review\":\"2027-03-01T12:30:00Z\"");
        assertThat(second.get("interval_days").asInt()).isGreaterThan(2); // a lower retention spaces reviews further apart
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "good,,easy", "５", "0", "5", "good;easy", "", "good,２"})
    void badRatingsAreUsageErrors(String ratings) {
        assertThat(cli.run(new String[] {"schedule", ratings})).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("rating").contains("usage:").doesNotContain("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--retention=0.9", "--retention|0.5", "--retention|0.98", "--retention|NaN", "--retention|0,9",
        "--retention|０.9", "--start|yesterday", "--start", "--retention", "--start|2026-01-05", "--frobnicate", "good"})
    void badOptionsAreUsageErrors(String option) {
        String[] extra = option.split("\\|");
        String[] args = new String[2 + extra.length];
        args[0] = "schedule";
        args[1] = "good";
        System.arraycopy(extra, 0, args, 2, extra.length);
        assertThat(cli.run(args)).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:").doesNotContain("Exception");
    }

    @Test
    void noRatingsIsAUsageError() {
        assertThat(cli.run(new String[] {"schedule"})).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("which ratings?");
    }

    private static JsonNode read(ObjectMapper json, String line) {
        try {
            return json.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }
}

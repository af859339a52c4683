package webcare.source.http;

import static org.assertj.core.api.Assertions.assertThat;
import static webcare.source.http.FakePlatform.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import webcare.source.api.PublishOutcome;
import webcare.source.http.FakePlatform.Body;

class PublishClientTest {

    private static final Instant NOW = Instant.parse("2026-10-25T01:30:00Z");
    private static final String TOKEN = "s3cr3t-user-token";
    private static final PublishClient.Credential CREDENTIAL = new PublishClient.Credential("userToken", TOKEN);
    private static final String CONFIG_FILE = "etc/webcare.source.twitter-brand.cfg";

    /** The id of a 2xx's {@code data.id}; the platform's words of a 4xx. */
    private static final PublishClient.Reading READING = new PublishClient.Reading() {
        @Override
        public PublishOutcome accepted(int status, JsonNode body, Instant answered) {
            return new PublishOutcome.Published(body.path("data").path("id").asText("none"), null, answered);
        }

        @Override
        public PublishOutcome refused(int status, JsonNode body, HttpHeaders headers) {
            return new PublishOutcome.Rejected(status, body.path("detail").asText("no JSON"));
        }
    };

    private final FakePlatform server;
    private final PublishClient client;

    PublishClientTest() throws IOException {
        server = new FakePlatform();
        client = new PublishClient("X", CONFIG_FILE, PlatformClient.defaultHttpClient(),
                Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(2), List.of(TOKEN, " "));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private PublishOutcome post(PublishClient.Payload payload) throws InterruptedException {
        PublishOutcome outcome = client.send("POST", URI.create(server.baseUrl() + "/2/tweets"), CREDENTIAL, payload,
                READING);
        assertThat(outcome.toString()).doesNotContain(TOKEN);
        return outcome;
    }

    private PublishOutcome post() throws InterruptedException {
        return post(PublishClient.Payload.json(JsonNodeFactory.instance.objectNode().put("text", "Hi")));
    }

    @Test
    void sendsTheBodyWithItsTypeAndTheTokenAsBearer() throws Exception {
        server.fail(201, Map.of(), "{\"data\":{\"id\":\"42\"}}");

        assertThat(post()).isEqualTo(new PublishOutcome.Published("42", null, NOW));

        FakePlatform.Request request = server.lastRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.body()).isEqualTo("{\"text\":\"Hi\"}");
        assertThat(request.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(request.authorization()).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void aFormIsEncodedInItsOrderWithSpacesAsPercent20() throws Exception {
        server.fail(200, Map.of(), "{}");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("message", "Sorry & thanks, 100%");
        fields.put("is_hidden", "true");

        post(PublishClient.Payload.form(fields));

        assertThat(server.lastRequest().body()).isEqualTo("message=Sorry%20%26%20thanks%2C%20100%25&is_hidden=true");
        assertThat(server.lastRequest().header("Content-Type"))
                .isEqualTo("application/x-www-form-urlencoded; charset=utf-8");
    }

    @Test
    void anEmptySuccessReadsAsAMissingNode() throws Exception {
        server.fail(204, Map.of(), "");

        assertThat(post()).isEqualTo(new PublishOutcome.Published("none", null, NOW));
    }

    @Test
    void otherClientErrorsGoToTheConnectorWithTheirJsonOrAMissingNode() throws Exception {
        server.fail(403, Map.of(), "{\"detail\":\"duplicate content\"}");
        assertThat(post()).isEqualTo(new PublishOutcome.Rejected(403, "duplicate content"));

        server.fail(400, Map.of(), "<html>Bad Request</html>");
        assertThat(post()).isEqualTo(new PublishOutcome.Rejected(400, "no JSON"));
    }

    @Test
    void aRateLimitWithoutAResetWaitsTheDefault() throws Exception {
        server.fail(429, Map.of(), "{}");

        assertThat(((PublishOutcome.RateLimited) post()).until()).isEqualTo(NOW.plus(PlatformClient.DEFAULT_RATE_LIMIT_WAIT));
    }

    @Test
    void aRetryAfterDateIsRead() throws Exception {
        server.fail(429, Map.of("Retry-After", "Sun, 25 Oct 2026 02:00:00 GMT"), "{}");

        assertThat(((PublishOutcome.RateLimited) post()).until()).isEqualTo(Instant.parse("2026-10-25T02:00:00Z"));
    }

    @Test
    void aServerThatIsNotThereCertainlyPublishedNothing() throws Exception {
        server.close();

        PublishOutcome outcome = post();

        assertThat(outcome).isInstanceOf(PublishOutcome.Unavailable.class);
        assertThat(((PublishOutcome.Unavailable) outcome).outcomeUnknown()).isFalse();
        assertThat(((PublishOutcome.Unavailable) outcome).message()).startsWith("cannot reach X at 127.0.0.1 (")
                .endsWith("nothing was published, try again later");
    }

    @Test
    void anAnswerOverTheLimitMayHaveGoneThrough() throws Exception {
        byte[] big = new byte[PublishClient.MAX_ANSWER_BYTES + 1];
        Arrays.fill(big, (byte) ' ');
        server.answer(request -> new Body(201, Map.of(), big));

        assertThat(post()).isEqualTo(new PublishOutcome.Unavailable("X sent an answer larger than 1024 KiB "
                + "(127.0.0.1); it may have gone through: look on X before trying again", true));
    }

    @Test
    void aRedirectOrOtherStatusIsNoAnswer() throws Exception {
        server.fail(304, Map.of(), "");

        assertThat(post()).isEqualTo(new PublishOutcome.Unavailable("X answered HTTP 304 with an answer it never "
                + "sends; it may have gone through: look on X before trying again", true));
    }

    @Test
    void aRefusedCredentialNamesItsSettingAndTheFile() {
        assertThat(client.refused(CREDENTIAL, 403, "it lacks the tweet.write scope"))
                .isEqualTo(new PublishOutcome.AuthFailed("userToken", "X refused the 'userToken' (HTTP 403): it lacks "
                        + "the tweet.write scope; put a new one as 'userToken' in " + CONFIG_FILE));
        assertThat(CREDENTIAL.toString()).isEqualTo("Credential[userToken]");
    }

    @Test
    void quotesAreOneShortLineWithoutSecrets() {
        assertThat(client.quote("token " + TOKEN + " is invalid\nsecond line")).isEqualTo("token … is invalid");
        assertThat(client.quote("x".repeat(500))).hasSize(PublishClient.MAX_QUOTE).endsWith("x…");
        assertThat(client.rejected(404, "")).isEqualTo(new PublishOutcome.Rejected(404, "X refused it (HTTP 404)"));
        assertThat(client.rejected(400, null)).isEqualTo(new PublishOutcome.Rejected(400, "X refused it (HTTP 400)"));
    }

    @Test
    void theCommonFailuresOfAnyPlatform() throws Exception {
        PublishFailures failures = new PublishFailures(server, "X", timeout -> new PublishClient("X", CONFIG_FILE,
                PlatformClient.defaultHttpClient(), Clock.fixed(NOW, ZoneOffset.UTC), timeout, List.of(TOKEN))
                .send("PUT", URI.create(server.baseUrl() + "/2/tweets/1/hidden"), CREDENTIAL,
                        PublishClient.Payload.json(JsonNodeFactory.instance.objectNode().put("hidden", true)), READING),
                TOKEN);
        String body = "{\"data\":{\"id\":\"1850103825822650373\",\"text\":\"Thanks\"}}";

        failures.rateLimited(Map.of("x-rate-limit-reset", Long.toString(NOW.plusSeconds(900).getEpochSecond())), "{}",
                NOW.plusSeconds(900));
        failures.tokenRefused(Map.of(), "{\"title\":\"Unauthorized\"}", "userToken", CONFIG_FILE);
        failures.serverError(503, "{\"title\":\"Service Unavailable\"}");
        failures.silence();
        failures.malformed(201, "<html>oops</html>");
        failures.truncated(201, body);
    }

    @Test
    void anAnswerWhoseBodyStallsEndsAtTheTimeout() throws Exception {
        server.answer(request -> new FakePlatform.Stall(201, "{\"data\":"));
        PublishClient impatient = new PublishClient("X", CONFIG_FILE, PlatformClient.defaultHttpClient(),
                Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMillis(300), List.of(TOKEN));

        PublishOutcome outcome = impatient.send("POST", URI.create(server.baseUrl() + "/2/tweets"), CREDENTIAL,
                PublishClient.Payload.json(JsonNodeFactory.instance.objectNode().put("text", "Hi")), READING);

        assertThat(outcome).isEqualTo(new PublishOutcome.Unavailable("X did not answer within 0.3 s (127.0.0.1); "
                + "it may have gone through: look on X before trying again", true));
    }
}

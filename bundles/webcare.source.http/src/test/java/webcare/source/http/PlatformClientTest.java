package webcare.source.http;

import static org.assertj.core.api.Assertions.assertThat;
import static webcare.source.http.FakePlatform.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import webcare.source.api.FetchOutcome;
import webcare.source.http.FakePlatform.Body;
import webcare.source.http.FakePlatform.Silence;

class PlatformClientTest {

    private static final Instant NOW = Instant.parse("2026-10-25T01:30:00Z");
    private static final String TOKEN = "s3cr3t-token-value";

    private final FakePlatform server;
    private final PlatformClient client;

    PlatformClientTest() throws IOException {
        server = new FakePlatform();
        server.answer(request -> switch (request.path()) {
            case "/ok" -> json(200, "{\"data\":[1,2]}");
            case "/expired" -> json(401, "{\"title\":\"Unauthorized\"}");
            case "/x-limited" -> new Body(429,
                    Map.of("x-rate-limit-reset", Long.toString(NOW.plusSeconds(900).getEpochSecond())), "{}");
            case "/retry-later" -> new Body(429, Map.of("Retry-After", "120"), "{}");
            case "/broken" -> new Body(503, Map.of("Retry-After", "30"), "down");
            case "/malformed" -> json(200, "<html>oops</html>");
            case "/truncated" -> json(200, "{\"data\":[{\"id\":\"1\"");
            case "/hangs" -> new Silence();
            case "/at-limit" -> new Body(200, Map.of(), filled(PlatformClient.MAX_ANSWER_BYTES));
            case "/over-limit" -> new Body(200, Map.of(), filled(PlatformClient.MAX_ANSWER_BYTES + 1));
            default -> json(404, "{}");
        });
        client = new PlatformClient("X", "etc/webcare.source.twitter-brand.cfg", PlatformClient.defaultHttpClient(),
                Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(2)); // the silent fake costs this; a loaded machine needs it
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static byte[] filled(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) ' ');
        return bytes;
    }

    private URI uri(String path) {
        return URI.create(server.baseUrl() + path);
    }

    private PlatformClient.Result<JsonNode> get(String path) throws InterruptedException {
        return client.getJson(uri(path), TOKEN, Map.of());
    }

    private static <T> FetchOutcome outcome(PlatformClient.Result<T> result) {
        assertThat(result).isInstanceOf(PlatformClient.Result.Failed.class);
        FetchOutcome outcome = ((PlatformClient.Result.Failed<T>) result).outcome();
        assertThat(outcome.toString()).doesNotContain(TOKEN);
        return outcome;
    }

    @Test
    void sendsTheTokenAsBearerAndParsesTheBody() throws Exception {
        PlatformClient.Result<JsonNode> result = get("/ok");

        assertThat(server.lastRequest().authorization()).isEqualTo("Bearer " + TOKEN);
        assertThat(((PlatformClient.Result.Ok<JsonNode>) result).value().get("data").size()).isEqualTo(2);
    }

    @Test
    void asksForJsonUnlessTheCallerAsksForSomethingElse() throws Exception {
        client.get(uri("/ok"), TOKEN, Map.of());
        assertThat(server.lastRequest().headers("Accept")).containsExactly("application/json");

        client.get(uri("/ok"), TOKEN, Map.of("accept", "application/rss+xml, application/atom+xml"));
        assertThat(server.lastRequest().headers("Accept")).containsExactly("application/rss+xml, application/atom+xml");
    }

    @Test
    void foldsAnAnswerIntoEitherBranch() throws Exception {
        assertThat(get("/ok").<Integer>fold(json -> json.get("data").size(), failed -> -1)).isEqualTo(2);
        assertThat(get("/expired").<Object>fold(json -> json, failed -> failed))
                .isInstanceOf(FetchOutcome.AuthFailed.class);
    }

    @Test
    void anExpiredTokenSaysWhereToRenewItWithoutShowingIt() throws Exception {
        assertThat(outcome(get("/expired"))).isEqualTo(new FetchOutcome.AuthFailed(
                "X refused the token (HTTP 401): it is expired or wrong; put a new one as 'token' in "
                        + "etc/webcare.source.twitter-brand.cfg"));
    }

    @Test
    void aRefusedCredentialNamesItsSetting() {
        assertThat(client.tokenRefused(403, "apiKey")).isEqualTo(new FetchOutcome.AuthFailed(
                "X refused the apiKey (HTTP 403): it is expired or wrong; put a new one as 'apiKey' in "
                        + "etc/webcare.source.twitter-brand.cfg"));
        assertThat(client.tokenRefused(401)).isEqualTo(client.tokenRefused(401, "token"));
    }

    @Test
    void aRateLimitLastsUntilTheResetHeaderSays() throws Exception {
        assertThat(outcome(get("/x-limited"))).isEqualTo(new FetchOutcome.RateLimited(NOW.plusSeconds(900),
                "X asks to slow down (HTTP 429)"));
        assertThat(((FetchOutcome.RateLimited) outcome(get("/retry-later"))).until()).isEqualTo(NOW.plusSeconds(120));
    }

    @Test
    void serverErrorsMalformedAndTruncatedBodiesAndSilenceAreWorthRetrying() throws Exception {
        assertThat(outcome(get("/broken"))).isEqualTo(new FetchOutcome.Unavailable("X has a problem (HTTP 503)",
                NOW.plusSeconds(30)));
        assertThat(((FetchOutcome.Unavailable) outcome(get("/malformed"))).message())
                .isEqualTo("X sent malformed or truncated JSON (not valid at line 1, column 1)");
        assertThat(((FetchOutcome.Unavailable) outcome(get("/truncated"))).message())
                .isEqualTo("X sent malformed or truncated JSON (cut short at line 1, column 19)");
        assertThat(((FetchOutcome.Unavailable) outcome(get("/hangs"))).message())
                .isEqualTo("X did not answer within 2.0 s (127.0.0.1)");
    }

    @Test
    void anAnswerLargerThanTheLimitIsUnavailableAndOneAtTheLimitIsRead() throws Exception {
        PlatformClient.Result<HttpResponse<byte[]>> atLimit = client.get(uri("/at-limit"), TOKEN, Map.of());
        assertThat(((PlatformClient.Result.Ok<HttpResponse<byte[]>>) atLimit).value().body())
                .hasSize(PlatformClient.MAX_ANSWER_BYTES);

        assertThat(outcome(client.get(uri("/over-limit"), TOKEN, Map.of()))).isEqualTo(new FetchOutcome.Unavailable(
                "X sent an answer larger than 20 MiB (127.0.0.1)", null));
    }

    @Test
    void aServerThatIsNotThereIsUnavailable() throws Exception {
        server.close();
        assertThat(((FetchOutcome.Unavailable) outcome(get("/ok"))).message()).startsWith("cannot reach X at 127.0.0.1");
    }
}

package webcare.source.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import webcare.source.api.FetchOutcome;

class PlatformClientTest {

    private static final Instant NOW = Instant.parse("2026-10-25T01:30:00Z");
    private static final String TOKEN = "s3cr3t-token-value";

    private final HttpServer server;
    private final AtomicReference<String> authorization = new AtomicReference<>();
    private final CountDownLatch never = new CountDownLatch(1);
    private final PlatformClient client;

    PlatformClientTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok", exchange -> reply(exchange, 200, Map.of(), "{\"data\":[1,2]}"));
        server.createContext("/expired", exchange -> reply(exchange, 401, Map.of(), "{\"title\":\"Unauthorized\"}"));
        server.createContext("/x-limited", exchange -> reply(exchange, 429,
                Map.of("x-rate-limit-reset", Long.toString(NOW.plusSeconds(900).getEpochSecond())), "{}"));
        server.createContext("/retry-later", exchange -> reply(exchange, 429, Map.of("Retry-After", "120"), "{}"));
        server.createContext("/broken", exchange -> reply(exchange, 503, Map.of("Retry-After", "30"), "down"));
        server.createContext("/malformed", exchange -> reply(exchange, 200, Map.of(), "<html>oops</html>"));
        server.createContext("/truncated", exchange -> reply(exchange, 200, Map.of(), "{\"data\":[{\"id\":\"1\""));
        server.createContext("/hangs", exchange -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        client = new PlatformClient("X", "etc/webcare.source.twitter-brand.cfg", PlatformClient.defaultHttpClient(),
                Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMillis(500));
    }

    @AfterEach
    void stop() {
        never.countDown();
        server.stop(0);
    }

    private void reply(HttpExchange exchange, int status, Map<String, String> headers, String body) throws IOException {
        authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
        headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private PlatformClient.Result<JsonNode> get(String path) throws InterruptedException {
        return client.getJson(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path), TOKEN, Map.of());
    }

    private static FetchOutcome outcome(PlatformClient.Result<JsonNode> result) {
        assertThat(result).isInstanceOf(PlatformClient.Result.Failed.class);
        FetchOutcome outcome = ((PlatformClient.Result.Failed<JsonNode>) result).outcome();
        assertThat(outcome.toString()).doesNotContain(TOKEN);
        return outcome;
    }

    @Test
    void sendsTheTokenAsBearerAndParsesTheBody() throws Exception {
        PlatformClient.Result<JsonNode> result = get("/ok");

        assertThat(authorization.get()).isEqualTo("Bearer " + TOKEN);
        assertThat(((PlatformClient.Result.Ok<JsonNode>) result).value().get("data").size()).isEqualTo(2);
    }

    @Test
    void anExpiredTokenSaysWhereToRenewItWithoutShowingIt() throws Exception {
        assertThat(outcome(get("/expired"))).isEqualTo(new FetchOutcome.AuthFailed(
                "X refused the token (HTTP 401): it is expired or wrong; put a new one as 'token' in "
                        + "etc/webcare.source.twitter-brand.cfg"));
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
                .startsWith("X sent malformed or truncated JSON");
        assertThat(((FetchOutcome.Unavailable) outcome(get("/truncated"))).message())
                .startsWith("X sent malformed or truncated JSON");
        assertThat(((FetchOutcome.Unavailable) outcome(get("/hangs"))).message())
                .isEqualTo("X did not answer within 0.5 s (127.0.0.1)");
    }

    @Test
    void aServerThatIsNotThereIsUnavailable() throws Exception {
        server.stop(0);
        assertThat(((FetchOutcome.Unavailable) outcome(get("/ok"))).message()).startsWith("cannot reach X at 127.0.0.1");
    }
}

package webcare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webcare.source.http.FakePlatform;

/**
 * What a {@code sync} found is what {@code sources} says in the next process, and what the
 * workbench starts from: a refused token stays refused (and is not tried again) until its file
 * changes, an instance never synced is new (never OK). Within a pass
 * a rate limit that ends in seconds is waited out, and posts without id are counted where the user
 * looks. X is a {@link FakePlatform}.
 */
class SourceStateIT {

    private static final String EXPIRED_TOKEN = "expired-token-not-shown";
    private static final String POST = "{\"id\":\"%s\",\"text\":\"@kwiek mijn pakket is nog steeds niet bezorgd\","
            + "\"author_id\":\"42\",\"created_at\":\"2026-10-25T09:15:00.000Z\",\"lang\":\"nl\"}";

    @TempDir
    Path home;

    private final FakePlatform x;

    SourceStateIT() throws IOException {
        x = new FakePlatform();
    }

    @AfterEach
    void stop() {
        x.close();
    }

    private void configure(String instance, String token) throws IOException {
        Files.createDirectories(home.resolve("etc"));
        Files.writeString(home.resolve("etc/webcare.source.twitter-" + instance + ".cfg"), "baseUrl = " + x.baseUrl()
                + "\ntoken = " + token + "\nquery = kwiek\n");
    }

    private Product.Run webcare(String... arguments) throws Exception {
        return Product.run(home, Product.distribution(), Map.of(), arguments);
    }

    private static String line(String out, String start) {
        return out.lines().filter(line -> line.startsWith(start)).findFirst().orElse("(no line " + start + ")");
    }

    /** X refusing {@link #EXPIRED_TOKEN} and answering one post to any other. */
    private void refuseTheExpiredToken() {
        x.answer(request -> ("Bearer " + EXPIRED_TOKEN).equals(request.authorization())
                ? FakePlatform.json(401, "{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401}")
                : FakePlatform.json(200, "{\"data\":[" + POST.formatted("1850000000000000001")
                        + "],\"meta\":{\"result_count\":1,\"newest_id\":\"1850000000000000001\"}}"));
    }

    private long requestsWith(String token) {
        return x.requests().stream().filter(request -> ("Bearer " + token).equals(request.authorization())).count();
    }

    @Test
    void aRefusedTokenIsStillReportedByTheNextProcessUntilItsFileChanges() throws Exception {
        refuseTheExpiredToken();
        configure("brand", "good-token");
        configure("expired", EXPIRED_TOKEN);

        Product.Run sync = webcare("--headless", "sync");
        configure("later", "good-token");
        int requestsBefore = x.requests().size();
        Product.Run sources = webcare("--headless", "sources");

        assertThat(sync.exit()).as(sync.out() + sync.err()).isEqualTo(1);
        assertThat(line(sync.out(), "twitter/expired:")).contains("AUTH_FAILED");
        assertThat(sources.exit()).as(sources.err()).isZero();
        assertThat(line(sources.out(), "twitter/expired  ")).startsWith("twitter/expired  AUTH_FAILED (X refused the "
                + "token (HTTP 401): it is expired or wrong; put a new one as 'token' in "
                + "etc/webcare.source.twitter-expired.cfg)");
        assertThat(line(sources.out(), "twitter/brand  ")).startsWith("twitter/brand  OK  last sync 2")
                .endsWith("next -");
        assertThat(line(sources.out(), "twitter/later  ")).isEqualTo(
                "twitter/later  NEW (not synced yet)  last sync -  next -");
        assertThat(x.requests()).as("sources asks no platform").hasSize(requestsBefore);

        configure("expired", "renewed-token");
        Product.Run renewed = webcare("--headless", "sources");

        assertThat(line(renewed.out(), "twitter/expired  ")).isEqualTo(
                "twitter/expired  NEW (not synced yet)  last sync -  next -");
        assertThat(line(renewed.out(), "twitter/brand  ")).startsWith("twitter/brand  OK  last sync 2");
        assertThat(sync.out() + sync.err() + sources.out() + sources.err() + renewed.out() + renewed.err())
                .doesNotContain(EXPIRED_TOKEN).doesNotContain("good-token");
    }

    @Test
    void theWorkbenchAfterARestartShowsTheRefusedTokenAndDoesNotTryItAgain() throws Exception {
        refuseTheExpiredToken();
        configure("brand", "good-token");
        configure("expired", EXPIRED_TOKEN);
        assertThat(webcare("--headless", "sync").exit()).isEqualTo(1);
        long expiredAsked = requestsWith(EXPIRED_TOKEN);
        long brandAsked = requestsWith("good-token");

        try (Harness harness = Harness.start(home)) {
            String sources = harness.await("gogo sources", answer -> requestsWith("good-token") > brandAsked
                    && answer.contains("twitter/brand  OK"), "the window polls the instance that worked at once");

            assertThat(sources).contains("twitter/expired  AUTH_FAILED (X refused the token (HTTP 401)");
        }
        assertThat(requestsWith(EXPIRED_TOKEN)).as("the refused token is not tried again").isEqualTo(expiredAsked);
    }

    @Test
    void aRateLimitEndingInSecondsIsWaitedOutAndPostsWithoutIdAreCounted() throws Exception {
        AtomicBoolean limited = new AtomicBoolean();
        x.answer(request -> {
            if (!limited.getAndSet(true)) {
                long reset = Instant.now().plusSeconds(2).getEpochSecond();
                return new FakePlatform.Body(429, Map.of("x-rate-limit-reset", Long.toString(reset)),
                        "{\"title\":\"Too Many Requests\",\"status\":429}");
            }
            if (request.query().containsKey("next_token")) {
                return FakePlatform.json(200, "{\"data\":[" + POST.formatted("1850000000000000001")
                        + "],\"meta\":{\"result_count\":1}}");
            }
            return FakePlatform.json(200, "{\"data\":[" + POST.formatted("1850000000000000003") + ","
                    + POST.replace("\"id\":\"%s\",", "") + "],\"meta\":{\"result_count\":2,"
                    + "\"newest_id\":\"1850000000000000003\",\"next_token\":\"page-2\"}}");
        });
        configure("brand", "good-token");

        Product.Run sync = webcare("--headless", "sync");
        Product.Run sources = webcare("--headless", "sources");

        assertThat(sync.exit()).as(sync.out() + sync.err()).isZero();
        assertThat(line(sync.out(), "twitter/brand:")).isEqualTo(
                "twitter/brand: 2 pages, 2 new, 0 edited, 0 unchanged, 1 skipped (no id) - OK");
        assertThat(x.requests()).hasSize(3);
        assertThat(line(sources.out(), "twitter/brand  ")).startsWith("twitter/brand  OK  last sync 2")
                .contains(", 1 skipped (no id)  next -");
    }
}

package webcare.source.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import webcare.source.api.FetchOutcome;

/**
 * The failures {@link PlatformClient} turns into the same outcomes for every connector: each
 * method makes the fake platform fail one way, with the status, headers and body the connector's
 * platform sends, and checks the outcome the connector hands on. Every connector's test runs them,
 * because each connector wires the client in its own way and could lose an outcome on the way.
 */
public final class PlatformFailures {

    /**
     * A fetch by a fresh instance whose requests time out after {@code timeout}: its first outcome
     * that is no page.
     */
    @FunctionalInterface
    public interface Fetch {
        FetchOutcome within(Duration timeout) throws InterruptedException;
    }

    /** Long enough for a cold JVM. */
    private static final Duration PATIENT = Duration.ofSeconds(10);
    /** Short, for the fake that stays silent. */
    private static final Duration IMPATIENT = Duration.ofMillis(300);

    private final FakePlatform platform;
    private final String name;
    private final Fetch fetch;
    private final List<String> secrets;

    /**
     * @param name    the platform as the connector names it in messages, e.g. {@code Google}
     * @param secrets what no outcome may show: the tokens and keys of the instance
     */
    public PlatformFailures(FakePlatform platform, String name, Fetch fetch, String... secrets) {
        this.platform = platform;
        this.name = name;
        this.fetch = fetch;
        this.secrets = List.of(secrets);
    }

    /** The outcome of a fetch, checked to show no secret; for the failures only this connector has. */
    public FetchOutcome fetch() throws InterruptedException {
        return fetch(PATIENT);
    }

    /** A 429 with {@code headers} (the platform's reset header) waits until {@code until}. */
    public void rateLimited(Map<String, String> headers, String body, Instant until) throws InterruptedException {
        platform.fail(429, headers, body);

        assertThat(fetch()).isEqualTo(new FetchOutcome.RateLimited(until,
                name + " asks to slow down (HTTP 429)"));
    }

    /** A 401 stops the instance, naming the setting and the file to put a new token in. */
    public void tokenRefused(Map<String, String> headers, String body, String configFile) throws InterruptedException {
        platform.fail(401, headers, body);

        assertThat(fetch()).isEqualTo(new FetchOutcome.AuthFailed(name + " refused the token (HTTP 401): "
                + "it is expired or wrong; put a new one as 'token' in " + configFile));
    }

    /** A 5xx is worth retrying, at {@code retryAt} when {@code headers} say (null: they do not). */
    public void serverError(int status, Map<String, String> headers, String body, Instant retryAt)
            throws InterruptedException {
        platform.fail(status, headers, body);

        assertThat(fetch()).isEqualTo(new FetchOutcome.Unavailable(
                name + " has a problem (HTTP " + status + ")", retryAt));
    }

    /** A platform that never answers is unavailable once the request timeout has passed. */
    public void silence() throws InterruptedException {
        platform.hang();

        assertThat(fetch(IMPATIENT)).isEqualTo(new FetchOutcome.Unavailable(
                name + " did not answer within 0.3 s (127.0.0.1)", null));
    }

    /** A 200 whose body is no JSON is unavailable. */
    public void malformedJson(String body) throws InterruptedException {
        platform.fail(200, Map.of(), body);

        assertThat(unavailable()).startsWith(name + " sent malformed or truncated JSON").doesNotContain("Source:");
    }

    /**
     * Half of a recorded {@code body} is unavailable, whether the JSON ends early or the transfer
     * does (fewer bytes than the length the headers promised).
     */
    public void truncated(String body) throws InterruptedException {
        String half = body.substring(0, body.length() / 2);
        malformedJson(half);

        platform.answer(request -> new FakePlatform.CutShort(half, body.length()));

        assertThat(unavailable()).startsWith("cannot reach " + name + " at 127.0.0.1").contains("bytes received");
    }

    /** A 200 with JSON that holds no list under {@code field} is unavailable. */
    public void notAList(String body, String field) throws InterruptedException {
        platform.fail(200, Map.of(), body);

        assertThat(fetch()).isEqualTo(new FetchOutcome.Unavailable(
                name + " sent something other than a list of " + field, null));
    }

    private FetchOutcome fetch(Duration timeout) throws InterruptedException {
        FetchOutcome outcome = fetch.within(timeout);
        secrets.forEach(secret -> assertThat(outcome.toString()).doesNotContain(secret));
        return outcome;
    }

    private String unavailable() throws InterruptedException {
        FetchOutcome outcome = fetch();
        assertThat(outcome).isInstanceOf(FetchOutcome.Unavailable.class);
        return ((FetchOutcome.Unavailable) outcome).message();
    }
}

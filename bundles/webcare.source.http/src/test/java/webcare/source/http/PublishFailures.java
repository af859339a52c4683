package webcare.source.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import webcare.source.api.PublishOutcome;

/**
 * The failures {@link PublishClient} turns into the same outcomes for every connector's
 * {@link webcare.source.api.Publisher}: each method makes the fake platform fail one way, with the
 * status, headers and body the platform sends, and checks the outcome the publisher hands on. Every
 * connector's test runs them for each action it has, since each wires the client in its own way.
 */
public final class PublishFailures {

    /** A reply or hide by a fresh publisher whose requests time out after {@code timeout}. */
    @FunctionalInterface
    public interface Publish {
        PublishOutcome within(Duration timeout) throws InterruptedException;
    }

    /** Long enough for a cold JVM. */
    private static final Duration PATIENT = Duration.ofSeconds(10);
    /** Short, for the fake that stays silent. */
    private static final Duration IMPATIENT = Duration.ofMillis(300);

    private final FakePlatform platform;
    private final String name;
    private final Publish publish;
    private final List<String> secrets;

    /**
     * @param name    the platform as the connector names it in messages, e.g. {@code Google}
     * @param secrets what no outcome may show: the tokens and keys of the instance
     */
    public PublishFailures(FakePlatform platform, String name, Publish publish, String... secrets) {
        this.platform = platform;
        this.name = name;
        this.publish = publish;
        this.secrets = List.of(secrets);
    }

    /** The outcome of the action, checked to show no secret; for the failures only this connector has. */
    public PublishOutcome publish() throws InterruptedException {
        return publish(PATIENT);
    }

    /** A 429 with {@code headers} (the platform's reset header) waits until {@code until}. */
    public void rateLimited(Map<String, String> headers, String body, Instant until) throws InterruptedException {
        platform.fail(429, headers, body);

        assertThat(publish()).isEqualTo(new PublishOutcome.RateLimited(until, name
                + " asks to slow down (HTTP 429); nothing was published, try again after " + until));
    }

    /** A 401 names the setting and the file to put a new token in. */
    public void tokenRefused(Map<String, String> headers, String body, String setting, String configFile)
            throws InterruptedException {
        platform.fail(401, headers, body);

        assertThat(publish()).isEqualTo(new PublishOutcome.AuthFailed(setting, name + " refused the '" + setting
                + "' (HTTP 401): it is expired or wrong; put a new one as '" + setting + "' in " + configFile));
    }

    /** A 5xx is worth trying again: nothing was published. */
    public void serverError(int status, String body) throws InterruptedException {
        platform.fail(status, Map.of(), body);

        assertThat(publish()).isEqualTo(new PublishOutcome.Unavailable(name + " has a problem (HTTP " + status
                + "); nothing was published, try again later", false));
    }

    /** A platform that never answers is unavailable once the timeout has passed; it may have published. */
    public void silence() throws InterruptedException {
        platform.hang();

        assertThat(publish(IMPATIENT)).isEqualTo(new PublishOutcome.Unavailable(name
                + " did not answer within 0.3 s (127.0.0.1); it may have gone through: look on " + name
                + " before trying again", true));
    }

    /**
     * A {@code status} (the platform's success) whose body is {@code body} cut in half, whether the
     * JSON ends early or the transfer does: unavailable, and it may have gone through.
     */
    public void truncated(int status, String body) throws InterruptedException {
        String half = body.substring(0, body.length() / 2);
        platform.fail(status, Map.of(), half);

        assertThat(unavailable(true)).startsWith(name + " answered HTTP " + status
                + " with malformed or truncated JSON (cut short").doesNotContain("Source:");

        platform.answer(request -> new FakePlatform.CutShort(status, half, body.length()));

        assertThat(unavailable(true)).startsWith("the answer of " + name + " at 127.0.0.1 broke off (")
                .endsWith("it may have gone through: look on " + name + " before trying again");
    }

    /** A {@code status} (the platform's success) whose body is no JSON: unavailable, it may have gone through. */
    public void malformed(int status, String body) throws InterruptedException {
        platform.fail(status, Map.of(), body);

        assertThat(unavailable(true)).startsWith(name + " answered HTTP " + status
                + " with malformed or truncated JSON (not valid").doesNotContain("Source:");
    }

    private PublishOutcome publish(Duration timeout) throws InterruptedException {
        PublishOutcome outcome = publish.within(timeout);
        secrets.forEach(secret -> assertThat(outcome.toString()).doesNotContain(secret));
        return outcome;
    }

    private String unavailable(boolean outcomeUnknown) throws InterruptedException {
        PublishOutcome outcome = publish();
        assertThat(outcome).isInstanceOf(PublishOutcome.Unavailable.class);
        assertThat(((PublishOutcome.Unavailable) outcome).outcomeUnknown()).isEqualTo(outcomeUnknown);
        return ((PublishOutcome.Unavailable) outcome).message();
    }
}

package webcare.source.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import webcare.model.Mention;

/**
 * How one {@link Source#fetch} went. Messages are one line for people, say what to do, and never
 * contain a token.
 */
public sealed interface FetchOutcome {

    /**
     * Items and the cursor after them. {@code more} is true when the platform has more right
     * away (fetch again at once); false when this pass has caught up.
     */
    record Page(List<Mention> mentions, Cursor next, boolean more) implements FetchOutcome {
        public Page {
            mentions = List.copyOf(mentions);
            Objects.requireNonNull(next, "next");
        }
    }

    /** The platform asks us to wait until {@code until}. */
    record RateLimited(Instant until, String message) implements FetchOutcome {}

    /** The token is expired, revoked or wrong: the instance stops until its configuration changes. */
    record AuthFailed(String message) implements FetchOutcome {}

    /** A setting is missing or wrong ({@code key} names it); fixing the file restarts the instance. */
    record BadConfiguration(String key, String message) implements FetchOutcome {}

    /**
     * Worth trying again later: a timeout, a 5xx, a malformed or truncated body. {@code retryAfter}
     * is the platform's hint, or null.
     */
    record Unavailable(String message, Instant retryAfter) implements FetchOutcome {}
}

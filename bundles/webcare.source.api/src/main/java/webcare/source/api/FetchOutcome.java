package webcare.source.api;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import webcare.model.Mention;

/**
 * How one {@link Source#fetch} went. Messages are one line for people, say what to do, and never
 * contain a token.
 */
public sealed interface FetchOutcome {

    /**
     * Items and the cursor after them. {@code more} is true when the platform has more right
     * away (fetch again at once); false when this pass has caught up. {@code skipped} counts the
     * items of this page that could not be used, by reason: a few words for people such as
     * {@code no id}, each count above 0, ordered by reason.
     */
    record Page(List<Mention> mentions, Cursor next, boolean more, Map<String, Integer> skipped)
            implements FetchOutcome {

        public Page {
            mentions = List.copyOf(mentions);
            Objects.requireNonNull(next, "next");
            skipped.forEach((reason, count) -> {
                if (count <= 0) {
                    throw new IllegalArgumentException("skipped '" + reason + "': " + count + " is no count");
                }
            });
            skipped = Collections.unmodifiableMap(new TreeMap<>(skipped));
        }

        /** A page of which nothing was skipped. */
        public Page(List<Mention> mentions, Cursor next, boolean more) {
            this(mentions, next, more, Map.of());
        }

        /** This page with {@code count} more items skipped for {@code reason}; itself when the count is 0. */
        public Page withSkipped(String reason, int count) {
            if (count == 0) {
                return this;
            }
            Map<String, Integer> more = new TreeMap<>(skipped);
            more.merge(reason, count, Integer::sum);
            return new Page(mentions, next, this.more, more);
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

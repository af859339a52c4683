package webcare.source.api;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * How one {@link Publisher#reply} or {@link Publisher#hide} went. Every outcome but
 * {@link Published} means nothing is known to have changed on the platform: the caller keeps its
 * draft as it was. Messages are one line for people, say what to do, quote the platform's own words
 * at most shortened, and never contain a token.
 */
public sealed interface PublishOutcome {

    /**
     * The platform took it.
     *
     * @param id  the platform's id of the reply (for a hide, of the hidden item); for a platform that
     *            gives a reply no id of its own, the id its connector gives the reply when it fetches
     *            it, so the next sync pass finds the same item (never null)
     * @param url where people can see it; null when the platform does not say
     * @param at  when the platform says it happened, else when its answer came (UTC)
     */
    record Published(String id, URI url, Instant at) implements PublishOutcome {
        public Published {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * The platform refused the credential (HTTP 401, or 403 for want of a permission or scope).
     * {@code setting} names the key of the instance's configuration file to put a new one in, e.g.
     * {@code userToken}; the message says the same, and which permission is missing when the
     * platform says.
     */
    record AuthFailed(String setting, String message) implements PublishOutcome {}

    /** The platform asks us to wait until {@code until} (UTC) before trying again. */
    record RateLimited(Instant until, String message) implements PublishOutcome {}

    /**
     * The platform refused this request (a 4xx other than 401 and 429): the text is too long, the
     * item is gone, a duplicate. {@code status} is the HTTP status; the message holds the platform's
     * own words, one line, shortened. Sending the same again will fail the same way.
     */
    record Rejected(int status, String message) implements PublishOutcome {}

    /**
     * Worth trying again later: no connection, a timeout, a 5xx, an answer malformed or cut short.
     * {@code outcomeUnknown} is true when the request reached the platform but no readable answer
     * came back (a timeout after sending, a body cut short or malformed): it may have been carried
     * out, so look on the platform before sending the same reply again. False when the request
     * certainly did nothing (refused connection, a 5xx).
     */
    record Unavailable(String message, boolean outcomeUnknown) implements PublishOutcome {}

    /**
     * This platform, this instance or this item does not allow it, whatever is retried: X hides
     * only replies, Google and Trustpilot hide nothing, a setting the action needs is missing. The
     * message says why and, when a setting would make it possible, which one. Nothing was sent.
     */
    record Unsupported(String message) implements PublishOutcome {}
}

package webcare.notify.api;

import java.time.Instant;
import java.util.Optional;

/**
 * Where e-mail stands, for a status line: whether it is set up ({@code server} is "host:port"),
 * how many messages wait and how many of them failed at least once, since when the oldest waits,
 * what the mail server said last and when the next attempt is.
 */
public record MailStatus(Optional<String> server, int waiting, int retrying, Optional<Instant> oldestWaiting,
        Optional<String> lastError, Optional<Instant> nextAttempt) {

    /** True when messages wait after a failed attempt: the mail server is down or refuses them. */
    public boolean troubled() {
        return retrying > 0;
    }
}

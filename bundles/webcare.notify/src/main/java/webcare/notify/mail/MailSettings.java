package webcare.notify.mail;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code etc/webcare.notify.mail.cfg} says, checked: e-mail is off without a {@code host};
 * with one, {@code from} is needed. The password is never part of {@link #toString}.
 */
record MailSettings(String host, int port, Security security, String user, String password, String from,
        String fromName, Duration timeout, Duration firstRetry, Duration longestRetry) {

    static final String FILE = "etc/" + OutboxNotifier.PID + ".cfg";

    /** How the connection to the mail server is protected. */
    enum Security {
        /** Plain connection upgraded with STARTTLS, which must succeed (submission, port 587). */
        STARTTLS,
        /** TLS from the first byte (port 465). */
        SSL,
        /** No encryption: only for a relay on the same machine or in tests. */
        NONE
    }

    static MailSettings of(OutboxNotifier.Config config) {
        String host = config.host().strip();
        Security security;
        try {
            security = Security.valueOf(config.security().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(FILE + ": security: '" + config.security()
                    + "' is not one of starttls, ssl, none");
        }
        if (config.port() < 1 || config.port() > 65_535) {
            throw new IllegalArgumentException(FILE + ": port: " + config.port() + " is not a port (1 to 65535)");
        }
        if (!host.isEmpty() && !config.from().contains("@")) {
            throw new IllegalArgumentException(FILE + ": from: give the sender's e-mail address, e.g. "
                    + "from = webcare@example.org");
        }
        if (config.timeoutSeconds() < 1 || config.retrySeconds() < 1 || config.maxRetryMinutes() < 1) {
            throw new IllegalArgumentException(FILE + ": timeoutSeconds, retrySeconds and maxRetryMinutes must be 1 or more");
        }
        return new MailSettings(host, config.port(), security, config.user().strip(), config.password(),
                config.from().strip(), config.fromName().strip(), Duration.ofSeconds(config.timeoutSeconds()),
                Duration.ofSeconds(config.retrySeconds()), Duration.ofMinutes(config.maxRetryMinutes()));
    }

    /** "host:port" when e-mail is set up. */
    Optional<String> server() {
        return host.isEmpty() ? Optional.empty() : Optional.of(host + ":" + port);
    }

    /** How long to wait before the next attempt after {@code attempts} failed ones: doubling, capped. */
    Duration retryAfter(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(longestRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longestRetry) > 0 ? longestRetry : wait;
    }

    @Override
    public String toString() {
        return "MailSettings[" + server().orElse("off") + ", " + security + ", user=" + user + ", from=" + from + "]";
    }
}

package webcare.source.http;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The headers in which platforms say how long to wait: for fetching and for publishing alike. */
final class WaitHeaders {

    private WaitHeaders() {}

    /** X's {@code x-rate-limit-reset} (epoch seconds), else a standard {@code Retry-After}. */
    static Optional<Instant> rateLimitReset(HttpHeaders headers, Clock clock) {
        Optional<Instant> reset = headers.firstValue("x-rate-limit-reset").flatMap(value -> {
            try {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(value.strip())));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
        return reset.isPresent() ? reset : retryAfter(headers, clock);
    }

    /** {@code Retry-After} as seconds or as an HTTP date. */
    static Optional<Instant> retryAfter(HttpHeaders headers, Clock clock) {
        return headers.firstValue("retry-after").flatMap(value -> {
            String text = value.strip();
            try {
                return Optional.of(clock.instant().plusSeconds(Long.parseLong(text)));
            } catch (NumberFormatException notSeconds) {
                try {
                    return Optional.of(ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                } catch (DateTimeParseException notADate) {
                    return Optional.empty();
                }
            }
        });
    }
}

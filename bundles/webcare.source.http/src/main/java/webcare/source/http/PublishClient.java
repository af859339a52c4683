package webcare.source.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import webcare.source.api.PublishOutcome;

/**
 * Sends one reply or hide to a platform for one connector instance and turns the failures every
 * platform has into {@link PublishOutcome}s: no connection, no answer in time, 401, 429 with its
 * reset time, 5xx, an answer cut short, malformed or too large. What a 2xx and any other 4xx
 * mean is the connector's, through a {@link Reading}. Nothing is retried: a reply sent twice is
 * posted twice. Messages never show a token; the platform's own words are cut to one short line
 * with the instance's secrets taken out ({@link #quote}). Thread-safe.
 */
public final class PublishClient {

    /** The longest quote of a platform's own words in a message, in characters. */
    public static final int MAX_QUOTE = 200;
    /** An answer to a reply is a few hundred bytes; anything near this is no answer of the platform's. */
    static final int MAX_ANSWER_BYTES = 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String platform;
    private final String configFile;
    private final HttpClient http;
    private final Clock clock;
    private final Duration timeout;
    private final List<String> secrets;

    /**
     * @param platform   the name people know, e.g. {@code X}, used in messages
     * @param configFile the configuration file of this instance, named in messages about settings
     * @param timeout    how long one request may take, answer included; nothing waits longer
     * @param secrets    the instance's tokens and keys, never shown even when a platform echoes one
     */
    public PublishClient(String platform, String configFile, HttpClient http, Clock clock, Duration timeout,
            List<String> secrets) {
        this.platform = platform;
        this.configFile = configFile;
        this.http = http;
        this.clock = clock;
        this.timeout = timeout;
        this.secrets = secrets.stream().map(String::strip).filter(secret -> !secret.isEmpty()).toList();
    }

    /** The credential a request is sent with and the setting it comes from; its text never shows the token. */
    public record Credential(String setting, String token) {
        @Override
        public String toString() {
            return "Credential[" + setting + "]";
        }
    }

    /** A request body and its media type. */
    public record Payload(String contentType, String text) {

        /** {@code json} as {@code application/json}. */
        public static Payload json(JsonNode json) {
            return new Payload("application/json", json.toString());
        }

        /** {@code fields} as {@code application/x-www-form-urlencoded}, in the map's order. */
        public static Payload form(Map<String, String> fields) {
            return new Payload("application/x-www-form-urlencoded", QueryString.of(fields));
        }
    }

    /** What a connector makes of the answers only it understands. */
    public interface Reading {
        /**
         * The outcome of a 2xx: usually {@link PublishOutcome.Published}, or {@link #unexpected}
         * when the body lacks what it should hold.
         *
         * @param status   the 2xx
         * @param body     the body as JSON; a missing node when the body is empty
         * @param answered when the answer came, by the client's clock
         */
        PublishOutcome accepted(int status, JsonNode body, Instant answered);

        /**
         * The outcome of a 4xx other than 401 and 429 (403 included): {@link #rejected},
         * {@link #refused}, or the platform's own meaning of its error.
         *
         * @param body the body as JSON; a missing node when it is empty or no JSON
         */
        PublishOutcome refused(int status, JsonNode body, HttpHeaders headers);
    }

    /**
     * Sends {@code payload} to {@code uri} with {@code method} and {@code Authorization: Bearer},
     * and waits at most the timeout for the whole answer.
     *
     * @throws InterruptedException when the calling thread is interrupted; the request is abandoned
     */
    public PublishOutcome send(String method, URI uri, Credential credential, Payload payload, Reading reading)
            throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .method(method, HttpRequest.BodyPublishers.ofString(payload.text(), StandardCharsets.UTF_8))
                .header("Content-Type", payload.contentType() + "; charset=utf-8")
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + credential.token().strip())
                .build();
        CompletableFuture<HttpResponse<byte[]>> exchange =
                http.sendAsync(request, info -> new LimitedBody(MAX_ANSWER_BYTES));
        HttpResponse<byte[]> response;
        try {
            // the request timeout ends at the headers; this bounds the body too
            response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            throw e;
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return noAnswer(uri);
        } catch (ExecutionException e) {
            return failed(uri, e.getCause());
        }
        return answer(response, credential, reading);
    }

    private PublishOutcome answer(HttpResponse<byte[]> response, Credential credential, Reading reading) {
        int status = response.statusCode();
        if (status == 401) {
            return refused(credential, 401, "it is expired or wrong");
        }
        if (status == 429) {
            Instant until = WaitHeaders.rateLimitReset(response.headers(), clock)
                    .orElse(clock.instant().plus(PlatformClient.DEFAULT_RATE_LIMIT_WAIT));
            return new PublishOutcome.RateLimited(until, platform + " asks to slow down (HTTP 429); nothing was "
                    + "published, try again after " + until);
        }
        if (status >= 500) {
            return new PublishOutcome.Unavailable(platform + " has a problem (HTTP " + status
                    + "); nothing was published, try again later", false);
        }
        if (status / 100 == 2) {
            if (response.body().length == 0) {
                return reading.accepted(status, MissingNode.getInstance(), clock.instant());
            }
            try {
                return reading.accepted(status, JSON.readTree(response.body()), clock.instant());
            } catch (JsonProcessingException e) {
                return unexpected(status, "malformed or truncated JSON (" + PlatformClient.jsonProblem(e) + ")");
            } catch (IOException e) {
                return unexpected(status, "an unreadable answer");
            }
        }
        if (status / 100 == 4) {
            return reading.refused(status, json(response.body()), response.headers());
        }
        return unexpected(status, "an answer it never sends");
    }

    /**
     * The platform took the request (a 2xx) but said {@code what} instead of what it should: it may
     * have been carried out.
     *
     * @param what e.g. {@code no id of the reply}
     */
    public PublishOutcome.Unavailable unexpected(int status, String what) {
        return new PublishOutcome.Unavailable(platform + " answered HTTP " + status + " with " + what
                + "; it may have gone through: look on " + platform + " before trying again", true);
    }

    /**
     * The platform refused the credential of {@code setting} ({@code because} says why, e.g. {@code
     * it lacks the tweet.write scope}, with the platform's words through {@link #quote}): put another
     * one in the file.
     */
    public PublishOutcome.AuthFailed refused(Credential credential, int status, String because) {
        return new PublishOutcome.AuthFailed(credential.setting(), platform + " refused the '" + credential.setting()
                + "' (HTTP " + status + "): " + because + "; put a new one as '" + credential.setting()
                + "' in " + configFile);
    }

    /** The platform refused this request and said {@code words} (or nothing when blank). */
    public PublishOutcome.Rejected rejected(int status, String words) {
        String quoted = quote(words == null ? "" : words);
        return new PublishOutcome.Rejected(status, platform + " refused it (HTTP " + status + ")"
                + (quoted.isEmpty() ? "" : ": " + quoted));
    }

    /** A 429-like throttle the platform signals its own way, until {@code until}. */
    public PublishOutcome.RateLimited throttled(Instant until, String words) {
        return new PublishOutcome.RateLimited(until, platform + " asks to slow down (" + quote(words)
                + "); nothing was published, try again after " + until);
    }

    /**
     * A platform's own words for a message: the first line, the instance's secrets replaced by
     * {@code …}, at most {@link #MAX_QUOTE} characters.
     */
    public String quote(String words) {
        String line = words.lines().findFirst().orElse("").strip();
        for (String secret : secrets) {
            line = line.replace(secret, "…");
        }
        return line.length() <= MAX_QUOTE ? line : line.substring(0, MAX_QUOTE - 1).strip() + "…";
    }

    private PublishOutcome noAnswer(URI uri) {
        return new PublishOutcome.Unavailable(platform + " did not answer within " + timeout.toMillis() / 1000.0
                + " s (" + uri.getHost() + "); it may have gone through: look on " + platform
                + " before trying again", true);
    }

    private PublishOutcome failed(URI uri, Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException || cause instanceof ConnectException) {
            return new PublishOutcome.Unavailable("cannot reach " + platform + " at " + uri.getHost() + " ("
                    + oneLine(cause) + "); nothing was published, try again later", false);
        }
        if (cause instanceof HttpTimeoutException) {
            return noAnswer(uri);
        }
        if (LimitedBody.tooLarge(cause)) {
            return new PublishOutcome.Unavailable(platform + " sent an answer larger than "
                    + MAX_ANSWER_BYTES / 1024 + " KiB (" + uri.getHost() + "); it may have gone through: look on "
                    + platform + " before trying again", true);
        }
        return new PublishOutcome.Unavailable("the answer of " + platform + " at " + uri.getHost() + " broke off ("
                + oneLine(cause) + "); it may have gone through: look on " + platform + " before trying again", true);
    }

    private String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return quote(message);
    }

    private static JsonNode json(byte[] body) {
        try {
            JsonNode json = JSON.readTree(body);
            return json == null ? MissingNode.getInstance() : json;
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }
}

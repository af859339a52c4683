package webcare.source.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import webcare.source.api.FetchOutcome;

/**
 * Talks to one platform for one connector instance. {@link #getJson} answers either the parsed
 * body of a 2xx response or the {@link FetchOutcome} that the failure means; a connector handles
 * only its platform's own quirks (Facebook's error codes in a 400, say) through {@link #get}.
 * Thread-safe.
 */
public final class PlatformClient {

    /** How long a request may take before the platform counts as unavailable. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** How long to wait after a 429 that does not say until when. */
    public static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofSeconds(60);
    /**
     * The largest answer read, in bytes (20 MiB): no page of any platform comes near it, so a
     * larger one is a misbehaving server or proxy, and holding it would only fill the heap.
     */
    public static final int MAX_ANSWER_BYTES = 20 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String platform;
    private final String configFile;
    private final HttpClient http;
    private final Clock clock;
    private final Duration timeout;

    /**
     * @param platform   the name people know, e.g. {@code X}, used in messages
     * @param configFile the configuration file of this instance, named in messages about the token
     */
    public PlatformClient(String platform, String configFile, HttpClient http, Clock clock) {
        this(platform, configFile, http, clock, REQUEST_TIMEOUT);
    }

    /** As above, with another request timeout (tests use a short one). */
    public PlatformClient(String platform, String configFile, HttpClient http, Clock clock, Duration timeout) {
        this.platform = platform;
        this.configFile = configFile;
        this.http = http;
        this.clock = clock;
        this.timeout = timeout;
    }

    /** A client with the workbench's defaults: 10 s to connect, redirects followed. */
    public static HttpClient defaultHttpClient() {
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** An answer: the response, or what its failure means. */
    public sealed interface Result<T> {
        record Ok<T>(T value) implements Result<T> {}

        record Failed<T>(FetchOutcome outcome) implements Result<T> {}

        /** {@code ok} applied to the value, or {@code failed} to the outcome; whichever this is. */
        default <R> R fold(Function<? super T, ? extends R> ok, Function<? super FetchOutcome, ? extends R> failed) {
            if (this instanceof Failed<T> failure) {
                return failed.apply(failure.outcome());
            }
            return ok.apply(((Ok<T>) this).value());
        }
    }

    /**
     * GETs {@code uri} with {@code Authorization: Bearer token} (when a token is given) and the
     * extra headers; {@code Accept: application/json} unless the extra headers name another
     * {@code Accept}. Failures that need no platform knowledge (no answer, 401, 429, 5xx, an answer
     * over {@link #MAX_ANSWER_BYTES}) come back as {@link Result.Failed}; every other response, 4xx
     * included, as {@link Result.Ok}.
     */
    public Result<HttpResponse<byte[]>> get(URI uri, String token, Map<String, String> headers)
            throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET();
        if (headers.keySet().stream().noneMatch("Accept"::equalsIgnoreCase)) {
            request.header("Accept", "application/json");
        }
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token.strip());
        }
        headers.forEach(request::header);
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), info -> new LimitedBody(MAX_ANSWER_BYTES));
        } catch (HttpTimeoutException e) {
            return failed(new FetchOutcome.Unavailable(platform + " did not answer within "
                    + timeout.toMillis() / 1000.0 + " s (" + uri.getHost() + ")", null));
        } catch (IOException e) {
            if (LimitedBody.tooLarge(e)) {
                return failed(new FetchOutcome.Unavailable(platform + " sent an answer larger than "
                        + MAX_ANSWER_BYTES / (1024 * 1024) + " MiB (" + uri.getHost() + ")", null));
            }
            return failed(new FetchOutcome.Unavailable("cannot reach " + platform + " at " + uri.getHost() + ": "
                    + oneLine(e), null));
        }
        int status = response.statusCode();
        if (status == 401) {
            return failed(tokenRefused(status));
        }
        if (status == 429) {
            Instant until = WaitHeaders.rateLimitReset(response.headers(), clock)
                    .orElse(clock.instant().plus(DEFAULT_RATE_LIMIT_WAIT));
            return failed(new FetchOutcome.RateLimited(until, platform + " asks to slow down (HTTP 429)"));
        }
        if (status >= 500) {
            return failed(new FetchOutcome.Unavailable(platform + " has a problem (HTTP " + status + ")",
                    WaitHeaders.retryAfter(response.headers(), clock).orElse(null)));
        }
        return new Result.Ok<>(response);
    }

    /** Like {@link #get}, and the 2xx body parsed as JSON; any other status is unavailable. */
    public Result<JsonNode> getJson(URI uri, String token, Map<String, String> headers) throws InterruptedException {
        return get(uri, token, headers).fold(this::json, PlatformClient::failed);
    }

    /**
     * A response {@link #get} returned, read as JSON when it is a 2xx; any other status (one the
     * connector has no meaning of its own for) is unavailable.
     */
    public Result<JsonNode> json(HttpResponse<byte[]> response) {
        if (response.statusCode() / 100 != 2) {
            return failed(new FetchOutcome.Unavailable(platform + " answered HTTP " + response.statusCode(), null));
        }
        return parse(response.body());
    }

    /**
     * The array under {@code field} of a JSON object; an absent field is an empty list (the
     * missing node iterates as none). Unavailable when {@code body} is no object or the field no array.
     */
    public Result<JsonNode> list(JsonNode body, String field) {
        JsonNode list = body.path(field);
        if (!body.isObject() || !list.isMissingNode() && !list.isArray()) {
            return failed(new FetchOutcome.Unavailable(platform + " sent something other than a list of " + field,
                    null));
        }
        return new Result.Ok<>(list);
    }

    /** The body as JSON, or unavailable when it is malformed or cut short. */
    public Result<JsonNode> parse(byte[] body) {
        try {
            JsonNode json = JSON.readTree(body);
            if (json == null || json.isMissingNode()) {
                return failed(new FetchOutcome.Unavailable(platform + " sent an empty answer", null));
            }
            return new Result.Ok<>(json);
        } catch (JsonProcessingException e) {
            return failed(new FetchOutcome.Unavailable(platform + " sent malformed or truncated JSON ("
                    + jsonProblem(e) + ")", null));
        } catch (IOException e) {
            return failed(new FetchOutcome.Unavailable(platform + " answer unreadable: " + oneLine(e), null));
        }
    }

    /**
     * What is wrong with JSON that did not parse and where, e.g. {@code cut short at line 1, column
     * 20}: not Jackson's wording, which names its input ("[Source: REDACTED …]") and quotes the body.
     */
    static String jsonProblem(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return (e instanceof JsonEOFException ? "cut short" : "not valid")
                + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr());
    }

    /** The outcome for a token the platform refused; tells where to renew it. */
    public FetchOutcome.AuthFailed tokenRefused(int status) {
        return tokenRefused(status, "token");
    }

    /**
     * The outcome for a credential the platform refused; tells which setting of the configuration
     * file to renew ({@code token}, {@code apiKey}). Never shows the credential.
     */
    public FetchOutcome.AuthFailed tokenRefused(int status, String setting) {
        return new FetchOutcome.AuthFailed(platform + " refused the " + setting + " (HTTP " + status
                + "): it is expired or wrong; put a new one as '" + setting + "' in " + configFile);
    }

    private static <T> Result<T> failed(FetchOutcome outcome) {
        return new Result.Failed<>(outcome);
    }

    static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}

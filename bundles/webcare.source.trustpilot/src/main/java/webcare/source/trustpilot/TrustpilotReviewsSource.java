package webcare.source.trustpilot;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import webcare.model.Mention;
import webcare.source.api.Cursor;
import webcare.source.api.FetchOutcome;
import webcare.source.api.Source;
import webcare.source.http.InstanceConfig;
import webcare.source.http.PlatformClient;

/**
 * The reviews of one Trustpilot business unit ({@code GET /v1/business-units/{id}/reviews}). One
 * instance per {@code etc/webcare.source.trustpilot-NAME.cfg}. The wire format and the cursor are
 * described in this bundle's README.
 */
@Component(service = Source.class, configurationPid = TrustpilotReviewsSource.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = {Source.TYPE + "=" + TrustpilotReviewsSource.TYPE, Source.CAN_REPLY + ":Boolean=true",
                Source.CAN_HIDE + ":Boolean=false", Source.HAS_RATINGS + ":Boolean=true"})
@Designate(ocd = TrustpilotReviewsSource.Config.class, factory = true)
public final class TrustpilotReviewsSource implements Source {

    static final String PID = "webcare.source.trustpilot";
    static final String TYPE = "trustpilot";
    static final String DEFAULT_BASE_URL = "https://api.trustpilot.com";
    /** The most Trustpilot sends per page. */
    static final int PER_PAGE = 100;
    static final String ORDER = "createdat.desc";
    static final int MIN_POLL_SECONDS = 60;

    private static final Logger LOG = System.getLogger(TrustpilotReviewsSource.class.getName());

    /** Keys of {@code etc/webcare.source.trustpilot-NAME.cfg}. */
    @ObjectClassDefinition(id = PID, name = "Trustpilot reviews",
            description = "The reviews of one Trustpilot business unit; give an API key, an access token or both")
    public @interface Config {
        @AttributeDefinition(name = "API address", required = false,
                description = "Base address of the Trustpilot API; change only for a test server")
        String baseUrl() default DEFAULT_BASE_URL;

        @AttributeDefinition(name = "Access token", required = false, type = AttributeType.PASSWORD,
                description = "OAuth access token for the private API, sent as a bearer token")
        String token();

        @AttributeDefinition(name = "API key", required = false, type = AttributeType.PASSWORD,
                description = "The application's API key for the public API, sent as the 'apikey' header")
        String apiKey();

        @AttributeDefinition(name = "Poll interval", required = false, min = "60",
                description = "Seconds between two looks for new reviews (at least 60)")
        int pollSeconds() default 900;

        @AttributeDefinition(name = "Business unit", description = "The business unit id, e.g. 46d6a890000064000500e0c3")
        String businessUnitId();
    }

    private final String instance;
    private final String configFile;
    private final String token;
    private final String apiKey;
    private final String businessUnit;
    private final Duration pollInterval;
    private final URI reviews;
    private final FetchOutcome.BadConfiguration problem;
    private final PlatformClient client;

    @Activate
    public TrustpilotReviewsSource(Config config, Map<String, Object> properties) {
        this(config, properties, PlatformClient.defaultHttpClient(), Clock.systemUTC(), PlatformClient.REQUEST_TIMEOUT);
    }

    /** As DS does it, with the HTTP client, clock and request timeout given (tests use short ones). */
    TrustpilotReviewsSource(Config config, Map<String, ?> properties, HttpClient http, Clock clock, Duration timeout) {
        instance = InstanceConfig.instanceName(properties);
        configFile = InstanceConfig.configFile(properties);
        client = new PlatformClient("Trustpilot", configFile, http, clock, timeout);
        token = strip(config.token());
        apiKey = strip(config.apiKey());
        businessUnit = strip(config.businessUnitId());
        pollInterval = Duration.ofSeconds(Math.max(config.pollSeconds(), MIN_POLL_SECONDS));
        URI base = baseUri(config.baseUrl());
        reviews = base == null || businessUnit.isEmpty() ? null
                : URI.create(base + "/v1/business-units/" + encode(businessUnit) + "/reviews");
        problem = check(config, base);
    }

    private FetchOutcome.BadConfiguration check(Config config, URI base) {
        if (businessUnit.isEmpty()) {
            return new FetchOutcome.BadConfiguration("businessUnitId", "'businessUnitId' is missing in " + configFile
                    + "; add a line 'businessUnitId = …' with the business unit id");
        }
        if (token.isEmpty() && apiKey.isEmpty()) {
            return new FetchOutcome.BadConfiguration("apiKey", "neither 'apiKey' nor 'token' is set in " + configFile
                    + "; add a line 'apiKey = …' with the application's API key");
        }
        if (base == null) {
            return new FetchOutcome.BadConfiguration("baseUrl", "'baseUrl' in " + configFile
                    + " is not an http(s) address; remove the line to use " + DEFAULT_BASE_URL);
        }
        if (config.pollSeconds() < MIN_POLL_SECONDS) {
            return new FetchOutcome.BadConfiguration("pollSeconds", "'pollSeconds' in " + configFile
                    + " must be at least " + MIN_POLL_SECONDS);
        }
        return null;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String instance() {
        return instance;
    }

    @Override
    public Duration pollInterval() {
        return pollInterval;
    }

    @Override
    public FetchOutcome fetch(Cursor cursor) throws InterruptedException {
        if (problem != null) {
            return problem;
        }
        SyncState state = state(cursor);
        SyncState.Pass pass = state.passOrNew();
        PlatformClient.Result<HttpResponse<byte[]>> result = client.get(pageUri(pass.page()), token,
                apiKey.isEmpty() ? Map.of() : Map.of("apikey", apiKey));
        if (result instanceof PlatformClient.Result.Failed<HttpResponse<byte[]>> failed) {
            if (failed.outcome() instanceof FetchOutcome.AuthFailed && token.isEmpty()) {
                return keyRefused(401);
            }
            return failed.outcome();
        }
        HttpResponse<byte[]> response = ((PlatformClient.Result.Ok<HttpResponse<byte[]>>) result).value();
        int status = response.statusCode();
        if (status == 403) {
            return token.isEmpty() ? keyRefused(403) : new FetchOutcome.AuthFailed("Trustpilot refused access to "
                    + "business unit " + businessUnit + " (HTTP 403): the token's user may not read it; "
                    + "put another token as 'token' in " + configFile);
        }
        if (status == 404) {
            return new FetchOutcome.BadConfiguration("businessUnitId", "Trustpilot knows no business unit "
                    + businessUnit + " (HTTP 404); check 'businessUnitId' in " + configFile);
        }
        if (status / 100 != 2) {
            return new FetchOutcome.Unavailable("Trustpilot answered HTTP " + status, null);
        }
        PlatformClient.Result<JsonNode> parsed = client.parse(response.body());
        if (parsed instanceof PlatformClient.Result.Failed<JsonNode> failed) {
            return failed.outcome();
        }
        JsonNode body = ((PlatformClient.Result.Ok<JsonNode>) parsed).value();
        JsonNode list = body.path("reviews");
        if (!body.isObject() || !list.isMissingNode() && !list.isArray()) {
            return new FetchOutcome.Unavailable("Trustpilot sent something other than a list of reviews", null);
        }
        return page(state, pass, list, hasNextPage(body, list.size()));
    }

    private FetchOutcome.AuthFailed keyRefused(int status) {
        return new FetchOutcome.AuthFailed("Trustpilot refused the API key (HTTP " + status
                + "): it is wrong or blocked; put a valid one as 'apiKey' in " + configFile);
    }

    /**
     * Whether another page follows: the answer's {@code links[]} has one with {@code rel} {@code next-page};
     * an answer without links has more when its page is full. The link's own address is not followed:
     * the next page is asked for by number, from the configured address, so the key and token go
     * nowhere else.
     */
    private static boolean hasNextPage(JsonNode body, int count) {
        JsonNode links = body.get("links");
        if (links == null || !links.isArray()) {
            return count >= PER_PAGE;
        }
        for (JsonNode link : links) {
            if ("next-page".equals(TrustpilotReview.text(link, "rel"))) {
                return count > 0;
            }
        }
        return false;
    }

    private FetchOutcome.Page page(SyncState state, SyncState.Pass pass, JsonNode list, boolean hasNext) {
        List<Mention> mentions = new ArrayList<>();
        boolean reachedKnown = false;
        int skipped = 0;
        for (JsonNode each : list) {
            Optional<TrustpilotReview> found = TrustpilotReview.of(each);
            if (found.isEmpty()) {
                skipped++;
                continue;
            }
            TrustpilotReview review = found.get();
            if (state.isBefore(review.created())) {
                reachedKnown = true;
                break;
            }
            if (!state.hasSeen(review.id(), review.created())) {
                mentions.addAll(review.mentions(instance));
            }
            pass = pass.met(review.id(), review.created());
        }
        if (skipped > 0) {
            LOG.log(Level.WARNING, "{0}: skipped {1} review(s) without id or creation time", configFile, skipped);
        }
        if (reachedKnown || !hasNext) {
            return new FetchOutcome.Page(mentions, state.completed(pass).toCursor(), false);
        }
        return new FetchOutcome.Page(mentions, state.continuing(pass.at(pass.page() + 1)).toCursor(), true);
    }

    private SyncState state(Cursor cursor) {
        try {
            return SyncState.of(cursor);
        } catch (IllegalArgumentException e) {
            // Not a cursor of ours (an older format, a hand edit): reading everything again repeats
            // reviews, which the store ignores, and loses none.
            LOG.log(Level.WARNING, "{0}: unreadable cursor ({1}); reading all reviews again", configFile,
                    e.getMessage());
            return SyncState.START;
        }
    }

    private URI pageUri(int page) {
        return URI.create(reviews + "?perPage=" + PER_PAGE + "&page=" + page + "&orderBy=" + ORDER);
    }

    @Override
    public String toString() {
        return "TrustpilotReviewsSource[" + instance + ": business unit " + businessUnit + "]";
    }

    private static URI baseUri(String text) {
        String base = strip(text);
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        try {
            URI uri = new URI(base);
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            return web && uri.getHost() != null && uri.getRawQuery() == null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

package webcare.source.google;

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
 * The reviews of one Google Business Profile location, through the My Business v4 API
 * ({@code GET /v4/accounts/{account}/locations/{location}/reviews}). One instance per
 * {@code etc/webcare.source.google-NAME.cfg}. The wire format and the cursor are described in
 * this bundle's README.
 */
@Component(service = Source.class, configurationPid = GoogleReviewsSource.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = {Source.TYPE + "=" + GoogleReviewsSource.TYPE, Source.CAN_REPLY + ":Boolean=true",
                Source.CAN_HIDE + ":Boolean=false", Source.HAS_RATINGS + ":Boolean=true"})
@Designate(ocd = GoogleReviewsSource.Config.class, factory = true)
public final class GoogleReviewsSource implements Source {

    static final String PID = "webcare.source.google";
    static final String TYPE = "google";
    static final String DEFAULT_BASE_URL = "https://mybusiness.googleapis.com";
    /** The most Google sends per page. */
    static final int PAGE_SIZE = 50;
    /** The list's order; also Google's default, asked for anyway so the cursor never depends on a default. */
    static final String ORDER = "update_time desc";
    static final int MIN_POLL_SECONDS = 60;

    private static final Logger LOG = System.getLogger(GoogleReviewsSource.class.getName());

    /** Keys of {@code etc/webcare.source.google-NAME.cfg}. */
    @ObjectClassDefinition(id = PID, name = "Google reviews",
            description = "The reviews of one Google Business Profile location")
    public @interface Config {
        @AttributeDefinition(name = "API address", required = false,
                description = "Base address of the Business Profile API; change only for a test server")
        String baseUrl() default DEFAULT_BASE_URL;

        @AttributeDefinition(name = "Access token", type = AttributeType.PASSWORD,
                description = "OAuth 2.0 access token with the business.manage scope, sent as a bearer token")
        String token();

        @AttributeDefinition(name = "Poll interval", required = false, min = "60",
                description = "Seconds between two looks for new and edited reviews (at least 60)")
        int pollSeconds() default 900;

        @AttributeDefinition(name = "Account", description = "The account id, e.g. 1234567890 (accounts/1234567890 works too)")
        String account();

        @AttributeDefinition(name = "Location", description = "The location id, e.g. 9876543210 (locations/9876543210 works too)")
        String location();
    }

    private final String instance;
    private final String configFile;
    private final String token;
    private final Duration pollInterval;
    private final String account;
    private final String location;
    private final URI reviews;
    private final FetchOutcome.BadConfiguration problem;
    private final PlatformClient client;

    @Activate
    public GoogleReviewsSource(Config config, Map<String, Object> properties) {
        this(config, properties, PlatformClient.defaultHttpClient(), Clock.systemUTC(), PlatformClient.REQUEST_TIMEOUT);
    }

    /** As DS does it, with the HTTP client, clock and request timeout given (tests use short ones). */
    GoogleReviewsSource(Config config, Map<String, ?> properties, HttpClient http, Clock clock, Duration timeout) {
        instance = InstanceConfig.instanceName(properties);
        configFile = InstanceConfig.configFile(properties);
        client = new PlatformClient("Google", configFile, http, clock, timeout);
        token = strip(config.token());
        account = id(config.account(), "accounts/");
        location = id(config.location(), "locations/");
        pollInterval = Duration.ofSeconds(Math.max(config.pollSeconds(), MIN_POLL_SECONDS));
        URI base = baseUri(config.baseUrl());
        reviews = base == null || account.isEmpty() || location.isEmpty() ? null
                : URI.create(base + "/v4/accounts/" + encode(account) + "/locations/" + encode(location) + "/reviews");
        problem = check(config, base);
    }

    private FetchOutcome.BadConfiguration check(Config config, URI base) {
        if (token.isEmpty()) {
            return missing("token", "a Business Profile access token");
        }
        if (account.isEmpty()) {
            return missing("account", "the account id");
        }
        if (location.isEmpty()) {
            return missing("location", "the location id");
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

    private FetchOutcome.BadConfiguration missing(String key, String what) {
        return new FetchOutcome.BadConfiguration(key, "'" + key + "' is missing in " + configFile + "; add a line '"
                + key + " = …' with " + what);
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
        PlatformClient.Result<HttpResponse<byte[]>> result = client.get(pageUri(pass.pageToken()), token, Map.of());
        if (result instanceof PlatformClient.Result.Failed<HttpResponse<byte[]>> failed) {
            return failed.outcome();
        }
        HttpResponse<byte[]> response = ((PlatformClient.Result.Ok<HttpResponse<byte[]>>) result).value();
        int status = response.statusCode();
        if (status == 400 && pass.pageToken() != null) {
            // Page tokens expire: start the pass again at the first page; 'since' has not moved, so
            // this repeats reviews and loses none.
            LOG.log(Level.INFO, "{0}: Google refused the page token; the pass starts again", configFile);
            return new FetchOutcome.Page(List.of(), state.continuing(pass.at(null)).toCursor(), true);
        }
        if (status == 403) {
            return new FetchOutcome.AuthFailed("Google refused access to location " + location + " (HTTP 403): "
                    + "the token lacks the business.manage scope or its user does not manage the location; "
                    + "put another token as 'token' in " + configFile);
        }
        if (status == 404) {
            return new FetchOutcome.BadConfiguration("location", "Google knows no location " + location
                    + " in account " + account + " (HTTP 404); check 'account' and 'location' in " + configFile);
        }
        if (status / 100 != 2) {
            return new FetchOutcome.Unavailable("Google answered HTTP " + status, null);
        }
        PlatformClient.Result<JsonNode> parsed = client.parse(response.body());
        if (parsed instanceof PlatformClient.Result.Failed<JsonNode> failed) {
            return failed.outcome();
        }
        JsonNode body = ((PlatformClient.Result.Ok<JsonNode>) parsed).value();
        JsonNode list = body.path("reviews");
        if (!body.isObject() || !list.isMissingNode() && !list.isArray()) {
            return new FetchOutcome.Unavailable("Google sent something other than a list of reviews", null);
        }
        return page(state, pass, list, GoogleReview.text(body, "nextPageToken"));
    }

    private FetchOutcome.Page page(SyncState state, SyncState.Pass pass, JsonNode list, String nextPageToken) {
        List<Mention> mentions = new ArrayList<>();
        boolean reachedKnown = false;
        int skipped = 0;
        for (JsonNode each : list) {
            Optional<GoogleReview> found = GoogleReview.of(each);
            if (found.isEmpty()) {
                skipped++;
                continue;
            }
            GoogleReview review = found.get();
            if (state.isBefore(review.changed())) {
                reachedKnown = true;
                break;
            }
            if (!state.hasSeen(review.id(), review.changed())) {
                mentions.addAll(review.mentions(instance));
            }
            pass = pass.met(review.id(), review.changed());
        }
        if (skipped > 0) {
            LOG.log(Level.WARNING, "{0}: skipped {1} review(s) without id or time", configFile, skipped);
        }
        if (reachedKnown || nextPageToken == null || nextPageToken.isBlank()) {
            return new FetchOutcome.Page(mentions, state.completed(pass).toCursor(), false);
        }
        return new FetchOutcome.Page(mentions, state.continuing(pass.at(nextPageToken)).toCursor(), true);
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

    private URI pageUri(String pageToken) {
        String query = "?pageSize=" + PAGE_SIZE + "&orderBy=" + encode(ORDER);
        return URI.create(reviews + query + (pageToken == null ? "" : "&pageToken=" + encode(pageToken)));
    }

    @Override
    public String toString() {
        return "GoogleReviewsSource[" + instance + ": accounts/" + account + "/locations/" + location + "]";
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

    /** An id as given, or the last part of a resource name ({@code accounts/123} → {@code 123}). */
    private static String id(String text, String prefix) {
        String id = strip(text);
        return id.startsWith(prefix) ? id.substring(prefix.length()) : id;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

package webcare.source.google;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import webcare.source.api.Cursor;
import webcare.source.api.FetchOutcome;
import webcare.source.api.Source;
import webcare.source.api.SourceCapabilities;
import webcare.source.http.HttpSource;
import webcare.source.http.JsonFields;
import webcare.source.http.NewestFirstCursor;
import webcare.source.http.NewestFirstCursor.PageFormat;
import webcare.source.http.PlatformClient;
import webcare.source.http.QueryString;
import webcare.source.http.Settings;

/**
 * The reviews of one Google Business Profile location, through the My Business v4 API
 * ({@code GET /v4/accounts/{account}/locations/{location}/reviews}). One instance per
 * {@code etc/webcare.source.google-NAME.cfg}. The wire format and the cursor are described in
 * this bundle's README.
 */
@Component(service = Source.class, configurationPid = GoogleReviewsSource.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@SourceCapabilities(type = GoogleReviewsSource.TYPE, canReply = true, hasRatings = true)
@Designate(ocd = GoogleReviewsSource.Config.class, factory = true)
public final class GoogleReviewsSource extends HttpSource {

    static final String PID = "webcare.source.google";
    static final String TYPE = "google";
    static final String DEFAULT_BASE_URL = "https://mybusiness.googleapis.com";
    /** The most Google sends per page. */
    static final int PAGE_SIZE = 50;
    /** The list's order; also Google's default, asked for anyway so the cursor never depends on a default. */
    static final String ORDER = "update_time desc";
    static final int MIN_POLL_SECONDS = 60;
    /** Where a pass is: Google's page token; none for the first page. */
    static final PageFormat<String> PAGES = PageFormat.token("pageToken");

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

        // the minimum is the one the connector enforces, so diagnostics and the instance reject the same values
        @AttributeDefinition(name = "Poll interval", required = false, min = "" + MIN_POLL_SECONDS,
                description = "Seconds between two looks for new and edited reviews, at least " + MIN_POLL_SECONDS)
        int pollSeconds() default 900;

        @AttributeDefinition(name = "Account", description = "The account id, e.g. 1234567890 (accounts/1234567890 works too)")
        String account();

        @AttributeDefinition(name = "Location", description = "The location id, e.g. 9876543210 (locations/9876543210 works too)")
        String location();
    }

    private final String token;
    private final int pollSeconds;
    private final String account;
    private final String location;
    private final URI base;
    private final URI reviews;
    private final PlatformClient client;

    @Activate
    public GoogleReviewsSource(Config config, Map<String, Object> properties) {
        this(Settings.lenient(Config.class, config, properties), properties, PlatformClient.defaultHttpClient(),
                Clock.systemUTC(), PlatformClient.REQUEST_TIMEOUT);
    }

    /** As DS does it, with the HTTP client, clock and request timeout given (tests use short ones). */
    GoogleReviewsSource(Config config, Map<String, ?> properties, HttpClient http, Clock clock, Duration timeout) {
        super(TYPE, properties, Config.class,
                Settings.pollInterval(config.pollSeconds(), MIN_POLL_SECONDS));
        client = new PlatformClient("Google", configFile(), http, clock, timeout);
        token = Settings.text(config.token());
        pollSeconds = config.pollSeconds();
        account = id(config.account(), "accounts/");
        location = id(config.location(), "locations/");
        base = Settings.baseUrl(config.baseUrl());
        reviews = base == null || account.isEmpty() || location.isEmpty() ? null
                : URI.create(base + "/v4/accounts/" + QueryString.encode(account) + "/locations/"
                        + QueryString.encode(location) + "/reviews");
    }

    @Override
    protected FetchOutcome.BadConfiguration configurationProblem() {
        return Settings.check(configFile())
                .required("token", token, "a Business Profile access token")
                .required("account", account, "the account id")
                .required("location", location, "the location id")
                .webAddress("baseUrl", base, DEFAULT_BASE_URL)
                .pollSeconds(pollSeconds, MIN_POLL_SECONDS)
                .problem();
    }

    @Override
    protected FetchOutcome fetchConfigured(Cursor cursor) throws InterruptedException {
        NewestFirstCursor<String> state = NewestFirstCursor.ofOrStart(cursor, PAGES, configFile());
        NewestFirstCursor.Pass<String> pass = state.passOrNew();
        return client.get(pageUri(pass.page()), token, Map.of())
                .fold(response -> answer(state, pass, response), failed -> failed);
    }

    private FetchOutcome answer(NewestFirstCursor<String> state, NewestFirstCursor.Pass<String> pass,
            HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status == 400 && pass.page() != null) {
            // Page tokens expire: start the pass again at the first page; 'since' has not moved, so
            // this repeats reviews and loses none.
            LOG.log(Level.INFO, "{0}: Google refused the page token; the pass starts again", configFile());
            return new FetchOutcome.Page(List.of(), state.continuing(pass.at(null)).toCursor(), true);
        }
        if (status == 403) {
            return new FetchOutcome.AuthFailed("Google refused access to location " + location + " (HTTP 403): "
                    + "the token lacks the business.manage scope or its user does not manage the location; "
                    + "put another token as 'token' in " + configFile());
        }
        if (status == 404) {
            return new FetchOutcome.BadConfiguration("location", "Google knows no location " + location
                    + " in account " + account + " (HTTP 404); check 'account' and 'location' in " + configFile());
        }
        return client.json(response).fold(body -> page(state, pass, body), failed -> failed);
    }

    private FetchOutcome page(NewestFirstCursor<String> state, NewestFirstCursor.Pass<String> pass, JsonNode body) {
        return client.list(body, "reviews").fold(reviews -> {
            NewestFirstCursor.Sweep<String, GoogleReview> sweep = state.sweep(pass, reviews, GoogleReview::of);
            if (sweep.skipped() > 0) {
                LOG.log(Level.WARNING, "{0}: skipped {1} review(s) without id or time", configFile(), sweep.skipped());
            }
            String nextPageToken = JsonFields.text(body, "nextPageToken");
            return sweep.page(review -> review.mentions(instance()),
                    nextPageToken == null || nextPageToken.isBlank() ? null : nextPageToken)
                    .withSkipped("no id or time", sweep.skipped());
        }, failed -> failed);
    }

    private URI pageUri(String pageToken) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("pageSize", Integer.toString(PAGE_SIZE));
        query.put("orderBy", ORDER);
        if (pageToken != null) {
            query.put("pageToken", pageToken);
        }
        return QueryString.uri(reviews, query);
    }

    @Override
    public String toString() {
        return "GoogleReviewsSource[" + instance() + ": accounts/" + account + "/locations/" + location + "]";
    }

    /** An id as given, or the last part of a resource name ({@code accounts/123} → {@code 123}). */
    static String id(String text, String prefix) {
        String id = Settings.text(text);
        return id.startsWith(prefix) ? id.substring(prefix.length()) : id;
    }
}

package webcare.source.trustpilot;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
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
 * The reviews of one Trustpilot business unit ({@code GET /v1/business-units/{id}/reviews}). One
 * instance per {@code etc/webcare.source.trustpilot-NAME.cfg}. The wire format and the cursor are
 * described in this bundle's README.
 */
@Component(service = Source.class, configurationPid = TrustpilotReviewsSource.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@SourceCapabilities(type = TrustpilotReviewsSource.TYPE, canReply = true, hasRatings = true)
@Designate(ocd = TrustpilotReviewsSource.Config.class, factory = true)
public final class TrustpilotReviewsSource extends HttpSource {

    static final String PID = "webcare.source.trustpilot";
    static final String TYPE = "trustpilot";
    static final String DEFAULT_BASE_URL = "https://api.trustpilot.com";
    /** The most Trustpilot sends per page. */
    static final int PER_PAGE = 100;
    static final String ORDER = "createdat.desc";
    static final int MIN_POLL_SECONDS = 60;
    /** Where a pass is: the page number, from 1. */
    static final PageFormat<Integer> PAGES = PageFormat.number("page");

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

        // the minimum is the one the connector enforces, so diagnostics and the instance reject the same values
        @AttributeDefinition(name = "Poll interval", required = false, min = "" + MIN_POLL_SECONDS,
                description = "Seconds between two looks for new reviews, at least " + MIN_POLL_SECONDS)
        int pollSeconds() default 900;

        @AttributeDefinition(name = "Business unit", description = "The business unit id, e.g. 46d6a890000064000500e0c3")
        String businessUnitId();

        @AttributeDefinition(name = "Replying business user", required = false,
                description = "Id of the Trustpilot business user whose name replies are posted in; replying "
                        + "also needs that user's access token as 'token'")
        String authorBusinessUserId() default "";
    }

    private final String token;
    private final String apiKey;
    private final String businessUnit;
    private final int pollSeconds;
    private final URI base;
    private final URI reviews;
    private final PlatformClient client;

    @Activate
    public TrustpilotReviewsSource(Config config, Map<String, Object> properties) {
        this(Settings.lenient(Config.class, config, properties), properties, PlatformClient.defaultHttpClient(),
                Clock.systemUTC(), PlatformClient.REQUEST_TIMEOUT);
    }

    /** As DS does it, with the HTTP client, clock and request timeout given (tests use short ones). */
    TrustpilotReviewsSource(Config config, Map<String, ?> properties, HttpClient http, Clock clock, Duration timeout) {
        super(TYPE, properties, Config.class,
                Settings.pollInterval(config.pollSeconds(), MIN_POLL_SECONDS));
        client = new PlatformClient("Trustpilot", configFile(), http, clock, timeout);
        token = Settings.text(config.token());
        apiKey = Settings.text(config.apiKey());
        businessUnit = Settings.text(config.businessUnitId());
        pollSeconds = config.pollSeconds();
        base = Settings.baseUrl(config.baseUrl());
        reviews = base == null || businessUnit.isEmpty() ? null
                : URI.create(base + "/v1/business-units/" + QueryString.encode(businessUnit) + "/reviews");
    }

    @Override
    protected FetchOutcome.BadConfiguration configurationProblem() {
        return Settings.check(configFile())
                .required("businessUnitId", businessUnit, "the business unit id")
                .holds(!token.isEmpty() || !apiKey.isEmpty(), "apiKey", "neither 'apiKey' nor 'token' is set in "
                        + configFile() + "; add a line 'apiKey = …' with the application's API key")
                .webAddress("baseUrl", base, DEFAULT_BASE_URL)
                .pollSeconds(pollSeconds, MIN_POLL_SECONDS)
                .problem();
    }

    @Override
    protected FetchOutcome fetchConfigured(Cursor cursor) throws InterruptedException {
        NewestFirstCursor<Integer> state = NewestFirstCursor.ofOrStart(cursor, PAGES, configFile());
        NewestFirstCursor.Pass<Integer> pass = state.passOrNew();
        return client.get(pageUri(pass.page()), token, apiKey.isEmpty() ? Map.of() : Map.of("apikey", apiKey))
                .fold(response -> answer(state, pass, response),
                        failed -> failed instanceof FetchOutcome.AuthFailed && token.isEmpty() ? keyRefused(401) : failed);
    }

    private FetchOutcome answer(NewestFirstCursor<Integer> state, NewestFirstCursor.Pass<Integer> pass,
            HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status == 403) {
            return token.isEmpty() ? keyRefused(403) : new FetchOutcome.AuthFailed("Trustpilot refused access to "
                    + "business unit " + businessUnit + " (HTTP 403): the token's user may not read it; "
                    + "put another token as 'token' in " + configFile());
        }
        if (status == 404) {
            return new FetchOutcome.BadConfiguration("businessUnitId", "Trustpilot knows no business unit "
                    + businessUnit + " (HTTP 404); check 'businessUnitId' in " + configFile());
        }
        return client.json(response).fold(body -> page(state, pass, body), failed -> failed);
    }

    private FetchOutcome.AuthFailed keyRefused(int status) {
        return new FetchOutcome.AuthFailed("Trustpilot refused the API key (HTTP " + status
                + "): it is wrong or blocked; put a valid one as 'apiKey' in " + configFile());
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
            if ("next-page".equals(JsonFields.text(link, "rel"))) {
                return count > 0;
            }
        }
        return false;
    }

    private FetchOutcome page(NewestFirstCursor<Integer> state, NewestFirstCursor.Pass<Integer> pass, JsonNode body) {
        return client.list(body, "reviews").fold(reviews -> {
            NewestFirstCursor.Sweep<Integer, TrustpilotReview> sweep = state.sweep(pass, reviews, TrustpilotReview::of);
            if (sweep.skipped() > 0) {
                LOG.log(Level.WARNING, "{0}: skipped {1} review(s) without id or creation time", configFile(),
                        sweep.skipped());
            }
            return sweep.page(review -> review.mentions(instance()),
                    hasNextPage(body, reviews.size()) ? pass.page() + 1 : null)
                    .withSkipped("no id or creation time", sweep.skipped());
        }, failed -> failed);
    }

    private URI pageUri(int page) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("perPage", Integer.toString(PER_PAGE));
        query.put("page", Integer.toString(page));
        query.put("orderBy", ORDER);
        return QueryString.uri(reviews, query);
    }

    @Override
    public String toString() {
        return "TrustpilotReviewsSource[" + instance() + ": business unit " + businessUnit + "]";
    }
}

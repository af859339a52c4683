package webcare.source.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.FeedException;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdom2.Element;
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
import webcare.source.api.SourceCapabilities;
import webcare.source.http.HttpSource;
import webcare.source.http.PlatformClient;
import webcare.source.http.Settings;

/**
 * One RSS or Atom feed: a forum, a news search, a review site. One instance per
 * {@code etc/webcare.source.feed-NAME.cfg}. Each fetch is one conditional GET of the whole feed;
 * the wire format and the cursor are described in this bundle's README.
 */
@Component(service = Source.class, configurationPid = FeedSource.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@SourceCapabilities(type = FeedSource.TYPE)
@Designate(ocd = FeedSource.Config.class, factory = true)
public final class FeedSource extends HttpSource {

    static final String PID = "webcare.source.feed";
    static final String TYPE = "feed";
    static final int MIN_POLL_SECONDS = 60;
    static final String ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
            + "application/xml;q=0.8, text/xml;q=0.8";

    private static final Logger LOG = System.getLogger(FeedSource.class.getName());

    /** Keys of {@code etc/webcare.source.feed-NAME.cfg}. */
    @ObjectClassDefinition(id = PID, name = "Feed", description = "One RSS or Atom feed: a forum, news search or review site")
    public @interface Config {
        @AttributeDefinition(name = "Feed address", description = "The feed's http(s) address")
        String url();

        // the minimum is the one the connector enforces, so diagnostics and the instance reject the same values
        @AttributeDefinition(name = "Poll interval", required = false, min = "" + MIN_POLL_SECONDS,
                description = "Seconds between two looks at the feed, at least " + MIN_POLL_SECONDS)
        int pollSeconds() default 600;

        @AttributeDefinition(name = "Access token", required = false, type = AttributeType.PASSWORD,
                description = "Only for a feed behind a login: sent as a bearer token; leave out otherwise")
        String token();
    }

    private final String token;
    private final int pollSeconds;
    private final String address;
    private final URI url;
    private final Clock clock;
    private final PlatformClient client;

    @Activate
    public FeedSource(Config config, Map<String, Object> properties) {
        this(Settings.lenient(Config.class, config, properties), properties, PlatformClient.defaultHttpClient(),
                Clock.systemUTC(), PlatformClient.REQUEST_TIMEOUT);
    }

    /** As DS does it, with the HTTP client, clock and request timeout given (tests use short ones). */
    FeedSource(Config config, Map<String, ?> properties, HttpClient http, Clock clock, Duration timeout) {
        super(TYPE, properties, Config.class,
                Settings.pollInterval(config.pollSeconds(), MIN_POLL_SECONDS));
        this.clock = clock;
        client = new PlatformClient(name(), configFile(), http, clock, timeout);
        token = Settings.text(config.token());
        pollSeconds = config.pollSeconds();
        address = Settings.text(config.url());
        url = webAddress(address);
    }

    @Override
    protected FetchOutcome.BadConfiguration configurationProblem() {
        return Settings.check(configFile())
                .required("url", address, "the feed's address")
                .holds(url != null, "url", "'url' in " + configFile() + " is not an http(s) address")
                .pollSeconds(pollSeconds, MIN_POLL_SECONDS)
                .problem();
    }

    @Override
    protected FetchOutcome fetchConfigured(Cursor cursor) throws InterruptedException {
        FeedState state = state(cursor);
        Map<String, String> headers = new HashMap<>();
        headers.put("Accept", ACCEPT);
        if (state.etag() != null) {
            headers.put("If-None-Match", state.etag());
        }
        if (state.lastModified() != null) {
            headers.put("If-Modified-Since", state.lastModified());
        }
        return client.get(url, token, headers).fold(response -> answer(cursor, state, response),
                failed -> failed instanceof FetchOutcome.AuthFailed && token.isEmpty()
                        ? new FetchOutcome.AuthFailed(name() + " asks for a login (HTTP 401): put an access token as "
                                + "'token' in " + configFile())
                        : failed);
    }

    private FetchOutcome answer(Cursor cursor, FeedState state, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status == 304) {
            return new FetchOutcome.Page(List.of(), cursor, false);
        }
        if (status == 403 && !token.isEmpty()) {
            return client.tokenRefused(status);
        }
        if (status == 404 || status == 410) {
            return new FetchOutcome.BadConfiguration("url", name() + " is not at " + url.getHost() + " (HTTP " + status
                    + "); check 'url' in " + configFile());
        }
        if (status / 100 != 2) {
            return new FetchOutcome.Unavailable(name() + " answered HTTP " + status, null);
        }
        FeedParser.Parsed parsed;
        try {
            parsed = new FeedParser().parse(response.body(), response.headers().firstValue("Content-Type").orElse(null));
        } catch (IOException | FeedException e) {
            return new FetchOutcome.Unavailable(name() + " sent malformed or truncated XML (" + oneLine(e) + ")", null);
        } catch (IllegalArgumentException e) {
            return new FetchOutcome.Unavailable(name() + " sent XML that is no RSS or Atom feed; check 'url' in "
                    + configFile(), null);
        }
        return page(state, parsed, response);
    }

    private FetchOutcome.Page page(FeedState state, FeedParser.Parsed parsed, HttpResponse<byte[]> response) {
        Instant now = clock.instant();
        List<SyndEntry> entries = parsed.feed().getEntries();
        Map<String, Mention> fresh = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        int skipped = 0;
        for (int i = 0; i < entries.size(); i++) {
            Element element = parsed.elements().isEmpty() ? null : parsed.elements().get(i);
            Optional<FeedEntry> found = FeedEntry.of(entries.get(i), element, parsed.lang(), instance(), now);
            if (found.isEmpty()) {
                skipped++;
                continue;
            }
            FeedEntry entry = found.get();
            if (!state.seen().contains(entry.fingerprint())) {
                // a feed that lists an entry twice gets it once: one page never holds an id twice
                fresh.putIfAbsent(entry.id(), entry.mention());
            }
            if (seen.size() < FeedState.MAX_SEEN) {
                seen.add(entry.fingerprint());
            }
        }
        if (skipped > 0) {
            LOG.log(Level.WARNING, "{0}: skipped {1} feed entries without id or link", configFile(), skipped);
        }
        FeedState next = new FeedState(response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null), seen);
        return new FetchOutcome.Page(new ArrayList<>(fresh.values()), next.toCursor(), false)
                .withSkipped("no id or link", skipped);
    }

    private FeedState state(Cursor cursor) {
        try {
            return FeedState.of(cursor);
        } catch (IllegalArgumentException e) {
            // Not a cursor of ours: the whole feed comes again, which the store ignores.
            LOG.log(Level.WARNING, "{0}: unreadable cursor ({1}); reading the whole feed again", configFile(),
                    e.getMessage());
            return FeedState.START;
        }
    }

    private String name() {
        return "Feed '" + instance() + "'";
    }

    @Override
    public String toString() {
        return "FeedSource[" + instance() + ": " + (url == null ? "no address" : url.getHost()) + "]";
    }

    private static URI webAddress(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(text);
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            return web && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}

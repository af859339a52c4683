package webcare.source.twitter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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
import webcare.source.http.InstanceConfig;
import webcare.source.http.PlatformClient;
import webcare.source.http.QueryString;
import webcare.source.http.Settings;

/**
 * One X (Twitter) watch through X API v2: a recent search ({@code query}) or the mentions
 * timeline of one account ({@code userId}). One instance per {@code etc/webcare.source.twitter-NAME.cfg};
 * the wire format and the cursor are described in this bundle's README.
 */
@Component(service = Source.class, configurationPid = TwitterSource.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@SourceCapabilities(type = TwitterSource.TYPE, canReply = true, canHide = true)
@Designate(ocd = TwitterSource.Config.class, factory = true)
public final class TwitterSource extends HttpSource {

    static final String PID = "webcare.source.twitter";
    static final String TYPE = "twitter";

    static final String SEARCH_PATH = "/2/tweets/search/recent";
    static final String EXPANSIONS = "author_id";
    static final String USER_FIELDS = "public_metrics,username,name";
    /**
     * The brief's list plus {@code author_id} (named explicitly so the author is never lost) and
     * {@code note_tweet} (posts longer than 280 characters carry their full text only there).
     */
    static final String TWEET_FIELDS = "created_at,lang,conversation_id,in_reply_to_user_id,referenced_tweets,"
            + "edit_history_tweet_ids,public_metrics,author_id,note_tweet";
    /** The most either endpoint gives per request. */
    static final String MAX_RESULTS = "100";
    /** X's app limits allow a request every few seconds; anything faster is a typo. */
    static final int MIN_POLL_SECONDS = 10;

    private static final Pattern USER_ID = Pattern.compile("[0-9]{1,19}");

    /** Keys of {@code etc/webcare.source.twitter-NAME.cfg}; the metatype lets diagnostics check the file. */
    @ObjectClassDefinition(id = PID, name = "X (Twitter) source",
            description = "One X API v2 watch: a recent search or the mentions of one account")
    public @interface Config {
        @AttributeDefinition(name = "API address", required = false,
                description = "Base address of X API v2; change only for a proxy or a test server")
        String baseUrl() default "https://api.twitter.com";

        @AttributeDefinition(name = "Bearer token", type = AttributeType.PASSWORD,
                description = "App-only bearer token of the X developer app")
        String token();

        // the minimum is the one the connector enforces, so diagnostics and the instance reject the same values
        @AttributeDefinition(name = "Poll interval", required = false, min = "" + MIN_POLL_SECONDS,
                description = "Seconds between two sync passes, at least " + MIN_POLL_SECONDS)
        int pollSeconds() default 120;

        @AttributeDefinition(name = "Search query", required = false,
                description = "Recent-search query, e.g. \"@brand OR brand -is:retweet\"; set this or userId, not both")
        String query() default "";

        @AttributeDefinition(name = "Account id", required = false,
                description = "Numeric id of the account whose mentions to read; set this or query, not both")
        String userId() default "";

        // X takes posts and hides only in a user's name, never with the app-only bearer token above
        @AttributeDefinition(name = "User access token", required = false, type = AttributeType.PASSWORD,
                description = "OAuth 2.0 user access token of the organisation's account, with the scopes "
                        + "tweet.read, users.read, tweet.write (to reply) and tweet.moderate.write (to hide replies); "
                        + "without it the workbench cannot reply or hide on X")
        String userToken() default "";
    }

    private final int pollSeconds;
    private final String token;
    private final URI base;
    private final String query;
    private final String userId;
    private final PlatformClient client;

    @Activate
    public TwitterSource(Config config, Map<String, Object> properties) {
        this(Settings.lenient(Config.class, config, properties), properties,
                new PlatformClient("X", InstanceConfig.configFile(properties),
                PlatformClient.defaultHttpClient(), Clock.systemUTC()));
    }

    /** For tests: the client decides timeouts and the clock. */
    TwitterSource(Config config, Map<String, Object> properties, PlatformClient client) {
        super(TYPE, properties, Config.class,
                Settings.pollInterval(config.pollSeconds(), MIN_POLL_SECONDS));
        this.pollSeconds = config.pollSeconds();
        this.token = Settings.text(config.token());
        this.base = Settings.baseUrl(config.baseUrl());
        this.query = Settings.text(config.query());
        this.userId = Settings.text(config.userId());
        this.client = client;
    }

    @Override
    protected FetchOutcome.BadConfiguration configurationProblem() {
        String file = configFile();
        return Settings.check(file)
                .holds(!token.isEmpty(), "token", "no bearer token: put the X app's bearer token as 'token' in " + file)
                .holds(base != null, "baseUrl", "'baseUrl' must be an http or https address: correct it in " + file)
                .holds(!query.isEmpty() || !userId.isEmpty(), "query",
                        "set 'query' (recent search) or 'userId' (mentions of an account) in " + file)
                .holds(query.isEmpty() || userId.isEmpty(), "userId",
                        "'query' and 'userId' are both set in " + file + ": keep one of them")
                .holds(userId.isEmpty() || USER_ID.matcher(userId).matches(), "userId",
                        "'userId' must be the account's numeric id, not its @name: correct it in " + file)
                .pollSeconds(pollSeconds, MIN_POLL_SECONDS)
                .problem();
    }

    @Override
    protected FetchOutcome fetchConfigured(Cursor cursor) throws InterruptedException {
        Endpoint endpoint = query.isEmpty() ? Endpoint.mentions(base, userId) : Endpoint.search(base, query);
        SyncState state = SyncState.read(cursor, endpoint.target());
        return client.get(endpoint.uri(state), token, Map.of())
                .fold(response -> answer(endpoint, state, response), failed -> failed);
    }

    private FetchOutcome answer(Endpoint endpoint, SyncState state, HttpResponse<byte[]> response) {
        if (response.statusCode() / 100 != 2) {
            return refused(endpoint, state, response.statusCode(), json(response.body()));
        }
        return client.parse(response.body()).fold(json -> page(endpoint, state, json), failed -> failed);
    }

    private FetchOutcome page(Endpoint endpoint, SyncState state, JsonNode json) {
        JsonNode data = json.path("data");
        boolean empty = !data.isArray() || data.isEmpty();
        if (empty && json.path("errors").isArray() && !json.path("errors").isEmpty()) {
            // A 200 with only errors: for the mentions timeline that is an account X does not know.
            Problems problems = Problems.of(json);
            if (endpoint.isMentions() && problems.parameters().contains("id")) {
                return unknownAccount(endpoint, problems.message());
            }
            if (!json.path("meta").isObject()) {
                return new FetchOutcome.Unavailable("X answered without posts: " + safe(problems.message()), null);
            }
        }
        JsonNode meta = json.path("meta");
        String next = text(meta, "next_token");
        String newest = text(meta, "newest_id");
        if (newest == null && !empty) {
            newest = text(data.get(0), "id"); // newest first
        }
        SyncState after = state.after(newest, next);
        TweetMentions.Read read = TweetMentions.of(json, instance());
        return new FetchOutcome.Page(read.mentions(), after.cursor(), next != null)
                .withSkipped(TweetMentions.NO_ID, read.withoutId());
    }

    /** A 4xx other than 401 and 429 (PlatformClient handles those). */
    private FetchOutcome refused(Endpoint endpoint, SyncState state, int status, JsonNode body) {
        Problems problems = Problems.of(body);
        String message = safe(problems.message());
        if (status == 400) {
            if (problems.parameters().contains("since_id") && state.sinceId() != null) {
                // Recent search only reaches back 7 days and refuses an older since_id: start a
                // fresh pass without it; nothing older than 7 days can be fetched anyway.
                return new FetchOutcome.Page(List.of(), SyncState.fresh(state.target()).cursor(), true);
            }
            if (problems.parameters().contains(endpoint.pageParameter()) && state.pageToken() != null) {
                // An expired page token: repeat the pass from its since_id (repeats, never skips).
                return new FetchOutcome.Page(List.of(), state.restartPass().cursor(), true);
            }
            if (problems.parameters().contains("query")) {
                return new FetchOutcome.BadConfiguration("query",
                        "X rejects the search query (" + message + "); correct 'query' in " + configFile());
            }
            if (problems.parameters().contains("id")) {
                return unknownAccount(endpoint, problems.message());
            }
            return new FetchOutcome.Unavailable("X rejected the request (HTTP 400): " + message, null);
        }
        if (status == 403) {
            return new FetchOutcome.AuthFailed("X refused access (HTTP 403): " + message
                    + "; the token's app needs access to " + endpoint.path()
                    + ": put a bearer token of an app that has it as 'token' in " + configFile());
        }
        if (status == 404 && endpoint.isMentions()) {
            return unknownAccount(endpoint, problems.message());
        }
        return new FetchOutcome.Unavailable("X answered HTTP " + status
                + (message.isEmpty() ? "" : ": " + message), null);
    }

    private FetchOutcome unknownAccount(Endpoint endpoint, String detail) {
        return new FetchOutcome.BadConfiguration("userId", "X has no account with id " + endpoint.userId()
                + (detail.isEmpty() ? "" : " (" + safe(detail) + ")")
                + "; put the numeric id of the account as 'userId' in " + configFile());
    }

    private JsonNode json(byte[] body) {
        return client.parse(body) instanceof PlatformClient.Result.Ok<JsonNode> ok ? ok.value() : MissingNode.getInstance();
    }

    /** The platform's own words, one line, and never the token even if it echoes it. */
    private String safe(String text) {
        String line = text.lines().findFirst().orElse("").strip();
        return token.isEmpty() ? line : line.replace(token, "…");
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.asText().isEmpty() ? value.asText() : null;
    }

    @Override
    public String toString() {
        return "TwitterSource[" + instance() + "]";
    }

    /**
     * One of the two endpoints. {@code target} identifies what is watched, so a cursor saved for
     * another query or account is not reused; {@code pageParameter} is how the endpoint takes the
     * previous page's {@code meta.next_token}.
     */
    private record Endpoint(URI base, String path, Map<String, String> fixed, String pageParameter, String target,
            String userId) {

        static Endpoint search(URI base, String query) {
            return new Endpoint(base, SEARCH_PATH, Map.of("query", query), "next_token", "query:" + query, null);
        }

        static Endpoint mentions(URI base, String userId) {
            return new Endpoint(base, "/2/users/" + userId + "/mentions", Map.of(), "pagination_token",
                    "user:" + userId, userId);
        }

        boolean isMentions() {
            return userId != null;
        }

        URI uri(SyncState state) {
            Map<String, String> params = new LinkedHashMap<>(fixed);
            params.put("max_results", MAX_RESULTS);
            params.put("expansions", EXPANSIONS);
            params.put("user.fields", USER_FIELDS);
            params.put("tweet.fields", TWEET_FIELDS);
            if (state.sinceId() != null) {
                params.put("since_id", state.sinceId());
            }
            if (state.pageToken() != null) {
                params.put(pageParameter, state.pageToken());
            }
            return QueryString.uri(base + path, params);
        }
    }
}

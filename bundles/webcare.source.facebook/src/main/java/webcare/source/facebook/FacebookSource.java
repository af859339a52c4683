package webcare.source.facebook;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;
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
import webcare.source.facebook.SyncState.Pass;
import webcare.source.facebook.SyncState.Phase;
import webcare.source.http.InstanceConfig;
import webcare.source.http.PlatformClient;

/**
 * One Facebook page through the Graph API: its feed posts, their comments and its ratings. One
 * instance per {@code etc/webcare.source.facebook-NAME.cfg}, so two pages are two instances; the
 * wire format and the cursor are described in this bundle's README.
 */
@Component(service = Source.class, configurationPid = FacebookSource.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = {Source.TYPE + "=" + FacebookSource.TYPE, Source.CAN_REPLY + ":Boolean=true",
                Source.CAN_HIDE + ":Boolean=true", Source.HAS_RATINGS + ":Boolean=true"})
@Designate(ocd = FacebookSource.Config.class, factory = true)
public final class FacebookSource implements Source {

    static final String PID = "webcare.source.facebook";
    static final String TYPE = "facebook";

    static final String FEED_FIELDS = "id,message,created_time,updated_time,from,permalink_url";
    static final String COMMENT_FIELDS = "id,message,created_time,from,parent,permalink_url";
    /** The Recommendation fields, plus the review story's id: the rating's own id and what a reply goes to. */
    static final String RATING_FIELDS = "created_time,has_rating,has_review,rating,recommendation_type,review_text,"
            + "reviewer,open_graph_story{id}";
    static final String LIMIT = "100";
    /** Comments are followed on posts of the last 30 days (and on every post newer than the last pass). */
    static final Duration COMMENT_WINDOW = Duration.ofDays(30);
    /**
     * Each pass asks again for what was created in the 5 minutes before the previous pass began:
     * Graph shows some items a little after their created_time, and clocks differ. Repeats are
     * harmless, the store knows each item by its id.
     */
    static final Duration OVERLAP = Duration.ofMinutes(5);
    /** How long to wait when Graph throttles without saying for how long. */
    static final Duration DEFAULT_THROTTLE = Duration.ofMinutes(10);
    static final int MIN_POLL_SECONDS = 10;

    /** Graph's throttling codes: app, user, page and custom-level limits; 80000s are business use case limits. */
    private static final Set<Integer> THROTTLED = Set.of(4, 17, 32, 613);
    private static final List<String> USAGE_HEADERS = List.of("x-business-use-case-usage", "x-page-usage",
            "x-app-usage");
    /** What a time-based {@code paging.next} link may carry; its {@code access_token} is never kept. */
    private static final Set<String> PAGING_PARAMETERS = Set.of("after", "until", "since", "__paging_token");
    private static final Pattern PAGE_ID = Pattern.compile("[A-Za-z0-9._-]{1,200}");
    /** Graph echoes a malformed token in its message; page and user tokens begin with EAA. */
    private static final Pattern TOKEN_LIKE = Pattern.compile("EAA[A-Za-z0-9]{20,}");

    /** Keys of {@code etc/webcare.source.facebook-NAME.cfg}; the metatype lets diagnostics check the file. */
    @ObjectClassDefinition(id = PID, name = "Facebook page source",
            description = "One Facebook page: its feed posts, their comments and its ratings")
    public @interface Config {
        @AttributeDefinition(name = "Graph API address", required = false,
                description = "Graph API base address with its version; change only for a newer version, a proxy "
                        + "or a test server")
        String baseUrl() default "https://graph.facebook.com/v19.0";

        @AttributeDefinition(name = "Page access token", type = AttributeType.PASSWORD,
                description = "Page access token with pages_read_engagement and pages_read_user_content")
        String token();

        @AttributeDefinition(name = "Poll interval", required = false, min = "10",
                description = "Seconds between two sync passes")
        int pollSeconds() default 300;

        @AttributeDefinition(name = "Page id", description = "Numeric id (or user name) of the Facebook page")
        String pageId();

        @AttributeDefinition(name = "Read ratings", required = false,
                description = "Also read the page's ratings and recommendations")
        boolean includeRatings() default true;
    }

    private final String instance;
    private final String configFile;
    private final String token;
    private final Duration pollInterval;
    private final boolean includeRatings;
    private final PlatformClient client;
    private final Clock clock;
    private final Setup setup;

    @Activate
    public FacebookSource(Config config, Map<String, Object> properties) {
        this(config, properties, new PlatformClient("Facebook", InstanceConfig.configFile(properties),
                PlatformClient.defaultHttpClient(), Clock.systemUTC()), Clock.systemUTC());
    }

    /** For tests: the client decides timeouts, the clock when passes start. */
    FacebookSource(Config config, Map<String, Object> properties, PlatformClient client, Clock clock) {
        this.instance = InstanceConfig.instanceName(properties);
        this.configFile = InstanceConfig.configFile(properties);
        this.token = config.token() == null ? "" : config.token().strip();
        this.pollInterval = Duration.ofSeconds(Math.max(MIN_POLL_SECONDS, config.pollSeconds()));
        this.includeRatings = config.includeRatings();
        this.client = client;
        this.clock = clock;
        this.setup = setup(config);
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
        if (setup instanceof Misconfigured misconfigured) {
            return misconfigured.outcome();
        }
        Graph graph = (Graph) setup;
        SyncState state = SyncState.read(cursor, graph.pageId());
        Pass pass = state.pass() != null ? state.pass() : Pass.start(clock.instant());
        return switch (pass.phase()) {
            case FEED -> feed(graph, state, pass);
            case COMMENTS -> comments(graph, state, pass);
            case RATINGS -> ratings(graph, state, pass);
            case DONE -> page(state, List.of(), pass);
        };
    }

    /**
     * One feed page: posts created since the last pass are delivered; every post touched since
     * then (a comment moves its updated_time) is queued for its comments.
     */
    private FetchOutcome feed(Graph graph, SyncState state, Pass pass) throws InterruptedException {
        Instant window = pass.started().minus(COMMENT_WINDOW);
        if (state.synced() != null && state.synced().isBefore(window)) {
            window = state.synced(); // a long pause: nothing created since the last pass is left out
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("fields", FEED_FIELDS);
        params.put("limit", LIMIT);
        params.put("since", Long.toString(window.getEpochSecond()));
        params.putAll(pass.paging());
        Answer answer = get(graph, "/" + graph.pageId() + "/feed", params, Phase.FEED);
        if (answer instanceof Refusal refusal) {
            return refusal.outcome();
        }
        JsonNode json = ((Answered) answer).json();
        // The first pass takes the window's posts; later ones what came since the last pass.
        Instant from = state.synced() != null ? state.synced() : window;
        List<Mention> found = new ArrayList<>();
        List<String> posts = new ArrayList<>(pass.posts());
        boolean pastWindow = !json.path("data").isEmpty();
        for (JsonNode post : json.path("data")) {
            Optional<Instant> created = GraphMentions.time(post, "created_time");
            if (created.isPresent() && !created.get().isBefore(from)) {
                graph.mentions().post(post).ifPresent(found::add);
            }
            String id = GraphMentions.text(post, "id");
            Optional<Instant> touched = GraphMentions.time(post, "updated_time").or(() -> created);
            if (id != null && touched.map(time -> !time.isBefore(from)).orElse(true) && !posts.contains(id)) {
                posts.add(id);
            }
            pastWindow &= created.isPresent() && created.get().isBefore(window);
        }
        // The feed is newest first: a page of posts older than the window ends the listing, even
        // if Graph ignored since and would go on through the page's whole history.
        Optional<Map<String, String>> next = pastWindow ? Optional.empty() : nextPage(json);
        return page(state, found, next.isPresent()
                ? pass.next(Phase.FEED, next.get(), posts)
                : pass.next(Phase.COMMENTS, Map.of(), posts));
    }

    /** One page of comments (replies included) on the first queued post. */
    private FetchOutcome comments(Graph graph, SyncState state, Pass pass) throws InterruptedException {
        if (pass.posts().isEmpty()) {
            return page(state, List.of(), pass);
        }
        String post = pass.posts().get(0);
        List<String> rest = pass.posts().subList(1, pass.posts().size());
        Map<String, String> params = new LinkedHashMap<>();
        params.put("filter", "stream");
        params.put("fields", COMMENT_FIELDS);
        params.put("limit", LIMIT);
        if (state.synced() != null) {
            params.put("since", Long.toString(state.synced().getEpochSecond()));
        }
        params.putAll(pass.paging());
        Answer answer = get(graph, "/" + encode(post) + "/comments", params, Phase.COMMENTS);
        if (answer instanceof Refusal refusal) {
            // A post deleted since the feed listed it has no comments left to read.
            return refusal.gone() ? page(state, List.of(), pass.next(Phase.COMMENTS, Map.of(), rest))
                    : refusal.outcome();
        }
        JsonNode json = ((Answered) answer).json();
        List<Mention> found = new ArrayList<>();
        for (JsonNode comment : json.path("data")) {
            Optional<Instant> created = GraphMentions.time(comment, "created_time");
            if (created.isPresent() && isNew(created.get(), state)) {
                graph.mentions().comment(comment, post).ifPresent(found::add);
            }
        }
        Optional<Map<String, String>> next = nextPage(json);
        return page(state, found, next.isPresent()
                ? pass.next(Phase.COMMENTS, next.get(), pass.posts())
                : pass.next(Phase.COMMENTS, Map.of(), rest));
    }

    /** One page of ratings, newest first; the pass stops paging once it reaches ratings it had. */
    private FetchOutcome ratings(Graph graph, SyncState state, Pass pass) throws InterruptedException {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("fields", RATING_FIELDS);
        params.put("limit", LIMIT);
        params.putAll(pass.paging());
        Answer answer = get(graph, "/" + graph.pageId() + "/ratings", params, Phase.RATINGS);
        if (answer instanceof Refusal refusal) {
            return refusal.outcome();
        }
        JsonNode json = ((Answered) answer).json();
        List<Mention> found = new ArrayList<>();
        boolean reachedOld = false;
        for (JsonNode rating : json.path("data")) {
            Optional<Instant> created = GraphMentions.time(rating, "created_time");
            if (created.isPresent() && isNew(created.get(), state)) {
                graph.mentions().rating(rating).ifPresent(found::add);
            } else if (created.isPresent()) {
                reachedOld = true;
            }
        }
        Optional<Map<String, String>> next = nextPage(json);
        return page(state, found, next.isPresent() && !reachedOld
                ? pass.next(Phase.RATINGS, next.get(), List.of())
                : pass.next(Phase.DONE, Map.of(), List.of()));
    }

    /** The page to hand out; moves past phases with nothing to do and closes the pass after the last one. */
    private FetchOutcome.Page page(SyncState state, List<Mention> found, Pass pass) {
        Pass next = pass;
        if (next.phase() == Phase.COMMENTS && next.posts().isEmpty()) {
            next = next.next(Phase.RATINGS, Map.of(), List.of());
        }
        if (next.phase() == Phase.RATINGS && !includeRatings) {
            next = next.next(Phase.DONE, Map.of(), List.of());
        }
        if (next.phase() == Phase.DONE) {
            Instant synced = pass.started().minus(OVERLAP);
            if (state.synced() != null && state.synced().isAfter(synced)) {
                synced = state.synced(); // the clock went back: never move backwards
            }
            return new FetchOutcome.Page(found, new SyncState(state.pageId(), synced, null).cursor(), false);
        }
        return new FetchOutcome.Page(found, new SyncState(state.pageId(), state.synced(), next).cursor(), true);
    }

    private static boolean isNew(Instant created, SyncState state) {
        return state.synced() == null || !created.isBefore(state.synced());
    }

    /** How to ask for the page after this one; empty on the last page ({@code paging.next} absent). */
    static Optional<Map<String, String>> nextPage(JsonNode json) {
        JsonNode paging = json.path("paging");
        String next = GraphMentions.text(paging, "next");
        if (next == null) {
            return Optional.empty();
        }
        String after = GraphMentions.text(paging.path("cursors"), "after");
        if (after != null) {
            return Optional.of(Map.of("after", after));
        }
        // Time-based paging has no cursors; its next link carries until and __paging_token.
        Map<String, String> params = new LinkedHashMap<>();
        String query;
        try {
            query = URI.create(next).getRawQuery();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        for (String pair : query == null ? new String[0] : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            if (equals > 0 && PAGING_PARAMETERS.contains(name)) {
                params.put(name, decode(pair.substring(equals + 1)));
            }
        }
        return params.isEmpty() ? Optional.empty() : Optional.of(params);
    }

    private Answer get(Graph graph, String path, Map<String, String> params, Phase edge) throws InterruptedException {
        PlatformClient.Result<HttpResponse<byte[]>> result = client.get(graph.uri(path, params), token, Map.of());
        if (result instanceof PlatformClient.Result.Failed<HttpResponse<byte[]>> failed) {
            return new Refusal(failed.outcome(), false);
        }
        HttpResponse<byte[]> response = ((PlatformClient.Result.Ok<HttpResponse<byte[]>>) result).value();
        PlatformClient.Result<JsonNode> parsed = client.parse(response.body());
        if (parsed instanceof PlatformClient.Result.Ok<JsonNode> ok && ok.value().path("error").isObject()) {
            return graphError(graph, response, ok.value().path("error"), edge);
        }
        if (response.statusCode() / 100 != 2) {
            return new Refusal(new FetchOutcome.Unavailable("Facebook answered HTTP " + response.statusCode(), null),
                    false);
        }
        if (parsed instanceof PlatformClient.Result.Failed<JsonNode> failed) {
            return new Refusal(failed.outcome(), false);
        }
        return new Answered(((PlatformClient.Result.Ok<JsonNode>) parsed).value());
    }

    /** Graph's {@code {"error":{"message","type","code","error_subcode"}}}, mostly with HTTP 400. */
    private Refusal graphError(Graph graph, HttpResponse<?> response, JsonNode error, Phase edge) {
        int code = error.path("code").asInt(0);
        int subcode = error.path("error_subcode").asInt(0);
        String message = safe(error.path("message").asText(""));
        String what = "error " + code + (subcode != 0 ? "/" + subcode : "") + (message.isEmpty() ? "" : ": " + message);
        if (code == 190) {
            return new Refusal(new FetchOutcome.AuthFailed("Facebook refused the token (" + what
                    + "); it is expired or revoked: put a new page access token as 'token' in " + configFile), false);
        }
        if (THROTTLED.contains(code) || (code >= 80000 && code < 80100)) {
            return new Refusal(new FetchOutcome.RateLimited(regainAccess(response),
                    "Facebook asks to slow down (" + what + ")"), false);
        }
        if (code == 10 || (code >= 200 && code < 300)) {
            if (edge == Phase.RATINGS) {
                return new Refusal(new FetchOutcome.BadConfiguration("includeRatings",
                        "Facebook does not let this token read the ratings of page " + graph.pageId() + " (" + what
                                + "): give it pages_read_user_content, or set includeRatings = false in "
                                + configFile), false);
            }
            return new Refusal(new FetchOutcome.AuthFailed("Facebook does not let this token read page "
                    + graph.pageId() + " (" + what + "): put a page access token with pages_read_engagement and "
                    + "pages_read_user_content as 'token' in " + configFile), false);
        }
        if (edge == Phase.COMMENTS && code == 100 && subcode == 33) {
            return new Refusal(new FetchOutcome.Unavailable("Facebook: the post is gone (" + what + ")", null), true);
        }
        if (edge != Phase.COMMENTS && (code == 100 || code == 803)) {
            return new Refusal(new FetchOutcome.BadConfiguration("pageId", "Facebook cannot read page '"
                    + graph.pageId() + "' (" + what + "): check 'pageId' in " + configFile
                    + " and that the token belongs to that page"), false);
        }
        return new Refusal(new FetchOutcome.Unavailable("Facebook could not answer (" + what + ")", null), false);
    }

    /** The longest {@code estimated_time_to_regain_access} (minutes) in the usage headers, else 10 minutes. */
    private Instant regainAccess(HttpResponse<?> response) {
        long minutes = 0;
        for (String header : USAGE_HEADERS) {
            for (String value : response.headers().allValues(header)) {
                if (client.parse(value.getBytes(StandardCharsets.UTF_8)) instanceof PlatformClient.Result.Ok<JsonNode> ok) {
                    for (JsonNode estimate : ok.value().findValues("estimated_time_to_regain_access")) {
                        minutes = Math.max(minutes, estimate.asLong());
                    }
                }
            }
        }
        return clock.instant().plus(minutes > 0 ? Duration.ofMinutes(minutes) : DEFAULT_THROTTLE);
    }

    /** Graph's own words, one line, and never a token even when it echoes one. */
    private String safe(String text) {
        String line = text.lines().findFirst().orElse("").strip();
        if (!token.isEmpty()) {
            line = line.replace(token, "…");
        }
        return TOKEN_LIKE.matcher(line).replaceAll("…");
    }

    private Setup setup(Config config) {
        if (token.isEmpty()) {
            return bad("token", "no page access token: put one as 'token' in " + configFile);
        }
        String pageId = config.pageId() == null ? "" : config.pageId().strip();
        if (pageId.isEmpty()) {
            return bad("pageId", "no page: put the page's numeric id as 'pageId' in " + configFile);
        }
        if (!PAGE_ID.matcher(pageId).matches()) {
            return bad("pageId", "'pageId' must be the page's numeric id or user name: correct it in " + configFile);
        }
        URI base;
        try {
            base = URI.create((config.baseUrl() == null ? "" : config.baseUrl().strip()).replaceAll("/+$", ""));
        } catch (IllegalArgumentException e) {
            return bad("baseUrl", "'baseUrl' is not an address: correct it in " + configFile);
        }
        if (!("https".equals(base.getScheme()) || "http".equals(base.getScheme())) || base.getHost() == null) {
            return bad("baseUrl", "'baseUrl' must be an http or https address: correct it in " + configFile);
        }
        return new Graph(base, pageId, new GraphMentions(instance, pageId));
    }

    private static Misconfigured bad(String key, String message) {
        return new Misconfigured(new FetchOutcome.BadConfiguration(key, message));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    @Override
    public String toString() {
        return "FacebookSource[" + instance + "]";
    }

    /** What the configuration allows: the page to read or the setting to fix. */
    private sealed interface Setup permits Graph, Misconfigured {}

    private record Misconfigured(FetchOutcome.BadConfiguration outcome) implements Setup {}

    private record Graph(URI base, String pageId, GraphMentions mentions) implements Setup {
        URI uri(String path, Map<String, String> params) {
            StringJoiner query = new StringJoiner("&");
            params.forEach((name, value) -> query.add(encode(name) + "=" + encode(value)));
            return URI.create(base + path + "?" + query);
        }
    }

    /** A Graph answer: the JSON body, or what its failure means. */
    private sealed interface Answer permits Answered, Refusal {}

    private record Answered(JsonNode json) implements Answer {}

    /** {@code gone}: the object asked about no longer exists (Graph error 100/33). */
    private record Refusal(FetchOutcome outcome, boolean gone) implements Answer {}
}

package webcare.source.facebook;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLDecoder;
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
import java.util.TreeMap;
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
import webcare.source.api.SourceCapabilities;
import webcare.source.facebook.SyncState.Pass;
import webcare.source.facebook.SyncState.Phase;
import webcare.source.http.HttpSource;
import webcare.source.http.InstanceConfig;
import webcare.source.http.PlatformClient;
import webcare.source.http.QueryString;
import webcare.source.http.Settings;

/**
 * One Facebook page through the Graph API: its feed posts, their comments and its ratings. One
 * instance per {@code etc/webcare.source.facebook-NAME.cfg}, so two pages are two instances; the
 * wire format and the cursor are described in this bundle's README.
 */
@Component(service = Source.class, configurationPid = FacebookSource.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@SourceCapabilities(type = FacebookSource.TYPE, canReply = true, canHide = true, hasRatings = true)
@Designate(ocd = FacebookSource.Config.class, factory = true)
public final class FacebookSource extends HttpSource {

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

    /** What a time-based {@code paging.next} link may carry; its {@code access_token} is never kept. */
    private static final Set<String> PAGING_PARAMETERS = Set.of("after", "until", "since", "__paging_token");
    private static final Pattern PAGE_ID = Pattern.compile("[A-Za-z0-9._-]{1,200}");

    /** Keys of {@code etc/webcare.source.facebook-NAME.cfg}; the metatype lets diagnostics check the file. */
    @ObjectClassDefinition(id = PID, name = "Facebook page source",
            description = "One Facebook page: its feed posts, their comments and its ratings")
    public @interface Config {
        @AttributeDefinition(name = "Graph API address", required = false,
                description = "Graph API base address with its version; change only for a newer version, a proxy "
                        + "or a test server")
        String baseUrl() default "https://graph.facebook.com/v19.0";

        @AttributeDefinition(name = "Page access token", type = AttributeType.PASSWORD,
                description = "Page access token with pages_read_engagement and pages_read_user_content; to "
                        + "reply to and hide comments from the workbench also pages_manage_engagement")
        String token();

        // the minimum is the one the connector enforces, so diagnostics and the instance reject the same values
        @AttributeDefinition(name = "Poll interval", required = false, min = "" + MIN_POLL_SECONDS,
                description = "Seconds between two sync passes, at least " + MIN_POLL_SECONDS)
        int pollSeconds() default 300;

        @AttributeDefinition(name = "Page id", description = "Numeric id (or user name) of the Facebook page")
        String pageId();

        @AttributeDefinition(name = "Read ratings", required = false,
                description = "Also read the page's ratings and recommendations")
        boolean includeRatings() default true;
    }

    private final int pollSeconds;
    private final String token;
    private final URI base;
    private final String pageId;
    private final boolean includeRatings;
    private final GraphMentions mentions;
    private final PlatformClient client;
    private final Clock clock;

    @Activate
    public FacebookSource(Config config, Map<String, Object> properties) {
        this(Settings.lenient(Config.class, config, properties), properties,
                new PlatformClient("Facebook", InstanceConfig.configFile(properties),
                PlatformClient.defaultHttpClient(), Clock.systemUTC()), Clock.systemUTC());
    }

    /** For tests: the client decides timeouts, the clock when passes start. */
    FacebookSource(Config config, Map<String, Object> properties, PlatformClient client, Clock clock) {
        super(TYPE, properties, Config.class,
                Settings.pollInterval(config.pollSeconds(), MIN_POLL_SECONDS));
        this.pollSeconds = config.pollSeconds();
        this.token = Settings.text(config.token());
        this.base = Settings.baseUrl(config.baseUrl());
        this.pageId = Settings.text(config.pageId());
        this.includeRatings = config.includeRatings();
        this.mentions = new GraphMentions(instance(), pageId);
        this.client = client;
        this.clock = clock;
    }

    @Override
    protected FetchOutcome.BadConfiguration configurationProblem() {
        String file = configFile();
        return Settings.check(file)
                .holds(!token.isEmpty(), "token", "no page access token: put one as 'token' in " + file)
                .holds(!pageId.isEmpty(), "pageId", "no page: put the page's numeric id as 'pageId' in " + file)
                .holds(PAGE_ID.matcher(pageId).matches(), "pageId",
                        "'pageId' must be the page's numeric id or user name: correct it in " + file)
                .holds(base != null, "baseUrl", "'baseUrl' must be an http or https address: correct it in " + file)
                .pollSeconds(pollSeconds, MIN_POLL_SECONDS)
                .problem();
    }

    @Override
    protected FetchOutcome fetchConfigured(Cursor cursor) throws InterruptedException {
        SyncState state = SyncState.read(cursor, pageId);
        Pass pass = state.pass() != null ? state.pass() : Pass.start(clock.instant());
        return switch (pass.phase()) {
            case FEED -> feed(state, pass);
            case COMMENTS -> comments(state, pass);
            case RATINGS -> ratings(state, pass);
            case DONE -> page(state, List.of(), Map.of(), pass);
        };
    }

    /**
     * One feed page: posts created since the last pass are delivered; every post touched since
     * then (a comment moves its updated_time) is queued for its comments.
     */
    private FetchOutcome feed(SyncState state, Pass pass) throws InterruptedException {
        Instant window = pass.started().minus(COMMENT_WINDOW);
        if (state.synced() != null && state.synced().isBefore(window)) {
            window = state.synced(); // a long pause: nothing created since the last pass is left out
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("fields", FEED_FIELDS);
        params.put("limit", LIMIT);
        params.put("since", Long.toString(window.getEpochSecond()));
        params.putAll(pass.paging());
        Answer answer = get("/" + pageId + "/feed", params, Phase.FEED);
        if (answer instanceof Refusal refusal) {
            return refusal.outcome();
        }
        JsonNode json = ((Answered) answer).json();
        // The first pass takes the window's posts; later ones what came since the last pass.
        Instant from = state.synced() != null ? state.synced() : window;
        List<Mention> found = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        List<String> posts = new ArrayList<>(pass.posts());
        boolean pastWindow = !json.path("data").isEmpty();
        for (JsonNode post : json.path("data")) {
            Optional<Instant> created = GraphMentions.time(post, "created_time");
            if (created.isEmpty() || !created.get().isBefore(from)) {
                mentions.post(post, skipped).ifPresent(found::add);
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
        return page(state, found, skipped, next.isPresent()
                ? pass.next(Phase.FEED, next.get(), posts)
                : pass.next(Phase.COMMENTS, Map.of(), posts));
    }

    /** One page of comments (replies included) on the first queued post. */
    private FetchOutcome comments(SyncState state, Pass pass) throws InterruptedException {
        if (pass.posts().isEmpty()) {
            return page(state, List.of(), Map.of(), pass);
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
        Answer answer = get("/" + QueryString.encode(post) + "/comments", params, Phase.COMMENTS);
        if (answer instanceof Refusal refusal) {
            // A post deleted since the feed listed it has no comments left to read.
            return refusal.gone() ? page(state, List.of(), Map.of(), pass.next(Phase.COMMENTS, Map.of(), rest))
                    : refusal.outcome();
        }
        JsonNode json = ((Answered) answer).json();
        List<Mention> found = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        for (JsonNode comment : json.path("data")) {
            Optional<Instant> created = GraphMentions.time(comment, "created_time");
            if (created.isEmpty() || isNew(created.get(), state)) {
                mentions.comment(comment, post, skipped).ifPresent(found::add);
            }
        }
        Optional<Map<String, String>> next = nextPage(json);
        return page(state, found, skipped, next.isPresent()
                ? pass.next(Phase.COMMENTS, next.get(), pass.posts())
                : pass.next(Phase.COMMENTS, Map.of(), rest));
    }

    /** One page of ratings, newest first; the pass stops paging once it reaches ratings it had. */
    private FetchOutcome ratings(SyncState state, Pass pass) throws InterruptedException {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("fields", RATING_FIELDS);
        params.put("limit", LIMIT);
        params.putAll(pass.paging());
        Answer answer = get("/" + pageId + "/ratings", params, Phase.RATINGS);
        if (answer instanceof Refusal refusal) {
            return refusal.outcome();
        }
        JsonNode json = ((Answered) answer).json();
        List<Mention> found = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        boolean reachedOld = false;
        for (JsonNode rating : json.path("data")) {
            Optional<Instant> created = GraphMentions.time(rating, "created_time");
            if (created.isEmpty() || isNew(created.get(), state)) {
                mentions.rating(rating, skipped).ifPresent(found::add);
            } else {
                reachedOld = true;
            }
        }
        Optional<Map<String, String>> next = nextPage(json);
        return page(state, found, skipped, next.isPresent() && !reachedOld
                ? pass.next(Phase.RATINGS, next.get(), List.of())
                : pass.next(Phase.DONE, Map.of(), List.of()));
    }

    /**
     * The page to hand out, with what was {@code skipped} by reason; moves past phases with nothing
     * to do and closes the pass after the last one.
     */
    private FetchOutcome.Page page(SyncState state, List<Mention> found, Map<String, Integer> skipped, Pass pass) {
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
            return new FetchOutcome.Page(found, new SyncState(state.pageId(), synced, null).cursor(), false, skipped);
        }
        return new FetchOutcome.Page(found, new SyncState(state.pageId(), state.synced(), next).cursor(), true,
                skipped);
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

    private Answer get(String path, Map<String, String> params, Phase edge) throws InterruptedException {
        return client.get(QueryString.uri(base + path, params), token, Map.of())
                .fold(response -> answer(response, edge), failed -> new Refusal(failed, false));
    }

    private Answer answer(HttpResponse<byte[]> response, Phase edge) {
        PlatformClient.Result<JsonNode> parsed = client.parse(response.body());
        if (parsed instanceof PlatformClient.Result.Ok<JsonNode> ok && ok.value().path("error").isObject()) {
            return graphError(response, ok.value().path("error"), edge);
        }
        if (response.statusCode() / 100 != 2) {
            return new Refusal(new FetchOutcome.Unavailable("Facebook answered HTTP " + response.statusCode(), null),
                    false);
        }
        return parsed.fold(Answered::new, failed -> new Refusal(failed, false));
    }

    /** Graph's {@code {"error":{"message","type","code","error_subcode"}}}, mostly with HTTP 400. */
    private Refusal graphError(HttpResponse<?> response, JsonNode error, Phase edge) {
        int code = error.path("code").asInt(0);
        int subcode = error.path("error_subcode").asInt(0);
        String message = safe(error.path("message").asText(""));
        String what = GraphErrors.what(code, subcode, message);
        if (GraphErrors.tokenInvalid(code)) {
            return new Refusal(new FetchOutcome.AuthFailed("Facebook refused the token (" + what
                    + "); it is expired or revoked: put a new page access token as 'token' in " + configFile()), false);
        }
        if (GraphErrors.throttled(code)) {
            return new Refusal(new FetchOutcome.RateLimited(regainAccess(response),
                    "Facebook asks to slow down (" + what + ")"), false);
        }
        if (GraphErrors.permissionMissing(code)) {
            if (edge == Phase.RATINGS) {
                return new Refusal(new FetchOutcome.BadConfiguration("includeRatings",
                        "Facebook does not let this token read the ratings of page " + pageId + " (" + what
                                + "): give it pages_read_user_content, or set includeRatings = false in "
                                + configFile()), false);
            }
            return new Refusal(new FetchOutcome.AuthFailed("Facebook does not let this token read page "
                    + pageId + " (" + what + "): put a page access token with pages_read_engagement and "
                    + "pages_read_user_content as 'token' in " + configFile()), false);
        }
        if (edge == Phase.COMMENTS && code == 100 && subcode == 33) {
            return new Refusal(new FetchOutcome.Unavailable("Facebook: the post is gone (" + what + ")", null), true);
        }
        if (edge != Phase.COMMENTS && (code == 100 || code == 803)) {
            return new Refusal(new FetchOutcome.BadConfiguration("pageId", "Facebook cannot read page '"
                    + pageId + "' (" + what + "): check 'pageId' in " + configFile()
                    + " and that the token belongs to that page"), false);
        }
        return new Refusal(new FetchOutcome.Unavailable("Facebook could not answer (" + what + ")", null), false);
    }

    /** The longest {@code estimated_time_to_regain_access} in the usage headers, else 10 minutes. */
    private Instant regainAccess(HttpResponse<?> response) {
        long minutes = GraphErrors.regainMinutes(response.headers());
        return clock.instant().plus(minutes > 0 ? Duration.ofMinutes(minutes) : DEFAULT_THROTTLE);
    }

    /** Graph's own words, one line, and never a token even when it echoes one. */
    private String safe(String text) {
        String line = text.lines().findFirst().orElse("").strip();
        if (!token.isEmpty()) {
            line = line.replace(token, "…");
        }
        return GraphErrors.redact(line);
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
        return "FacebookSource[" + instance() + "]";
    }

    /** A Graph answer: the JSON body, or what its failure means. */
    private sealed interface Answer permits Answered, Refusal {}

    private record Answered(JsonNode json) implements Answer {}

    /** {@code gone}: the object asked about no longer exists (Graph error 100/33). */
    private record Refusal(FetchOutcome outcome, boolean gone) implements Answer {}
}

package webcare.source.facebook;

import static org.assertj.core.api.Assertions.assertThat;
import static webcare.source.http.FakePlatform.json;
import static webcare.source.http.Fetches.ids;
import static webcare.source.http.Fetches.pass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import webcare.launch.testing.ManualClock;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.model.MentionKind;
import webcare.source.api.Cursor;
import webcare.source.api.FetchOutcome;
import webcare.source.api.Source;
import webcare.source.http.Configurations;
import webcare.source.http.FakePlatform;
import webcare.source.http.FakePlatform.Body;
import webcare.source.http.FakePlatform.Request;
import webcare.source.http.Fetches;
import webcare.source.http.PlatformClient;
import webcare.source.http.PlatformFailures;

class FacebookSourceTest {

    /** A 200 with a recorded body from this package's test resources. */
    private static FakePlatform.Body fixture(String name) {
        return FakePlatform.fixture(FacebookSourceTest.class, name);
    }

    private static String resource(String name) {
        return FakePlatform.resource(FacebookSourceTest.class, name);
    }


    /** One client for every test: a fresh one costs a selector thread and new connections. */
    private static final HttpClient HTTP = PlatformClient.defaultHttpClient();

    private static final Instant NOW = Instant.parse("2024-10-26T13:00:00Z");
    /** The token the fixtures' paging links carry, as Graph's links do. */
    private static final String TOKEN = "EAAGm0PX4ZCpsBAFixtureTokenForTestsOnlyZDZD";
    private static final String CONFIG_FILE = "etc/webcare.source.facebook-brand.cfg";
    private static final Map<String, Object> BRAND = Configurations.properties("webcare.source.facebook", "brand");
    private static final Map<String, Object> SHOPS = Configurations.properties("webcare.source.facebook", "shops");

    private static final String V = "/v19.0";
    private static final String PAGE = "104000000000001";
    private static final String OTHER_PAGE = "104000000000002";
    private static final String P1 = PAGE + "_880000000000001";
    private static final String P2 = PAGE + "_880000000000002";
    private static final String P3 = PAGE + "_880000000000003";
    private static final String P4 = PAGE + "_880000000000004";
    private static final String C1 = "880000000000003_1200000000000001";
    private static final String C2 = "880000000000003_1200000000000002";
    private static final String C3 = "880000000000003_1200000000000003";
    private static final String C4 = "880000000000002_1200000000000004";
    private static final String C5 = "880000000000003_1200000000000005";
    private static final String R1 = "2980000000000011";
    private static final String R4 = "2980000000000001";
    private static final String R5 = "2980000000000021";
    private static final String FEED_AFTER = "QVFIUkZAfeGFmdGVyX3Bvc3RfMg";

    private final FakePlatform graph;
    /** The clock the test moves between passes. */
    private final ManualClock clock = new ManualClock(NOW);
    /** What the page holds: false for the first pass, true once new posts, comments and ratings came in. */
    private volatile boolean later;

    FacebookSourceTest() throws IOException {
        graph = new FakePlatform();
        graph.answer(this::graphApi);
    }

    @AfterEach
    void stop() {
        graph.close();
    }

    /** The configuration with {@code changes} to the keys every test sets. */
    private FacebookSource.Config settings(Map<String, ?> changes) {
        return Configurations.of(FacebookSource.Config.class,
                Map.of("baseUrl", graph.baseUrl() + V, "token", TOKEN, "pageId", PAGE), changes);
    }

    private FacebookSource.Config page(String pageId) {
        return settings(Map.of("pageId", pageId));
    }

    private FacebookSource source(FacebookSource.Config settings, Map<String, Object> properties) {
        return source(settings, properties, Duration.ofSeconds(10));
    }

    /** {@code timeout}: how long a request may take; short only where the server stays silent. */
    private FacebookSource source(FacebookSource.Config settings, Map<String, Object> properties, Duration timeout) {
        return new FacebookSource(settings, properties, new PlatformClient("Facebook", CONFIG_FILE,
                HTTP, clock, timeout), clock);
    }

    private FacebookSource source() {
        return source(page(PAGE), BRAND);
    }

    /** Graph as the two pages look, before and after new items came in. */
    private FakePlatform.Reply graphApi(Request request) {
        String path = request.path();
        String after = request.query().get("after");
        if (path.equals(V + "/" + PAGE + "/feed")) {
            return later ? fixture("feed_later.json")
                    : after == null ? fixture("feed_p1.json")
                    : after.equals(FEED_AFTER) ? fixture("feed_p2.json") : unsupported(path);
        }
        if (path.equals(V + "/" + P3 + "/comments")) {
            return later ? fixture("comments_p3_later.json")
                    : after == null ? fixture("comments_p3_1.json") : fixture("comments_p3_2.json");
        }
        if (path.equals(V + "/" + P2 + "/comments")) {
            return fixture("comments_p2.json");
        }
        if (path.equals(V + "/" + PAGE + "/ratings")) {
            return later ? fixture("ratings_later.json")
                    : after == null ? fixture("ratings_p1.json") : fixture("ratings_p2.json");
        }
        if (path.equals(V + "/" + OTHER_PAGE + "/feed")) {
            return fixture("feed_other_page.json");
        }
        if (path.endsWith("/comments") || path.equals(V + "/" + OTHER_PAGE + "/ratings")) {
            return fixture("comments_empty.json");
        }
        return unsupported(path);
    }

    private static Body unsupported(String path) {
        return graphError(400, 100, 33, "Unsupported get request. Object with ID '" + path + "' does not exist, "
                + "cannot be loaded due to missing permissions, or does not support this operation.");
    }

    static Body graphError(int status, int code, int subcode, String message) {
        return json(status, "{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":" + code
                + (subcode == 0 ? "" : ",\"error_subcode\":" + subcode) + ",\"fbtrace_id\":\"AZqa1_yWPIEj7bAG\"}}");
    }

    /** Answers {@code path} with {@code reply}, everything else as usual. */
    private void override(String path, Function<Request, FakePlatform.Reply> reply) {
        graph.answer(request -> request.path().equals(V + path) ? reply.apply(request) : graphApi(request));
    }

    private static List<Mention> mentions(List<FetchOutcome.Page> pages) {
        return pages.stream().flatMap(page -> page.mentions().stream()).toList();
    }

    private static Cursor last(List<FetchOutcome.Page> pages) {
        return pages.get(pages.size() - 1).next();
    }

    /** The first outcome of a pass that is not a page. */
    private FetchOutcome failure(Source source) throws InterruptedException {
        Cursor cursor = Cursor.START;
        for (int i = 0; i < 20; i++) {
            FetchOutcome outcome = source.fetch(cursor);
            if (!(outcome instanceof FetchOutcome.Page page)) {
                assertThat(outcome.toString()).doesNotContain(TOKEN).doesNotContain("EAAGm0PX4ZCpsB");
                return outcome;
            }
            assertThat(page.more()).as("the pass ended without failing").isTrue();
            cursor = page.next();
        }
        throw new AssertionError("no failure in 20 pages");
    }

    private static String epoch(Instant instant) {
        return Long.toString(instant.getEpochSecond());
    }

    @Nested
    class WhenSyncing {

        @Test
        void aPassReadsTheFeedThenTheCommentsOfEachPostThenTheRatings() throws Exception {
            List<FetchOutcome.Page> pages = pass(source(), Cursor.START);

            SoftAssertions soft = new SoftAssertions();
            soft.assertThat(ids(pages)).startsWith(P3, P2, P1, C1, C2, C3, C4, R1).endsWith(R4).hasSize(10);
            soft.assertThat(pages).extracting(FetchOutcome.Page::more)
                    .containsExactly(true, true, true, true, true, true, true, false);
            soft.assertThat(graph.requests()).extracting(request -> request.path().substring(V.length())
                    + (request.query().containsKey("after") ? "?after" : "")).containsExactly(
                    "/" + PAGE + "/feed", "/" + PAGE + "/feed?after",
                    "/" + P3 + "/comments", "/" + P3 + "/comments?after", "/" + P2 + "/comments",
                    "/" + P1 + "/comments",
                    "/" + PAGE + "/ratings", "/" + PAGE + "/ratings?after");
            soft.assertThat(graph.requests()).extracting(Request::authorization).containsOnly("Bearer " + TOKEN);
            soft.assertThat(pages).allSatisfy(page -> assertThat(page.next().value()).doesNotContain(TOKEN));
            soft.assertAll();
        }

        @Test
        void commentsWithoutIdAreLeftOutAndCountedOnTheirPage() throws Exception {
            override("/" + P2 + "/comments", request -> fixture("comments_without_id.json"));

            List<FetchOutcome.Page> pages = pass(source(), Cursor.START);

            assertThat(ids(pages)).contains("880000000000002_1200000000000011");
            assertThat(pages).extracting(FetchOutcome.Page::skipped).filteredOn(skipped -> !skipped.isEmpty())
                    .containsExactly(Map.of("no id", 2));
        }

        @Test
        void asksForTheFieldsItMapsAndPostsOfTheLast30Days() throws Exception {
            pass(source(), Cursor.START);

            List<Request> requests = graph.requests();
            assertThat(requests.get(0).query()).containsExactly(
                    Map.entry("fields", "id,message,created_time,updated_time,from,permalink_url"),
                    Map.entry("limit", "100"),
                    Map.entry("since", epoch(NOW.minus(Duration.ofDays(30)))));
            assertThat(requests.get(1).query()).containsEntry("after", FEED_AFTER);
            assertThat(requests.get(2).query()).containsExactly(
                    Map.entry("filter", "stream"),
                    Map.entry("fields", "id,message,created_time,from,parent,permalink_url"),
                    Map.entry("limit", "100"));
            assertThat(requests.get(6).query()).containsExactly(
                    Map.entry("fields", "created_time,has_rating,has_review,rating,recommendation_type,review_text,"
                            + "reviewer,open_graph_story{id}"),
                    Map.entry("limit", "100"));
        }

        @Test
        void theNextPassAsksOnlyForWhatIsNewerThanTheLastOne() throws Exception {
            FacebookSource source = source();
            Cursor synced = last(pass(source, Cursor.START));
            int firstPassRequests = graph.requests().size();
            later = true;
            clock.set(NOW.plus(Duration.ofHours(1)));

            List<FetchOutcome.Page> second = pass(source, synced);

            List<Request> requests = graph.requests().subList(firstPassRequests, graph.requests().size());
            String since = epoch(NOW.minus(FacebookSource.OVERLAP));
            SoftAssertions soft = new SoftAssertions();
            soft.assertThat(ids(second)).containsExactly(P4, C5, R5);
            soft.assertThat(requests).extracting(Request::path).containsExactly(V + "/" + PAGE + "/feed",
                    V + "/" + P4 + "/comments", V + "/" + P3 + "/comments", V + "/" + PAGE + "/ratings");
            soft.assertThat(requests.get(0).query())
                    .containsEntry("since", epoch(NOW.plus(Duration.ofHours(1)).minus(Duration.ofDays(30))));
            soft.assertThat(requests.get(1).query()).containsEntry("since", since);
            soft.assertThat(requests.get(2).query()).containsEntry("since", since);
            soft.assertAll();
        }

        @Test
        void afterALongPauseEveryPostSinceTheLastPassIsListed() throws Exception {
            Instant longAgo = NOW.minus(Duration.ofDays(60));
            clock.set(longAgo);
            Cursor synced = last(pass(source(), Cursor.START));
            clock.set(NOW);
            int firstPassRequests = graph.requests().size();

            pass(source(), synced);

            assertThat(graph.requests().get(firstPassRequests).query())
                    .containsEntry("since", epoch(longAgo.minus(FacebookSource.OVERLAP)));
        }

        @Test
        void theFeedListingEndsAtPostsOlderThanTheWindowEvenIfGraphIgnoresSince() throws Exception {
            override("/" + PAGE + "/feed", request -> fixture("feed_old.json"));

            List<FetchOutcome.Page> pages = pass(source(), Cursor.START);

            assertThat(ids(pages)).doesNotContain(PAGE + "_870000000000001");
            assertThat(graph.requests()).extracting(Request::path)
                    .containsOnlyOnce(V + "/" + PAGE + "/feed")
                    .doesNotContain(V + "/" + PAGE + "_870000000000001/comments");
        }

        @Test
        void aCrashAfterAnyPageNeitherLosesNorRepeatsItems() throws Exception {
            List<FetchOutcome.Page> uninterrupted = pass(source(), Cursor.START);

            for (int crashAfter = 1; crashAfter < uninterrupted.size(); crashAfter++) {
                // pages and their cursors are stored together, then the process dies
                List<String> delivered = new ArrayList<>();
                FacebookSource beforeCrash = source();
                Cursor saved = Cursor.START;
                for (int i = 0; i < crashAfter; i++) {
                    FetchOutcome.Page page = Fetches.page(beforeCrash.fetch(saved));
                    delivered.addAll(ids(page));
                    saved = new Cursor(page.next().value());
                }
                List<FetchOutcome.Page> afterRestart = pass(source(), saved);
                delivered.addAll(ids(afterRestart));

                assertThat(delivered).as("crash after page %d", crashAfter)
                        .containsExactlyElementsOf(ids(uninterrupted)).doesNotHaveDuplicates();
                assertThat(last(afterRestart)).isEqualTo(last(uninterrupted));
            }
        }

        @Test
        void timeBasedPagingIsFollowedWithoutKeepingTheTokenOfTheLink() throws Exception {
            override("/" + PAGE + "/feed", request -> request.query().containsKey("__paging_token")
                    ? fixture("feed_p2.json") : fixture("feed_time_paged.json"));
            FacebookSource source = source();

            FetchOutcome.Page first = Fetches.page(source.fetch(Cursor.START));
            source.fetch(first.next());

            assertThat(first.next().value()).doesNotContain(TOKEN);
            assertThat(graph.lastRequest().query())
                    .containsEntry("until", "1729850399")
                    .containsEntry("__paging_token", "enc_AdBfixtureNext==")
                    .doesNotContainKeys("access_token", "__previous");
        }

        @Test
        void aPostDeletedDuringThePassIsSkipped() throws Exception {
            override("/" + P3 + "/comments", request -> unsupported(request.path()));

            List<String> ids = ids(pass(source(), Cursor.START));

            assertThat(ids).contains(P3, C4).doesNotContain(C1, C2, C3);
        }

        @Test
        void withoutRatingsThePassEndsAfterTheComments() throws Exception {
            List<FetchOutcome.Page> pages = pass(source(settings(Map.of("includeRatings", false)),
                    BRAND), Cursor.START);

            assertThat(ids(pages)).endsWith(C4);
            assertThat(graph.requests()).extracting(Request::path).noneMatch(path -> path.endsWith("/ratings"));
        }

        @Test
        void twoPagesAreTwoInstancesSideBySide() throws Exception {
            FacebookSource brand = source();
            FacebookSource shops = source(page(OTHER_PAGE), SHOPS);

            // interleaved, as two polling threads would
            FetchOutcome.Page brandFirst = Fetches.page(brand.fetch(Cursor.START));
            FetchOutcome.Page shopsFirst = Fetches.page(shops.fetch(Cursor.START));
            List<FetchOutcome.Page> brandRest = pass(brand, brandFirst.next());
            List<FetchOutcome.Page> shopsRest = pass(shops, shopsFirst.next());

            List<Mention> ofBrand = new ArrayList<>(mentions(List.of(brandFirst)));
            ofBrand.addAll(mentions(brandRest));
            List<Mention> ofShops = new ArrayList<>(mentions(List.of(shopsFirst)));
            ofShops.addAll(mentions(shopsRest));
            assertThat(shops.instance()).isEqualTo("shops");
            assertThat(ofBrand).hasSize(10).extracting(Mention::instance).containsOnly("brand");
            assertThat(ofShops).extracting(Mention::externalId).containsExactly(OTHER_PAGE + "_990000000000001");
            assertThat(ofShops).extracting(Mention::instance).containsOnly("shops");
        }

        @Test
        void aCursorOfAnotherPageStartsOver() throws Exception {
            Cursor ofOtherPage = last(pass(source(page(OTHER_PAGE), SHOPS), Cursor.START));

            List<FetchOutcome.Page> pages = pass(source(), ofOtherPage);

            assertThat(ids(pages)).hasSize(10);
        }
    }

    @Nested
    class WhenMapping {

        private final ObjectMapper json = new ObjectMapper();
        private List<Mention> all;

        private Mention mention(String externalId) throws InterruptedException {
            if (all == null) {
                all = mentions(pass(source(), Cursor.START));
            }
            return all.stream().filter(m -> m.externalId().equals(externalId)).findFirst().orElseThrow();
        }

        private JsonNode item(String fixture, int index) throws IOException {
            return json.readTree(resource(fixture)).path("data").get(index);
        }

        @Test
        void aFeedPostHasItsAuthorTextAndLink() throws Exception {
            Mention post = mention(P2);

            assertThat(post).usingRecursiveComparison().ignoringFields("raw").isEqualTo(new Mention("facebook", "brand",
                    P2, MentionKind.POST, null, null, new Author("7000001", null, "Anna de Vries", null, null),
                    "Al twee weken wacht ik op mijn bestelling 55012. Niemand reageert op mijn mails.", null, null,
                    "https://www.facebook.com/104000000000001/posts/880000000000002/",
                    Instant.parse("2024-10-20T09:00:00Z"), null, null, false));
            assertThat(json.readTree(post.raw())).isEqualTo(item("feed_p1.json", 1));
        }

        @Test
        void aCommentAnswersItsPost() throws Exception {
            Mention comment = mention(C1);

            assertThat(comment.kind()).isEqualTo(MentionKind.COMMENT);
            assertThat(comment.threadId()).isEqualTo(P3);
            assertThat(comment.inReplyTo()).isEqualTo(P3);
        }

        @Test
        void aReplyToACommentAnswersThatComment() throws Exception {
            Mention reply = mention(C2);

            assertThat(reply).usingRecursiveComparison().ignoringFields("raw").isEqualTo(new Mention("facebook",
                    "brand", C2, MentionKind.COMMENT, P3, C1,
                    new Author("104000000000001", null, "Webcare Brand", null, null),
                    "Hoi Klaas, stuur ons je ordernummer in een privébericht, dan kijken we het na.", null, null,
                    "https://www.facebook.com/104000000000001/posts/880000000000003/?comment_id=1200000000000001"
                            + "&reply_comment_id=1200000000000002",
                    Instant.parse("2024-10-25T11:30:00Z"), null, null, false));
            assertThat(json.readTree(reply.raw())).isEqualTo(item("comments_p3_1.json", 1));
        }

        @Test
        void aReviewKeepsItsStars() throws Exception {
            Mention review = mention(R4);

            assertThat(review).usingRecursiveComparison().ignoringFields("raw").isEqualTo(new Mention("facebook",
                    "brand", R4, MentionKind.REVIEW, null, null,
                    new Author("7000003", null, "Sanne Visser", null, null), "Levering te laat, wel netjes verpakt.",
                    null, 2, "https://www.facebook.com/" + R4, Instant.parse("2018-06-30T12:00:00Z"), null, null,
                    false));
            assertThat(json.readTree(review.raw())).isEqualTo(item("ratings_p2.json", 0));
        }

        @Test
        void aRecommendationWithoutStarsCountsAsFiveOrOne() throws Exception {
            Mention negative = mention(R1);
            Mention anonymous = all.stream().filter(m -> m.externalId().startsWith("rating_")).findFirst().orElseThrow();

            assertThat(negative.rating()).isEqualTo(1);
            assertThat(negative.kind()).isEqualTo(MentionKind.REVIEW);
            assertThat(anonymous.rating()).isEqualTo(5);
            assertThat(anonymous.externalId())
                    .startsWith("rating_" + epoch(Instant.parse("2024-10-22T08:15:00Z")) + "_");
            assertThat(anonymous.author()).isNull();
            assertThat(anonymous.text()).isEmpty();
            assertThat(anonymous.url()).isEqualTo("https://www.facebook.com/" + PAGE + "/reviews");
        }

        @Test
        void starsGivenWinOverARecommendation() throws Exception {
            assertThat(GraphMentions.stars(json.readTree("{\"rating\":4,\"recommendation_type\":\"negative\"}")))
                    .isEqualTo(4);
            assertThat(GraphMentions.stars(json.readTree("{\"rating\":0,\"recommendation_type\":\"negative\"}")))
                    .isEqualTo(1);
            assertThat(GraphMentions.stars(json.readTree("{\"has_rating\":false}"))).isNull();
        }
    }

    @Nested
    class WhenGraphFails {

        private final PlatformFailures failures = new PlatformFailures(graph, "Facebook",
                timeout -> failure(source(page(PAGE), BRAND, timeout)));

        @Test
        void anExpiredTokenStopsTheInstanceNamingTheFileWithoutShowingTheToken() throws Exception {
            graph.answer(request -> graphError(400, 190, 463, "Error validating access token: Session has expired on "
                    + "Friday, 25-Oct-24 10:00:00 PDT. The current time is Saturday, 26-Oct-24 06:00:00 PDT."));

            FetchOutcome outcome = failure(source());

            assertThat(outcome).isInstanceOf(FetchOutcome.AuthFailed.class);
            assertThat(((FetchOutcome.AuthFailed) outcome).message())
                    .contains("Session has expired", "'token'", CONFIG_FILE);
        }

        @Test
        void aMalformedTokenEchoedByGraphIsNotRepeated() throws Exception {
            graph.answer(request -> graphError(400, 190, 0, "Malformed access token " + TOKEN));

            FetchOutcome outcome = failure(source());

            assertThat(outcome).isInstanceOf(FetchOutcome.AuthFailed.class);
            assertThat(((FetchOutcome.AuthFailed) outcome).message()).contains("Malformed access token", CONFIG_FILE);
        }

        @Test
        void http401IsARefusedTokenToo() throws Exception {
            failures.tokenRefused(Map.of(), "{}", CONFIG_FILE);
        }

        @Test
        void throttlingLastsAsLongAsTheUsageHeaderSays() throws Exception {
            graph.answer(request -> new Body(400, Map.of("X-Business-Use-Case-Usage", "{\"" + PAGE + "\":[{\"type\":"
                    + "\"pages\",\"call_count\":100,\"total_cputime\":12,\"total_time\":30,"
                    + "\"estimated_time_to_regain_access\":7}]}"),
                    graphError(400, 32, 0, "(#32) Page request limit reached").body()));

            FetchOutcome outcome = failure(source());

            assertThat(outcome).isEqualTo(new FetchOutcome.RateLimited(NOW.plus(Duration.ofMinutes(7)),
                    "Facebook asks to slow down (error 32: (#32) Page request limit reached)"));
        }

        @Test
        void throttlingWithoutAnEstimateLastsTenMinutes() throws Exception {
            for (int code : new int[] {4, 17, 613, 80001}) {
                graph.answer(request -> new Body(400, Map.of("X-App-Usage",
                        "{\"call_count\":100,\"total_cputime\":20,\"total_time\":35}"),
                        graphError(400, code, 0, "(#" + code + ") Application request limit reached").body()));

                FetchOutcome outcome = failure(source());

                assertThat(outcome).as("code %d", code).isInstanceOf(FetchOutcome.RateLimited.class);
                assertThat(((FetchOutcome.RateLimited) outcome).until()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
            }
        }

        @Test
        void http429IsRateLimitedUntilRetryAfter() throws Exception {
            failures.rateLimited(Map.of("Retry-After", "120"), "{}", NOW.plusSeconds(120));
        }

        @Test
        void aServerErrorIsWorthRetrying() throws Exception {
            failures.serverError(500, Map.of(), "{}", null);
        }

        @Test
        void aTransientGraphErrorIsWorthRetrying() throws Exception {
            graph.answer(request -> json(400, "{\"error\":{\"message\":\"An unexpected error has occurred. "
                    + "Please retry your request later.\",\"type\":\"OAuthException\",\"is_transient\":true,"
                    + "\"code\":2,\"fbtrace_id\":\"AbC\"}}"));

            assertThat(failure(source())).isEqualTo(new FetchOutcome.Unavailable("Facebook could not answer (error 2: "
                    + "An unexpected error has occurred. Please retry your request later.)", null));
        }

        @Test
        void aServerThatNeverAnswersIsUnavailableAfterTheTimeout() throws Exception {
            failures.silence();
        }

        @Test
        void malformedJsonIsUnavailable() throws Exception {
            override("/" + P3 + "/comments", request -> json(200, "<!DOCTYPE html><html>Sorry, something went wrong."));

            FetchOutcome outcome = failure(source());

            assertThat(outcome).isInstanceOf(FetchOutcome.Unavailable.class);
            assertThat(((FetchOutcome.Unavailable) outcome).message())
                    .startsWith("Facebook sent malformed or truncated JSON");
        }

        @Test
        void aTruncatedBodyIsUnavailable() throws Exception {
            failures.truncated(resource("feed_p1.json"));
        }

        @Test
        void anUnknownPageNamesThePageIdKey() throws Exception {
            FetchOutcome unknownId = failure(source(page("104000000009999"), BRAND));
            graph.answer(request -> graphError(404, 803, 0, "(#803) Some of the aliases you requested do not exist: "
                    + "webcarebrnad"));
            FetchOutcome unknownName = failure(source(page("webcarebrnad"), BRAND));

            assertThat(unknownId).isInstanceOf(FetchOutcome.BadConfiguration.class);
            assertThat(((FetchOutcome.BadConfiguration) unknownId).key()).isEqualTo("pageId");
            assertThat(((FetchOutcome.BadConfiguration) unknownId).message())
                    .contains("104000000009999", "'pageId'", CONFIG_FILE);
            assertThat(((FetchOutcome.BadConfiguration) unknownName).key()).isEqualTo("pageId");
        }

        @Test
        void aTokenThatMayNotReadRatingsNamesIncludeRatings() throws Exception {
            override("/" + PAGE + "/ratings", request -> graphError(403, 10, 0, "(#10) This endpoint requires the "
                    + "'pages_read_user_content' permission or the 'Page Public Content Access' feature."));

            FetchOutcome outcome = failure(source());

            assertThat(outcome).isInstanceOf(FetchOutcome.BadConfiguration.class);
            assertThat(((FetchOutcome.BadConfiguration) outcome).key()).isEqualTo("includeRatings");
            assertThat(((FetchOutcome.BadConfiguration) outcome).message())
                    .contains("pages_read_user_content", CONFIG_FILE);
        }

        @Test
        void aTokenThatMayNotReadThePageStopsTheInstance() throws Exception {
            graph.answer(request -> graphError(403, 200, 0, "(#200) Requires pages_read_engagement permission"));

            FetchOutcome outcome = failure(source());

            assertThat(outcome).isInstanceOf(FetchOutcome.AuthFailed.class);
            assertThat(((FetchOutcome.AuthFailed) outcome).message()).contains("pages_read_engagement", CONFIG_FILE);
        }
    }

    @Nested
    class WhenASettingIsMissingOrWrong {

        private FetchOutcome.BadConfiguration refused(FacebookSource.Config settings) throws InterruptedException {
            FetchOutcome.BadConfiguration bad = Fetches.misconfigured(source(settings, BRAND), graph, CONFIG_FILE);
            assertThat(bad.toString()).doesNotContain(TOKEN);
            return bad;
        }

        @Test
        void needsAPageId() throws Exception {
            assertThat(refused(settings(Map.of("baseUrl", graph.baseUrl(), "pageId", ""))).key()).isEqualTo("pageId");
            assertThat(refused(settings(Map.of("baseUrl", graph.baseUrl(), "pageId", " "))).key()).isEqualTo("pageId");
        }

        @Test
        void needsAPageIdThatIsAnIdOrName() throws Exception {
            assertThat(refused(page("brand/../me")).key()).isEqualTo("pageId");
        }

        @Test
        void needsAToken() throws Exception {
            assertThat(refused(settings(Map.of("baseUrl", graph.baseUrl(), "token", ""))).key()).isEqualTo("token");
        }

        @Test
        void needsAnHttpAddress() throws Exception {
            assertThat(refused(settings(Map.of("baseUrl", "graph.facebook.com"))).key()).isEqualTo("baseUrl");
        }

        @Test
        void refusesToPollMoreOftenThanTheMinimumTheMetatypeDescribes() throws Exception {
            assertThat(refused(settings(Map.of("baseUrl", graph.baseUrl(), "pollSeconds", 5)))).isEqualTo(
                    new FetchOutcome.BadConfiguration("pollSeconds", "'pollSeconds' in " + CONFIG_FILE
                            + " must be at least " + FacebookSource.MIN_POLL_SECONDS));
        }

        @Test
        void takesItsNameAndPollIntervalFromTheConfiguration() {
            Configurations.assertInstance(source(), "facebook", "brand", Duration.ofSeconds(300));
            assertThat(source().toString()).doesNotContain(TOKEN);
        }
    }
}

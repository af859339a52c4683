package webcare.source.twitter;

import static org.assertj.core.api.Assertions.assertThat;
import static webcare.source.http.FakePlatform.json;
import static webcare.source.http.Fetches.ids;
import static webcare.source.http.Fetches.page;
import static webcare.source.http.Fetches.pass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.model.MentionKind;
import webcare.source.api.Cursor;
import webcare.source.api.FetchOutcome;
import webcare.source.http.Configurations;
import webcare.source.http.FakePlatform;
import webcare.source.http.FakePlatform.Request;
import webcare.source.http.Fetches;
import webcare.source.http.PlatformClient;
import webcare.source.http.PlatformFailures;

class TwitterSourceTest {

    /** A 200 with a recorded body from this package's test resources. */
    private static FakePlatform.Body fixture(String name) {
        return FakePlatform.fixture(TwitterSourceTest.class, name);
    }

    private static String resource(String name) {
        return FakePlatform.resource(TwitterSourceTest.class, name);
    }

    /** One client for every test: a fresh one costs a selector thread and new connections. */
    private static final HttpClient HTTP = PlatformClient.defaultHttpClient();

    private static final Instant NOW = Instant.parse("2024-10-26T13:00:00Z");
    private static final String TOKEN = "AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E";
    private static final String CONFIG_FILE = "etc/webcare.source.twitter-brand.cfg";
    private static final Map<String, Object> PROPERTIES = Configurations.properties("webcare.source.twitter", "brand");
    private static final String QUERY = "@webcare_brand OR \"webcare brand\" -is:retweet";
    private static final String SEARCH = "/2/tweets/search/recent";

    // ids in the fixtures, newest first
    private static final String PAGE1_NEWEST = "1850103825822650373";
    private static final String PAGE1_OLDEST = "1850102617863095582";
    private static final String PAGE2_NEWEST = "1850085622543288472";
    private static final String PAGE2_OLDEST = "1850083705746358602";
    private static final String NEWER = "1850140316267446349";
    private static final String PAGE2_TOKEN = "b26v89c19zqg8o3fosbbmpsu8u5ttqlt0vjp3uezanvb1";

    private final FakePlatform x;

    TwitterSourceTest() throws IOException {
        x = new FakePlatform();
    }

    @AfterEach
    void stop() {
        x.close();
    }

    /** The configuration with {@code changes} to the keys every test sets. */
    private TwitterSource.Config settings(Map<String, ?> changes) {
        return Configurations.of(TwitterSource.Config.class, Map.of("baseUrl", x.baseUrl(), "token", TOKEN), changes);
    }

    private TwitterSource.Config search(String query) {
        return settings(Map.of("query", query));
    }

    private TwitterSource.Config mentionsOf(String userId) {
        return settings(Map.of("userId", userId));
    }

    private TwitterSource source(TwitterSource.Config settings) {
        return source(settings, Duration.ofSeconds(10));
    }

    /** {@code timeout}: how long a request may take; short only where the server stays silent. */
    private TwitterSource source(TwitterSource.Config settings, Duration timeout) {
        return new TwitterSource(settings, PROPERTIES, new PlatformClient("X", CONFIG_FILE,
                HTTP, Clock.fixed(NOW, ZoneOffset.UTC), timeout));
    }

    /** Search: page 1, then page 2 by its token; a pass after page 1's newest id gets the newer post. */
    private static FakePlatform.Reply searchApi(Request request) {
        if (!request.path().equals(SEARCH)) {
            return json(404, "{\"title\":\"Not Found Error\"}");
        }
        if (PAGE2_TOKEN.equals(request.query().get("next_token"))) {
            return fixture("search_page2.json");
        }
        if (PAGE1_NEWEST.equals(request.query().get("since_id"))) {
            return fixture("search_newer.json");
        }
        if (request.query().containsKey("since_id")) {
            return fixture("search_empty.json");
        }
        return fixture("search_page1.json");
    }

    private static <T extends FetchOutcome> T withoutToken(T outcome) {
        assertThat(outcome.toString()).doesNotContain(TOKEN).doesNotContain("AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA");
        return outcome;
    }

    @Nested
    class WhenSyncing {

        @Test
        void readsAPassPageByPageAndTheNextPassAsksOnlyForNewerPosts() throws Exception {
            x.answer(TwitterSourceTest::searchApi);
            TwitterSource source = source(search(QUERY));

            FetchOutcome.Page first = page(source.fetch(Cursor.START));
            FetchOutcome.Page second = page(source.fetch(first.next()));
            FetchOutcome.Page newer = page(source.fetch(second.next()));
            FetchOutcome.Page nothing = page(source.fetch(newer.next()));

            SoftAssertions soft = new SoftAssertions();
            soft.assertThat(ids(first)).containsExactly(PAGE1_NEWEST, PAGE1_OLDEST);
            soft.assertThat(first.more()).isTrue();
            soft.assertThat(ids(second)).containsExactly(PAGE2_NEWEST, PAGE2_OLDEST);
            soft.assertThat(second.more()).isFalse();
            soft.assertThat(ids(newer)).containsExactly(NEWER);
            soft.assertThat(newer.more()).isFalse();
            soft.assertThat(nothing.mentions()).isEmpty();
            soft.assertThat(nothing.more()).isFalse();

            List<Request> requests = x.requests();
            soft.assertThat(requests).extracting(r -> r.query().get("since_id"))
                    .containsExactly(null, null, PAGE1_NEWEST, NEWER);
            soft.assertThat(requests).extracting(r -> r.query().get("next_token"))
                    .containsExactly(null, PAGE2_TOKEN, null, null);
            soft.assertAll();
        }

        @Test
        void asksForTheAuthorsAndFieldsItMapsWithTheBearerToken() throws Exception {
            x.answer(TwitterSourceTest::searchApi);

            source(search(QUERY)).fetch(Cursor.START);

            Request request = x.lastRequest();
            assertThat(request.path()).isEqualTo(SEARCH);
            assertThat(request.authorization()).isEqualTo("Bearer " + TOKEN);
            assertThat(request.query()).containsExactly(
                    Map.entry("query", QUERY),
                    Map.entry("max_results", "100"),
                    Map.entry("expansions", "author_id"),
                    Map.entry("user.fields", "public_metrics,username,name"),
                    Map.entry("tweet.fields", "created_at,lang,conversation_id,in_reply_to_user_id,referenced_tweets,"
                            + "edit_history_tweet_ids,public_metrics,author_id,note_tweet"));
        }

        @Test
        void readsTheMentionsTimelineOfAnAccountWithItsPaginationToken() throws Exception {
            x.answer(request -> request.path().equals("/2/users/900/mentions")
                    ? fixture(request.query().containsKey("pagination_token") ? "search_page2.json" : "search_page1.json")
                    : json(404, "{}"));
            TwitterSource source = source(mentionsOf("900"));

            List<FetchOutcome.Page> pages = pass(source, Cursor.START);

            assertThat(pages).hasSize(2);
            assertThat(x.requests()).extracting(Request::path).containsOnly("/2/users/900/mentions");
            assertThat(x.requests().get(0).query()).doesNotContainKeys("query", "pagination_token", "next_token");
            assertThat(x.requests().get(1).query()).containsEntry("pagination_token", PAGE2_TOKEN)
                    .doesNotContainKey("next_token");
        }

        @Test
        void aCrashAfterTheFirstPageNeitherLosesNorRepeatsPosts() throws Exception {
            x.answer(TwitterSourceTest::searchApi);
            List<String> uninterrupted = ids(pass(source(search(QUERY)), Cursor.START));

            // page 1 and its cursor are stored together, then the process dies
            List<FetchOutcome.Page> resumed = Fetches.passResumedAfterFirstPage(() -> source(search(QUERY)));

            assertThat(ids(resumed)).containsExactlyElementsOf(uninterrupted).doesNotHaveDuplicates();
            // and the pass the restart finished moves on from page 1's newest post, not page 2's
            source(search(QUERY)).fetch(resumed.get(resumed.size() - 1).next());
            assertThat(x.lastRequest().query()).containsEntry("since_id", PAGE1_NEWEST);
        }

        @Test
        void aCrashBeforeTheFirstPageWasStoredRepeatsIt() throws Exception {
            x.answer(TwitterSourceTest::searchApi);
            source(search(QUERY)).fetch(Cursor.START); // fetched, never stored

            FetchOutcome.Page again = page(source(search(QUERY)).fetch(Cursor.START));

            assertThat(ids(again)).containsExactly(PAGE1_NEWEST, PAGE1_OLDEST);
        }

        @Test
        void aSinceIdOlderThanSevenDaysStartsAFreshPass() throws Exception {
            x.answer(TwitterSourceTest::searchApi);
            Cursor old = pass(source(search(QUERY)), Cursor.START).get(1).next();
            x.answer(request -> request.query().containsKey("since_id")
                    ? json(400, "{\"errors\":[{\"parameters\":{\"since_id\":[\"" + PAGE1_NEWEST + "\"]},"
                            + "\"message\":\"Invalid 'since_id':'" + PAGE1_NEWEST + "'. 'since_id' must be a tweet id "
                            + "created after 2024-10-19T13:00Z.\"}],\"title\":\"Invalid Request\",\"detail\":\"One or "
                            + "more parameters to your request was invalid.\","
                            + "\"type\":\"https://api.twitter.com/2/problems/invalid-request\"}")
                    : fixture("search_newer.json"));
            TwitterSource source = source(search(QUERY));

            FetchOutcome.Page restart = page(source.fetch(old));
            FetchOutcome.Page fresh = page(source.fetch(restart.next()));

            assertThat(restart.mentions()).isEmpty();
            assertThat(restart.more()).isTrue();
            assertThat(ids(fresh)).containsExactly(NEWER);
            assertThat(x.lastRequest().query()).doesNotContainKey("since_id");
        }

        @Test
        void anExpiredPageTokenRepeatsThePassRatherThanSkippingIt() throws Exception {
            x.answer(TwitterSourceTest::searchApi);
            Cursor midPass = page(source(search(QUERY)).fetch(Cursor.START)).next();
            x.answer(request -> request.query().containsKey("next_token")
                    ? json(400, "{\"errors\":[{\"parameters\":{\"next_token\":[\"" + PAGE2_TOKEN + "\"]},"
                            + "\"message\":\"Invalid 'next_token'\"}],\"title\":\"Invalid Request\","
                            + "\"type\":\"https://api.twitter.com/2/problems/invalid-request\"}")
                    : searchApi(request));
            TwitterSource source = source(search(QUERY));

            FetchOutcome.Page restart = page(source.fetch(midPass));
            FetchOutcome.Page again = page(source.fetch(restart.next()));

            assertThat(restart.mentions()).isEmpty();
            assertThat(restart.more()).isTrue();
            assertThat(ids(again)).containsExactly(PAGE1_NEWEST, PAGE1_OLDEST);
        }

        @Test
        void aCursorOfAnotherQueryStartsOver() throws Exception {
            x.answer(TwitterSourceTest::searchApi);
            Cursor forOldQuery = pass(source(search("old query")), Cursor.START).get(1).next();

            source(search(QUERY)).fetch(forOldQuery);

            assertThat(x.lastRequest().query()).containsEntry("query", QUERY).doesNotContainKey("since_id");
        }
    }

    @Nested
    class WhenMapping {

        private final ObjectMapper json = new ObjectMapper();

        private List<Mention> fetch(String fixture) throws Exception {
            x.answer(request -> fixture(fixture));
            return page(source(search(QUERY)).fetch(Cursor.START)).mentions();
        }

        private JsonNode fixturePost(String fixture, int index) throws IOException {
            return json.readTree(resource(fixture)).path("data").get(index);
        }

        @Test
        void aReplyCarriesItsThreadAuthorAndLink() throws Exception {
            Mention reply = fetch("search_page1.json").get(0);

            assertThat(reply).usingRecursiveComparison().ignoringFields("raw").isEqualTo(new Mention(
                    "twitter", "brand", PAGE1_NEWEST, MentionKind.REPLY, "1850100428939722761", "1850100428939722761",
                    new Author("2001", "@klant_anna", "Anna de Vries", 321L, "https://x.com/klant_anna"),
                    "@webcare_brand mijn pakket is nog steeds niet bezorgd", "nl", null,
                    "https://x.com/klant_anna/status/" + PAGE1_NEWEST, Instant.parse("2024-10-26T09:15:00Z"), null,
                    null, false));
            assertThat(json.readTree(reply.raw())).isEqualTo(fixturePost("search_page1.json", 0));
        }

        @Test
        void aPostThatStartsAConversationHasNoThread() throws Exception {
            Mention post = fetch("search_page1.json").get(1);

            assertThat(post.kind()).isEqualTo(MentionKind.POST);
            assertThat(post.threadId()).isNull();
            assertThat(post.inReplyTo()).isNull();
            assertThat(post.author().followers()).isEqualTo(12L);
            assertThat(post.lang()).isEqualTo("en");
        }

        @Test
        void anEditKeepsTheIdOfTheFirstVersionAndSaysWhenItChanged() throws Exception {
            Mention edited = fetch("odd_posts.json").get(0);

            assertThat(edited.externalId()).isEqualTo("1850147866014646275");
            assertThat(edited.created()).isEqualTo(Instant.parse("2024-10-26T12:10:00Z")); // from the first id
            assertThat(edited.updated()).isEqualTo(Instant.parse("2024-10-26T12:25:00Z"));
            assertThat(edited.url()).isEqualTo("https://x.com/pjansen/status/1850151640888246276");
            assertThat(edited.threadId()).isNull();
        }

        @Test
        void aPostWithoutIdIsLeftOutAndCountedOnItsPage() throws Exception {
            x.answer(request -> json(200, "{\"data\":[{\"text\":\"@webcare_brand waar blijft mijn pakket?\","
                    + "\"created_at\":\"2024-10-26T12:00:00.000Z\"},{\"id\":\"" + NEWER + "\",\"text\":\"bedankt!\"}],"
                    + "\"meta\":{\"result_count\":2,\"newest_id\":\"" + NEWER + "\"}}"));

            FetchOutcome.Page page = page(source(search(QUERY)).fetch(Cursor.START));

            assertThat(ids(page)).containsExactly(NEWER);
            assertThat(page.skipped()).containsExactly(Map.entry("no id", 1));
        }

        @Test
        void aLongPostKeepsItsFullTextAndASuspendedAuthorKeepsItsId() throws Exception {
            Mention post = fetch("odd_posts.json").get(1);

            assertThat(post.text()).endsWith("eindelijk iemand aan de lijn.");
            assertThat(post.author()).isEqualTo(new Author("2999", null, null, null, null));
            assertThat(post.url()).isEqualTo("https://x.com/i/web/status/1850145349432246277");
            assertThat(post.lang()).as("und is no language").isNull();
        }
    }

    @Nested
    class WhenXFails {

        private final PlatformFailures failures = new PlatformFailures(x, "X",
                timeout -> withoutToken(source(search(QUERY), timeout).fetch(Cursor.START)));

        @Test
        void waitsUntilTheResetTimeOn429() throws Exception {
            failures.rateLimited(Map.of("x-rate-limit-reset", Long.toString(NOW.plusSeconds(900).getEpochSecond())),
                    "{\"title\":\"Too Many Requests\",\"detail\":\"Too Many Requests\",\"type\":\"about:blank\",\"status\":429}",
                    NOW.plusSeconds(900));
        }

        @Test
        void anExpiredTokenStopsTheInstanceNamingTheFileWithoutShowingTheToken() throws Exception {
            failures.tokenRefused(Map.of(), "{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,"
                    + "\"detail\":\"Unauthorized\"}", CONFIG_FILE);
        }

        @Test
        void aTokenWithoutAccessToTheEndpointStopsTheInstanceToo() throws Exception {
            x.answer(request -> json(403, "{\"client_id\":\"1234\",\"detail\":\"When authenticating requests to the "
                    + "Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is "
                    + "attached to a Project.\",\"registration_url\":\"https://developer.twitter.com/\","
                    + "\"title\":\"Client Forbidden\",\"required_enrollment\":\"Appropriate Level of API Access\","
                    + "\"reason\":\"client-not-enrolled\",\"type\":\"https://api.twitter.com/2/problems/client-forbidden\"}"));

            FetchOutcome outcome = withoutToken(source(search(QUERY)).fetch(Cursor.START));

            assertThat(outcome).isInstanceOf(FetchOutcome.AuthFailed.class);
            assertThat(((FetchOutcome.AuthFailed) outcome).message()).contains("attached to a Project", CONFIG_FILE);
        }

        @Test
        void aServerErrorIsWorthRetrying() throws Exception {
            failures.serverError(500, Map.of(), "{\"title\":\"Internal Server Error\"}", null);
        }

        @Test
        void aServerThatNeverAnswersIsUnavailableAfterTheTimeout() throws Exception {
            failures.silence();
        }

        @Test
        void malformedJsonIsUnavailable() throws Exception {
            failures.malformedJson("<html><body>Over capacity</body></html>");
        }

        @Test
        void aTruncatedBodyIsUnavailable() throws Exception {
            failures.truncated(resource("search_page1.json"));
        }

        @Test
        void anUnknownAccountNamesTheUserIdKey() throws Exception {
            x.answer(request -> json(200, "{\"errors\":[{\"value\":\"901\",\"detail\":\"Could not find user with "
                    + "id: [901].\",\"title\":\"Not Found Error\",\"resource_type\":\"user\",\"parameter\":\"id\","
                    + "\"resource_id\":\"901\",\"type\":\"https://api.twitter.com/2/problems/resource-not-found\"}]}"));

            FetchOutcome outcome = source(mentionsOf("901")).fetch(Cursor.START);

            assertThat(outcome).isInstanceOf(FetchOutcome.BadConfiguration.class);
            assertThat(((FetchOutcome.BadConfiguration) outcome).key()).isEqualTo("userId");
            assertThat(((FetchOutcome.BadConfiguration) outcome).message()).contains("901", CONFIG_FILE);
        }

        @Test
        void aRejectedQueryNamesTheQueryKey() throws Exception {
            x.answer(request -> json(400, "{\"errors\":[{\"parameters\":{\"query\":[\"(brand\"]},\"message\":"
                    + "\"There were errors processing your request: Missing closing parenthesis (at position 6)\"}],"
                    + "\"title\":\"Invalid Request\",\"detail\":\"One or more parameters to your request was invalid.\","
                    + "\"type\":\"https://api.twitter.com/2/problems/invalid-request\"}"));

            FetchOutcome outcome = source(search("(brand")).fetch(Cursor.START);

            assertThat(outcome).isInstanceOf(FetchOutcome.BadConfiguration.class);
            assertThat(((FetchOutcome.BadConfiguration) outcome).key()).isEqualTo("query");
            assertThat(((FetchOutcome.BadConfiguration) outcome).message())
                    .contains("Missing closing parenthesis", CONFIG_FILE);
        }
    }

    @Nested
    class WhenASettingIsMissingOrWrong {

        private FetchOutcome.BadConfiguration refused(TwitterSource.Config settings) throws InterruptedException {
            return withoutToken(Fetches.misconfigured(source(settings), x, CONFIG_FILE));
        }

        @Test
        void needsAQueryOrAUserId() throws Exception {
            assertThat(refused(mentionsOf(" ")).key()).isEqualTo("query");
        }

        @Test
        void refusesBothAQueryAndAUserId() throws Exception {
            assertThat(refused(settings(Map.of("query", QUERY, "userId", "900"))).key()).isEqualTo("userId");
        }

        @Test
        void needsTheNumericIdOfTheAccount() throws Exception {
            assertThat(refused(mentionsOf("@webcare_brand")).key()).isEqualTo("userId");
        }

        @Test
        void needsAToken() throws Exception {
            assertThat(refused(settings(Map.of("token", "", "query", QUERY))).key()).isEqualTo("token");
        }

        @Test
        void needsAnHttpAddress() throws Exception {
            assertThat(refused(settings(Map.of("baseUrl", "ftp://example.org", "query", QUERY))).key())
                    .isEqualTo("baseUrl");
        }

        @Test
        void refusesToPollMoreOftenThanTheMinimumTheMetatypeDescribes() throws Exception {
            assertThat(refused(settings(Map.of("pollSeconds", 5, "query", QUERY)))).isEqualTo(
                    new FetchOutcome.BadConfiguration("pollSeconds", "'pollSeconds' in " + CONFIG_FILE
                            + " must be at least " + TwitterSource.MIN_POLL_SECONDS));
        }

        @Test
        void takesItsNameAndPollIntervalFromTheConfiguration() {
            Configurations.assertInstance(source(search(QUERY)), "twitter", "brand", Duration.ofSeconds(120));
            assertThat(source(search(QUERY)).toString()).doesNotContain(TOKEN);
        }
    }
}

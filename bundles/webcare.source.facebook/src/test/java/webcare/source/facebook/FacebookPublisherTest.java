package webcare.source.facebook;

import static org.assertj.core.api.Assertions.assertThat;
import static webcare.source.facebook.FacebookSourceTest.graphError;
import static webcare.source.http.FakePlatform.json;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import webcare.model.MentionKind;
import webcare.source.api.HideRequest;
import webcare.source.api.PublishOutcome;
import webcare.source.api.ReplyRequest;
import webcare.source.http.Configurations;
import webcare.source.http.Descriptors;
import webcare.source.api.Source;
import webcare.source.http.FakePlatform;
import webcare.source.http.FakePlatform.Body;
import webcare.source.http.FakePlatform.Request;
import webcare.source.http.PlatformClient;
import webcare.source.http.PublishFailures;

class FacebookPublisherTest {

    private static final HttpClient HTTP = PlatformClient.defaultHttpClient();
    private static final Instant NOW = Instant.parse("2024-10-26T13:00:00Z");
    private static final String TOKEN = "EAAGm0PX4ZCpsBAFixtureTokenForTestsOnlyZDZD";
    private static final String CONFIG_FILE = "etc/webcare.source.facebook-brand.cfg";
    private static final Map<String, Object> BRAND = Configurations.properties("webcare.source.facebook", "brand");

    private static final String V = "/v19.0";
    private static final String POST = "104000000000001_880000000000003";
    private static final String COMMENT = "880000000000003_1200000000000001";
    private static final String NEW_COMMENT = "880000000000003_1200000000000099";
    private static final ReplyRequest REPLY = new ReplyRequest(COMMENT, POST, MentionKind.COMMENT,
            "Sorry & thanks — we'll DM you");
    private static final HideRequest HIDE = new HideRequest(COMMENT, POST, MentionKind.COMMENT);
    private static final String CREATED = "{\"id\":\"" + NEW_COMMENT + "\"}";
    private static final String HIDDEN = "{\"success\":true}";

    private final FakePlatform graph;

    FacebookPublisherTest() throws IOException {
        graph = new FakePlatform();
    }

    @AfterEach
    void stop() {
        graph.close();
    }

    private FacebookPublisher publisher(Map<String, ?> changes, Duration timeout) {
        return new FacebookPublisher(Configurations.of(FacebookSource.Config.class,
                Map.of("baseUrl", graph.baseUrl() + V, "token", TOKEN, "pageId", "104000000000001"), changes),
                BRAND, HTTP, Clock.fixed(NOW, ZoneOffset.UTC), timeout);
    }

    private FacebookPublisher publisher() {
        return publisher(Map.of(), Duration.ofSeconds(10));
    }

    private static <T extends PublishOutcome> T withoutToken(T outcome) {
        assertThat(outcome.toString()).doesNotContain(TOKEN).doesNotContain("EAAGm0PX4ZCps");
        return outcome;
    }

    @Test
    void registersBesideItsSourceOnTheSameConfiguration() {
        Descriptors.checkPublisherComponent(FacebookPublisher.class, "webcare.source.facebook", Map.of(
                Source.TYPE, "facebook", Source.CAN_REPLY, true, Source.CAN_HIDE, true, Source.HAS_RATINGS, true));
    }

    @Nested
    class WhenReplying {

        @Test
        void commentsOnTheItemWithThePageToken() throws Exception {
            graph.answer(request -> json(200, CREATED));

            PublishOutcome outcome = publisher().reply(REPLY);

            Request request = graph.lastRequest();
            SoftAssertions soft = new SoftAssertions();
            soft.assertThat(outcome).isEqualTo(new PublishOutcome.Published(NEW_COMMENT, null, NOW));
            soft.assertThat(request.method()).isEqualTo("POST");
            soft.assertThat(request.path()).isEqualTo(V + "/" + COMMENT + "/comments");
            soft.assertThat(request.authorization()).isEqualTo("Bearer " + TOKEN);
            soft.assertThat(request.header("Content-Type"))
                    .isEqualTo("application/x-www-form-urlencoded; charset=utf-8");
            soft.assertThat(request.body()).isEqualTo("message=Sorry%20%26%20thanks%20%E2%80%94%20we%27ll%20DM%20you");
            soft.assertAll();
        }

        @Test
        void aReviewIsAnsweredOnItsStory() throws Exception {
            graph.answer(request -> json(200, CREATED));

            publisher().reply(new ReplyRequest("2980000000000011", null, MentionKind.REVIEW, "Thank you!"));

            assertThat(graph.lastRequest().path()).isEqualTo(V + "/2980000000000011/comments");
        }

        @Test
        void aRatingWithoutAStoryCannotBeAnswered() throws Exception {
            PublishOutcome outcome = publisher().reply(new ReplyRequest("rating_7100000000000001_1729900000", null,
                    MentionKind.REVIEW, "Thank you!"));

            assertThat(outcome).isInstanceOf(PublishOutcome.Unsupported.class);
            assertThat(graph.requests()).isEmpty();
        }

        @Test
        void aTokenWithoutThePermissionNamesIt() throws Exception {
            graph.answer(request -> graphError(403, 200, 0, "(#200) Requires pages_manage_engagement permission "
                    + "to manage the object"));

            PublishOutcome outcome = withoutToken(publisher().reply(REPLY));

            assertThat(outcome).isEqualTo(new PublishOutcome.AuthFailed("token", "Facebook refused the 'token' "
                    + "(HTTP 403): it needs the pages_manage_engagement permission (error 200: (#200) Requires "
                    + "pages_manage_engagement permission to manage the object); put a new one as 'token' in "
                    + CONFIG_FILE));
        }

        @Test
        void anExpiredTokenInGraphsOwnErrorNamesTheSettingWithoutEchoingIt() throws Exception {
            graph.answer(request -> graphError(400, 190, 0, "Malformed access token " + TOKEN));

            PublishOutcome outcome = withoutToken(publisher().reply(REPLY));

            assertThat(((PublishOutcome.AuthFailed) outcome).setting()).isEqualTo("token");
            assertThat(((PublishOutcome.AuthFailed) outcome).message()).contains("Malformed access token …",
                    CONFIG_FILE);
        }

        @Test
        void aDeletedItemIsRejectedWithGraphsWords() throws Exception {
            graph.answer(request -> graphError(400, 100, 33, "Unsupported post request. Object with ID '" + COMMENT
                    + "' does not exist"));

            assertThat(publisher().reply(REPLY)).isEqualTo(new PublishOutcome.Rejected(400, "Facebook refused it "
                    + "(HTTP 400): error 100/33: Unsupported post request. Object with ID '" + COMMENT
                    + "' does not exist"));
        }

        @Test
        void throttlingLastsAsLongAsTheUsageHeaderSays() throws Exception {
            graph.answer(request -> new Body(400, Map.of("X-Page-Usage", "{\"call_count\":100,\"total_cputime\":12,"
                    + "\"total_time\":30,\"estimated_time_to_regain_access\":7}"),
                    graphError(400, 32, 0, "(#32) Page request limit reached").body()));

            assertThat(publisher().reply(REPLY)).isEqualTo(new PublishOutcome.RateLimited(NOW.plusSeconds(7 * 60),
                    "Facebook asks to slow down (error 32: (#32) Page request limit reached); nothing was published, "
                            + "try again after " + NOW.plusSeconds(7 * 60)));
        }

        @Test
        void aTransientGraphErrorPublishedNothing() throws Exception {
            graph.answer(request -> json(400, "{\"error\":{\"message\":\"An unexpected error has occurred. "
                    + "Please retry your request later.\",\"type\":\"OAuthException\",\"is_transient\":true,"
                    + "\"code\":2,\"fbtrace_id\":\"AbC\"}}"));

            assertThat(publisher().reply(REPLY)).isEqualTo(new PublishOutcome.Unavailable("Facebook could not do it "
                    + "now (error 2: An unexpected error has occurred. Please retry your request later.); nothing was "
                    + "published, try again later", false));
        }
    }

    @Nested
    class WhenHiding {

        @Test
        void hidesACommentWithThePageToken() throws Exception {
            graph.answer(request -> json(200, HIDDEN));

            PublishOutcome outcome = publisher().hide(HIDE);

            Request request = graph.lastRequest();
            SoftAssertions soft = new SoftAssertions();
            soft.assertThat(outcome).isEqualTo(new PublishOutcome.Published(COMMENT, null, NOW));
            soft.assertThat(request.method()).isEqualTo("POST");
            soft.assertThat(request.path()).isEqualTo(V + "/" + COMMENT);
            soft.assertThat(request.authorization()).isEqualTo("Bearer " + TOKEN);
            soft.assertThat(request.body()).isEqualTo("is_hidden=true");
            soft.assertAll();
        }

        @Test
        void postsAndReviewsCannotBeHidden() throws Exception {
            assertThat(publisher().hide(new HideRequest(POST, null, MentionKind.POST)))
                    .isInstanceOf(PublishOutcome.Unsupported.class);
            assertThat(publisher().hide(new HideRequest("2980000000000011", null, MentionKind.REVIEW)))
                    .isInstanceOf(PublishOutcome.Unsupported.class);
            assertThat(graph.requests()).isEmpty();
        }

        @Test
        void aSuccessThatIsNoneMayHaveGoneThrough() throws Exception {
            graph.answer(request -> json(200, "{\"success\":false}"));

            assertThat(publisher().hide(HIDE)).isEqualTo(new PublishOutcome.Unavailable("Facebook answered HTTP 200 "
                    + "with no word of success; it may have gone through: look on Facebook before trying again", true));
        }
    }

    @Nested
    class WhenGraphFailsAReply {

        private final PublishFailures failures = new PublishFailures(graph, "Facebook",
                timeout -> publisher(Map.of(), timeout).reply(REPLY), TOKEN);

        @Test
        void theCommonFailures() throws Exception {
            failures.rateLimited(Map.of("Retry-After", "120"), "{}", NOW.plusSeconds(120));
            failures.tokenRefused(Map.of(), "{}", "token", CONFIG_FILE);
            failures.serverError(500, "{}");
            failures.silence();
        }

        @Test
        void aMalformedOrTruncatedAnswerMayHaveGoneThrough() throws Exception {
            failures.malformed(200, "<!DOCTYPE html><html>Sorry, something went wrong.");
            failures.truncated(200, CREATED);
        }
    }

    @Nested
    class WhenGraphFailsAHide {

        private final PublishFailures failures = new PublishFailures(graph, "Facebook",
                timeout -> publisher(Map.of(), timeout).hide(HIDE), TOKEN);

        @Test
        void theCommonFailures() throws Exception {
            failures.rateLimited(Map.of("Retry-After", "60"), "{}", NOW.plusSeconds(60));
            failures.tokenRefused(Map.of(), "{}", "token", CONFIG_FILE);
            failures.serverError(503, "{}");
            failures.silence();
        }

        @Test
        void aMalformedOrTruncatedAnswerMayHaveGoneThrough() throws Exception {
            failures.malformed(200, "<html>oops</html>");
            failures.truncated(200, HIDDEN);
        }
    }

    @Nested
    class WhenASettingIsMissing {

        @Test
        void withoutATokenNeitherIsPossible() throws Exception {
            FacebookPublisher publisher = publisher(Map.of("token", ""), Duration.ofSeconds(10));

            assertThat(publisher.cannotReply()).contains(new PublishOutcome.Unsupported(
                    "no page access token: put one with pages_manage_engagement as 'token' in " + CONFIG_FILE));
            assertThat(publisher.cannotHide()).isEqualTo(publisher.cannotReply());
            assertThat(publisher.reply(REPLY)).isInstanceOf(PublishOutcome.Unsupported.class);
            assertThat(graph.requests()).isEmpty();
        }

        @Test
        void withATokenBothArePossible() {
            assertThat(publisher().cannotReply()).isEmpty();
            assertThat(publisher().cannotHide()).isEmpty();
            assertThat(publisher().instance()).isEqualTo("brand");
        }
    }
}

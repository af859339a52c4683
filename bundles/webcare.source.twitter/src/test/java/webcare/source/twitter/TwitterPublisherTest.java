package webcare.source.twitter;

import static org.assertj.core.api.Assertions.assertThat;
import static webcare.source.http.FakePlatform.json;

import java.io.IOException;
import java.net.URI;
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
import webcare.source.http.FakePlatform.Request;
import webcare.source.http.PlatformClient;
import webcare.source.http.PublishFailures;

class TwitterPublisherTest {

    private static final HttpClient HTTP = PlatformClient.defaultHttpClient();
    private static final Instant NOW = Instant.parse("2024-10-26T13:00:00Z");
    private static final String TOKEN = "AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E";
    private static final String USER_TOKEN = "bWRjZ2FkVnZ3ZnNqX0VxYmFqT2ZQbkNBbWZtSWpxYjR4OjE3Mjk5NDc2MDA6MToxOmF0OjE";
    private static final String CONFIG_FILE = "etc/webcare.source.twitter-brand.cfg";
    private static final Map<String, Object> PROPERTIES = Configurations.properties("webcare.source.twitter", "brand");

    private static final String MENTION = "1850103825822650373";
    private static final String REPLY_ID = "1850141234567890123";
    private static final ReplyRequest REPLY = new ReplyRequest(MENTION, "1850100000000000000", MentionKind.REPLY,
            "Sorry, \"Anna\" — we'll DM you 🙏");
    private static final HideRequest HIDE = new HideRequest(MENTION, "1850100000000000000", MentionKind.REPLY);
    private static final String CREATED = "{\"data\":{\"id\":\"" + REPLY_ID + "\",\"edit_history_tweet_ids\":[\""
            + REPLY_ID + "\"],\"text\":\"Sorry, \\\"Anna\\\" — we'll DM you 🙏\"}}";
    private static final String HIDDEN = "{\"data\":{\"hidden\":true}}";

    private final FakePlatform x;

    TwitterPublisherTest() throws IOException {
        x = new FakePlatform();
    }

    @AfterEach
    void stop() {
        x.close();
    }

    private TwitterPublisher publisher(Map<String, ?> changes, Duration timeout) {
        return new TwitterPublisher(Configurations.of(TwitterSource.Config.class,
                Map.of("baseUrl", x.baseUrl(), "token", TOKEN, "userToken", USER_TOKEN, "query", "@brand"), changes),
                PROPERTIES, HTTP, Clock.fixed(NOW, ZoneOffset.UTC), timeout);
    }

    private TwitterPublisher publisher() {
        return publisher(Map.of(), Duration.ofSeconds(10));
    }

    private static <T extends PublishOutcome> T withoutTokens(T outcome) {
        assertThat(outcome.toString()).doesNotContain(TOKEN).doesNotContain(USER_TOKEN);
        return outcome;
    }

    @Test
    void registersBesideItsSourceOnTheSameConfigurationWithTheUserTokenAsAPassword() {
        String metatype = Descriptors.checkPublisherComponent(TwitterPublisher.class, "webcare.source.twitter", Map.of(
                Source.TYPE, "twitter", Source.CAN_REPLY, true, Source.CAN_HIDE, true, Source.HAS_RATINGS, false));

        assertThat(metatype).contains("<AD id=\"userToken\" type=\"Password\"");
    }

    @Nested
    class WhenReplying {

        @Test
        void postsTheTextAsAReplyWithTheUserToken() throws Exception {
            x.answer(request -> json(201, CREATED));

            PublishOutcome outcome = publisher().reply(REPLY);

            Request request = x.lastRequest();
            SoftAssertions soft = new SoftAssertions();
            soft.assertThat(outcome).isEqualTo(new PublishOutcome.Published(REPLY_ID,
                    URI.create("https://x.com/i/web/status/" + REPLY_ID), NOW));
            soft.assertThat(request.method()).isEqualTo("POST");
            soft.assertThat(request.path()).isEqualTo("/2/tweets");
            soft.assertThat(request.authorization()).isEqualTo("Bearer " + USER_TOKEN);
            soft.assertThat(request.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
            soft.assertThat(request.body()).isEqualTo("{\"text\":\"Sorry, \\\"Anna\\\" — we'll DM you 🙏\","
                    + "\"reply\":{\"in_reply_to_tweet_id\":\"" + MENTION + "\"}}");
            soft.assertAll();
        }

        @Test
        void aDuplicateIsRejectedWithXsWords() throws Exception {
            x.answer(request -> json(403, "{\"detail\":\"You are not allowed to create a Tweet with duplicate "
                    + "content.\",\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403}"));

            assertThat(withoutTokens(publisher().reply(REPLY))).isEqualTo(new PublishOutcome.Rejected(403,
                    "X refused it (HTTP 403): You are not allowed to create a Tweet with duplicate content."));
        }

        @Test
        void anAppOnlyTokenAsUserTokenNamesTheSettingAndTheScope() throws Exception {
            x.answer(request -> json(403, "{\"title\":\"Unsupported Authentication\",\"detail\":\"Authenticating "
                    + "with OAuth 2.0 Application-Only is forbidden for this endpoint.  Supported authentication types "
                    + "are [OAuth 1.0a User Context, OAuth 2.0 User Context].\",\"type\":"
                    + "\"https://api.twitter.com/2/problems/unsupported-authentication\",\"status\":403}"));

            PublishOutcome outcome = withoutTokens(publisher().reply(REPLY));

            assertThat(outcome).isInstanceOf(PublishOutcome.AuthFailed.class);
            assertThat(((PublishOutcome.AuthFailed) outcome).setting()).isEqualTo("userToken");
            assertThat(((PublishOutcome.AuthFailed) outcome).message()).contains("Application-Only",
                    "tweet.write scope", "'userToken' in " + CONFIG_FILE);
        }

        @Test
        void aTooLongTextIsRejectedWithXsWords() throws Exception {
            x.answer(request -> json(400, "{\"errors\":[{\"parameters\":{\"text\":[\"" + "x".repeat(20)
                    + "\"]},\"message\":\"Your Tweet text is too long.\"}],\"title\":\"Invalid Request\","
                    + "\"detail\":\"One or more parameters to your request was invalid.\",\"type\":"
                    + "\"https://api.twitter.com/2/problems/invalid-request\"}"));

            assertThat(publisher().reply(REPLY)).isEqualTo(new PublishOutcome.Rejected(400,
                    "X refused it (HTTP 400): Your Tweet text is too long."));
        }

        @Test
        void aSuccessWithoutAnIdMayHaveGoneThrough() throws Exception {
            x.answer(request -> json(201, "{\"data\":{}}"));

            assertThat(publisher().reply(REPLY)).isEqualTo(new PublishOutcome.Unavailable("X answered HTTP 201 with "
                    + "no id of the reply; it may have gone through: look on X before trying again", true));
        }
    }

    @Nested
    class WhenHiding {

        @Test
        void hidesAReplyWithTheUserToken() throws Exception {
            x.answer(request -> json(200, HIDDEN));

            PublishOutcome outcome = publisher().hide(HIDE);

            Request request = x.lastRequest();
            SoftAssertions soft = new SoftAssertions();
            soft.assertThat(outcome).isEqualTo(new PublishOutcome.Published(MENTION, null, NOW));
            soft.assertThat(request.method()).isEqualTo("PUT");
            soft.assertThat(request.path()).isEqualTo("/2/tweets/" + MENTION + "/hidden");
            soft.assertThat(request.authorization()).isEqualTo("Bearer " + USER_TOKEN);
            soft.assertThat(request.body()).isEqualTo("{\"hidden\":true}");
            soft.assertAll();
        }

        @Test
        void aPostThatAnswersNothingCannotBeHiddenAndNothingIsAsked() throws Exception {
            PublishOutcome outcome = publisher().hide(new HideRequest(MENTION, null, MentionKind.POST));

            assertThat(outcome).isEqualTo(new PublishOutcome.Unsupported("X hides only replies to the "
                    + "organisation's own posts, and this post answers none: report it on X if it breaks X's rules"));
            assertThat(x.requests()).isEmpty();
        }

        @Test
        void aReplyInSomeoneElsesConversationIsRejectedWithXsWords() throws Exception {
            x.answer(request -> json(403, "{\"detail\":\"You are not permitted to hide replies to this Tweet.\","
                    + "\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403}"));

            assertThat(publisher().hide(HIDE)).isEqualTo(new PublishOutcome.Rejected(403,
                    "X refused it (HTTP 403): You are not permitted to hide replies to this Tweet."));
        }

        @Test
        void aSuccessThatSaysNotHiddenMayHaveGoneThrough() throws Exception {
            x.answer(request -> json(200, "{\"data\":{\"hidden\":false}}"));

            assertThat(((PublishOutcome.Unavailable) publisher().hide(HIDE)).outcomeUnknown()).isTrue();
        }
    }

    @Nested
    class WhenXFailsAReply {

        private final PublishFailures failures = new PublishFailures(x, "X",
                timeout -> publisher(Map.of(), timeout).reply(REPLY), TOKEN, USER_TOKEN);

        @Test
        void waitsUntilTheResetTimeOn429() throws Exception {
            failures.rateLimited(Map.of("x-rate-limit-reset", Long.toString(NOW.plusSeconds(900).getEpochSecond())),
                    "{\"title\":\"Too Many Requests\",\"detail\":\"Too Many Requests\",\"type\":\"about:blank\","
                            + "\"status\":429}", NOW.plusSeconds(900));
        }

        @Test
        void anExpiredUserTokenNamesItsSettingWithoutShowingIt() throws Exception {
            failures.tokenRefused(Map.of(), "{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,"
                    + "\"detail\":\"Unauthorized\"}", "userToken", CONFIG_FILE);
        }

        @Test
        void aServerErrorPublishedNothing() throws Exception {
            failures.serverError(503, "{\"title\":\"Service Unavailable\"}");
        }

        @Test
        void silenceEndsAtTheTimeout() throws Exception {
            failures.silence();
        }

        @Test
        void aMalformedOrTruncatedAnswerMayHaveGoneThrough() throws Exception {
            failures.malformed(201, "<html><body>Over capacity</body></html>");
            failures.truncated(201, CREATED);
        }
    }

    @Nested
    class WhenXFailsAHide {

        private final PublishFailures failures = new PublishFailures(x, "X",
                timeout -> publisher(Map.of(), timeout).hide(HIDE), TOKEN, USER_TOKEN);

        @Test
        void theCommonFailures() throws Exception {
            failures.rateLimited(Map.of("x-rate-limit-reset", Long.toString(NOW.plusSeconds(60).getEpochSecond())),
                    "{}", NOW.plusSeconds(60));
            failures.tokenRefused(Map.of(), "{\"title\":\"Unauthorized\"}", "userToken", CONFIG_FILE);
            failures.serverError(500, "{\"title\":\"Internal Server Error\"}");
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
        void withoutAUserTokenNeitherIsPossibleAndTheSettingIsNamed() throws Exception {
            TwitterPublisher publisher = publisher(Map.of("userToken", ""), Duration.ofSeconds(10));
            PublishOutcome.Unsupported expected = new PublishOutcome.Unsupported("X takes replies and hides only in "
                    + "the name of the organisation's account: put its OAuth 2.0 user access token (scopes "
                    + "tweet.write and tweet.moderate.write) as 'userToken' in " + CONFIG_FILE);

            assertThat(publisher.cannotReply()).contains(expected);
            assertThat(publisher.cannotHide()).contains(expected);
            assertThat(publisher.reply(REPLY)).isEqualTo(expected);
            assertThat(publisher.hide(HIDE)).isEqualTo(expected);
            assertThat(x.requests()).isEmpty();
        }

        @Test
        void withAUserTokenBothArePossible() {
            assertThat(publisher().cannotReply()).isEmpty();
            assertThat(publisher().cannotHide()).isEmpty();
        }

        @Test
        void aFileWithoutAnInstanceNameCanDoNothing() throws Exception {
            TwitterPublisher publisher = new TwitterPublisher(Configurations.of(TwitterSource.Config.class,
                    Map.of("baseUrl", x.baseUrl(), "token", TOKEN, "userToken", USER_TOKEN), Map.of()),
                    Map.of("service.pid", "webcare.source.twitter",
                            "felix.fileinstall.filename", "file:/home/care/.webcare/etc/webcare.source.twitter.cfg"),
                    HTTP, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(10));

            assertThat(publisher.reply(REPLY)).isInstanceOf(PublishOutcome.Unsupported.class);
            assertThat(((PublishOutcome.Unsupported) publisher.reply(REPLY)).message())
                    .contains("webcare.source.twitter-<name>.cfg");
            assertThat(x.requests()).isEmpty();
        }

        @Test
        void isNamedAfterItsFileLikeItsSource() {
            assertThat(publisher().type()).isEqualTo("twitter");
            assertThat(publisher().instance()).isEqualTo("brand");
            assertThat(publisher().toString()).doesNotContain(USER_TOKEN);
        }
    }
}

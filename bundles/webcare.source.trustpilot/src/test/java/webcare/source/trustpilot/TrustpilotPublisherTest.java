package webcare.source.trustpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
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
import webcare.source.http.FakePlatform.Request;
import webcare.source.http.PlatformClient;
import webcare.source.http.PublishFailures;

class TrustpilotPublisherTest {

    private static final Instant NOW = Instant.parse("2026-10-25T01:30:00Z");
    private static final String TOKEN = "tp-s3cr3t-access-token";
    private static final String API_KEY = "tp-s3cr3t-api-key";
    private static final String FILE = "etc/webcare.source.trustpilot-brand.cfg";
    private static final Map<String, Object> PROPERTIES = Configurations.properties("webcare.source.trustpilot", "brand");
    private static final String REVIEW = "5e3de1b45fb06f0001790b51";
    private static final String AUTHOR = "5b2b9a6c4de5666d34b1b2c7";
    private static final ReplyRequest REPLY = new ReplyRequest(REVIEW, null, MentionKind.REVIEW,
            "Thank you, we've refunded the \"late\" delivery.");
    private static final String CREATED = "{\"reply\":{\"message\":\"Thank you, we've refunded the \\\"late\\\" "
            + "delivery.\",\"createdAt\":\"2026-10-25T01:29:59Z\"}}";

    private final FakeTrustpilot trustpilot;

    TrustpilotPublisherTest() throws IOException {
        trustpilot = new FakeTrustpilot();
        trustpilot.acceptReplies(Set.of(REVIEW), "");
    }

    @AfterEach
    void stop() {
        trustpilot.close();
    }

    private TrustpilotPublisher publisher(Map<String, ?> changes, Duration timeout) {
        return new TrustpilotPublisher(Configurations.of(TrustpilotReviewsSource.Config.class, Map.of(
                "baseUrl", trustpilot.baseUrl(), "token", TOKEN, "apiKey", API_KEY,
                "businessUnitId", FakeTrustpilot.UNIT, "authorBusinessUserId", AUTHOR), changes),
                PROPERTIES, PlatformClient.defaultHttpClient(), Clock.fixed(NOW, ZoneOffset.UTC), timeout);
    }

    private TrustpilotPublisher publisher() {
        return publisher(Map.of(), Duration.ofSeconds(10));
    }

    @Test
    void registersBesideItsSourceOnTheSameConfigurationWithTheReplyingUser() {
        String metatype = Descriptors.checkPublisherComponent(TrustpilotPublisher.class, "webcare.source.trustpilot",
                Map.of(Source.TYPE, "trustpilot", Source.CAN_REPLY, true, Source.CAN_HIDE, false,
                        Source.HAS_RATINGS, true));

        assertThat(metatype).contains("<AD id=\"authorBusinessUserId\" type=\"String\" required=\"false\"");
    }

    @Test
    void postsTheReplyInTheNameOfTheBusinessUserWithItsToken() throws Exception {
        PublishOutcome outcome = publisher().reply(REPLY);

        Request request = trustpilot.lastRequest();
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(outcome).isEqualTo(new PublishOutcome.Published(REVIEW + "/reply", null, NOW));
        soft.assertThat(request.method()).isEqualTo("POST");
        soft.assertThat(request.path()).isEqualTo("/v1/private/reviews/" + REVIEW + "/reply");
        soft.assertThat(request.authorization()).isEqualTo("Bearer " + TOKEN);
        soft.assertThat(request.header("apikey")).isNull();
        soft.assertThat(request.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        soft.assertThat(request.body()).isEqualTo("{\"authorBusinessUserId\":\"" + AUTHOR + "\",\"message\":"
                + "\"Thank you, we've refunded the \\\"late\\\" delivery.\"}");
        soft.assertAll();
    }

    @Test
    void takesTheTimeOfTheReplyWhenTheAnswerHasOne() throws Exception {
        trustpilot.acceptReplies(Set.of(REVIEW), CREATED);

        assertThat(publisher().reply(REPLY)).isEqualTo(new PublishOutcome.Published(REVIEW + "/reply", null,
                Instant.parse("2026-10-25T01:29:59Z")));
    }

    @Test
    void aReviewTrustpilotDoesNotKnowIsRejectedWithItsWords() throws Exception {
        assertThat(publisher().reply(new ReplyRequest("gone", null, MentionKind.REVIEW, "Thanks")))
                .isEqualTo(new PublishOutcome.Rejected(404, "Trustpilot refused it (HTTP 404): Not found"));
    }

    @Test
    void aUserWhoMayNotReplyNamesTheTokenSetting() throws Exception {
        trustpilot.fail(403, Map.of(), "{\"message\": \"Forbidden\", \"errorCode\": 0}");

        assertThat(publisher().reply(REPLY)).isEqualTo(new PublishOutcome.AuthFailed("token", "Trustpilot refused "
                + "the 'token' (HTTP 403): its business user may not reply for this business unit (Trustpilot: "
                + "Forbidden); put a new one as 'token' in " + FILE));
    }

    @Test
    void onlyAReviewCanBeAnsweredAndNothingHidden() throws Exception {
        TrustpilotPublisher publisher = publisher();

        assertThat(publisher.reply(new ReplyRequest(REVIEW + "/reply", REVIEW, MentionKind.REPLY, "Also")))
                .isInstanceOf(PublishOutcome.Unsupported.class);
        assertThat(publisher.cannotHide()).isPresent();
        assertThat(publisher.hide(new HideRequest(REVIEW, null, MentionKind.REVIEW)))
                .isEqualTo(publisher.cannotHide().get());
        assertThat(trustpilot.requests()).isEmpty();
    }

    @Test
    void theApiKeyAloneCannotReply() throws Exception {
        TrustpilotPublisher publisher = publisher(Map.of("token", ""), Duration.ofSeconds(10));

        assertThat(publisher.cannotReply()).contains(new PublishOutcome.Unsupported("Trustpilot takes replies only "
                + "with a business user's access token (the API key reads only): put one as 'token' in " + FILE));
        assertThat(publisher.reply(REPLY)).isInstanceOf(PublishOutcome.Unsupported.class);
        assertThat(trustpilot.requests()).isEmpty();
    }

    @Test
    void repliesNeedTheBusinessUserTheyArePostedAs() {
        assertThat(publisher(Map.of("authorBusinessUserId", ""), Duration.ofSeconds(10)).cannotReply())
                .contains(new PublishOutcome.Unsupported("'authorBusinessUserId' is missing in " + FILE + "; add a line "
                        + "'authorBusinessUserId = …' with the id of the business user replies are posted as"));
        assertThat(publisher().cannotReply()).isEmpty();
    }

    @Nested
    class WhenTrustpilotFails {

        private final PublishFailures failures = new PublishFailures(trustpilot, "Trustpilot",
                timeout -> publisher(Map.of(), timeout).reply(REPLY), TOKEN, API_KEY);

        @Test
        void theCommonFailures() throws Exception {
            failures.rateLimited(Map.of("Retry-After", "60"), "{\"message\": \"Too many requests\"}",
                    NOW.plusSeconds(60));
            failures.tokenRefused(Map.of(), "{\"fault\":{\"faultstring\":\"Access Token expired\","
                    + "\"detail\":{\"errorcode\":\"keymanagement.service.access_token_expired\"}}}", "token", FILE);
            failures.serverError(500, "{\"message\": \"Internal error\", \"errorCode\": 0}");
            failures.silence();
        }

        @Test
        void aMalformedOrTruncatedAnswerMayHaveGoneThrough() throws Exception {
            failures.malformed(201, "<html>Created</html>");
            failures.truncated(201, CREATED);
        }
    }
}

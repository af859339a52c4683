package webcare.source.google;

import static org.assertj.core.api.Assertions.assertThat;
import static webcare.source.http.FakePlatform.json;

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

class GooglePublisherTest {

    private static final Instant NOW = Instant.parse("2026-10-25T01:30:00Z");
    private static final String UPDATED = "2026-10-25T01:29:58.123456Z";
    private static final String TOKEN = "ya29.s3cr3t-access-token";
    private static final String FILE = "etc/webcare.source.google-brand.cfg";
    private static final Map<String, Object> PROPERTIES = Configurations.properties("webcare.source.google", "brand");
    private static final String REVIEW = "AbFvOqn1x2y3z4";
    private static final ReplyRequest REPLY = new ReplyRequest(REVIEW, null, MentionKind.REVIEW,
            "Dank u wel, \"Anna\"! Tot ziens.");
    private static final String ANSWER = "{\"comment\":\"Dank u wel, \\\"Anna\\\"! Tot ziens.\",\"updateTime\":\""
            + UPDATED + "\"}";

    private final FakeGoogle google;

    GooglePublisherTest() throws IOException {
        google = new FakeGoogle();
        google.acceptReplies(Set.of(REVIEW), UPDATED);
    }

    @AfterEach
    void stop() {
        google.close();
    }

    private GooglePublisher publisher(Map<String, ?> changes, Duration timeout) {
        return new GooglePublisher(Configurations.of(GoogleReviewsSource.Config.class,
                Map.of("baseUrl", google.baseUrl(), "token", TOKEN, "account", "accounts/111", "location", "222"),
                changes), PROPERTIES, PlatformClient.defaultHttpClient(), Clock.fixed(NOW, ZoneOffset.UTC), timeout);
    }

    private GooglePublisher publisher() {
        return publisher(Map.of(), Duration.ofSeconds(10));
    }

    @Test
    void registersBesideItsSourceOnTheSameConfiguration() {
        Descriptors.checkPublisherComponent(GooglePublisher.class, "webcare.source.google", Map.of(
                Source.TYPE, "google", Source.CAN_REPLY, true, Source.CAN_HIDE, false, Source.HAS_RATINGS, true));
    }

    @Test
    void putsTheReplyOfTheReviewAndNamesItAsTheSourceWill() throws Exception {
        PublishOutcome outcome = publisher().reply(REPLY);

        Request request = google.lastRequest();
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(outcome).isEqualTo(new PublishOutcome.Published(REVIEW + "/reply", null,
                Instant.parse(UPDATED)));
        soft.assertThat(request.method()).isEqualTo("PUT");
        soft.assertThat(request.path()).isEqualTo(FakeGoogle.REVIEWS + "/" + REVIEW + "/reply");
        soft.assertThat(request.authorization()).isEqualTo("Bearer " + TOKEN);
        soft.assertThat(request.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        soft.assertThat(request.body()).isEqualTo("{\"comment\":\"Dank u wel, \\\"Anna\\\"! Tot ziens.\"}");
        soft.assertAll();
    }

    @Test
    void aReviewGoogleDoesNotKnowIsRejectedWithGooglesWords() throws Exception {
        assertThat(publisher().reply(new ReplyRequest("gone", null, MentionKind.REVIEW, "Thanks")))
                .isEqualTo(new PublishOutcome.Rejected(404, "Google refused it (HTTP 404): Requested entity was not found."));
    }

    @Test
    void aTokenWithoutTheScopeNamesTheSetting() throws Exception {
        google.fail(403, Map.of(), FakeGoogle.error(403, "Request had insufficient authentication scopes.",
                "PERMISSION_DENIED"));

        assertThat(publisher().reply(REPLY)).isEqualTo(new PublishOutcome.AuthFailed("token", "Google refused the "
                + "'token' (HTTP 403): it lacks the business.manage scope or its user does not manage location 222 "
                + "(Google: Request had insufficient authentication scopes.); put a new one as 'token' in " + FILE));
    }

    @Test
    void anAnswerWithoutTheReplyMayHaveGoneThrough() throws Exception {
        google.fail(200, Map.of(), "{}");

        assertThat(((PublishOutcome.Unavailable) publisher().reply(REPLY)).outcomeUnknown()).isTrue();
    }

    @Test
    void onlyAReviewCanBeAnsweredAndNothingHidden() throws Exception {
        GooglePublisher publisher = publisher();

        assertThat(publisher.reply(new ReplyRequest(REVIEW + "/reply", REVIEW, MentionKind.REPLY, "Also")))
                .isInstanceOf(PublishOutcome.Unsupported.class);
        assertThat(publisher.cannotReply()).isEmpty();
        assertThat(publisher.cannotHide()).isPresent();
        assertThat(publisher.hide(new HideRequest(REVIEW, null, MentionKind.REVIEW)))
                .isEqualTo(publisher.cannotHide().get());
        assertThat(google.requests()).isEmpty();
    }

    @Test
    void withoutATokenNothingIsSent() throws Exception {
        GooglePublisher publisher = publisher(Map.of("token", ""), Duration.ofSeconds(10));

        assertThat(publisher.reply(REPLY)).isEqualTo(new PublishOutcome.Unsupported("'token' is missing in " + FILE
                + "; add a line 'token = …' with a Business Profile access token with the business.manage scope"));
        assertThat(google.requests()).isEmpty();
    }

    @Nested
    class WhenGoogleFails {

        private final PublishFailures failures = new PublishFailures(google, "Google",
                timeout -> publisher(Map.of(), timeout).reply(REPLY), TOKEN);

        @Test
        void theCommonFailures() throws Exception {
            failures.rateLimited(Map.of("Retry-After", "30"), FakeGoogle.error(429, "Quota exceeded for quota metric "
                    + "'Requests' and limit 'Requests per minute'.", "RESOURCE_EXHAUSTED"), NOW.plusSeconds(30));
            failures.tokenRefused(Map.of("WWW-Authenticate", "Bearer realm=\"https://accounts.google.com/\", "
                    + "error=\"invalid_token\""), FakeGoogle.error(401, "Request had invalid authentication "
                    + "credentials.", "UNAUTHENTICATED"), "token", FILE);
            failures.serverError(503, FakeGoogle.error(503, "The service is currently unavailable.", "UNAVAILABLE"));
            failures.silence();
        }

        @Test
        void aMalformedOrTruncatedAnswerMayHaveGoneThrough() throws Exception {
            failures.malformed(200, "<html><title>Error 502 (Server Error)!!1</title></html>");
            failures.truncated(200, ANSWER);
        }
    }
}

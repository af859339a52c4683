package webcare.source.trustpilot;

import static org.assertj.core.api.Assertions.assertThat;
import static webcare.source.http.Fetches.ids;
import static webcare.source.http.Fetches.page;
import static webcare.source.http.Fetches.pass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import webcare.source.api.Source;
import webcare.source.http.Configurations;
import webcare.source.http.Descriptors;
import webcare.source.http.Fetches;
import webcare.source.http.PlatformClient;
import webcare.source.http.PlatformFailures;

class TrustpilotReviewsSourceTest {

    private static final Instant NOW = Instant.parse("2026-10-25T01:30:00Z");
    private static final String TOKEN = "tp-s3cr3t-access-token";
    private static final String API_KEY = "tp-s3cr3t-api-key";
    private static final String FILE = "etc/webcare.source.trustpilot-shop.cfg";
    private static final Map<String, Object> PROPERTIES = Configurations.properties("webcare.source.trustpilot", "shop");
    private static final String R1 = "6719e0a2c4f1b2a3d4e5f601";
    private static final String R2 = "6719e0a2c4f1b2a3d4e5f602";
    private static final String R3 = "6719e0a2c4f1b2a3d4e5f603";
    private static final String R4 = "6719e0a2c4f1b2a3d4e5f604";
    private static final String R5 = "6719e0a2c4f1b2a3d4e5f605";
    private static final String AFTER_FIRST_PASS = "{\"since\":\"2026-10-21T07:00:00Z\",\"ids\":[\"" + R4 + "\"]}";

    private final FakeTrustpilot trustpilot;

    TrustpilotReviewsSourceTest() throws IOException {
        trustpilot = new FakeTrustpilot();
        trustpilot.list(FakeTrustpilot.body("reviews-page1.json"), FakeTrustpilot.body("reviews-page2.json"));
    }

    @AfterEach
    void stop() {
        trustpilot.close();
    }

    /** {@code timeout}: how long a request may take; short only where the server stays silent. */
    private TrustpilotReviewsSource source(Map<String, ?> settings, Duration timeout) {
        TrustpilotReviewsSource.Config config = Configurations.of(TrustpilotReviewsSource.Config.class, Map.of(
                "baseUrl", trustpilot.baseUrl(), "token", TOKEN, "apiKey", API_KEY, "businessUnitId", FakeTrustpilot.UNIT),
                settings);
        return new TrustpilotReviewsSource(config, PROPERTIES, PlatformClient.defaultHttpClient(),
                Clock.fixed(NOW, ZoneOffset.UTC), timeout);
    }

    private TrustpilotReviewsSource source(Map<String, ?> settings) {
        return source(settings, Duration.ofSeconds(10));
    }

    private TrustpilotReviewsSource source() {
        return source(Map.of());
    }

    @Test
    void describesItselfAsATrustpilotSourceNamedAfterItsFile() {
        Configurations.assertInstance(source(Map.of("pollSeconds", 3600)), "trustpilot", "shop", Duration.ofHours(1));
        assertThat(source().pollInterval()).isEqualTo(Duration.ofSeconds(900));
        assertThat(source().toString())
                .isEqualTo("TrustpilotReviewsSource[shop: business unit " + FakeTrustpilot.UNIT + "]");
    }

    @Test
    void registersAsAFactoryComponentThatCanReplyAndHasRatings() {
        String metatype = Descriptors.checkSourceComponent(TrustpilotReviewsSource.class, "webcare.source.trustpilot",
                Map.of(Source.TYPE, "trustpilot", Source.CAN_REPLY, true, Source.CAN_HIDE, false,
                        Source.HAS_RATINGS, true));

        assertThat(metatype).contains("<AD id=\"token\" type=\"Password\" required=\"false\"",
                "<AD id=\"apiKey\" type=\"Password\" required=\"false\"", "<AD id=\"businessUnitId\" type=\"String\" name",
                "<AD id=\"baseUrl\" type=\"String\" required=\"false\"",
                "<AD id=\"pollSeconds\" type=\"Integer\" required=\"false\"");
    }

    @Test
    void readsEveryPageOfTheFirstPassNewestFirstWithKeyAndToken() throws Exception {
        List<FetchOutcome.Page> pages = pass(source(), Cursor.START);

        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).more()).isTrue();
        assertThat(ids(pages.get(0))).containsExactly(R4, R4 + "/reply", R3);
        assertThat(ids(pages.get(1))).containsExactly(R2, R1);
        assertThat(trustpilot.requests()).extracting(FakeTrustpilot.Request::path).containsOnly(FakeTrustpilot.REVIEWS);
        assertThat(trustpilot.requests()).extracting(FakeTrustpilot.Request::query).containsExactly(
                Map.of("perPage", "100", "page", "1", "orderBy", "createdat.desc"),
                Map.of("perPage", "100", "page", "2", "orderBy", "createdat.desc"));
        assertThat(trustpilot.requests()).extracting(FakeTrustpilot.Request::authorization).containsOnly("Bearer " + TOKEN);
        assertThat(trustpilot.requests()).extracting(request -> request.header("apikey")).containsOnly(API_KEY);
        assertThat(pages.get(1).next().value()).isEqualTo(AFTER_FIRST_PASS);
    }

    @Test
    void sendsOnlyTheCredentialsItHas() throws Exception {
        source(Map.of("token", "")).fetch(Cursor.START);
        source(Map.of("apiKey", "")).fetch(Cursor.START);

        assertThat(trustpilot.requests()).extracting(request -> request.authorization() + " " + request.header("apikey"))
                .containsExactly("null " + API_KEY, "Bearer " + TOKEN + " null");
    }

    @Test
    void mapsEveryFieldOfAReviewAndOfTheCompanysReply() throws Exception {
        List<Mention> mentions = page(source().fetch(Cursor.START)).mentions();

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(mentions.get(0)).usingRecursiveComparison().ignoringFields("raw").isEqualTo(new Mention(
                "trustpilot", "shop", R4, MentionKind.REVIEW, null, null,
                new Author("5b7f0c1de2a3b4c5d6e7f801", null, "Marieke Smit", 37L,
                        "https://www.trustpilot.com/users/5b7f0c1de2a3b4c5d6e7f801"),
                "Pakket kwijt — Drie keer gebeld, niemand weet waar mijn pakket is.", "nl", 1,
                "https://nl.trustpilot.com/reviews/" + R4, Instant.parse("2026-10-21T07:00:00Z"),
                Instant.parse("2026-10-21T19:12:30.500Z"), null, false));
        soft.assertThat(mentions.get(0).raw()).contains("\"id\":\"" + R4 + "\"", "\"displayLocation\":\"Utrecht, NL\"");
        soft.assertThat(mentions.get(1)).usingRecursiveComparison().ignoringFields("raw").isEqualTo(new Mention(
                "trustpilot", "shop", R4 + "/reply", MentionKind.REPLY, R4, R4, null,
                "Wat vervelend, Marieke. We zoeken het uit en mailen u vandaag.", null, null,
                "https://nl.trustpilot.com/reviews/" + R4, Instant.parse("2026-10-21T09:00:00Z"), null, null, false));
        // a title without text; no web link, so the review's public address; never edited
        soft.assertThat(mentions.get(2)).usingRecursiveComparison().ignoringFields("raw").isEqualTo(new Mention(
                "trustpilot", "shop", R3, MentionKind.REVIEW, null, null,
                new Author("5b7f0c1de2a3b4c5d6e7f802", null, "Tom", 1L,
                        "https://www.trustpilot.com/users/5b7f0c1de2a3b4c5d6e7f802"),
                "Top service", "en", 5, "https://www.trustpilot.com/reviews/" + R3,
                Instant.parse("2026-10-18T12:00:00Z"), null, null, false));
        soft.assertAll();
    }

    @Test
    void aTextWithoutTitleStandsAloneAndOffsetsAreRead() throws Exception {
        Mention mention = page(source().fetch(page(source().fetch(Cursor.START)).next())).mentions().get(0);

        assertThat(mention.text()).isEqualTo("Prima, maar de levering duurde lang.");
        assertThat(mention.created()).isEqualTo(Instant.parse("2026-10-10T08:00:00Z"));
        assertThat(mention.author().followers()).isEqualTo(4L);
    }

    @Test
    void aLaterPassReturnsOnlyNewReviewsAndStopsAtTheKnownOnes() throws Exception {
        Cursor afterFirst = pass(source(), Cursor.START).get(1).next();
        trustpilot.list(FakeTrustpilot.body("reviews-later.json"), FakeTrustpilot.body("reviews-page2.json"));
        int before = trustpilot.requests().size();

        List<FetchOutcome.Page> pages = pass(source(), afterFirst);

        assertThat(pages).hasSize(1);
        assertThat(ids(pages.get(0))).containsExactly(R5);
        assertThat(pages.get(0).mentions().get(0).author().followers()).isEqualTo(250L);
        assertThat(trustpilot.requests().subList(before, trustpilot.requests().size()))
                .extracting(request -> request.query().get("page")).containsExactly("1");
        assertThat(pages.get(0).next().value()).isEqualTo("{\"since\":\"2026-10-23T18:00:00Z\",\"ids\":[\"" + R5 + "\"]}");
    }

    @Test
    void aPassWithNothingNewReturnsNothingAndKeepsItsPlace() throws Exception {
        Fetches.assertNothingNewAfterAPass(this::source);
    }

    @Test
    void aCrashAfterTheFirstPageResumesFromItsCursorLosingAndRepeatingNothing() throws Exception {
        List<FetchOutcome.Page> pages = Fetches.passResumedAfterFirstPage(this::source);

        assertThat(pages.get(0).next().value()).contains("\"page\":2");
        assertThat(ids(pages)).containsExactly(R4, R4 + "/reply", R3, R2, R1);
        assertThat(pages.get(pages.size() - 1).next().value()).isEqualTo(AFTER_FIRST_PASS);
    }

    @Test
    void aReviewWrittenDuringAPassRepeatsOneAndLosesNone() throws Exception {
        FetchOutcome.Page first = page(source().fetch(Cursor.START));
        // R5 arrives: R3 slides from page 1 to page 2
        String later = FakeTrustpilot.body("reviews-later.json");
        String page2 = FakeTrustpilot.body("reviews-page2.json");
        trustpilot.list(later, page2.replace("\"reviews\": [", "\"reviews\": [" + review(later, R3) + ","));

        List<String> rest = new ArrayList<>();
        Cursor cursor = first.next();
        for (FetchOutcome.Page page : pass(source(), cursor)) {
            rest.addAll(ids(page));
            cursor = page.next();
        }
        List<String> next = ids(pass(source(), cursor).get(0));

        assertThat(rest).containsExactly(R3, R2, R1);
        assertThat(next).containsExactly(R5);
    }

    /** One review object of a recorded body, as text. */
    private static String review(String body, String id) throws IOException {
        for (JsonNode review : new ObjectMapper().readTree(body).get("reviews")) {
            if (review.get("id").asText().equals(id)) {
                return review.toString();
            }
        }
        throw new AssertionError("no review " + id);
    }

    @Test
    void withoutLinksAFullPageMeansMore() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode one = json.readTree(review(FakeTrustpilot.body("reviews-page1.json"), R3));
        ObjectNode full = json.createObjectNode();
        for (int i = 0; i < 100; i++) {
            full.withArray("reviews").add(((ObjectNode) one.deepCopy()).put("id", "full-" + i)
                    .put("createdAt", NOW.minusSeconds(60L * i).toString()));
        }
        trustpilot.list(full.toString(), "{\"reviews\": [" + one + "]}");

        List<FetchOutcome.Page> pages = pass(source(), Cursor.START);

        assertThat(pages).extracting(page -> page.mentions().size()).containsExactly(100, 1);
        assertThat(pages.get(0).more()).isTrue();
    }

    @Test
    void aCursorItCannotReadStartsOver() throws Exception {
        assertThat(ids(page(source().fetch(new Cursor("{\"since\": \"yesterday\"}"))))).containsExactly(R4, R4 + "/reply", R3);
    }

    @Nested
    class WhenTrustpilotFails {

        private final PlatformFailures failures = new PlatformFailures(trustpilot, "Trustpilot",
                timeout -> source(Map.of(), timeout).fetch(Cursor.START), TOKEN, API_KEY);

        @Test
        void aRateLimitLastsAsLongAsRetryAfterSays() throws Exception {
            failures.rateLimited(Map.of("Retry-After", "120"), "{\"message\": \"Too many requests\"}",
                    NOW.plusSeconds(120));
        }

        @Test
        void aRefusedTokenNamesTheFileToPutANewOneIn() throws Exception {
            failures.tokenRefused(Map.of(), "{\"message\": \"Unauthorized\"}", FILE);
        }

        @Test
        void aRefusedKeyWithoutATokenNamesTheKeySetting() throws Exception {
            trustpilot.fail(401, Map.of(), "{\"message\": \"Invalid ApiKey\"}");

            assertThat(source(Map.of("token", "")).fetch(Cursor.START)).isEqualTo(new FetchOutcome.AuthFailed(
                    "Trustpilot refused the API key (HTTP 401): it is wrong or blocked; put a valid one as 'apiKey' in "
                            + FILE));
        }

        @Test
        void aForbiddenBusinessUnitIsRefusedAccess() throws Exception {
            trustpilot.fail(403, Map.of(), "{\"message\": \"Forbidden\"}");

            assertThat(failures.fetch()).isInstanceOfSatisfying(FetchOutcome.AuthFailed.class, failed -> assertThat(
                    failed.message()).startsWith("Trustpilot refused access to business unit " + FakeTrustpilot.UNIT)
                    .endsWith("'token' in " + FILE));
        }

        @Test
        void anUnknownBusinessUnitIsABadSetting() throws Exception {
            assertThat(source(Map.of("businessUnitId", "0000")).fetch(Cursor.START)).isEqualTo(
                    new FetchOutcome.BadConfiguration("businessUnitId", "Trustpilot knows no business unit 0000 "
                            + "(HTTP 404); check 'businessUnitId' in " + FILE));
        }

        @Test
        void aServerErrorIsWorthRetrying() throws Exception {
            failures.serverError(503, Map.of("Retry-After", "30"), "upstream down", NOW.plusSeconds(30));
        }

        @Test
        void aServerThatNeverAnswersIsUnavailableAfterTheTimeout() throws Exception {
            failures.silence();
        }

        @Test
        void aMalformedBodyIsUnavailable() throws Exception {
            failures.malformedJson("<html>maintenance</html>");
        }

        @Test
        void aTruncatedBodyIsUnavailable() throws Exception {
            failures.truncated(FakeTrustpilot.body("reviews-page1.json"));
        }

        @Test
        void jsonThatIsNoListOfReviewsIsUnavailable() throws Exception {
            failures.notAList("[1, 2, 3]", "reviews");
        }
    }

    @Nested
    class WhenASettingIsMissingOrWrong {

        private FetchOutcome fetch(Map<String, Object> settings) throws InterruptedException {
            return Fetches.misconfigured(source(settings), trustpilot, FILE);
        }

        @Test
        void theBusinessUnitIsNamed() throws Exception {
            assertThat(fetch(Map.of("businessUnitId", ""))).isEqualTo(new FetchOutcome.BadConfiguration(
                    "businessUnitId", "'businessUnitId' is missing in " + FILE
                            + "; add a line 'businessUnitId = …' with the business unit id"));
        }

        @Test
        void withNeitherKeyNorTokenTheKeyIsNamed() throws Exception {
            assertThat(fetch(Map.of("apiKey", "", "token", " "))).isEqualTo(new FetchOutcome.BadConfiguration("apiKey",
                    "neither 'apiKey' nor 'token' is set in " + FILE
                            + "; add a line 'apiKey = …' with the application's API key"));
        }

        @Test
        void aBaseUrlThatIsNoWebAddressIsNamed() throws Exception {
            assertThat(fetch(Map.of("baseUrl", "ftp://api.trustpilot.com"))).isEqualTo(new FetchOutcome.BadConfiguration(
                    "baseUrl", "'baseUrl' in " + FILE + " is not an http(s) address; remove the line to use "
                            + "https://api.trustpilot.com"));
        }

        @Test
        void pollingMoreOftenThanOnceAMinuteIsRefused() throws Exception {
            assertThat(fetch(Map.of("pollSeconds", 0))).isEqualTo(new FetchOutcome.BadConfiguration("pollSeconds",
                    "'pollSeconds' in " + FILE + " must be at least 60"));
        }
    }
}

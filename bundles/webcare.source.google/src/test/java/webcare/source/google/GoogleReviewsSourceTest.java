package webcare.source.google;

import static org.assertj.core.api.Assertions.assertThat;
import static webcare.source.http.Fetches.ids;
import static webcare.source.http.Fetches.page;
import static webcare.source.http.Fetches.pass;

import java.io.IOException;
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
import webcare.source.api.Source;
import webcare.source.http.Configurations;
import webcare.source.http.Descriptors;
import webcare.source.http.Fetches;
import webcare.source.http.PlatformClient;
import webcare.source.http.PlatformFailures;

class GoogleReviewsSourceTest {

    private static final Instant NOW = Instant.parse("2026-10-25T01:30:00Z");
    private static final String TOKEN = "ya29.s3cr3t-access-token";
    private static final String FILE = "etc/webcare.source.google-brand.cfg";
    private static final Map<String, Object> PROPERTIES = Configurations.properties("webcare.source.google", "brand");

    private final FakeGoogle google;

    GoogleReviewsSourceTest() throws IOException {
        google = new FakeGoogle();
        google.list(Map.of("", FakeGoogle.body("reviews-page1.json"), "page-2-token", FakeGoogle.body("reviews-page2.json")));
    }

    @AfterEach
    void stop() {
        google.close();
    }

    /** {@code timeout}: how long a request may take; short only where the server stays silent. */
    private GoogleReviewsSource source(Map<String, ?> settings, Duration timeout) {
        GoogleReviewsSource.Config config = Configurations.of(GoogleReviewsSource.Config.class,
                Map.of("baseUrl", google.baseUrl(), "token", TOKEN, "account", "111", "location", "222"), settings);
        return new GoogleReviewsSource(config, PROPERTIES, PlatformClient.defaultHttpClient(),
                Clock.fixed(NOW, ZoneOffset.UTC), timeout);
    }

    private GoogleReviewsSource source(Map<String, ?> settings) {
        return source(settings, Duration.ofSeconds(10));
    }

    private GoogleReviewsSource source() {
        return source(Map.of());
    }

    @Test
    void describesItselfAsAGoogleReviewSourceNamedAfterItsFile() {
        Configurations.assertInstance(source(Map.of("pollSeconds", 1800)), "google", "brand", Duration.ofMinutes(30));
        assertThat(source().pollInterval()).isEqualTo(Duration.ofSeconds(900));
        assertThat(source().toString()).isEqualTo("GoogleReviewsSource[brand: accounts/111/locations/222]");
    }

    @Test
    void registersAsAFactoryComponentThatCanReplyAndHasRatings() {
        String metatype = Descriptors.checkSourceComponent(GoogleReviewsSource.class, "webcare.source.google", Map.of(
                Source.TYPE, "google", Source.CAN_REPLY, true, Source.CAN_HIDE, false, Source.HAS_RATINGS, true));

        assertThat(metatype).contains("<AD id=\"token\" type=\"Password\"", "<AD id=\"account\"", "<AD id=\"location\"",
                "<AD id=\"baseUrl\" type=\"String\" required=\"false\"",
                "<AD id=\"pollSeconds\" type=\"Integer\" required=\"false\"");
    }

    @Test
    void readsEveryPageOfTheFirstPassNewestFirstWithTheTokenAsBearer() throws Exception {
        List<FetchOutcome.Page> pages = pass(source(), Cursor.START);

        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).more()).isTrue();
        assertThat(ids(pages.get(0))).containsExactly("rev-c", "rev-c/reply", "rev-b");
        assertThat(ids(pages.get(1))).containsExactly("rev-a2", "rev-a1");
        assertThat(google.requests()).extracting(FakeGoogle.Request::path).containsOnly(FakeGoogle.REVIEWS);
        assertThat(google.requests()).extracting(FakeGoogle.Request::authorization).containsOnly("Bearer " + TOKEN);
        assertThat(google.requests()).extracting(FakeGoogle.Request::query).containsExactly(
                Map.of("pageSize", "50", "orderBy", "update_time desc"),
                Map.of("pageSize", "50", "orderBy", "update_time desc", "pageToken", "page-2-token"));
        assertThat(pages.get(1).next().value()).isEqualTo("{\"since\":\"2026-10-21T07:00:00Z\",\"ids\":[\"rev-c\"]}");
    }

    @Test
    void mapsEveryFieldOfAReviewAndOfTheOwnersReply() throws Exception {
        List<Mention> mentions = page(source().fetch(Cursor.START)).mentions();

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(mentions.get(0)).usingRecursiveComparison().ignoringFields("raw").isEqualTo(new Mention(
                "google", "brand", "rev-c", MentionKind.REVIEW, null, null,
                new Author(null, null, "Annelies de Vries", null, null), "Twee weken op de monteur gewacht.", null, 2,
                null, Instant.parse("2026-10-20T09:15:00.123456Z"), Instant.parse("2026-10-21T07:00:00Z"), null,
                false));
        soft.assertThat(mentions.get(0).raw()).startsWith("{\"name\":\"accounts/111/locations/222/reviews/rev-c\"")
                .contains("\"profilePhotoUrl\":\"https://lh3.googleusercontent.com/a/photo-c\"");
        soft.assertThat(mentions.get(1)).usingRecursiveComparison().ignoringFields("raw").isEqualTo(new Mention(
                "google", "brand", "rev-c/reply", MentionKind.REPLY, "rev-c", "rev-c", null,
                "Wat vervelend! We bellen u vandaag.", null, null, null, Instant.parse("2026-10-21T08:30:00Z"), null,
                null, false));
        // unspecified stars and no comment: no rating, empty text; never edited: no 'updated'
        soft.assertThat(mentions.get(2)).usingRecursiveComparison().ignoringFields("raw").isEqualTo(new Mention(
                "google", "brand", "rev-b", MentionKind.REVIEW, null, null,
                new Author(null, null, "A Google User", null, null), "", null, null, null,
                Instant.parse("2026-10-18T12:00:00Z"), null, null, false));
        soft.assertAll();
    }

    @Test
    void aReviewWithoutIdOrTimeIsLeftOutAndCountedOnItsPage() throws Exception {
        google.list(Map.of("", FakeGoogle.body("reviews-page2.json").replaceFirst("\\[",
                "[{\"comment\": \"Geen id en geen tijd\", \"starRating\": \"ONE\"}, {\"reviewId\": \"rev-x\"},")));

        FetchOutcome.Page page = page(source().fetch(Cursor.START));

        assertThat(ids(page)).doesNotContain("rev-x").isNotEmpty();
        assertThat(page.skipped()).containsExactly(Map.entry("no id or time", 2));
    }

    @Test
    void readsOffsetsAndLeavesOutAnAuthorGoogleDoesNotName() throws Exception {
        List<Mention> mentions = page(source().fetch(page(source().fetch(Cursor.START)).next())).mentions();

        assertThat(mentions.get(0).created()).isEqualTo(Instant.parse("2026-10-10T08:00:00Z"));
        assertThat(mentions.get(0).rating()).isEqualTo(5);
        assertThat(mentions.get(1).author()).isNull();
        assertThat(mentions.get(1).rating()).isEqualTo(1);
    }

    @Test
    void aLaterPassReturnsOnlyNewAndEditedReviewsAndStopsAtTheKnownOnes() throws Exception {
        Cursor afterFirst = pass(source(), Cursor.START).get(1).next();
        google.list(Map.of("", FakeGoogle.body("reviews-later.json")));
        int before = google.requests().size();

        List<FetchOutcome.Page> pages = pass(source(), afterFirst);

        assertThat(pages).hasSize(1);
        assertThat(ids(pages.get(0))).containsExactly("rev-d", "rev-b");
        assertThat(google.requests().subList(before, google.requests().size()))
                .extracting(request -> request.query().get("pageToken")).containsExactly((String) null);
        assertThat(pages.get(0).next().value()).isEqualTo("{\"since\":\"2026-10-23T18:00:00Z\",\"ids\":[\"rev-d\"]}");
    }

    @Test
    void anEditedReviewComesBackAsTheSameMentionWithTheNewTextAndItsUpdateTime() throws Exception {
        Cursor afterFirst = pass(source(), Cursor.START).get(1).next();
        google.list(Map.of("", FakeGoogle.body("reviews-later.json")));

        Mention edited = page(source().fetch(afterFirst)).mentions().get(1);

        assertThat(edited.externalId()).isEqualTo("rev-b");
        assertThat(edited.text()).isEqualTo("Toch nog goed geholpen, dank!");
        assertThat(edited.rating()).isEqualTo(4);
        assertThat(edited.created()).isEqualTo(Instant.parse("2026-10-18T12:00:00Z"));
        assertThat(edited.updated()).isEqualTo(Instant.parse("2026-10-22T09:30:00Z"));
    }

    @Test
    void aPassWithNothingNewReturnsNothingAndKeepsItsPlace() throws Exception {
        Fetches.assertNothingNewAfterAPass(this::source);
    }

    @Test
    void aCrashAfterTheFirstPageResumesFromItsCursorLosingAndRepeatingNothing() throws Exception {
        List<FetchOutcome.Page> pages = Fetches.passResumedAfterFirstPage(this::source);

        assertThat(ids(pages)).containsExactly("rev-c", "rev-c/reply", "rev-b", "rev-a2", "rev-a1");
        assertThat(pages.get(pages.size() - 1).next().value())
                .isEqualTo("{\"since\":\"2026-10-21T07:00:00Z\",\"ids\":[\"rev-c\"]}");
    }

    @Test
    void aNewReviewArrivingDuringAPassIsPickedUpByTheNextOne() throws Exception {
        FetchOutcome.Page first = page(source().fetch(Cursor.START));
        google.list(Map.of("", FakeGoogle.body("reviews-later.json"), "page-2-token", FakeGoogle.body("reviews-page2.json")));
        Cursor done = pass(source(), first.next()).get(0).next();

        List<String> next = ids(pass(source(), done).get(0));

        assertThat(next).containsExactly("rev-d", "rev-b");
    }

    @Test
    void anExpiredPageTokenStartsThePassAgainWithoutLosingAnything() throws Exception {
        FetchOutcome.Page first = page(source().fetch(Cursor.START));
        google.list(Map.of("", FakeGoogle.body("reviews-page1.json").replace("page-2-token", "fresh-token"),
                "fresh-token", FakeGoogle.body("reviews-page2.json")));

        FetchOutcome.Page restart = page(source().fetch(first.next()));
        List<FetchOutcome.Page> rest = pass(source(), restart.next());

        assertThat(restart.mentions()).isEmpty();
        assertThat(restart.more()).isTrue();
        assertThat(ids(rest.get(0))).containsExactly("rev-c", "rev-c/reply", "rev-b");
        assertThat(ids(rest.get(1))).containsExactly("rev-a2", "rev-a1");
        assertThat(rest.get(1).next().value()).isEqualTo("{\"since\":\"2026-10-21T07:00:00Z\",\"ids\":[\"rev-c\"]}");
    }

    @Test
    void aCursorItCannotReadStartsOver() throws Exception {
        assertThat(ids(page(source().fetch(new Cursor("not json"))))).containsExactly("rev-c", "rev-c/reply", "rev-b");
    }

    @Test
    void aLocationWithoutReviewsIsAnEmptyPage() throws Exception {
        google.list(Map.of("", "{}"));

        FetchOutcome.Page page = page(source().fetch(Cursor.START));

        assertThat(page.mentions()).isEmpty();
        assertThat(page.more()).isFalse();
    }

    @Nested
    class WhenGoogleFails {

        private final PlatformFailures failures = new PlatformFailures(google, "Google",
                timeout -> source(Map.of(), timeout).fetch(Cursor.START), TOKEN);

        @Test
        void aRateLimitLastsAsLongAsRetryAfterSays() throws Exception {
            failures.rateLimited(Map.of("Retry-After", "120"),
                    "{\"error\": {\"code\": 429, \"status\": \"RESOURCE_EXHAUSTED\"}}", NOW.plusSeconds(120));
        }

        @Test
        void aRefusedTokenNamesTheFileToPutANewOneIn() throws Exception {
            failures.tokenRefused(Map.of(), "{\"error\": {\"code\": 401, \"status\": \"UNAUTHENTICATED\"}}", FILE);
        }

        @Test
        void aTokenWithoutAccessToTheLocationIsRefusedToo() throws Exception {
            google.fail(403, Map.of(), "{\"error\": {\"code\": 403, \"status\": \"PERMISSION_DENIED\"}}");

            assertThat(failures.fetch()).isInstanceOfSatisfying(FetchOutcome.AuthFailed.class,
                    failed -> assertThat(failed.message()).startsWith("Google refused access to location 222 (HTTP 403)")
                            .endsWith("put another token as 'token' in " + FILE));
        }

        @Test
        void anUnknownLocationIsABadSetting() throws Exception {
            FetchOutcome outcome = source(Map.of("location", "locations/999")).fetch(Cursor.START);

            assertThat(outcome).isEqualTo(new FetchOutcome.BadConfiguration("location", "Google knows no location 999 "
                    + "in account 111 (HTTP 404); check 'account' and 'location' in " + FILE));
        }

        @Test
        void aServerErrorIsWorthRetrying() throws Exception {
            failures.serverError(500, Map.of(), "{\"error\": {\"code\": 500, \"status\": \"INTERNAL\"}}", null);
        }

        @Test
        void aServerThatNeverAnswersIsUnavailableAfterTheTimeout() throws Exception {
            failures.silence();
        }

        @Test
        void aMalformedBodyIsUnavailable() throws Exception {
            failures.malformedJson("<html><body>Service Unavailable</body></html>");
        }

        @Test
        void aTruncatedBodyIsUnavailable() throws Exception {
            failures.truncated(FakeGoogle.body("reviews-page1.json"));
        }

        @Test
        void jsonThatIsNoListOfReviewsIsUnavailable() throws Exception {
            failures.notAList("{\"reviews\": {\"reviewId\": \"x\"}}", "reviews");
        }
    }

    @Nested
    class WhenASettingIsMissingOrWrong {

        private FetchOutcome fetch(Map<String, Object> settings) throws InterruptedException {
            return Fetches.misconfigured(source(settings), google, FILE);
        }

        @Test
        void eachRequiredKeyIsNamed() throws Exception {
            assertThat(fetch(Map.of("token", ""))).isEqualTo(new FetchOutcome.BadConfiguration("token",
                    "'token' is missing in " + FILE + "; add a line 'token = …' with a Business Profile access token"));
            assertThat(fetch(Map.of("account", " "))).isEqualTo(new FetchOutcome.BadConfiguration("account",
                    "'account' is missing in " + FILE + "; add a line 'account = …' with the account id"));
            assertThat(fetch(Map.of("location", ""))).isEqualTo(new FetchOutcome.BadConfiguration("location",
                    "'location' is missing in " + FILE + "; add a line 'location = …' with the location id"));
        }

        @Test
        void aBaseUrlThatIsNoWebAddressIsNamed() throws Exception {
            assertThat(fetch(Map.of("baseUrl", "mybusiness.googleapis.com")))
                    .isEqualTo(new FetchOutcome.BadConfiguration("baseUrl", "'baseUrl' in " + FILE
                            + " is not an http(s) address; remove the line to use https://mybusiness.googleapis.com"));
        }

        @Test
        void pollingMoreOftenThanOnceAMinuteIsRefused() throws Exception {
            assertThat(fetch(Map.of("pollSeconds", 5))).isEqualTo(new FetchOutcome.BadConfiguration("pollSeconds",
                    "'pollSeconds' in " + FILE + " must be at least 60"));
        }
    }
}

package webcare.source.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static webcare.source.http.Fetches.ids;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.io.TempDir;
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

class FeedSourceTest {

    private static final Instant NOW = Instant.parse("2026-10-25T01:30:00Z");
    private static final String TOKEN = "feed-s3cr3t-token";
    private static final String FILE = "etc/webcare.source.feed-forum.cfg";
    private static final Map<String, Object> PROPERTIES = Configurations.properties("webcare.source.feed", "forum");
    private static final String RSS = "application/rss+xml; charset=UTF-8";
    private static final String ATOM = "application/atom+xml";
    private static final String STORING = "news-4711";
    private static final String SERVICEPUNT = "https://news.example.nl/2026/10/20/servicepunt";
    private static final String POST = "tag:forum.example.nl,2026:post-902";
    private static final String TOPIC = "tag:forum.example.nl,2026:topic-17";

    private final FakeFeed server;

    FeedSourceTest() throws IOException {
        server = new FakeFeed();
        server.serve(FakeFeed.body("news.rss"), RSS, null, null);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** {@code timeout}: how long a request may take; short only where the server stays silent. */
    private FeedSource source(Map<String, ?> settings, Duration timeout) {
        FeedSource.Config config = Configurations.of(FeedSource.Config.class, Map.of("url", server.url()), settings);
        return new FeedSource(config, PROPERTIES, PlatformClient.defaultHttpClient(), Clock.fixed(NOW, ZoneOffset.UTC),
                timeout);
    }

    private FeedSource source(Map<String, ?> settings) {
        return source(settings, Duration.ofSeconds(10));
    }

    private FeedSource source() {
        return source(Map.of());
    }

    /** A feed is one page: a fetch never leaves more to fetch. */
    private static FetchOutcome.Page page(FetchOutcome outcome) {
        FetchOutcome.Page page = Fetches.page(outcome);
        assertThat(page.more()).isFalse();
        return page;
    }

    @Test
    void describesItselfAsAFeedNamedAfterItsFile() {
        Configurations.assertInstance(source(Map.of("pollSeconds", 300)), "feed", "forum", Duration.ofMinutes(5));
        assertThat(source().pollInterval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(source(Map.of("token", TOKEN)).toString()).isEqualTo("FeedSource[forum: 127.0.0.1]");
    }

    @Test
    void registersAsAFactoryComponentWithoutRepliesOrRatings() {
        String metatype = Descriptors.checkSourceComponent(FeedSource.class, "webcare.source.feed", Map.of(
                Source.TYPE, "feed", Source.CAN_REPLY, false, Source.CAN_HIDE, false, Source.HAS_RATINGS, false));

        assertThat(metatype).contains("<AD id=\"url\" type=\"String\" name",
                "<AD id=\"token\" type=\"Password\" required=\"false\"",
                "<AD id=\"pollSeconds\" type=\"Integer\" required=\"false\"");
    }

    @Test
    void readsAnRssFeedIntoMentions() throws Exception {
        List<Mention> mentions = page(source().fetch(Cursor.START)).mentions();

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(mentions.get(0)).usingRecursiveComparison().ignoringFields("raw").isEqualTo(new Mention("feed",
                "forum", STORING, MentionKind.POST, null, null, new Author(null, null, "Redactie Binnenland", null, null),
                "Storing bij Example treft duizenden klanten — Sinds vanochtend kunnen klanten niet inloggen.\n\n"
                        + "Example zegt \"eraan te werken\".",
                "nl-NL", null, "https://news.example.nl/2026/10/24/storing", Instant.parse("2026-10-24T12:05:00Z"), null,
                null, false));
        // no guid: the link is the id; no date: the time it was fetched; the full content before the summary
        soft.assertThat(mentions.get(1)).usingRecursiveComparison().ignoringFields("raw").isEqualTo(new Mention("feed",
                "forum", SERVICEPUNT, MentionKind.POST, null, null, new Author(null, null, "Jan Jansen", null, null),
                "Example opent nieuw servicepunt — Het servicepunt in Utrecht is sinds maandag open.\n\n"
                        + "Ruime openingstijden\n\nGratis parkeren",
                "nl-NL", null, SERVICEPUNT, NOW, null, null, false));
        soft.assertThat(mentions.get(0).raw()).startsWith("<item>").endsWith("</item>")
                .contains("<guid isPermaLink=\"false\">news-4711</guid>", "<dc:creator xmlns:dc=").doesNotContain("\r");
        soft.assertAll();
    }

    @Test
    void readsAnAtomFeedWithItsThreadsAndLanguages() throws Exception {
        server.serve(FakeFeed.body("forum.atom"), ATOM, null, null);

        List<Mention> mentions = page(source().fetch(Cursor.START)).mentions();

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(mentions.get(0)).usingRecursiveComparison().ignoringFields("raw").isEqualTo(new Mention("feed",
                "forum", POST, MentionKind.COMMENT, TOPIC, TOPIC,
                new Author(null, null, "sanne_b", null, "https://forum.example.nl/u/sanne_b"),
                "Re: Wachttijd klantenservice — Bij mij ook al 40 minuten.", "nl", null,
                "https://forum.example.nl/t/wachttijd/17#post-902", Instant.parse("2026-10-24T19:45:00Z"), null, null,
                false));
        soft.assertThat(mentions.get(1)).usingRecursiveComparison().ignoringFields("raw").isEqualTo(new Mention("feed",
                "forum", TOPIC, MentionKind.POST, null, null, new Author(null, null, "peter72", null, null),
                "Wachttijd klantenservice — Waiting an hour on the phone, again.", "en", null,
                "https://forum.example.nl/t/wachttijd/17", Instant.parse("2026-10-24T18:00:00Z"),
                Instant.parse("2026-10-24T18:30:00Z"), null, false));
        soft.assertThat(mentions.get(0).raw()).startsWith("<entry xmlns=\"http://www.w3.org/2005/Atom\"")
                .contains("<thr:in-reply-to xmlns:thr=\"http://purl.org/syndication/thread/1.0\"");
        soft.assertAll();
    }

    @Test
    void asksForFeedsAndSendsNoTokenUnlessOneIsSet() throws Exception {
        source().fetch(Cursor.START);
        source(Map.of("token", TOKEN)).fetch(Cursor.START);

        assertThat(server.requests().get(0).headers("Accept")).containsExactly(FeedSource.ACCEPT);
        assertThat(server.requests().get(0).header("Authorization")).isNull();
        assertThat(server.requests().get(1).header("Authorization")).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void sendsTheETagBackAndTakes304AsNothingNew() throws Exception {
        server.serve(FakeFeed.body("news.rss"), RSS, "W/\"news-v1\"", "Sat, 24 Oct 2026 12:10:00 GMT");
        FetchOutcome.Page first = page(source().fetch(Cursor.START));

        FetchOutcome.Page second = page(source().fetch(first.next()));

        assertThat(first.next().value()).contains("\"etag\":\"W/\\\"news-v1\\\"\"",
                "\"lastModified\":\"Sat, 24 Oct 2026 12:10:00 GMT\"");
        assertThat(server.requests().get(0).header("If-None-Match")).isNull();
        assertThat(server.requests().get(1).header("If-None-Match")).isEqualTo("W/\"news-v1\"");
        assertThat(server.requests().get(1).header("If-Modified-Since")).isEqualTo("Sat, 24 Oct 2026 12:10:00 GMT");
        assertThat(second.mentions()).isEmpty();
        assertThat(second.next()).isEqualTo(first.next());
    }

    @Test
    void aLastModifiedAloneMakesTheGetConditionalToo() throws Exception {
        server.serve(FakeFeed.body("news.rss"), RSS, null, "Sat, 24 Oct 2026 12:10:00 GMT");
        Cursor cursor = page(source().fetch(Cursor.START)).next();

        FetchOutcome.Page second = page(source().fetch(cursor));

        assertThat(server.requests().get(1).header("If-Modified-Since")).isEqualTo("Sat, 24 Oct 2026 12:10:00 GMT");
        assertThat(second.mentions()).isEmpty();
    }

    @Test
    void aFeedThatChangedReturnsOnlyItsNewEntriesAndANewETag() throws Exception {
        server.serve(FakeFeed.body("news.rss"), RSS, "\"v1\"", null);
        Cursor cursor = page(source().fetch(Cursor.START)).next();
        server.serve(FakeFeed.body("news.rss").replaceFirst("<item>", """
                <item>
                      <title>Example biedt excuses aan</title>
                      <link>https://news.example.nl/2026/10/25/excuses</link>
                      <guid isPermaLink="false">news-4720</guid>
                      <pubDate>Sun, 25 Oct 2026 01:00:00 GMT</pubDate>
                      <description>Na de storing van zaterdag.</description>
                    </item>
                    <item>"""), RSS, "\"v2\"", null);

        FetchOutcome.Page page = page(source().fetch(cursor));

        assertThat(ids(page)).containsExactly("news-4720");
        assertThat(page.mentions().get(0).text()).isEqualTo("Example biedt excuses aan — Na de storing van zaterdag.");
        assertThat(page.next().value()).contains("\"etag\":\"\\\"v2\\\"\"");
    }

    @Test
    void aServerWithoutValidatorsStillGetsNothingNewWhenNothingChanged() throws Exception {
        Cursor cursor = page(source().fetch(Cursor.START)).next();

        FetchOutcome.Page again = page(source().fetch(cursor));

        assertThat(again.mentions()).isEmpty();
        assertThat(again.next()).isEqualTo(cursor);
        assertThat(cursor.value()).doesNotContain("etag", "lastModified");
    }

    @Test
    void anEditedAtomEntryComesBackAsTheSameMentionWithItsUpdateTime() throws Exception {
        server.serve(FakeFeed.body("forum.atom"), ATOM, null, null);
        Cursor cursor = page(source().fetch(Cursor.START)).next();
        server.serve(FakeFeed.body("forum.atom").replace("<updated>2026-10-24T18:30:00Z</updated>",
                "<updated>2026-10-24T21:00:00Z</updated>").replace("Waiting an hour", "Waited two hours"), ATOM, null, null);

        FetchOutcome.Page page = page(source().fetch(cursor));

        assertThat(ids(page)).containsExactly(TOPIC);
        assertThat(page.mentions().get(0).text()).isEqualTo("Wachttijd klantenservice — Waited two hours on the phone, again.");
        assertThat(page.mentions().get(0).created()).isEqualTo(Instant.parse("2026-10-24T18:00:00Z"));
        assertThat(page.mentions().get(0).updated()).isEqualTo(Instant.parse("2026-10-24T21:00:00Z"));
    }

    @Test
    void aFetchWhosePageWasNeverStoredGivesTheSameEntriesAgain() throws Exception {
        FetchOutcome.Page first = page(source().fetch(Cursor.START));
        // the process dies before the store commits: the cursor is still START

        FetchOutcome.Page again = page(source().fetch(Cursor.START));

        assertThat(again).isEqualTo(first);
        assertThat(ids(again)).containsExactly(STORING, SERVICEPUNT);
    }

    @Test
    void anEntryListedTwiceComesOnce() throws Exception {
        String rss = FakeFeed.body("news.rss");
        int start = rss.indexOf("<item>");
        String item = rss.substring(start, rss.indexOf("</item>") + "</item>".length());
        server.serve(rss.replace(item, item + item), RSS, null, null);

        assertThat(ids(page(source().fetch(Cursor.START)))).containsExactly(STORING, SERVICEPUNT);
    }

    @Test
    void aFeedInAnotherEncodingIsReadInIt() throws Exception {
        String rss = FakeFeed.body("news.rss").replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"")
                .replace("Storing bij", "Café-storing bij");
        server.serve(rss.getBytes(StandardCharsets.ISO_8859_1), "application/rss+xml", null, null);

        assertThat(page(source().fetch(Cursor.START)).mentions().get(0).text()).startsWith("Café-storing bij Example");
    }

    @Test
    void htmlEntitiesThatBreakTheXmlAreHealedByRome() throws Exception {
        server.serve(FakeFeed.body("news.rss").replace("open &amp; druk", "open&nbsp;&amp; druk"), RSS, null, null);

        List<Mention> mentions = page(source().fetch(Cursor.START)).mentions();

        assertThat(mentions).extracting(Mention::externalId).containsExactly(STORING, SERVICEPUNT);
        assertThat(mentions).extracting(Mention::raw).containsOnlyNulls();
    }

    @Nested
    class WhenTheFeedFails {

        private final PlatformFailures failures = new PlatformFailures(server, "Feed 'forum'",
                timeout -> source(Map.of("token", TOKEN), timeout).fetch(Cursor.START), TOKEN);

        private FetchOutcome fetch(Map<String, Object> settings) throws InterruptedException {
            return source(settings).fetch(Cursor.START);
        }

        private String unavailable(FetchOutcome outcome) {
            assertThat(outcome).isInstanceOf(FetchOutcome.Unavailable.class);
            return ((FetchOutcome.Unavailable) outcome).message();
        }

        @Test
        void aRateLimitLastsAsLongAsRetryAfterSays() throws Exception {
            failures.rateLimited(Map.of("Retry-After", "600"), "slow down", NOW.plusSeconds(600));
        }

        @Test
        void aRefusedTokenNamesTheFileToPutANewOneIn() throws Exception {
            failures.tokenRefused(Map.of("WWW-Authenticate", "Bearer"), "", FILE);
        }

        @Test
        void aFeedBehindALoginWithoutATokenSaysWhereToPutOne() throws Exception {
            server.fail(401, Map.of("WWW-Authenticate", "Bearer"), "");

            assertThat(fetch(Map.of())).isEqualTo(new FetchOutcome.AuthFailed("Feed 'forum' asks for a login (HTTP "
                    + "401): put an access token as 'token' in " + FILE));
        }

        @Test
        void aForbiddenFeedWithATokenRefusedTheToken() throws Exception {
            server.fail(403, Map.of(), "Forbidden");

            assertThat(failures.fetch()).isEqualTo(new FetchOutcome.AuthFailed("Feed 'forum' refused the token (HTTP 403): it "
                    + "is expired or wrong; put a new one as 'token' in " + FILE));
            assertThat(fetch(Map.of())).isEqualTo(new FetchOutcome.Unavailable("Feed 'forum' answered HTTP 403", null));
        }

        @Test
        void aFeedRemovedForGoodIsABadAddress() throws Exception {
            server.fail(410, Map.of(), "Gone");

            assertThat(failures.fetch()).isEqualTo(new FetchOutcome.BadConfiguration("url",
                    "Feed 'forum' is not at 127.0.0.1 (HTTP 410); check 'url' in " + FILE));
        }

        @Test
        void aFeedThatIsGoneIsABadAddress() throws Exception {
            assertThat(fetch(Map.of("url", server.url() + "-old"))).isEqualTo(new FetchOutcome.BadConfiguration("url",
                    "Feed 'forum' is not at 127.0.0.1 (HTTP 404); check 'url' in " + FILE));
        }

        @Test
        void aServerErrorIsWorthRetrying() throws Exception {
            failures.serverError(502, Map.of(), "<html>Bad gateway</html>", null);
        }

        @Test
        void aServerThatNeverAnswersIsUnavailableAfterTheTimeout() throws Exception {
            failures.silence();
        }

        @Test
        void malformedXmlIsUnavailable() throws Exception {
            server.serve("<rss version=\"2.0\"><channel><item><title>x</channel></rss>", RSS, null, null);

            assertThat(unavailable(failures.fetch())).startsWith("Feed 'forum' sent malformed or truncated XML (");
        }

        @Test
        void aTruncatedFeedIsUnavailable() throws Exception {
            String rss = FakeFeed.body("news.rss");
            server.serve(rss.substring(0, rss.indexOf("<author>")), RSS, null, null);

            assertThat(unavailable(failures.fetch())).startsWith("Feed 'forum' sent malformed or truncated XML (");
        }

        @Test
        void anHtmlPageIsNoFeed() throws Exception {
            server.serve("<html><head><title>Welkom</title></head><body><p>Hallo</p></body></html>", "text/html",
                    null, null);

            assertThat(unavailable(failures.fetch()))
                    .isEqualTo("Feed 'forum' sent XML that is no RSS or Atom feed; check 'url' in " + FILE);
        }

        @Test
        void aDoctypeIsRefusedSoNoEntityCanReadLocalFiles(@TempDir Path home) throws Exception {
            Path secret = Files.writeString(home.resolve("secret.txt"), "top-secret-contents");
            server.serve("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
                    + "<rss version=\"2.0\"><channel><title>t</title><item><guid>1</guid><title>&leak;</title></item>"
                    + "</channel></rss>", RSS, null, null);

            String message = unavailable(failures.fetch());

            assertThat(message).startsWith("Feed 'forum' sent malformed or truncated XML (").doesNotContain("top-secret");
        }
    }

    @Nested
    class WhenASettingIsMissingOrWrong {

        private FetchOutcome fetch(Map<String, Object> settings) throws InterruptedException {
            return Fetches.misconfigured(source(settings), server, FILE);
        }

        @Test
        void theAddressIsNamed() throws Exception {
            assertThat(fetch(Map.of("url", ""))).isEqualTo(new FetchOutcome.BadConfiguration("url",
                    "'url' is missing in " + FILE + "; add a line 'url = …' with the feed's address"));
            assertThat(fetch(Map.of("url", "forum.example.nl/feed"))).isEqualTo(new FetchOutcome.BadConfiguration("url",
                    "'url' in " + FILE + " is not an http(s) address"));
        }

        @Test
        void pollingMoreOftenThanOnceAMinuteIsRefused() throws Exception {
            assertThat(fetch(Map.of("pollSeconds", 30))).isEqualTo(new FetchOutcome.BadConfiguration("pollSeconds",
                    "'pollSeconds' in " + FILE + " must be at least 60"));
        }
    }
}

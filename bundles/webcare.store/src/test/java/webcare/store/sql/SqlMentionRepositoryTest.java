package webcare.store.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.model.MentionKind;
import webcare.store.api.MentionRepository;
import webcare.store.api.MentionRepository.DayCount;
import webcare.store.api.MentionRepository.Query;
import webcare.store.api.MentionRepository.SaveResult;
import webcare.store.api.StoreException;

class SqlMentionRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-10-26T09:00:00Z");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @RegisterExtension
    final OpenedStore store = new OpenedStore(NOW);
    private final SqlMentionRepository mentions = new SqlMentionRepository(Clock.fixed(NOW, ZoneOffset.UTC));

    static Mention tweet(String id, String text, String created, String updated) {
        return new Mention("twitter", "brand", id, MentionKind.POST, null, null,
                new Author("u" + id, "@klant" + id, "Klant " + id, 12L, null), text, "nl", null,
                "https://x.com/i/status/" + id, Instant.parse(created), updated == null ? null : Instant.parse(updated),
                null, false);
    }

    private SaveResult save(Mention... batch) throws StoreException {
        return store.inTransaction(tx -> mentions.save(tx, List.of(batch)));
    }

    private List<Mention> all(Query query) throws StoreException {
        List<Mention> found = new ArrayList<>();
        store.inTransaction(tx -> {
            mentions.forEach(tx, query, found::add);
            return null;
        });
        return found;
    }

    /** The replaced texts of one mention, oldest first, as "text @ updated". */
    private List<String> history(String externalId) throws StoreException {
        return store.inTransaction(tx -> SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT e.body, e.updated_at, e.replaced_at "
                    + "FROM mention_edit e JOIN mention m ON m.id = e.mention_id WHERE m.external_id = ? ORDER BY e.id")) {
                select.setString(1, externalId);
                List<String> edits = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        edits.add(rows.getString(1) + " @ " + SqlMentionRepository.instant(rows, 2) + " replaced "
                                + SqlMentionRepository.instant(rows, 3));
                    }
                }
                return edits;
            }
        }));
    }

    @Nested
    class Saving {

        @Test
        void storesNewMentionsAndFindsThemUnchangedWhenSavedAgain() throws Exception {
            Mention a = tweet("1", "Waar blijft mijn pakket?", "2026-10-20T10:00:00Z", null);
            Mention b = tweet("2", "Top service!", "2026-10-20T11:00:00Z", null);

            assertThat(save(a, b)).isEqualTo(new SaveResult(2, 0, 0));
            assertThat(save(a, b)).isEqualTo(new SaveResult(0, 0, 2));
            assertThat(all(Query.ALL)).containsExactly(a, b);
            assertThat(history("1")).isEmpty();
        }

        @Test
        void keepsEveryFieldAsGiven() throws Exception {
            Mention full = new Mention("trustpilot", "shop", "r-9", MentionKind.REVIEW, "thread-1", "r-8",
                    new Author("a1", "anke", "Anke de Vries", 31L, "https://trustpilot.com/users/a1"),
                    "Prima, maar \"traag\" — ☕ 😀\nTweede regel", "nl", 4, "https://trustpilot.com/reviews/r-9",
                    Instant.parse("2026-10-25T00:30:00.123456Z"), Instant.parse("2026-10-25T02:00:00Z"),
                    "{\"id\":\"r-9\"}", true);
            Mention bare = new Mention("feed", "", "f1", MentionKind.COMMENT, null, null, null, "", null, null, null,
                    Instant.parse("2026-10-25T00:31:00Z"), null, null, false);

            save(full, bare);

            assertThat(all(Query.ALL)).containsExactly(full, bare);
        }

        @Test
        void keepsTimesToTheMicrosecondSoTheSameInstantIsUnchanged() throws Exception {
            Mention fine = tweet("1", "t", "2026-10-20T10:00:00.123456789Z", "2026-10-20T11:00:00.000000999Z");

            save(fine);

            assertThat(save(fine)).isEqualTo(new SaveResult(0, 0, 1));
            Mention stored = all(Query.ALL).get(0);
            assertThat(stored.created()).isEqualTo("2026-10-20T10:00:00.123456Z");
            assertThat(stored.updated()).isEqualTo("2026-10-20T11:00:00Z");
        }

        @Test
        void cutsOverlongAuthorFieldsAndSaysSo() throws Exception {
            Mention mention = new Mention("facebook", "page", "p1", MentionKind.COMMENT, null, null,
                    new Author("x", null, "n".repeat(Mention.MAX_FIELD + 5), null, null), "hoi", null, null, null,
                    Instant.parse("2026-10-20T10:00:00Z"), null, null, false);

            save(mention);

            Mention stored = all(Query.ALL).get(0);
            assertThat(stored.author().name()).hasSize(Mention.MAX_FIELD);
            assertThat(stored.truncated()).isTrue();
        }

        @Test
        void savesALargeBatchAndRecognisesItAgain() throws Exception {
            List<Mention> batch = IntStream.range(0, 20_000)
                    .mapToObj(i -> tweet(Integer.toString(i), "tekst " + i, "2026-10-20T10:00:00Z", null)).toList();

            assertThat(store.<SaveResult>inTransaction(tx -> mentions.save(tx, batch))).isEqualTo(new SaveResult(20_000, 0, 0));
            assertThat(store.<SaveResult>inTransaction(tx -> mentions.save(tx, batch))).isEqualTo(new SaveResult(0, 0, 20_000));
            assertThat(store.<Long>inTransaction(tx -> mentions.count(tx, Query.ALL))).isEqualTo(20_000);
        }

        @Test
        void looksABatchUpThroughTheIdentityIndexWithoutScanning() throws Exception {
            assumeTrue(OpenedStore.h2(), "H2's plan: PostgreSQL's planner chooses its indexes by itself");
            List<Mention> batch = IntStream.range(0, 2_000)
                    .mapToObj(i -> tweet(Integer.toString(i), "tekst " + i, "2026-10-20T10:00:00Z", null)).toList();
            store.inTransaction(tx -> mentions.save(tx, batch));

            String plan = store.inTransaction(tx -> SqlTransaction.sql(tx, connection -> {
                try (PreparedStatement explain = connection.prepareStatement(
                        "EXPLAIN ANALYZE " + SqlMentionRepository.LOOK_UP)) {
                    explain.setArray(1, connection.createArrayOf("VARCHAR", new Object[] {"7", "1999", "nope"}));
                    try (ResultSet result = explain.executeQuery()) {
                        result.next();
                        return result.getString(1);
                    }
                }
            }));

            // the identity index, a seek per key: a few rows looked at for 3 keys (a scan: 2,000)
            assertThat(plan).contains("MENTION_IDENTITY");
            assertThat(java.util.regex.Pattern.compile("scanCount: (\\d+)").matcher(plan).results()
                    .map(match -> Integer.parseInt(match.group(1)))).isNotEmpty().allMatch(count -> count <= 6);
        }

        @Test
        void findsStoredMentionsInTheMiddleOfABatchThatLooksNew() throws Exception {
            Mention known = tweet("5", "bekend", "2026-10-20T10:00:00Z", null);
            Mention edited = tweet("6", "oud", "2026-10-20T10:00:00Z", null);
            save(known, edited);
            List<Mention> batch = List.of(tweet("1", "a", "2026-10-20T10:00:00Z", null), known,
                    tweet("6", "nieuw", "2026-10-20T10:00:00Z", "2026-10-20T11:00:00Z"),
                    tweet("9", "b", "2026-10-20T10:00:00Z", null));

            assertThat(store.<SaveResult>inTransaction(tx -> mentions.save(tx, batch)))
                    .isEqualTo(new SaveResult(2, 1, 1));
            assertThat(all(Query.ALL)).extracting(Mention::externalId).containsExactlyInAnyOrder("1", "5", "6", "9");
            assertThat(history("6")).containsExactly("oud @ null replaced " + NOW);
        }

        @Test
        void tellsTheSameIdOfAnotherSourceOrInstanceApart() throws Exception {
            Mention brand = tweet("1", "a", "2026-10-20T10:00:00Z", null);
            Mention other = new Mention("twitter", "other", "1", MentionKind.POST, null, null, null, "b", null, null,
                    null, Instant.parse("2026-10-20T10:00:00Z"), null, null, false);
            Mention facebook = new Mention("facebook", "brand", "1", MentionKind.POST, null, null, null, "c", null,
                    null, null, Instant.parse("2026-10-20T10:00:00Z"), null, null, false);

            assertThat(save(brand, other, facebook)).isEqualTo(new SaveResult(3, 0, 0));
        }
    }

    @Nested
    class Edits {

        @Test
        void updatesInPlaceAndKeepsTheReplacedText() throws Exception {
            save(tweet("1", "Slechte service", "2026-10-20T10:00:00Z", null));
            Mention edited = tweet("1", "Slechte service, maar opgelost", "2026-10-20T10:00:00Z",
                    "2026-10-20T12:00:00Z");

            assertThat(save(edited)).isEqualTo(new SaveResult(0, 1, 0));
            Mention again = tweet("1", "Opgelost!", "2026-10-20T10:00:00Z", "2026-10-21T08:00:00Z");
            assertThat(save(again)).isEqualTo(new SaveResult(0, 1, 0));

            assertThat(all(Query.ALL)).containsExactly(again);
            assertThat(history("1")).containsExactly(
                    "Slechte service @ null replaced " + NOW,
                    "Slechte service, maar opgelost @ 2026-10-20T12:00:00Z replaced " + NOW);
        }

        @Test
        void countsANewUpdatedTimeWithTheSameTextAsAnEdit() throws Exception {
            save(tweet("1", "zelfde", "2026-10-20T10:00:00Z", null));

            assertThat(save(tweet("1", "zelfde", "2026-10-20T10:00:00Z", "2026-10-20T11:00:00Z")))
                    .isEqualTo(new SaveResult(0, 1, 0));
            assertThat(history("1")).containsExactly("zelfde @ null replaced " + NOW);
        }

        @Test
        void ignoresAnOlderVersionArrivingAfterItsEdit() throws Exception {
            Mention original = tweet("1", "eerst", "2026-10-20T10:00:00Z", null);
            Mention edit = tweet("1", "daarna", "2026-10-20T10:00:00Z", "2026-10-20T12:00:00Z");
            Mention olderEdit = tweet("1", "tussendoor", "2026-10-20T10:00:00Z", "2026-10-20T11:00:00Z");
            save(original, edit);

            // a file holding both versions, imported again, changes nothing
            assertThat(save(original, edit)).isEqualTo(new SaveResult(0, 0, 2));
            assertThat(save(olderEdit)).isEqualTo(new SaveResult(0, 0, 1));
            assertThat(all(Query.ALL)).containsExactly(edit);
            assertThat(history("1")).containsExactly("eerst @ null replaced " + NOW);
        }

        @Test
        void handlesAnItemAndItsEditInOneBatchInOrder() throws Exception {
            Mention original = tweet("1", "eerst", "2026-10-20T10:00:00Z", null);
            Mention other = tweet("2", "ander", "2026-10-20T10:05:00Z", null);
            Mention edit = tweet("1", "daarna", "2026-10-20T10:00:00Z", "2026-10-20T12:00:00Z");

            assertThat(save(original, other, edit, edit)).isEqualTo(new SaveResult(2, 1, 1));
            assertThat(all(Query.ALL)).containsExactly(edit, other);
            assertThat(history("1")).containsExactly("eerst @ null replaced " + NOW);
        }
    }

    @Nested
    class Demo {

        @Test
        void listsEveryInstanceWithStoredMentionsAndHowManyAreDemo() throws Exception {
            save(tweet("1", "echt", "2026-10-20T10:00:00Z", null), tweet("2", "ook echt", "2026-10-20T11:00:00Z", null));
            Mention shop = new Mention("google", "shop-utrecht", "r1", MentionKind.REVIEW, null, null,
                    new Author("a", null, "Anna", null, null), "Lange rij", "nl", 2, null,
                    Instant.parse("2026-10-21T09:00:00Z"), null, null, false);
            store.inTransaction(tx -> mentions.saveDemo(tx, List.of(shop, tweet("d1", "demo", "2026-10-20T12:00:00Z",
                    null))));

            assertThat(store.<List<MentionRepository.StoredInstance>>inTransaction(tx -> mentions.instances(tx)))
                    .containsExactly(new MentionRepository.StoredInstance("google", "shop-utrecht", 1, 1),
                            new MentionRepository.StoredInstance("twitter", "brand", 3, 1));
        }

        @Test
        void deletesTheDemoMentionsWithTheirHistoryAndNothingElse() throws Exception {
            Mention real = tweet("1", "echt", "2026-10-20T10:00:00Z", null);
            Mention demo = tweet("d1", "demo", "2026-10-20T10:00:00Z", null);
            assertThat(store.<Boolean>inTransaction(tx -> mentions.hasDemo(tx))).isFalse();

            save(real);
            assertThat(store.<SaveResult>inTransaction(tx -> mentions.saveDemo(tx, List.of(demo, real))))
                    .isEqualTo(new SaveResult(1, 0, 1));
            save(tweet("d1", "demo, bewerkt", "2026-10-20T10:00:00Z", "2026-10-20T11:00:00Z"));
            assertThat(store.<Boolean>inTransaction(tx -> mentions.hasDemo(tx))).isTrue();

            assertThat(store.<Integer>inTransaction(tx -> mentions.deleteDemo(tx))).isEqualTo(1);

            assertThat(store.<Boolean>inTransaction(tx -> mentions.hasDemo(tx))).isFalse();
            assertThat(all(Query.ALL)).containsExactly(real);
            int edits = store.inTransaction(tx -> SqlTransaction.sql(tx, connection -> {
                try (ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM mention_edit")) {
                    rows.next();
                    return rows.getInt(1);
                }
            }));
            assertThat(edits).isZero();
        }
    }

    @Nested
    class Queries {

        private final Mention early = tweet("1", "a", "2026-10-24T21:59:00Z", null);   // 23:59 CEST, 24th
        private final Mention afterMidnight = tweet("2", "b", "2026-10-24T22:30:00Z", null); // 00:30 CEST, 25th
        private final Mention afterChange = tweet("3", "c", "2026-10-25T02:30:00Z", null);   // 03:30 CET, 25th
        private final Mention lateOn25th = tweet("4", "d", "2026-10-25T22:59:00Z", null);    // 23:59 CET, 25th
        private final Mention on26th = tweet("5", "e", "2026-10-25T23:00:00Z", null);        // 00:00 CET, 26th
        private final Mention review = new Mention("google", "shop", "g1", MentionKind.REVIEW, null, null, null,
                "goed", "nl", 5, null, Instant.parse("2026-10-25T12:00:00Z"), null, null, false);

        @BeforeEach
        void fill() throws StoreException {
            // saved out of order: forEach sorts by creation
            save(on26th, review, early, lateOn25th, afterChange, afterMidnight);
        }

        @Test
        void countsAndStreamsOldestFirstBySourceInstanceAndTimeWindow() throws Exception {
            Query twitter = new Query("twitter", null, null, null);
            Query shop = new Query(null, "shop", null, null);
            Query window = new Query(null, null, Instant.parse("2026-10-24T22:30:00Z"),
                    Instant.parse("2026-10-25T22:59:00Z"));

            SoftAssertions soft = new SoftAssertions();
            soft.assertThat(store.<Long>inTransaction(tx -> mentions.count(tx, Query.ALL))).isEqualTo(6);
            soft.assertThat(store.<Long>inTransaction(tx -> mentions.count(tx, twitter))).isEqualTo(5);
            soft.assertThat(store.<Long>inTransaction(tx -> mentions.count(tx, shop))).isEqualTo(1);
            soft.assertThat(store.<Long>inTransaction(tx -> mentions.count(tx, window))).isEqualTo(3);
            soft.assertThat(all(Query.ALL))
                    .containsExactly(early, afterMidnight, afterChange, review, lateOn25th, on26th);
            soft.assertThat(all(window)).as("since inclusive, until exclusive")
                    .containsExactly(afterMidnight, afterChange, review);
            soft.assertThat(all(new Query("google", "shop", null, null))).containsExactly(review);
            soft.assertAll();
        }

        @Test
        void countsPerLocalDayAcrossTheChangeFromSummerTime() throws Exception {
            List<DayCount> amsterdam = store.inTransaction(tx -> mentions.perDay(tx, Query.ALL, AMSTERDAM));
            List<DayCount> utc = store.inTransaction(tx -> mentions.perDay(tx, Query.ALL, ZoneOffset.UTC));
            List<DayCount> twitterInAmsterdam = store.inTransaction(
                    tx -> mentions.perDay(tx, new Query("twitter", null, null, null), AMSTERDAM));

            // 25 October 2026 has 25 hours in Amsterdam: 22:00 UTC on the 24th until 23:00 UTC
            assertThat(amsterdam).containsExactly(
                    new DayCount(LocalDate.parse("2026-10-24"), 1),
                    new DayCount(LocalDate.parse("2026-10-25"), 4),
                    new DayCount(LocalDate.parse("2026-10-26"), 1));
            assertThat(utc).containsExactly(
                    new DayCount(LocalDate.parse("2026-10-24"), 2),
                    new DayCount(LocalDate.parse("2026-10-25"), 4));
            assertThat(twitterInAmsterdam).containsExactly(
                    new DayCount(LocalDate.parse("2026-10-24"), 1),
                    new DayCount(LocalDate.parse("2026-10-25"), 3),
                    new DayCount(LocalDate.parse("2026-10-26"), 1));
        }

        @Test
        void countsPerDayInAFixedOffsetZone() throws Exception {
            List<DayCount> kolkata = store.inTransaction(
                    tx -> mentions.perDay(tx, Query.ALL, ZoneOffset.ofHoursMinutes(5, 30)));
            List<DayCount> westOfGreenwich = store.inTransaction(
                    tx -> mentions.perDay(tx, Query.ALL, ZoneOffset.ofHours(-3)));

            assertThat(kolkata).containsExactly(
                    new DayCount(LocalDate.parse("2026-10-25"), 4),
                    new DayCount(LocalDate.parse("2026-10-26"), 2));
            assertThat(westOfGreenwich).containsExactly(
                    new DayCount(LocalDate.parse("2026-10-24"), 3),
                    new DayCount(LocalDate.parse("2026-10-25"), 3));
        }

        @Test
        void countsNothingPerDayInAnEmptyWindow() throws Exception {
            Query before = new Query(null, null, null, Instant.parse("2026-01-01T00:00:00Z"));

            assertThat(store.<List<DayCount>>inTransaction(tx -> mentions.perDay(tx, before, AMSTERDAM))).isEmpty();
        }
    }
}

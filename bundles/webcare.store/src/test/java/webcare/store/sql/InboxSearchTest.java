package webcare.store.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.model.MentionKind;
import webcare.store.api.InboxRepository.Count;
import webcare.store.api.InboxRepository.Due;
import webcare.store.api.InboxRepository.Query;
import webcare.store.api.InboxRepository.Row;
import webcare.store.api.InboxRepository.Sort;
import webcare.store.api.InboxRepository.Status;
import webcare.store.api.InboxRepository.StoredMention;
import webcare.store.api.InboxRepository.Triaged;
import webcare.store.api.StoreException;
import webcare.store.sql.InboxSelection.Join;

/** The inbox's text search through the word index, and counts up to a limit, over a real H2 file. */
class InboxSearchTest {

    private static final Instant NOW = Instant.parse("2026-10-25T01:30:00Z");
    /** Items per triage batch, and so per block of a word, in {@link #add}. */
    private static final int BATCH = 8;
    /** Items in more batches than {@link WordSearch#PROBE}: a word in all of them is read in two steps. */
    private static final int MANY = (WordSearch.PROBE + 100) * BATCH;

    @RegisterExtension
    final OpenedStore store = new OpenedStore(NOW);
    private final SqlMentionRepository mentions = new SqlMentionRepository();
    private final SqlInboxRepository inbox = new SqlInboxRepository();

    /**
     * Stores and triages {@code count} items in batches of {@link #BATCH}, item {@code i} with text
     * {@code text.apply(i)}, its priority and due time varied so the orders differ, every seventh closed.
     */
    private List<Long> add(int count, IntFunction<String> text) throws StoreException {
        String batch = "b" + System.nanoTime();
        List<Mention> posts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            posts.add(new Mention("twitter", "brand", batch + "-" + i, MentionKind.POST, null, null,
                    new Author(null, "a" + i % 13, null, 10L, null), text.apply(i), "nl", null, null,
                    NOW.minus(Duration.ofMinutes(count - i)), null, null, false));
        }
        return store.inTransaction(tx -> {
            mentions.save(tx, posts);
            List<StoredMention> stored = inbox.untriaged(tx, count);
            List<Triaged> results = new ArrayList<>();
            for (int i = 0; i < stored.size(); i++) {
                results.add(new Triaged(stored.get(i).id(), "nl", -0.5, "NEGATIVE", i % 7 == 0 ? "NO_ACTION" : "RESPOND",
                        (i * 37) % 100, NOW.plus(Duration.ofMinutes((i * 53) % 500)), "[]", "[]", true, NOW));
            }
            for (int from = 0; from < results.size(); from += BATCH) {
                inbox.saveTriage(tx, results.subList(from, Math.min(results.size(), from + BATCH)), Set.of("NO_ACTION"));
            }
            return stored.stream().map(StoredMention::id).toList();
        });
    }

    private static Query query(String text, Sort sort, Set<Status> statuses) {
        return new Query(null, null, null, null, Due.ANY, statuses, null, null, text, sort, NOW);
    }

    private static Query open(String text) {
        return query(text, Sort.PRIORITY, Set.of(Status.OPEN));
    }

    private List<Long> ids(Query query) throws StoreException {
        return store.inTransaction(tx -> inbox.page(tx, query, 0, 10_000)).stream().map(Row::mentionId).toList();
    }

    private List<Long> ids(Query query, Join join, int offset, int limit) throws StoreException {
        return store.inTransaction(tx -> SqlTransaction.sql(tx,
                connection -> InboxSelection.of(SqlTransaction.of(tx), query, join).page(offset, limit)));
    }

    private Count count(Query query, long limit) throws StoreException {
        return store.inTransaction(tx -> inbox.count(tx, query, limit));
    }

    private Count count(Query query, Join join, long limit) throws StoreException {
        return store.inTransaction(tx -> SqlTransaction.sql(tx,
                connection -> InboxSelection.of(SqlTransaction.of(tx), query, join).count(limit)));
    }

    /** The ids of {@code query} as its own order without a text lists them, kept when {@code text} finds them. */
    private List<Long> expected(Query query, List<Long> all, List<String> texts) throws StoreException {
        Query untexted = new Query(query.source(), query.decisions(), query.polarity(), query.lang(), query.due(),
                query.statuses(), query.assignee(), query.author(), null, query.sort(), query.now());
        Set<String> wanted = WordIndex.words(query.text());
        return ids(untexted).stream().filter(id -> {
            Set<String> words = WordIndex.words(texts.get(all.indexOf(id)));
            return wanted.stream().allMatch(word -> words.stream().anyMatch(it -> it.startsWith(word)));
        }).toList();
    }

    @Test
    void bothWaysOfJoiningFoundItemsGiveWhatTheWordsAndFiltersSelectInTheQuerysOrder() throws Exception {
        String[] vocabulary = {"pakket", "pakketje", "Café", "cafe", "kwijt", "factuur", "BEZORGER", "bezorging"};
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            StringBuilder text = new StringBuilder("bericht " + i);
            for (int w = 0; w < vocabulary.length; w++) {
                if ((i * 31 + w * 17) % (w + 2) == 0) {
                    text.append(w % 2 == 0 ? ", " : " ").append(vocabulary[w]);
                }
            }
            texts.add(text.toString());
        }
        List<Long> all = add(texts.size(), texts::get);

        SoftAssertions soft = new SoftAssertions();
        for (String text : List.of("pakket", "pakketje", "pak", "cafe", "CAFÉ", "pakket kwijt", "kwijt factuur bezorg",
                "bericht 12", "zzz", "pakket zzz")) {
            for (Sort sort : Sort.values()) {
                for (Set<Status> statuses : List.of(Set.of(Status.OPEN), Set.<Status>of())) {
                    Query query = query(text, sort, statuses);
                    List<Long> expected = expected(query, all, texts);
                    String what = text + " " + sort + " " + statuses;
                    soft.assertThat(ids(query)).as(what).isEqualTo(expected);
                    for (Join join : Join.values()) {
                        soft.assertThat(ids(query, join, 0, 20)).as(what + " " + join)
                                .isEqualTo(expected.subList(0, Math.min(20, expected.size())));
                        soft.assertThat(ids(query, join, 20, 10)).as(what + " " + join + " second page")
                                .isEqualTo(expected.subList(Math.min(20, expected.size()), Math.min(30, expected.size())));
                        soft.assertThat(count(query, join, Long.MAX_VALUE)).as(what + " " + join)
                                .isEqualTo(new Count(expected.size(), false));
                        soft.assertThat(count(query, join, 5)).as(what + " " + join + " up to 5")
                                .isEqualTo(new Count(Math.min(5, expected.size()), expected.size() > 5));
                    }
                }
            }
        }
        soft.assertAll();
    }

    @Test
    void aRareWordAndACommonOneFindTheFewItemsWithBoth() throws Exception {
        List<Long> ids = add(MANY, i -> "Mijn pakket" + (i % 700 == 5 ? " is kwijt" : " komt morgen"));

        List<Long> both = IntStream.range(0, MANY).filter(i -> i % 700 == 5).mapToObj(ids::get).toList();
        assertThat(ids(open("pakket kwijt"))).containsExactlyInAnyOrderElementsOf(both);
        assertThat(ids(open("KWIJT  pak"))).containsExactlyInAnyOrderElementsOf(both);
        assertThat(count(open("pakket kwijt"), 10_000)).isEqualTo(new Count(both.size(), false));
        assertThat(count(open("pakket"), 100)).isEqualTo(new Count(100, true));
    }

    @Test
    void twoCommonWordsThatNeverMeetFindNothing() throws Exception {
        add(2 * MANY, i -> i % 2 == 0 ? "pakket kwijt" : "factuur te hoog");

        assertThat(ids(open("pakket factuur"))).isEmpty();
        assertThat(count(open("pakket factuur"), 10_000)).isEqualTo(new Count(0, false));
        assertThat(count(open("pakket"), Long.MAX_VALUE).items()).isEqualTo(count(open("kwijt"), Long.MAX_VALUE).items())
                .isGreaterThan(WordSearch.PROBE / 2);
    }

    @Test
    void newTriageResultsAreFoundAfterTheWordsWereCached() throws Exception {
        List<Long> first = add(3, i -> "pakket nummer " + i);
        assertThat(ids(open("pakket nummer"))).hasSize(first.size() - 1); // the first is closed at once
        assertThat(store.<long[]>inTransaction(tx -> SqlTransaction.of(tx).postings().get("pakket"))).isNotNull();

        List<Long> more = add(2, i -> "nog een pakket");

        assertThat(ids(open("pakket"))).contains(more.get(1)).hasSize(3);
        assertThat(count(open("pakket"), 10)).isEqualTo(new Count(3, false));
    }

    @Test
    void wordsOfATransactionThatRolledBackAreNeitherFoundNorCached() throws Exception {
        add(2, i -> "pakket " + i);
        assertThat(ids(open("pakket"))).hasSize(1);

        assertThatThrownBy(() -> store.inTransaction(tx -> {
            mentions.save(tx, List.of(new Mention("twitter", "brand", "gone", MentionKind.POST, null, null,
                    new Author(null, "x", null, 10L, null), "pakket weg", "nl", null, null, NOW, null, null, false)));
            StoredMention stored = inbox.untriaged(tx, 1).get(0);
            inbox.saveTriage(tx, List.of(new Triaged(stored.id(), "nl", 0, "NEUTRAL", "RESPOND", 1, NOW, "[]", "[]",
                    false, NOW)), Set.of());
            assertThat(inbox.page(tx, open("pakket"), 0, 10)).as("its own words, not the cache's").hasSize(2);
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");

        assertThat(ids(open("pakket"))).hasSize(1);
    }

    @Test
    void removingTheDemoTakesItsItemsOutOfTheBlocksTheyShareWithOthers() throws Exception {
        List<Mention> real = new ArrayList<>();
        List<Mention> demo = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            (i % 2 == 0 ? real : demo).add(new Mention("twitter", "brand", "d" + i, MentionKind.POST, null, null,
                    new Author(null, "a" + i, null, 10L, null), i % 3 == 0 ? "pakket kwijt" : "pakket " + i * 11, "nl", null,
                    null, NOW.minus(Duration.ofMinutes(10 - i)), null, null, false));
        }
        List<Long> ids = store.inTransaction(tx -> {
            mentions.save(tx, real);
            mentions.saveDemo(tx, demo);
            List<StoredMention> stored = inbox.untriaged(tx, 6);
            // one batch: every word's block holds real and demo items
            inbox.saveTriage(tx, stored.stream().map(item -> new Triaged(item.id(), "nl", -0.5, "NEGATIVE", "RESPOND",
                    10, NOW, "[]", "[]", true, NOW)).toList(), Set.of());
            return stored.stream().filter(item -> real.contains(item.mention())).map(StoredMention::id).toList();
        });
        assertThat(ids).hasSize(3);
        assertThat(ids(open("pakket"))).hasSize(6);

        store.inTransaction(tx -> mentions.deleteDemo(tx));

        assertThat(ids(open("pakket"))).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(ids(open("kwijt"))).as("d0 stays; d3, a demo item, went").hasSize(1);
        assertThat(ids(open("55"))).as("a demo item's own word").isEmpty();
        assertThat(ids(open("44"))).containsExactly(ids.get(2));
    }

    @Test
    void countsStopAtTheLimitAndSayWhetherThereAreMore() throws Exception {
        add(4, i -> "pakket " + i); // the first is closed: three open

        SoftAssertions soft = new SoftAssertions();
        for (String text : new String[] {null, "pakket"}) {
            Query query = open(text);
            soft.assertThat(count(query, 2)).as(text + ", above the limit").isEqualTo(new Count(2, true));
            soft.assertThat(count(query, 3)).as(text + ", at the limit").isEqualTo(new Count(3, false));
            soft.assertThat(count(query, 5)).as(text + ", below the limit").isEqualTo(new Count(3, false));
            soft.assertThat(count(query, 0)).as(text + ", limit 0").isEqualTo(new Count(0, true));
            soft.assertThat(count(query, Long.MAX_VALUE)).as(text + ", no limit").isEqualTo(new Count(3, false));
            soft.assertThat(store.<Long>inTransaction(tx -> inbox.count(tx, query))).as(text + ", exact").isEqualTo(3);
        }
        soft.assertThat(count(open("zzz"), 0)).isEqualTo(new Count(0, false));
        soft.assertAll();
        assertThatThrownBy(() -> count(open(null), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}

package webcare.store.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.model.MentionKind;
import webcare.store.api.InboxRepository.AuthorHistory;
import webcare.store.api.InboxRepository.AuthorKey;
import webcare.store.api.InboxRepository.DecisionChange;
import webcare.store.api.InboxRepository.Due;
import webcare.store.api.InboxRepository.Item;
import webcare.store.api.InboxRepository.Query;
import webcare.store.api.InboxRepository.Redecision;
import webcare.store.api.InboxRepository.Reply;
import webcare.store.api.InboxRepository.ReplyAction;
import webcare.store.api.InboxRepository.ReplyState;
import webcare.store.api.InboxRepository.Row;
import webcare.store.api.InboxRepository.Sort;
import webcare.store.api.InboxRepository.Status;
import webcare.store.api.InboxRepository.StoredMention;
import webcare.store.api.InboxRepository.Triaged;
import webcare.store.api.InboxRepository.WorkEntry;
import webcare.store.api.StoreException;

class SqlInboxRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-10-25T01:30:00Z");

    @RegisterExtension
    final OpenedStore store = new OpenedStore(NOW);
    private final SqlMentionRepository mentions = new SqlMentionRepository();
    private final SqlInboxRepository inbox = new SqlInboxRepository();

    private static Mention mention(String id, String author, String text, String inReplyTo, int minutesAgo) {
        return new Mention("twitter", "brand", id, inReplyTo == null ? MentionKind.POST : MentionKind.REPLY, null,
                inReplyTo, new Author(null, author, author.toUpperCase(), 1200L, null), text, "nl", null, null,
                NOW.minus(Duration.ofMinutes(minutesAgo)), null, null, false);
    }

    private List<StoredMention> store(Mention... batch) throws StoreException {
        return store.inTransaction(tx -> {
            mentions.save(tx, List.of(batch));
            return inbox.untriaged(tx, 1000);
        });
    }

    private static Triaged triaged(StoredMention stored, String decision, int priority, String polarity, int dueMinutes) {
        return new Triaged(stored.id(), "nl", polarity.equals("NEGATIVE") ? -0.6 : 0.4, polarity, decision, priority,
                NOW.plus(Duration.ofMinutes(dueMinutes)), "[]", "[{\"rule\":\"" + decision + "\"}]",
                polarity.equals("NEGATIVE"), NOW);
    }

    private void save(Triaged... results) throws StoreException {
        store.inTransaction(tx -> {
            inbox.saveTriage(tx, List.of(results), Set.of("NO_ACTION"));
            return null;
        });
    }

    private List<Row> page(Query query) throws StoreException {
        return store.inTransaction(tx -> inbox.page(tx, query, 0, 50));
    }

    private List<StoredMention> untriaged() throws StoreException {
        return store.inTransaction(tx -> inbox.untriaged(tx, 10));
    }

    private long untriagedCount() throws StoreException {
        return store.inTransaction(inbox::untriagedCount);
    }

    private Map<AuthorKey, AuthorHistory> histories(List<AuthorKey> keys) throws StoreException {
        return store.inTransaction(tx -> inbox.authorHistories(tx, keys));
    }

    private long count(Query query) throws StoreException {
        return store.inTransaction(tx -> inbox.count(tx, query));
    }

    private Item item(long id) throws StoreException {
        return store.inTransaction(tx -> inbox.item(tx, id)).orElseThrow();
    }

    private List<Reply> replies(long id) throws StoreException {
        return store.inTransaction(tx -> inbox.replies(tx, id));
    }

    private List<WorkEntry> history(long id) throws StoreException {
        return store.inTransaction(tx -> inbox.history(tx, id));
    }

    private List<DecisionChange> overrides() throws StoreException {
        return store.inTransaction(tx -> inbox.overrides(tx, 10));
    }

    private List<StoredMention> thread(long id) throws StoreException {
        return store.inTransaction(tx -> inbox.thread(tx, id, 10));
    }

    private static Query query(Set<String> decisions, Due due, String text, Sort sort) {
        return new Query(null, decisions, null, null, due, Set.of(Status.OPEN), null, null, text, sort, NOW);
    }

    @Test
    void triageTakesWhatIsNewInStoredOrderAndOpensTheInboxByPriority() throws Exception {
        List<StoredMention> stored = store(mention("1", "anna", "Mijn pakket is kwijt", null, 50),
                mention("2", "bert", "Top service!", null, 40), mention("3", "anna", "Nog steeds niets", null, 30));
        assertThat(stored).extracting(s -> s.mention().externalId()).containsExactly("1", "2", "3");

        save(triaged(stored.get(0), "RESPOND", 60, "NEGATIVE", -10), triaged(stored.get(1), "NO_ACTION", 0, "POSITIVE", 600),
                triaged(stored.get(2), "RESPOND", 80, "NEGATIVE", 30));

        assertThat(untriaged()).isEmpty();
        assertThat(untriagedCount()).isZero();
        assertThat(page(Query.open(NOW))).extracting(Row::mentionId)
                .containsExactly(stored.get(2).id(), stored.get(0).id()); // NO_ACTION is closed at once
        assertThat(page(query(Set.of(), Due.OVERDUE, null, Sort.PRIORITY))).extracting(Row::mentionId)
                .containsExactly(stored.get(0).id());
        assertThat(page(query(Set.of(), Due.ANY, null, Sort.DUE))).extracting(Row::mentionId)
                .containsExactly(stored.get(0).id(), stored.get(2).id());
        Row first = page(Query.open(NOW)).get(0);
        assertThat(first.author()).isEqualTo("anna");
        assertThat(first.authorName()).isEqualTo("ANNA");
        assertThat(first.excerpt()).isEqualTo("Nog steeds niets");
        assertThat(first.due()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));

        assertThat(histories(List.of(new AuthorKey("twitter", "anna"), new AuthorKey("twitter", "bert"),
                new AuthorKey("twitter", "nobody"))))
                .containsEntry(new AuthorKey("twitter", "anna"), new AuthorHistory(2, 2))
                .containsEntry(new AuthorKey("twitter", "bert"), new AuthorHistory(1, 0))
                .hasSize(2);
    }

    /**
     * Two workbenches on one database triage two mentions of an author neither has seen before, at
     * once: the second's write of the author's history waits for the first's and adds to it. (A
     * MERGE raised a duplicate key on PostgreSQL here: both found no row and both inserted.)
     */
    @Test
    void twoUnitsOfWorkAddingToANewAuthorsHistoryAtOnceBothCount() throws Exception {
        List<StoredMention> stored = store(mention("1", "nieuw", "Mijn pakket is kwijt", null, 50),
                mention("2", "nieuw", "Nog steeds niets", null, 40));
        CountDownLatch written = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<Object> first = other.submit(() -> store.inTransaction(tx -> {
                inbox.saveTriage(tx, List.of(triaged(stored.get(0), "RESPOND", 60, "NEGATIVE", 30)), Set.of());
                written.countDown();
                try {
                    Thread.sleep(300); // not committed yet while the second writes
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
            save(triaged(stored.get(1), "RESPOND", 60, "NEGATIVE", 30));
            first.get(10, TimeUnit.SECONDS);
        } finally {
            other.shutdownNow();
        }

        assertThat(histories(List.of(new AuthorKey("twitter", "nieuw"))))
                .containsExactly(Map.entry(new AuthorKey("twitter", "nieuw"), new AuthorHistory(2, 2)));
    }

    @Test
    void aSearchTextWithoutAWordOfTwoLettersOrDigitsFiltersNothing() throws Exception {
        List<StoredMention> stored = store(mention("1", "anna", "50% KORTING beloofd", null, 5),
                mention("2", "bert", "korting op alles", null, 4), mention("3", "cees", "a_b", null, 3));
        save(triaged(stored.get(0), "CORRECT_FACTS", 70, "NEGATIVE", 60), triaged(stored.get(1), "RESPOND", 50, "NEUTRAL", 60),
                triaged(stored.get(2), "MONITOR", 10, "NEUTRAL", 60));

        assertThat(page(query(Set.of(), Due.ANY, "korting", Sort.PRIORITY))).hasSize(2);
        assertThat(page(query(Set.of(), Due.ANY, "50%", Sort.PRIORITY))).extracting(Row::mentionId)
                .containsExactly(stored.get(0).id());
        for (String noWord : List.of("%", "_", "!", " a ", "a_b")) {
            assertThat(page(query(Set.of(), Due.ANY, noWord, Sort.PRIORITY))).as(noWord).hasSize(3);
            assertThat(count(query(Set.of(), Due.ANY, noWord, Sort.PRIORITY))).as(noWord).isEqualTo(3);
        }
        assertThat(page(query(Set.of("CORRECT_FACTS", "MONITOR"), Due.ANY, null, Sort.PRIORITY))).hasSize(2);
        assertThat(count(query(Set.of(), Due.ANY, "korting", Sort.NEWEST))).isEqualTo(2);
    }

    @Test
    void searchFindsWordsByTheirStartIgnoringCaseAndAccentsAndWantsEveryWord() throws Exception {
        List<StoredMention> stored = store(mention("1", "anna", "Mijn PAKKETJE is kwijt bij het Café", null, 5),
                mention("2", "bert", "pakket beschadigd, bezorger weg", null, 4),
                mention("3", "cees", "Ik wil een pak melk", null, 3));
        save(triaged(stored.get(0), "RESPOND", 70, "NEGATIVE", 60), triaged(stored.get(1), "RESPOND", 50, "NEGATIVE", 60),
                triaged(stored.get(2), "MONITOR", 10, "NEUTRAL", 60));

        assertThat(page(query(Set.of(), Due.ANY, "pakket", Sort.PRIORITY))).extracting(Row::mentionId)
                .containsExactly(stored.get(0).id(), stored.get(1).id());
        assertThat(page(query(Set.of(), Due.ANY, "PAK", Sort.NEWEST))).extracting(Row::mentionId)
                .containsExactly(stored.get(2).id(), stored.get(1).id(), stored.get(0).id());
        assertThat(page(query(Set.of(), Due.ANY, "cafe", Sort.PRIORITY))).extracting(Row::mentionId)
                .containsExactly(stored.get(0).id());
        assertThat(page(query(Set.of(), Due.ANY, "  Pakket,  BEZORGER ", Sort.PRIORITY))).extracting(Row::mentionId)
                .containsExactly(stored.get(1).id());
        assertThat(page(query(Set.of(), Due.ANY, "pakket zzz", Sort.PRIORITY))).isEmpty();
        assertThat(page(query(Set.of(), Due.ANY, "akket", Sort.PRIORITY))).as("inside a word").isEmpty();
        assertThat(page(query(Set.of("MONITOR"), Due.ANY, "pak", Sort.PRIORITY))).extracting(Row::mentionId)
                .containsExactly(stored.get(2).id());
        assertThat(count(query(Set.of(), Due.ANY, "pak", Sort.PRIORITY))).isEqualTo(3);
    }

    @Test
    void wordsAreLowerCaseWithoutAccentsCappedAndEachOnce() {
        assertThat(WordIndex.words("Één CAFÉ, één café! a 12 x" + "z".repeat(60)))
                .containsExactly("een", "cafe", "12", "x" + "z".repeat(WordIndex.MAX_WORD - 1));
        assertThat(WordIndex.words("")).isEmpty();
        assertThat(WordIndex.words("!!! ?")).isEmpty();
        assertThat(WordIndex.words("\u202Eevil\u202C 😡 ok")).containsExactly("evil", "ok");
    }

    /** Before V008: a row per word and item in inbox_word, which the migration replaces by blocks made anew. */
    @Test
    void aDatabaseTriagedBeforeTheWordBlocksGetsItsWordsWhenMigrated() throws Exception {
        Path older = store.folder().resolve("older");
        store.reopen(older, Migration.bundled().subList(0, WordIndex.SINCE_VERSION - 1));
        List<StoredMention> stored = store(mention("1", "anna", "Mijn pakket is kwijt", null, 5),
                mention("2", "bert", "Pakketje kwam nooit", null, 5));
        store.inTransaction(tx -> SqlTransaction.sql(tx, connection -> {
            try (var insert = connection.prepareStatement("INSERT INTO triage (mention_id, "
                    + "sentiment, decision, flags, reasons, triaged_at) SELECT id, -0.5, 'RESPOND', '[]', '[]', ? "
                    + "FROM mention")) {
                insert.setObject(1, java.time.OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC));
                insert.executeUpdate();
            }
            try (var insert = connection.prepareStatement("INSERT INTO inbox_item (mention_id, "
                    + "source, author_key, lang, polarity, decision, overridden, priority, due_at, created_at, status) "
                    + "SELECT id, source, 'anna', 'nl', 'NEGATIVE', 'RESPOND', FALSE, 50, created_at, created_at, "
                    + "'OPEN' FROM mention")) {
                insert.executeUpdate();
            }
            try (var insert = connection.prepareStatement("INSERT INTO inbox_word (word, mention_id) "
                    + "VALUES ('pakket', ?)")) {
                insert.setLong(1, stored.get(0).id());
                insert.executeUpdate();
            }
            return null;
        }));
        store.reopen(older, Migration.bundled());

        assertThat(page(query(Set.of(), Due.ANY, "pakket", Sort.PRIORITY))).extracting(Row::mentionId)
                .containsExactlyInAnyOrder(stored.get(0).id(), stored.get(1).id());
        assertThat(page(query(Set.of(), Due.ANY, "kwijt", Sort.PRIORITY))).extracting(Row::mentionId)
                .containsExactly(stored.get(0).id());
        assertThat(store.<Boolean>inTransaction(tx -> SqlTransaction.sql(tx, connection ->
                connection.getMetaData().getTables(null, null, "INBOX_WORD", null).next()))).as("the old table").isFalse();
    }

    /** As closing the store (or a kill) leaves a backfill: the mark after the first item, the second's words missing. */
    @Test
    void aBackfillStoppedMidwayGoesOnAtTheNextOpen() throws Exception {
        StoredMention first = store(mention("1", "anna", "Mijn pakket is kwijt", null, 5)).get(0);
        save(triaged(first, "RESPOND", 50, "NEGATIVE", 60));
        StoredMention second = store(mention("2", "bert", "Pakketje kwam nooit", null, 4)).get(0);
        save(triaged(second, "RESPOND", 50, "NEGATIVE", 60));
        store.inTransaction(tx -> SqlTransaction.sql(tx, connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM inbox_posting WHERE first_id = " + second.id());
                statement.executeUpdate("INSERT INTO database_info (name, info_value) VALUES ('"
                        + WordIndex.BACKFILL_MARK + "', '" + first.id() + "')");
            }
            WordIndex.backfill(connection, () -> false);
            return null;
        }));
        assertThat(page(query(Set.of(), Due.ANY, "pakket", Sort.PRIORITY))).as("stopped: nothing indexed")
                .extracting(Row::mentionId).containsExactly(first.id());
        store.reopen();

        assertThat(page(query(Set.of(), Due.ANY, "pakket", Sort.PRIORITY))).extracting(Row::mentionId)
                .containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(store.<Boolean>inTransaction(tx -> SqlTransaction.sql(tx, connection -> {
            try (Statement statement = connection.createStatement(); ResultSet mark = statement.executeQuery(
                    "SELECT 1 FROM database_info WHERE name = '" + WordIndex.BACKFILL_MARK + "'")) {
                return mark.next();
            }
        }))).as("the mark, once done").isFalse();
    }

    @Test
    void statusAssignmentOverrideAndRepliesAreKeptWithWhoAndWhen() throws Exception {
        List<StoredMention> stored = store(mention("1", "anna", "Waar blijft mijn geld?", null, 5));
        long id = stored.get(0).id();
        save(triaged(stored.get(0), "MONITOR", 20, "NEGATIVE", 60));

        store.inTransaction(tx -> {
            inbox.assign(tx, List.of(id), "bert", "anna", NOW);
            inbox.override(tx, new DecisionChange(id, "MONITOR", "RESPOND", "bert", "concrete klacht", NOW));
            long reply = inbox.saveReply(tx, new Reply(0, id, ReplyAction.REPLY, "Wat vervelend!", ReplyState.DRAFT,
                    null, null, "bert", NOW, null));
            inbox.saveReply(tx, new Reply(reply, id, ReplyAction.REPLY, "Wat vervelend!", ReplyState.SENT, "99",
                    null, "bert", NOW.plusSeconds(60), null));
            inbox.setStatus(tx, List.of(id), Status.ANSWERED, "bert", NOW.plusSeconds(61));
            return null;
        });

        Item item = item(id);
        assertThat(item.row().decision()).isEqualTo("RESPOND");
        assertThat(item.row().overridden()).isTrue();
        assertThat(item.rulesDecision()).isEqualTo("MONITOR");
        assertThat(item.row().assignee()).isEqualTo("bert");
        assertThat(item.row().status()).isEqualTo(Status.ANSWERED);
        assertThat(item.reasons()).contains("MONITOR");
        assertThat(item.authorHistory()).isEqualTo(new AuthorHistory(1, 1));
        assertThat(replies(id)).singleElement()
                .satisfies(reply -> {
                    assertThat(reply.state()).isEqualTo(ReplyState.SENT);
                    assertThat(reply.platformId()).isEqualTo("99");
                });
        assertThat(history(id)).extracting(e -> e.action() + " " + e.who())
                .containsExactly("assign anna", "override bert", "reply sent bert", "status bert");
        assertThat(overrides()).singleElement()
                .extracting(DecisionChange::why).isEqualTo("concrete klacht");
        assertThat(page(Query.open(NOW))).isEmpty();

        // back to the rules' own decision: no longer marked as overridden
        store.inTransaction(tx -> {
            inbox.override(tx, new DecisionChange(id, "RESPOND", "MONITOR", "anna", "", NOW));
            return null;
        });
        assertThat(item(id).row().overridden()).isFalse();
    }

    @Test
    void anOverrideOfAMentionNotInTheInboxIsRefusedAndNothingIsWritten() throws Exception {
        List<StoredMention> stored = store(mention("1", "anna", "hallo", null, 5));
        assertThatThrownBy(() -> store.inTransaction(tx -> {
            inbox.override(tx, new DecisionChange(stored.get(0).id(), "MONITOR", "RESPOND", "bert", "", NOW));
            return null;
        })).isInstanceOf(StoreException.class).hasMessageContaining("not in the inbox");
        assertThat(overrides()).isEmpty();
    }

    @Test
    void threadFollowsRepliesUpAndDownAndStopsAtALoop() throws Exception {
        List<StoredMention> stored = store(mention("1", "anna", "Storing?", null, 50), mention("2", "brand", "Kijken we naar", "1", 40),
                mention("3", "anna", "Dank", "2", 30), mention("4", "cees", "Hier ook", "1", 20),
                mention("5", "x", "loop a", "6", 10), mention("6", "y", "loop b", "5", 9));
        List<Long> ids = new ArrayList<>(stored.stream().map(StoredMention::id).toList());

        assertThat(thread(ids.get(1))).extracting(StoredMention::id)
                .containsExactly(ids.get(0), ids.get(1), ids.get(2));
        assertThat(thread(ids.get(0))).extracting(StoredMention::id)
                .containsExactly(ids.get(0), ids.get(1), ids.get(3));
        assertThat(thread(ids.get(4))).extracting(StoredMention::id)
                .containsExactly(ids.get(5), ids.get(4));
    }

    private static Query unassigned(Set<Status> statuses) {
        return new Query(null, null, null, null, Due.ANY, statuses, null, null, null, Sort.PRIORITY, NOW, true);
    }

    /** What H2 says it does for the first step of a page of {@code query} (one without a text). */
    private String plan(Query query) throws StoreException {
        return store.inTransaction(tx -> SqlTransaction.sql(tx, connection -> {
            InboxSelection selection = InboxSelection.of(SqlTransaction.of(tx), query);
            try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + selection.pageSql())) {
                int next = selection.bindFilters(explain);
                explain.setInt(next, 0);
                explain.setInt(next + 1, 50);
                try (ResultSet result = explain.executeQuery()) {
                    result.next();
                    return result.getString(1);
                }
            }
        }));
    }

    @Test
    void unassignedFindsTheItemsGivenToNobodyInPriorityOrderFromOneIndexRange() throws Exception {
        List<StoredMention> stored = store(mention("1", "anna", "een", null, 5), mention("2", "bert", "twee", null, 4),
                mention("3", "cees", "drie", null, 3), mention("4", "dirk", "vier", null, 2));
        save(triaged(stored.get(0), "RESPOND", 60, "NEGATIVE", 60), triaged(stored.get(1), "RESPOND", 70, "NEGATIVE", 60),
                triaged(stored.get(2), "ESCALATE", 90, "NEGATIVE", 60), triaged(stored.get(3), "MONITOR", 20, "NEGATIVE", 60));
        store.inTransaction(tx -> {
            inbox.assign(tx, List.of(stored.get(2).id()), "bert", "anna", NOW);
            inbox.setStatus(tx, List.of(stored.get(3).id()), Status.CLOSED, "anna", NOW);
            return null;
        });

        assertThat(page(unassigned(Set.of(Status.OPEN)))).extracting(Row::mentionId)
                .containsExactly(stored.get(1).id(), stored.get(0).id());
        assertThat(count(unassigned(Set.of(Status.OPEN)))).isEqualTo(2);
        assertThat(count(unassigned(Set.of()))).isEqualTo(3);
        assertThat(page(new Query(null, null, null, null, Due.ANY, Set.of(Status.OPEN), null, null, null,
                Sort.PRIORITY, NOW))).as("the query without the new field: anyone's items").hasSize(3);

        if (OpenedStore.h2()) { // H2 reads a page off the index it is told; PostgreSQL's planner chooses by itself
            String plan = plan(unassigned(Set.of(Status.OPEN)));
            assertThat(plan).as(plan).contains("PUBLIC.INBOX_BY_ASSIGNEE: ASSIGNEE IS NULL").contains("index sorted");
            assertThat(plan(unassigned(Set.of()))).contains("INBOX_BY_ASSIGNEE: ASSIGNEE IS NULL");
        }
    }

    @Test
    void aClaimGivesAnItemToTheFirstOfTwoTeamMembersOnly() throws Exception {
        List<StoredMention> stored = store(mention("1", "klant", "Waar blijft mijn pakket?", null, 5),
                mention("2", "klant2", "Ook mijn pakket is zoek", null, 5));
        save(triaged(stored.get(0), "RESPOND", 60, "NEGATIVE", 60), triaged(stored.get(1), "RESPOND", 60, "NEGATIVE", 60));
        long first = stored.get(0).id();

        assertThat(store.<java.util.Optional<String>>inTransaction(tx -> inbox.claim(tx, first, "anna", NOW))).isEmpty();
        assertThat(store.<java.util.Optional<String>>inTransaction(tx -> inbox.claim(tx, first, "anna", NOW)))
                .as("hers already").isEmpty();
        assertThat(store.<java.util.Optional<String>>inTransaction(tx -> inbox.claim(tx, first, "bert", NOW)))
                .contains("anna");
        assertThat(item(first).row().assignee()).isEqualTo("anna");
        assertThat(history(first)).extracting(WorkEntry::action, WorkEntry::who)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("claim", "anna"));

        // two at once: one wins, the other is told who has it
        long second = stored.get(1).id();
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
            List<java.util.concurrent.Future<java.util.Optional<String>>> claims = new ArrayList<>();
            for (String who : List.of("anna", "bert")) {
                claims.add(two.submit(() -> {
                    together.await();
                    return store.inTransaction(tx -> inbox.claim(tx, second, who, NOW));
                }));
            }
            List<java.util.Optional<String>> answers = new ArrayList<>();
            for (var claim : claims) {
                answers.add(claim.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(answers).filteredOn(java.util.Optional::isEmpty).hasSize(1);
            String winner = item(second).row().assignee();
            assertThat(answers).filteredOn(java.util.Optional::isPresent).singleElement()
                    .isEqualTo(java.util.Optional.of(winner));
            assertThat(history(second)).hasSize(1);
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void aQueryCannotAskForUnassignedItemsAndAnAssigneeAtOnce() {
        assertThatThrownBy(() -> new Query(null, null, null, null, Due.ANY, Set.of(), "bert", null, null, Sort.PRIORITY,
                NOW, true)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bert");
    }

    private static Redecision raise(StoredMention stored) {
        return new Redecision("twitter", "brand", stored.mention().externalId(), "MONITOR", "RESPOND", 50,
                NOW.plus(Duration.ofHours(20)), "[{\"rule\":\"raised-by-others\",\"decision\":\"RESPOND\"}]");
    }

    @Test
    void redecideRaisesOpenMonitoredItemsAndLeavesWhatAPersonDecidedOrDid() throws Exception {
        List<StoredMention> stored = store(mention("1", "anna", "waardeloos", null, 50), mention("2", "bert", "slecht", null, 40),
                mention("3", "cees", "prutswerk", null, 30), mention("4", "dirk", "bah", null, 20),
                mention("5", "eva", "vraag?", null, 10));
        save(triaged(stored.get(0), "MONITOR", 15, "NEGATIVE", 60), triaged(stored.get(1), "MONITOR", 15, "NEGATIVE", 60),
                triaged(stored.get(2), "MONITOR", 15, "NEGATIVE", 60), triaged(stored.get(3), "MONITOR", 15, "NEGATIVE", 60),
                triaged(stored.get(4), "RESPOND", 40, "NEGATIVE", 60));
        store.inTransaction(tx -> {
            // overridden and back: the rules' decision is in force again, but a person chose it
            inbox.override(tx, new DecisionChange(stored.get(1).id(), "MONITOR", "NO_ACTION", "bert", "spam", NOW));
            inbox.override(tx, new DecisionChange(stored.get(1).id(), "NO_ACTION", "MONITOR", "bert", "toch volgen", NOW));
            inbox.setStatus(tx, List.of(stored.get(2).id()), Status.CLOSED, "bert", NOW);
            return null;
        });

        Instant at = NOW.plusSeconds(5);
        List<Long> changed = store.inTransaction(tx -> inbox.redecide(tx, stored.stream().map(SqlInboxRepositoryTest::raise)
                .toList(), "triage", at));

        assertThat(changed).containsExactly(stored.get(0).id(), stored.get(3).id());
        Item raised = item(stored.get(0).id());
        assertThat(raised.row().decision()).isEqualTo("RESPOND");
        assertThat(raised.rulesDecision()).isEqualTo("RESPOND");
        assertThat(raised.row().overridden()).isFalse();
        assertThat(raised.row().priority()).isEqualTo(50);
        assertThat(raised.row().due()).isEqualTo(NOW.plus(Duration.ofHours(20)));
        assertThat(raised.reasons()).isEqualTo("[{\"rule\":\"raised-by-others\",\"decision\":\"RESPOND\"},"
                + "{\"rule\":\"MONITOR\"}]");
        assertThat(history(stored.get(0).id())).singleElement().satisfies(entry -> {
            assertThat(entry.who()).isEqualTo("triage");
            assertThat(entry.action()).isEqualTo("redecide");
            assertThat(entry.at()).isEqualTo(at);
            assertThat(entry.detail()).startsWith("MONITOR -> RESPOND: [{\"rule\":\"raised-by-others\"");
        });
        assertThat(item(stored.get(1).id()).row().decision()).as("a person's call stands").isEqualTo("MONITOR");
        assertThat(item(stored.get(2).id()).row().decision()).as("closed").isEqualTo("MONITOR");
        assertThat(item(stored.get(4).id()).row().priority()).as("not monitored").isEqualTo(40);
        assertThat(page(new Query(null, Set.of("RESPOND"), null, null, Due.ANY, Set.of(Status.OPEN), null, null, null,
                Sort.PRIORITY, NOW))).extracting(Row::mentionId)
                .containsExactly(stored.get(0).id(), stored.get(3).id(), stored.get(4).id());

        List<Long> again = store.inTransaction(tx -> inbox.redecide(tx, List.of(raise(stored.get(0))), "triage", at));
        assertThat(again).as("raised once").isEmpty();
    }

    @Test
    void joinedReasonsKeepBothArraysAndDropADamagedOne() {
        assertThat(SqlInboxRepository.joinedArrays("[{\"a\":1}]", " [{\"b\":2}] ")).isEqualTo("[{\"a\":1},{\"b\":2}]");
        assertThat(SqlInboxRepository.joinedArrays("[{\"a\":1}]", "[]")).isEqualTo("[{\"a\":1}]");
        assertThat(SqlInboxRepository.joinedArrays("[{\"a\":1}]", "{damaged")).isEqualTo("[{\"a\":1}]");
    }

    @Test
    void removingDemoDataRemovesItsInbox() throws Exception {
        List<StoredMention> stored = store.inTransaction(tx -> {
            mentions.saveDemo(tx, List.of(mention("1", "anna", "demo", null, 5)));
            return inbox.untriaged(tx, 10);
        });
        save(triaged(stored.get(0), "RESPOND", 50, "NEGATIVE", 60));
        store.inTransaction(tx -> {
            inbox.assign(tx, List.of(stored.get(0).id()), "bert", "anna", NOW);
            return mentions.deleteDemo(tx);
        });
        assertThat(page(Query.open(NOW))).isEmpty();
        assertThat(count(Query.open(NOW))).isZero();
    }

    @Test
    void aThreadInterruptedWhileItWritesLeavesTheDatabaseWholeAndClosedCleanly() throws Exception {
        Thread writer = new Thread(() -> {
            for (int i = 0; i < 300; i++) {
                try {
                    int n = i;
                    store.inTransaction(tx -> mentions.save(tx, List.of(mention("w" + n, "anna", "tekst " + n, null, 1))));
                } catch (StoreException e) {
                    Thread.interrupted(); // a write may fail; the database must not
                }
            }
        });
        writer.start();
        while (writer.isAlive()) {
            writer.interrupt(); // as an executor's shutdownNow() does, in the middle of H2's file I/O
            Thread.sleep(0, 200_000);
        }
        Thread.interrupted();
        long stored = store.inTransaction(tx -> mentions.count(tx, webcare.store.api.MentionRepository.Query.ALL));
        assertThat(stored).isPositive();
        store.reopen();
        long reopened = store.inTransaction(tx -> mentions.count(tx, webcare.store.api.MentionRepository.Query.ALL));
        assertThat(reopened).isEqualTo(stored);
        assertThat(store.recovery()).isEmpty();
    }
}

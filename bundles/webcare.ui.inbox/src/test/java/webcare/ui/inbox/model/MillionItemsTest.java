package webcare.ui.inbox.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webcare.launch.testing.HomeLaunch;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.model.MentionKind;
import webcare.store.api.InboxRepository.Query;
import webcare.store.api.InboxRepository.StoredMention;
import webcare.store.api.InboxRepository.Triaged;
import webcare.store.sql.SqlInboxRepository;
import webcare.store.sql.SqlMentionRepository;
import webcare.store.sql.H2Store;

/**
 * What the Inbox view costs on a million items: the count, the first page and the last page the
 * table asks for. Slow to fill (minutes), so it runs only with {@code -Dinbox.items=1000000}.
 */
class MillionItemsTest {

    private static final Instant NOW = Instant.parse("2026-12-05T13:30:00Z");
    private static final int BATCH = 10_000;
    private static final List<String> DECISIONS = InboxFilter.DECISIONS;

    @TempDir
    Path home;

    @Test
    void countsAndPagesAMillionItemsWithoutLoadingThem() throws Exception {
        int items = Integer.getInteger("inbox.items", 0);
        Assumptions.assumeTrue(items > 0, "set -Dinbox.items=1000000 to measure");
        SqlMentionRepository mentions = new SqlMentionRepository();
        SqlInboxRepository inbox = new SqlInboxRepository();
        H2Store store = new H2Store(new HomeLaunch(home));
        try {
            long filling = System.nanoTime();
            for (int from = 0; from < items; from += BATCH) {
                List<Mention> batch = new ArrayList<>(BATCH);
                for (int i = from; i < Math.min(items, from + BATCH); i++) {
                    batch.add(new Mention("twitter", "brand", "t" + i, MentionKind.POST, null, null,
                            new Author(null, "author" + i % 5000, "Auteur " + i % 5000, (long) i % 90_000, null),
                            "Bericht nummer " + i + " over de storing", "nl", null, null,
                            NOW.minusSeconds(i), null, null, false));
                }
                store.inTransaction(tx -> {
                    mentions.save(tx, batch);
                    List<Triaged> results = new ArrayList<>();
                    for (StoredMention each : inbox.untriaged(tx, BATCH)) {
                        int n = (int) (each.id() % 97);
                        results.add(new Triaged(each.id(), "nl", -0.2, "NEGATIVE", DECISIONS.get(n % 6), n,
                                NOW.plus(Duration.ofMinutes(n - 40)), "[]", "[]", true, NOW));
                    }
                    inbox.saveTriage(tx, results, Set.of());
                    // one in twenty is someone's: the rest is what "unassigned" finds
                    inbox.assign(tx, results.stream().map(Triaged::mentionId).filter(id -> id % 20 == 0).toList(),
                            "anna", "bench", NOW);
                    return null;
                });
            }
            System.out.printf("filled %,d items in %d s%n", items, (System.nanoTime() - filling) / 1_000_000_000);
            InboxWork work = new InboxWork(store, inbox, Clock.fixed(NOW, ZoneOffset.UTC));
            for (InboxFilter filter : List.of(InboxFilter.initial(),
                    InboxFilter.initial().withDecisions(Set.of("RESPOND")).withOverdueOnly(true),
                    InboxFilter.initial().withText("nummer 99999"), InboxFilter.initial().withUnassigned(),
                    InboxFilter.initial().withUnassigned().withDecisions(Set.of("RESPOND")),
                    InboxFilter.initial().withAssignee("anna"))) {
                Query query = work.query(filter);
                long start = System.nanoTime();
                long count = work.count(query).items();
                long counted = System.nanoTime();
                int first = work.page(query, 0).size();
                long firstPage = System.nanoTime();
                int lastPage = (int) Math.max(0, (count - 1) / PageCache.PAGE);
                int last = work.page(query, lastPage).size();
                long end = System.nanoTime();
                System.out.printf("%s: count %,d in %d ms, first page (%d rows) %d ms, last page %d (%d rows) %d ms%n",
                        filter, count, (counted - start) / 1_000_000, first, (firstPage - counted) / 1_000_000,
                        lastPage, last, (end - firstPage) / 1_000_000);
                assertThat(first).isEqualTo((int) Math.min(PageCache.PAGE, count));
            }
        } finally {
            store.close();
        }
    }
}

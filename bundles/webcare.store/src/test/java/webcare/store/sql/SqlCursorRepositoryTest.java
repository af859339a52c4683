package webcare.store.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import webcare.model.Mention;
import webcare.store.api.CursorRepository.Position;
import webcare.store.api.MentionRepository.Query;
import webcare.store.api.StoreException;

class SqlCursorRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-10-25T01:30:00Z");

    @RegisterExtension
    final OpenedStore store = new OpenedStore(NOW);
    private final SqlCursorRepository cursors = new SqlCursorRepository();
    private final SqlMentionRepository mentions = new SqlMentionRepository(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void savesLoadsAndReplacesOneCursorPerSourceInstance() throws Exception {
        assertThat(store.<Optional<Position>>inTransaction(tx -> cursors.load(tx, "twitter", "brand"))).isEmpty();

        store.inTransaction(tx -> {
            cursors.save(tx, "twitter", "brand", "1850000000000000000", NOW);
            cursors.save(tx, "twitter", "ceo", "{\"since\":\"17\"}", NOW);
            cursors.save(tx, "facebook", "page", "", NOW);
            return null;
        });
        store.inTransaction(tx -> {
            cursors.save(tx, "twitter", "brand", "1850000000000000999", NOW.plusSeconds(60));
            return null;
        });

        assertThat(store.<Optional<Position>>inTransaction(tx -> cursors.load(tx, "twitter", "brand")))
                .contains(new Position("twitter", "brand", "1850000000000000999", NOW.plusSeconds(60)));
        assertThat(store.<List<Position>>inTransaction(tx -> cursors.all(tx))).containsExactly(
                new Position("facebook", "page", "", NOW),
                new Position("twitter", "brand", "1850000000000000999", NOW.plusSeconds(60)),
                new Position("twitter", "ceo", "{\"since\":\"17\"}", NOW));
    }

    /** Two workbenches saving a source's first cursor at once: the later one wins, neither fails. */
    @Test
    void twoUnitsOfWorkSavingANewCursorAtOnceBothSucceed() throws Exception {
        CountDownLatch written = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<Object> first = other.submit(() -> store.inTransaction(tx -> {
                cursors.save(tx, "twitter", "brand", "first", NOW);
                written.countDown();
                try {
                    Thread.sleep(300); // not committed yet while the second writes
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
            store.inTransaction(tx -> {
                cursors.save(tx, "twitter", "brand", "second", NOW.plusSeconds(1));
                return null;
            });
            first.get(10, TimeUnit.SECONDS);
        } finally {
            other.shutdownNow();
        }

        assertThat(store.<Optional<Position>>inTransaction(tx -> cursors.load(tx, "twitter", "brand")))
                .contains(new Position("twitter", "brand", "second", NOW.plusSeconds(1)));
    }

    @Test
    void writesNeitherMentionsNorCursorWhenTheUnitOfWorkFails() throws Exception {
        Mention page = SqlMentionRepositoryTest.tweet("1", "eerste pagina", "2026-10-25T01:00:00Z", null);
        store.inTransaction(tx -> {
            mentions.save(tx, List.of(page));
            cursors.save(tx, "twitter", "brand", "after-page-1", NOW);
            return null;
        });

        Mention next = SqlMentionRepositoryTest.tweet("2", "tweede pagina", "2026-10-25T01:10:00Z", null);
        assertThatThrownBy(() -> store.inTransaction(tx -> {
            mentions.save(tx, List.of(next));
            cursors.save(tx, "twitter", "brand", "after-page-2", NOW);
            throw new StoreException("killed between the page and the commit");
        })).hasMessage("killed between the page and the commit");

        assertThat(store.<Long>inTransaction(tx -> mentions.count(tx, Query.ALL))).isEqualTo(1);
        assertThat(store.<Optional<Position>>inTransaction(tx -> cursors.load(tx, "twitter", "brand")).map(Position::cursor))
                .contains("after-page-1");
    }

    @Test
    void keepsBothWhenTheUnitOfWorkCommitsAndSurvivesReopening() throws Exception {
        store.inTransaction(tx -> {
            mentions.save(tx, List.of(SqlMentionRepositoryTest.tweet("1", "t", "2026-10-25T01:00:00Z", null)));
            cursors.save(tx, "twitter", "brand", "after-page-1", NOW);
            return null;
        });
        store.reopen();

        assertThat(store.<Long>inTransaction(tx -> mentions.count(tx, Query.ALL))).isEqualTo(1);
        assertThat(store.<Optional<Position>>inTransaction(tx -> cursors.load(tx, "twitter", "brand"))).isPresent();
    }

    @Test
    void refusesACursorLongerThanTheColumnWithAMessageForPeople() {
        String huge = "x".repeat(SqlCursorRepository.MAX_CURSOR + 1);

        assertThatThrownBy(() -> store.inTransaction(tx -> {
            cursors.save(tx, "feed", "news", huge, NOW);
            return null;
        })).isInstanceOf(StoreException.class).hasMessageContaining("feed news").hasMessageContaining("at most 20000");
    }
}

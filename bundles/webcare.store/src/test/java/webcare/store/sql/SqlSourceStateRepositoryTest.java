package webcare.store.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import webcare.store.api.SourceStateRepository;
import webcare.store.api.SourceStateRepository.SavedState;
import webcare.store.api.StoreException;

class SqlSourceStateRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-10-25T01:30:00.123456789Z");
    private static final String FINGERPRINT = "sha256:4f0c…";

    @RegisterExtension
    final OpenedStore store = new OpenedStore(NOW);
    private final SqlSourceStateRepository states = new SqlSourceStateRepository();

    private void save(SavedState state) throws StoreException {
        store.inTransaction(tx -> {
            states.save(tx, state);
            return null;
        });
    }

    private Optional<SavedState> load(String source, String instance) throws StoreException {
        return store.inTransaction(tx -> states.load(tx, source, instance));
    }

    @Test
    void keepsTheLastOutcomeOfEachInstanceAcrossReopeningToTheMicrosecond() throws Exception {
        SavedState expired = new SavedState("twitter", "brand", "AUTH_FAILED",
                "X refused the token (HTTP 401): it is expired or wrong; put a new one as 'token' in "
                        + "etc/webcare.source.twitter-brand.cfg", null, NOW.minusSeconds(3600), 12,
                Map.of("no id", 3, "no created_time", 1), FINGERPRINT, NOW);
        SavedState limited = new SavedState("facebook", "shop", "RATE_LIMITED", "Facebook asks to slow down",
                NOW.plusSeconds(600), null, 0, Map.of(), "other", NOW);
        save(expired);
        save(limited);
        store.reopen();

        assertThat(load("twitter", "brand")).get().usingRecursiveComparison().isEqualTo(new SavedState("twitter",
                "brand", "AUTH_FAILED", expired.message(), null, SqlMentionRepository.micros(NOW.minusSeconds(3600)), 12,
                Map.of("no created_time", 1, "no id", 3), FINGERPRINT, SqlMentionRepository.micros(NOW)));
        assertThat(load("facebook", "shop")).get().extracting(SavedState::next)
                .isEqualTo(SqlMentionRepository.micros(NOW.plusSeconds(600)));
        assertThat(load("twitter", "other")).isEmpty();
    }

    /** Two workbenches saving an instance's first outcome at once: the later one wins, neither fails. */
    @Test
    void twoUnitsOfWorkSavingANewInstancesOutcomeAtOnceBothSucceed() throws Exception {
        CountDownLatch written = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<Object> first = other.submit(() -> store.inTransaction(tx -> {
                states.save(tx, new SavedState("feed", "forum", "ERROR", "Feed 'forum' answered HTTP 503",
                        NOW.plusSeconds(30), null, 0, Map.of(), FINGERPRINT, NOW));
                written.countDown();
                try {
                    Thread.sleep(300); // not committed yet while the second writes
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
            save(new SavedState("feed", "forum", "OK", "", NOW.plusSeconds(600), NOW, 4, Map.of(), FINGERPRINT,
                    NOW.plusSeconds(1)));
            first.get(10, TimeUnit.SECONDS);
        } finally {
            other.shutdownNow();
        }

        assertThat(load("feed", "forum").orElseThrow().state()).isEqualTo("OK");
    }

    @Test
    void aNewOutcomeReplacesTheOldOne() throws Exception {
        save(new SavedState("feed", "forum", "ERROR", "Feed 'forum' answered HTTP 503", NOW.plusSeconds(30), null, 0,
                Map.of(), FINGERPRINT, NOW));
        save(new SavedState("feed", "forum", "OK", "", NOW.plusSeconds(600), NOW, 4, Map.of("no id or link", 2),
                FINGERPRINT, NOW.plusSeconds(1)));

        SavedState now = load("feed", "forum").orElseThrow();

        assertThat(now.state()).isEqualTo("OK");
        assertThat(now.message()).isEmpty();
        assertThat(now.lastAdded()).isEqualTo(4);
        assertThat(now.lastSkipped()).containsExactly(Map.entry("no id or link", 2));
    }

    @Test
    void aMessageLongerThanItsColumnIsCutNotRefused() throws Exception {
        save(new SavedState("feed", "forum", "ERROR", "x".repeat(5000), null, null, 0, Map.of(), FINGERPRINT, NOW));

        assertThat(load("feed", "forum").orElseThrow().message()).hasSize(SourceStateRepository.MAX_MESSAGE)
                .endsWith("…");
    }

    @Test
    void skipReasonsOnSeveralLinesComeBackAsOne() {
        assertThat(SqlSourceStateRepository.skipped(SqlSourceStateRepository.skipped(Map.of("no\nid", 2))))
                .containsExactly(Map.entry("no id", 2));
        assertThat(SqlSourceStateRepository.skipped("")).isEmpty();
    }
}

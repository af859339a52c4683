package webcare.store.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import webcare.store.api.IncidentRepository;
import webcare.store.api.SignalRepository.StoredSignal;

class SqlSignalRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-12-04T15:30:00Z");

    @RegisterExtension
    final OpenedStore store = new OpenedStore(NOW);
    private final SqlSignalRepository signals = new SqlSignalRepository();

    private static StoredSignal signal(String metric, Instant onset, Instant detected) {
        return new StoredSignal(0, detected, onset, "all", metric, 45, 7.5, 6.2, List.of("storing", "betalen"),
                List.of("@journalist"), List.of(12L, 15L), Optional.empty());
    }

    @Test
    void keepsASignalOncePerSourceMetricAndOnsetNewestFirstWithTheIncidentOpenedFromIt() throws Exception {
        Instant onset = NOW.minus(Duration.ofMinutes(30));
        long first = store.<Optional<Long>>inTransaction(tx -> signals.add(tx, signal("VOLUME", onset, NOW))).orElseThrow();
        assertThat(store.<Optional<Long>>inTransaction(tx -> signals.add(tx, signal("VOLUME", onset,
                NOW.plusSeconds(300))))).isEmpty();
        long second = store.<Optional<Long>>inTransaction(tx -> signals.add(tx, signal("NEGATIVE_SHARE", onset,
                NOW.plusSeconds(600)))).orElseThrow();
        long incident = store.inTransaction(tx -> new SqlIncidentRepository().open(tx, new IncidentRepository.Opening(
                "Storing", Optional.empty(), "", 0, IncidentRepository.Origin.SIGNAL, NOW, Optional.empty(), onset, NOW,
                "anna", "nl", 60, false, List.of(), List.of())));
        store.inTransaction(tx -> {
            signals.opened(tx, first, incident);
            return null;
        });

        List<StoredSignal> recent = store.inTransaction(tx -> signals.recent(tx, 10));
        assertThat(recent).extracting(StoredSignal::id).containsExactly(second, first);
        assertThat(recent.get(1)).isEqualTo(new StoredSignal(first, NOW, onset, "all", "VOLUME", 45, 7.5, 6.2,
                List.of("storing", "betalen"), List.of("@journalist"), List.of(12L, 15L), Optional.of(incident)));
        assertThat(recent.get(0).incident()).isEmpty();
    }
}

package webcare.ui.themes.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import webcare.store.api.ComplaintRepository;
import webcare.store.api.StoreException;
import webcare.store.api.Transaction;
import webcare.store.testing.MemoryStore;
import webcare.themes.GrowingThemes;
import webcare.ui.themes.model.ThemesWork.ThemesResult;

class ThemesWorkTest {

    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

    /** Complaints of a fixed list, answering what the work asks and remembering how it asked. */
    private static final class Complaints implements ComplaintRepository {

        final List<Complaint> stored = new ArrayList<>();
        final List<String> asked = new ArrayList<>();

        @Override
        public int complaints(Transaction tx, Instant from, Instant to, String source, int limit,
                Consumer<Complaint> sink) {
            asked.add(from + " " + to + " " + source + " " + limit);
            List<Complaint> matching = stored.stream().filter(c -> !c.created().isBefore(from) && c.created().isBefore(to))
                    .filter(c -> source == null || c.source().equals(source)).limit(limit).toList();
            matching.forEach(sink);
            return matching.size();
        }

        @Override
        public List<String> sources(Transaction tx) {
            return List.of("google", "twitter");
        }

        void add(String text, Duration ago) {
            stored.add(new Complaint(stored.size() + 1, NOW.minus(ago), "twitter", "nl", text));
        }
    }

    private final MemoryStore store = new MemoryStore();
    private final Complaints complaints = new Complaints();
    private final ThemesWork work = new ThemesWork(store, complaints, new GrowingThemes(), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void readsThePeriodAndTheOneBeforeInOneTransactionAndFindsWhatGrew() throws Exception {
        complaints.add("Lift kapot", Duration.ofHours(1));
        complaints.add("Lift kapot, alweer", Duration.ofHours(5));
        complaints.add("Alweer lift kapot", Duration.ofHours(20));
        complaints.add("Pakket te laat bezorgd", Duration.ofHours(30));
        complaints.add("Lift kapot, twee dagen terug", Duration.ofHours(50));

        ThemesResult result = work.themes(Period.DAY, "twitter");

        assertThat(complaints.asked).containsExactly(
                "2026-12-04T12:00:00Z 2026-12-05T12:00:00Z twitter 50000",
                "2026-12-03T12:00:00Z 2026-12-04T12:00:00Z twitter 50000");
        assertThat(store.transactions()).isEqualTo(1);
        assertThat(result.report().itemsNow()).isEqualTo(3);
        assertThat(result.report().itemsBefore()).isEqualTo(1);
        assertThat(result.report().themes()).extracting(theme -> theme.term()).containsExactly("lift kapot");
        assertThat(result.window()).isEqualTo(Period.DAY.endingAt(NOW));
        assertThat(result.capped()).isFalse();
        assertThat(work.sources()).containsExactly("google", "twitter");
    }

    @Test
    void aStoreFailureReachesTheCaller() {
        store.failNext("database is locked");
        assertThatThrownBy(() -> work.themes(Period.WEEK, null)).isInstanceOf(StoreException.class)
                .hasMessageContaining("database is locked");
    }
}

package webcare.incident.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webcare.incident.api.Detector;
import webcare.incident.api.DetectorFactory;
import webcare.incident.api.DetectorSettings;
import webcare.incident.detect.RhythmDetector;
import webcare.launch.testing.HomeLaunch;
import webcare.launch.testing.ManualClock;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.model.MentionKind;
import webcare.store.api.InboxRepository.Triaged;
import webcare.store.api.SignalRepository.StoredSignal;
import webcare.store.sql.SqlInboxRepository;
import webcare.store.sql.SqlMentionRepository;
import webcare.store.sql.SqlSignalRepository;
import webcare.store.sql.H2Store;

/** The watch over a real H2 store with nine days of generated traffic and one outage, the real detector. */
class StreamWatchTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    /** Three days ago, 16:00 local time: 200 complaints in two hours on top of the usual traffic. */
    private static final Instant OUTAGE = ZonedDateTime.of(2026, 12, 4, 16, 0, 0, 0, AMSTERDAM).toInstant();

    @TempDir
    Path home;

    private H2Store store;
    private final SqlMentionRepository mentions = new SqlMentionRepository();
    private final SqlInboxRepository inbox = new SqlInboxRepository();
    private final SqlSignalRepository signals = new SqlSignalRepository();
    private final ManualClock clock = new ManualClock(NOW);
    private final Random random = new Random(7);
    private int next;

    @BeforeEach
    void open() {
        store = new H2Store(new HomeLaunch(home));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private StreamWatch watch() {
        DetectorFactory factory = new DetectorFactory() {
            @Override
            public DetectorSettings settings() {
                return DetectorSettings.DEFAULTS;
            }

            @Override
            public Detector create(DetectorSettings settings) {
                return new RhythmDetector(settings);
            }
        };
        return new StreamWatch(store, inbox, signals, factory, clock);
    }

    /** About 20 an hour by day and 3 by night, a fifth negative; and the outage. */
    private void storeTraffic(Instant from, Instant to) throws Exception {
        List<Mention> batch = new ArrayList<>();
        List<Boolean> negative = new ArrayList<>();
        for (Instant hour = from; hour.isBefore(to); hour = hour.plus(Duration.ofHours(1))) {
            int local = hour.atZone(AMSTERDAM).getHour();
            int count = local >= 8 && local < 22 ? 20 : 3;
            for (int i = 0; i < count; i++) {
                batch.add(mention("Vraag over mijn bestelling", hour.plusSeconds(random.nextInt(3_600))));
                negative.add(random.nextInt(5) == 0);
            }
        }
        for (int i = 0; i < 200; i++) {
            batch.add(mention("Storing bij betalen, app ligt eruit", OUTAGE.plusSeconds(random.nextInt(7_200))));
            negative.add(true);
        }
        store.inTransaction(tx -> {
            mentions.save(tx, batch);
            List<Triaged> triaged = new ArrayList<>();
            var stored = inbox.untriaged(tx, batch.size());
            for (int i = 0; i < stored.size(); i++) {
                triaged.add(new Triaged(stored.get(i).id(), "nl", 0, negative.get(i) ? "NEGATIVE" : "NEUTRAL", "MONITOR",
                        10, NOW, "[]", "[]", false, NOW));
            }
            inbox.saveTriage(tx, triaged, Set.of());
            return null;
        });
    }

    private Mention mention(String text, Instant created) {
        int id = next++;
        return new Mention("twitter", "brand", "t" + id, MentionKind.POST, null, null,
                new Author(null, "klant" + (id % 400), "Klant", 20L, null), text + " " + id, null, null, null, created,
                null, null, false);
    }

    @Test
    void findsThePastOutageInTheReplayStoresItOnceAndThenWatchesWhatComesIn() throws Exception {
        storeTraffic(NOW.minus(Duration.ofDays(9)), NOW);
        StreamWatch watch = watch();

        assertThat(watch.watch()).as("signals of the outage").isPositive();
        List<StoredSignal> found = store.inTransaction(tx -> signals.recent(tx, 50));
        assertThat(found).allSatisfy(signal -> {
            assertThat(signal.onset()).isBetween(OUTAGE.minus(Duration.ofMinutes(15)), OUTAGE.plus(Duration.ofMinutes(30)));
            assertThat(signal.detected()).isBefore(OUTAGE.plus(Duration.ofMinutes(30)));
        });
        assertThat(found).extracting(StoredSignal::terms).anySatisfy(terms -> assertThat(terms).contains("storing"));
        assertThat(found).flatExtracting(StoredSignal::examples).isNotEmpty();

        clock.advance(Duration.ofMinutes(1));
        assertThat(watch.watch()).as("nothing new").isZero();
        assertThat(store.<List<StoredSignal>>inTransaction(tx -> signals.recent(tx, 50))).hasSameSizeAs(found);
    }

    @Test
    void anotherWatchOverTheSameStreamAddsNoSecondCopy() throws Exception {
        storeTraffic(NOW.minus(Duration.ofDays(9)), NOW);
        int first = watch().watch();

        assertThat(watch().watch()).isZero();
        assertThat(store.<List<StoredSignal>>inTransaction(tx -> signals.recent(tx, 50))).hasSize(first);
    }
}

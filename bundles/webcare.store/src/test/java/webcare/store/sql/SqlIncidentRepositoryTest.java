package webcare.store.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.model.MentionKind;
import webcare.store.api.IncidentRepository.Assignment;
import webcare.store.api.IncidentRepository.Event;
import webcare.store.api.IncidentRepository.Incident;
import webcare.store.api.IncidentRepository.IncidentTask;
import webcare.store.api.IncidentRepository.NewEvent;
import webcare.store.api.IncidentRepository.Opening;
import webcare.store.api.IncidentRepository.Origin;
import webcare.store.api.InboxRepository.Triaged;
import webcare.store.api.StoreException;

class SqlIncidentRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-10-25T00:30:00Z");

    @RegisterExtension
    final OpenedStore store = new OpenedStore(NOW);
    private final SqlIncidentRepository incidents = new SqlIncidentRepository();
    private final SqlMentionRepository mentions = new SqlMentionRepository();
    private final SqlInboxRepository inbox = new SqlInboxRepository();

    private static Opening opening(String title, boolean drill) {
        return new Opening(title, Optional.of("data-leak"), "Datalek", 3, Origin.SIGNAL, NOW, Optional.empty(),
                NOW.minus(Duration.ofMinutes(20)), NOW.plusSeconds(30), "anna", "nl", 60, drill,
                List.of(new Assignment("spokes", "Woordvoerder", "bert", "Bert Jansen", true),
                        new Assignment("lead", "Crisisleider", "anna", "Anna de Vries", false)),
                List.of(new IncidentTask("facts", "Feiten verzamelen", "lead", NOW.plus(Duration.ofMinutes(10))),
                        new IncidentTask("holding", "Eerste reactie plaatsen", "spokes", NOW.plus(Duration.ofMinutes(40)))));
    }

    private long open(Opening opening) throws StoreException {
        return store.inTransaction(tx -> incidents.open(tx, opening));
    }

    private long append(long incident, Instant at, String kind, Optional<Long> corrects) throws StoreException {
        return store.inTransaction(tx -> incidents.append(tx, incident,
                new NewEvent(at, kind, "anna", kind + " om " + at, "{\"k\":1}", corrects)));
    }

    @Test
    void keepsWhatAnIncidentWasOpenedWithIncludingRolesAndTasks() throws Exception {
        long id = open(opening("Datalek klantportaal", false));

        assertThat(store.<Optional<Incident>>inTransaction(tx -> incidents.find(tx, id)))
                .contains(new Incident(id, opening("Datalek klantportaal", false)));
        assertThat(store.<Optional<Incident>>inTransaction(tx -> incidents.find(tx, id + 1))).isEmpty();
    }

    @Test
    void listsRealIncidentsAndDrillsApartNewestFirst() throws Exception {
        long first = open(opening("Eerste", false));
        long drill = open(opening("Oefening", true));
        long second = open(opening("Tweede", false));

        assertThat(store.<List<Incident>>inTransaction(tx -> incidents.list(tx, false, 10))).extracting(Incident::id)
                .containsExactly(second, first);
        assertThat(store.<List<Incident>>inTransaction(tx -> incidents.list(tx, true, 10))).extracting(Incident::id)
                .containsExactly(drill);
    }

    @Test
    void theTimelineOnlyGrowsAndACorrectionNamesWhatItCorrects() throws Exception {
        long id = open(opening("Datalek", false));
        long other = open(opening("Ander", false));
        long acknowledged = append(id, NOW.plusSeconds(60), "status", Optional.empty());
        append(id, NOW.plusSeconds(10), "opened", Optional.empty()); // written later, earlier in time
        long correction = append(id, NOW.plusSeconds(120), "correction", Optional.of(acknowledged));

        List<Event> timeline = store.inTransaction(tx -> incidents.events(tx, id, NOW, NOW.plusSeconds(3600), 100));
        assertThat(timeline).extracting(Event::kind).containsExactly("opened", "status", "correction");
        assertThat(timeline).extracting(Event::corrects).containsExactly(Optional.empty(), Optional.empty(),
                Optional.of(acknowledged));
        assertThat(timeline.get(2)).isEqualTo(new Event(correction, id, NOW.plusSeconds(120), "correction", "anna",
                "correction om " + NOW.plusSeconds(120), "{\"k\":1}", Optional.of(acknowledged)));
        assertThat(store.<List<Event>>inTransaction(tx -> incidents.events(tx, id, NOW.plusSeconds(30),
                NOW.plusSeconds(60), 100))).extracting(Event::kind).containsExactly("status");
        assertThatThrownBy(() -> append(other, NOW, "correction", Optional.of(acknowledged)))
                .isInstanceOf(StoreException.class)
                .hasMessage("event " + acknowledged + " is not an event of incident " + other);
    }

    @Test
    void linksMentionsOnceAndCountsThemPerBucketWithTheNegativeOnes() throws Exception {
        long id = open(opening("Datalek", false));
        List<Long> stored = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            // minutes 0, 4, 8, 12, 16 after midnight UTC; the first three negative
            stored.add(mention("m" + i, NOW.minus(Duration.ofMinutes(30 - 4 * i)), i < 3 ? "NEGATIVE" : "NEUTRAL"));
        }

        assertThat(store.<Integer>inTransaction(tx -> incidents.link(tx, id, stored, "signal", "detector", NOW)))
                .isEqualTo(5);
        assertThat(store.<Integer>inTransaction(tx -> incidents.link(tx, id, List.of(stored.get(0), 999_999L), "hand",
                "anna", NOW))).isZero();
        assertThat(store.<Long>inTransaction(tx -> incidents.linkedCount(tx, id))).isEqualTo(5);
        long later = open(opening("Datalek, vervolg", false));
        store.inTransaction(tx -> incidents.link(tx, later, List.of(stored.get(0)), "inbox", "anna", NOW));
        assertThat(store.<List<Long>>inTransaction(tx -> incidents.linkedTo(tx, stored.get(0))))
                .containsExactly(later, id);
        assertThat(store.<List<Long>>inTransaction(tx -> incidents.linkedTo(tx, stored.get(4)))).containsExactly(id);

        Instant midnight = Instant.parse("2026-10-25T00:00:00Z");
        List<long[]> buckets = store.inTransaction(tx -> incidents.linkedVolume(tx, id, midnight,
                midnight.plus(Duration.ofHours(1)), 600));
        assertThat(buckets).extracting(bucket -> List.of(bucket[0], bucket[1], bucket[2])).containsExactly(
                List.of(midnight.getEpochSecond(), 3L, 3L),
                List.of(midnight.getEpochSecond() + 600, 2L, 0L));
        // a bucket that is no whole number of minutes is counted off the links themselves
        assertThat(store.<List<long[]>>inTransaction(tx -> incidents.linkedVolume(tx, id, midnight,
                midnight.plus(Duration.ofHours(1)), 450))).extracting(bucket -> List.of(bucket[0], bucket[1], bucket[2]))
                .containsExactly(List.of(midnight.getEpochSecond(), 2L, 2L), List.of(midnight.getEpochSecond() + 450, 2L, 1L),
                        List.of(midnight.getEpochSecond() + 900, 1L, 0L));
    }

    private long mention(String externalId, Instant created, String polarity) throws StoreException {
        Mention mention = new Mention("twitter", "brand", externalId, MentionKind.POST, null, null,
                new Author(null, "anna", "Anna", 10L, null), "Mijn gegevens staan online", null, null, null, created,
                null, null, false);
        return store.inTransaction(tx -> {
            mentions.save(tx, List.of(mention));
            long stored = inbox.untriaged(tx, 10).get(0).id();
            inbox.saveTriage(tx, List.of(new Triaged(stored, "nl", 0, polarity, "ESCALATE", 10, NOW, "[]", "[]",
                    false, NOW)), Set.of());
            return stored;
        });
    }
}

package webcare.store.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import webcare.store.api.NotificationRepository.Backlog;
import webcare.store.api.NotificationRepository.Delivery;
import webcare.store.api.NotificationRepository.Draft;
import webcare.store.api.NotificationRepository.Entry;
import webcare.store.api.StoreException;

class SqlNotificationRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-10-25T01:30:00Z");

    @RegisterExtension
    final OpenedStore store = new OpenedStore(NOW);
    private final SqlNotificationRepository outbox = new SqlNotificationRepository();

    private static Draft draft(String about, String recipient, String address) {
        return new Draft(about, recipient, "Anna de Vries", Optional.ofNullable(address),
                "Incident geopend: datalek", "Je rol: woordvoerder.\nEerste taak: feiten verzamelen.", NOW);
    }

    private Optional<Long> add(Draft draft) throws StoreException {
        return store.inTransaction(tx -> outbox.add(tx, draft));
    }

    private List<Entry> due(Instant at) throws StoreException {
        return store.inTransaction(tx -> outbox.due(tx, at, 10));
    }

    @Test
    void keepsOneMessagePerConcernAndRecipient() throws Exception {
        long first = add(draft("incident/1/opened", "anna", "anna@example.org")).orElseThrow();
        assertThat(add(draft("incident/1/opened", "anna", "anna@example.org"))).isEmpty();
        long other = add(draft("incident/1/opened", "bert", "bert@example.org")).orElseThrow();

        assertThat(due(NOW)).extracting(Entry::id).containsExactly(first, other);
        assertThat(due(NOW).get(0).draft()).isEqualTo(draft("incident/1/opened", "anna", "anna@example.org"));
    }

    @Test
    void aRecipientWithoutAddressIsShownInTheWorkbenchOnly() throws Exception {
        add(draft("incident/1/opened", "cees", null));
        add(draft("incident/1/opened", "dirk", " "));

        assertThat(due(NOW)).isEmpty();
        assertThat(store.<List<Entry>>inTransaction(tx -> outbox.recent(tx, 10)))
                .extracting(Entry::delivery).containsExactly(Delivery.IN_APP, Delivery.IN_APP);
    }

    @Test
    void aFailedAttemptWaitsUntilItsNextTryAndKeepsTheMessage() throws Exception {
        long id = add(draft("incident/1/task/facts/due", "anna", "anna@example.org")).orElseThrow();
        store.inTransaction(tx -> {
            outbox.retryLater(tx, id, NOW.plusSeconds(60), "mail.example.org:587 is not reachable");
            return null;
        });

        assertThat(due(NOW.plusSeconds(59))).isEmpty();
        assertThat(due(NOW.plusSeconds(60))).singleElement().satisfies(entry -> {
            assertThat(entry.attempts()).isEqualTo(1);
            assertThat(entry.lastError()).contains("mail.example.org:587 is not reachable");
        });
        assertThat(store.<Backlog>inTransaction(outbox::backlog)).isEqualTo(new Backlog(1, 1, Optional.of(NOW),
                Optional.of("mail.example.org:587 is not reachable"), Optional.of(NOW.plusSeconds(60))));

        store.inTransaction(tx -> {
            outbox.sent(tx, id, NOW.plusSeconds(61));
            return null;
        });
        assertThat(due(NOW.plusSeconds(3600))).isEmpty();
        assertThat(store.<Backlog>inTransaction(outbox::backlog))
                .isEqualTo(new Backlog(0, 0, Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(store.<List<Entry>>inTransaction(tx -> outbox.recent(tx, 1))).singleElement().satisfies(entry -> {
            assertThat(entry.delivery()).isEqualTo(Delivery.SENT);
            assertThat(entry.sentAt()).contains(NOW.plusSeconds(61));
        });
    }

    @Test
    void anAcknowledgementIsRecordedOnce() throws Exception {
        long id = add(draft("incident/1/opened", "anna", "anna@example.org")).orElseThrow();

        assertThat(store.<Boolean>inTransaction(tx -> outbox.acknowledge(tx, id, "anna", NOW.plusSeconds(5)))).isTrue();
        assertThat(store.<Boolean>inTransaction(tx -> outbox.acknowledge(tx, id, "bert", NOW.plusSeconds(9)))).isFalse();
        assertThat(store.<Boolean>inTransaction(tx -> outbox.acknowledge(tx, 999, "anna", NOW))).isFalse();

        assertThat(store.<List<Entry>>inTransaction(tx -> outbox.recent(tx, 1))).singleElement().satisfies(entry -> {
            assertThat(entry.acknowledgedBy()).contains("anna");
            assertThat(entry.acknowledgedAt()).contains(NOW.plusSeconds(5));
        });
    }

    @Test
    void refusesATooLongBodyWithItsSubject() {
        Draft long_ = new Draft("x", "anna", "Anna", Optional.empty(), "Te lang", "a".repeat(20_001), NOW);

        assertThatThrownBy(() -> add(long_)).isInstanceOf(StoreException.class)
                .hasMessage("The notification 'Te lang' is 20001 characters long; at most 20000 are kept");
    }
}

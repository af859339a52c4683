package webcare.store.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.model.MentionKind;
import webcare.store.api.InboxRepository.Row;
import webcare.store.api.InboxRepository.Triaged;
import webcare.store.api.InboxRepository.Volume;

/** The triaged stream as a watcher and a chart read it: by id, by time, and counted per source and bucket. */
class InboxVolumeTest {

    private static final Instant HOUR = Instant.parse("2026-12-07T09:00:00Z");

    @RegisterExtension
    final OpenedStore store = new OpenedStore(HOUR);
    private final SqlMentionRepository mentions = new SqlMentionRepository();
    private final SqlInboxRepository inbox = new SqlInboxRepository();

    private void stored(String source, Duration after, String polarity, int count) throws Exception {
        store.inTransaction(tx -> {
            List<Mention> batch = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                batch.add(new Mention(source, "brand", source + after + polarity + i, MentionKind.POST, null, null,
                        new Author(null, "a", "A", 1L, null), "tekst " + i, null, null, null, HOUR.plus(after), null, null,
                        false));
            }
            mentions.save(tx, batch);
            List<Triaged> triaged = new ArrayList<>();
            for (var each : inbox.untriaged(tx, count)) {
                triaged.add(new Triaged(each.id(), "nl", 0, polarity, "MONITOR", 10, HOUR, "[]", "[]", false, HOUR));
            }
            inbox.saveTriage(tx, triaged, Set.of());
            return null;
        });
    }

    @Test
    void countsPerSourceAndBucketWithTheNegativeOnes() throws Exception {
        stored("twitter", Duration.ofMinutes(5), "NEGATIVE", 3);
        stored("twitter", Duration.ofMinutes(50), "NEUTRAL", 2);
        stored("google", Duration.ofMinutes(70), "NEGATIVE", 1);
        stored("twitter", Duration.ofHours(5), "NEGATIVE", 9); // outside the window

        assertThat(store.<List<Volume>>inTransaction(tx -> inbox.volume(tx, HOUR, HOUR.plus(Duration.ofHours(2)), 3_600)))
                .containsExactly(new Volume(HOUR, "twitter", 5, 3),
                        new Volume(HOUR.plus(Duration.ofHours(1)), "google", 1, 1));
    }

    @Test
    void readsTheStreamByIdAfterACursorAndByTimeInPages() throws Exception {
        stored("twitter", Duration.ofMinutes(30), "NEUTRAL", 2);
        stored("twitter", Duration.ofMinutes(10), "NEGATIVE", 3);

        List<Row> byId = store.inTransaction(tx -> inbox.triagedAfter(tx, 0, 100));
        assertThat(byId).hasSize(5);
        assertThat(store.<List<Row>>inTransaction(tx -> inbox.triagedAfter(tx, byId.get(1).mentionId(), 100)))
                .extracting(Row::mentionId).containsExactly(byId.get(2).mentionId(), byId.get(3).mentionId(),
                        byId.get(4).mentionId());

        Instant to = HOUR.plus(Duration.ofHours(1));
        List<Row> first = store.inTransaction(tx -> inbox.writtenBetween(tx, HOUR, to, null, 0, 4));
        assertThat(first).extracting(Row::created).containsExactly(HOUR.plus(Duration.ofMinutes(10)),
                HOUR.plus(Duration.ofMinutes(10)), HOUR.plus(Duration.ofMinutes(10)), HOUR.plus(Duration.ofMinutes(30)));
        Row last = first.get(3);
        assertThat(store.<List<Row>>inTransaction(tx -> inbox.writtenBetween(tx, HOUR, to, last.created(),
                last.mentionId(), 4))).hasSize(1);
    }
}

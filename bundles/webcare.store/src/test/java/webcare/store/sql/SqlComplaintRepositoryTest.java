package webcare.store.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.ResultSet;
import java.sql.Statement;
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
import webcare.store.api.ComplaintRepository.Complaint;
import webcare.store.api.InboxRepository.StoredMention;
import webcare.store.api.InboxRepository.Triaged;
import webcare.store.api.StoreException;

class SqlComplaintRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
    private static final Instant DAY_AGO = NOW.minus(Duration.ofDays(1));

    @RegisterExtension
    final OpenedStore store = new OpenedStore(NOW);
    private final SqlMentionRepository mentions = new SqlMentionRepository();
    private final SqlInboxRepository inbox = new SqlInboxRepository();
    private final SqlComplaintRepository complaints = new SqlComplaintRepository();
    private int nextId;

    /** Stores and triages one mention; returns its id. */
    private long item(String source, String text, Integer rating, String polarity, Duration ago) throws StoreException {
        Mention mention = new Mention(source, "brand", "x" + nextId++, rating == null ? MentionKind.POST : MentionKind.REVIEW,
                null, null, new Author(null, "anna", "Anna", 10L, null), text, null, rating, null, NOW.minus(ago), null,
                null, false);
        return store.inTransaction(tx -> {
            mentions.save(tx, List.of(mention));
            StoredMention stored = inbox.untriaged(tx, 10).get(0);
            inbox.saveTriage(tx, List.of(new Triaged(stored.id(), "nl", 0, polarity, "MONITOR", 10, NOW, "[]", "[]",
                    polarity.equals("NEGATIVE"), NOW)), Set.of());
            return stored.id();
        });
    }

    private List<Complaint> read(Instant from, Instant to, String source, int limit) throws StoreException {
        List<Complaint> read = new ArrayList<>();
        int given = store.inTransaction(tx -> complaints.complaints(tx, from, to, source, limit, read::add));
        assertThat(given).isEqualTo(read.size());
        return read;
    }

    @Test
    void takesNegativeItemsAndLowStarReviewsOfThePeriodNewestFirst() throws Exception {
        long oldNegative = item("twitter", "Pakket kwijt", null, "NEGATIVE", Duration.ofHours(20));
        long lowReview = item("google", "Tja, twee sterren", 2, "NEUTRAL", Duration.ofHours(10));
        long newNegative = item("twitter", "Weer vertraging", null, "NEGATIVE", Duration.ofHours(1));
        item("google", "Prima", 4, "POSITIVE", Duration.ofHours(5));
        item("twitter", "Waar is de winkel?", null, "NEUTRAL", Duration.ofHours(3));
        item("twitter", "Vorige week al kapot", null, "NEGATIVE", Duration.ofDays(3));

        List<Complaint> read = read(DAY_AGO, NOW, null, 100);

        assertThat(read).extracting(Complaint::mentionId).containsExactly(newNegative, lowReview, oldNegative);
        Complaint first = read.get(0);
        assertThat(first.text()).isEqualTo("Weer vertraging");
        assertThat(first.source()).isEqualTo("twitter");
        assertThat(first.lang()).isEqualTo("nl");
        assertThat(first.created()).isEqualTo(NOW.minus(Duration.ofHours(1)));
    }

    @Test
    void periodIsHalfOpenAndSourceAndLimitNarrowIt() throws Exception {
        long atStart = item("twitter", "Om klokslag", null, "NEGATIVE", Duration.ofDays(1));
        item("twitter", "Precies nu", null, "NEGATIVE", Duration.ZERO);
        long review = item("trustpilot", "Slecht", 1, "NEGATIVE", Duration.ofHours(2));
        long later = item("twitter", "Later", null, "NEGATIVE", Duration.ofHours(1));

        assertThat(read(DAY_AGO, NOW, null, 100)).extracting(Complaint::mentionId)
                .containsExactly(later, review, atStart);
        assertThat(read(DAY_AGO, NOW, "trustpilot", 100)).extracting(Complaint::mentionId).containsExactly(review);
        assertThat(read(DAY_AGO, NOW, null, 2)).extracting(Complaint::mentionId).containsExactly(later, review);
        assertThat(read(NOW, DAY_AGO, null, 100)).isEmpty();
        assertThat(read(DAY_AGO, NOW, null, 0)).isEmpty();
    }

    @Test
    void sourcesAreThoseWithTriagedItems() throws Exception {
        item("twitter", "a", null, "NEGATIVE", Duration.ofHours(1));
        item("google", "b", 5, "POSITIVE", Duration.ofHours(1));
        item("twitter", "c", null, "NEUTRAL", Duration.ofHours(1));

        assertThat(store.inTransaction(complaints::sources)).containsExactly("google", "twitter");
    }

    @Test
    void negativeItemsAreReadOffTheirIndexInOrder() throws Exception {
        assumeTrue(OpenedStore.h2(), "H2's plan: PostgreSQL's planner chooses its indexes by itself");
        String plan = store.inTransaction(tx -> SqlTransaction.sql(tx, connection -> {
            try (Statement explain = connection.createStatement();
                    ResultSet row = explain.executeQuery("EXPLAIN SELECT i.mention_id FROM inbox_item i "
                            + "WHERE i.polarity = 'NEGATIVE' AND i.created_at >= TIMESTAMP WITH TIME ZONE "
                            + "'2026-12-01 00:00:00+00' ORDER BY i.polarity, i.created_at DESC, i.mention_id DESC "
                            + "FETCH FIRST 10 ROWS ONLY")) {
                row.next();
                return row.getString(1);
            }
        }));
        assertThat(plan).containsIgnoringCase("INBOX_BY_POLARITY_NEWEST").containsIgnoringCase("index sorted");
    }
}

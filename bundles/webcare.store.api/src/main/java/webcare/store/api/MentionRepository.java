package webcare.store.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import org.osgi.annotation.versioning.ProviderType;
import webcare.model.Mention;

/**
 * The mentions. Identity is (source, instance, externalId): saving one that is stored already
 * changes nothing, unless its text or {@code updated} time differ — then it is an edit: the
 * mention is updated in place and the text it replaced is kept in its edit history.
 */
@ProviderType
public interface MentionRepository {

    /** What a {@link #save} did. */
    record SaveResult(int added, int edited, int unchanged) {

        public SaveResult plus(SaveResult other) {
            return new SaveResult(added + other.added, edited + other.edited, unchanged + other.unchanged);
        }
    }

    /** Which mentions: null fields mean "any". {@code since} and {@code until} bound {@code created}. */
    record Query(String source, String instance, Instant since, Instant until) {

        public static final Query ALL = new Query(null, null, null, null);
    }

    /** Stores a batch; fast for large batches (one JDBC batch, not one statement per row). */
    SaveResult save(Transaction tx, List<Mention> mentions) throws StoreException;

    /** Like {@link #save}, and marks the new ones as demo data, which {@link #deleteDemo} removes. */
    SaveResult saveDemo(Transaction tx, List<Mention> mentions) throws StoreException;

    /** How many mentions match. */
    long count(Transaction tx, Query query) throws StoreException;

    /** Every matching mention, oldest first, streamed (never all in memory). */
    void forEach(Transaction tx, Query query, Consumer<Mention> each) throws StoreException;

    /** How many matching mentions were created per local day ({@code zone}), oldest day first. */
    List<DayCount> perDay(Transaction tx, Query query, ZoneId zone) throws StoreException;

    /** One day's count. */
    record DayCount(LocalDate day, long count) {}

    /** One source instance with stored mentions: how many, and how many of them are demo data. */
    record StoredInstance(String source, String instance, long mentions, long demo) {}

    /**
     * Every source instance that has stored mentions, configured or not, ordered by source and
     * instance. Reads the whole table: call it when the number of mentions changed, not on a timer.
     */
    List<StoredInstance> instances(Transaction tx) throws StoreException;

    /** Whether any demo mention is stored. */
    boolean hasDemo(Transaction tx) throws StoreException;

    /** Removes the demo mentions (and their cursors' state stays as it is); returns how many. */
    int deleteDemo(Transaction tx) throws StoreException;
}

package webcare.store.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Where each source instance's paging stands, saved in the same transaction as the mentions of
 * the page it follows: after a crash nothing is lost and nothing doubled.
 */
@ProviderType
public interface CursorRepository {

    /** One instance's saved position. */
    record Position(String source, String instance, String cursor, Instant savedAt) {}

    Optional<Position> load(Transaction tx, String source, String instance) throws StoreException;

    void save(Transaction tx, String source, String instance, String cursor, Instant now) throws StoreException;

    /** Every saved position, ordered by source and instance. */
    List<Position> all(Transaction tx) throws StoreException;
}

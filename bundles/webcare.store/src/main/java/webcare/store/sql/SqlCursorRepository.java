package webcare.store.sql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import webcare.store.api.CursorRepository;
import webcare.store.api.StoreException;
import webcare.store.api.Transaction;

/**
 * The cursors in table {@code source_cursor} (schema V002), one row per source instance, written
 * with an upsert ({@link Dialect#upsert}: a standard {@code MERGE} on H2). A cursor is at most
 * {@value #MAX_CURSOR} characters; the saved time is kept to the microsecond.
 */
@Component(service = CursorRepository.class)
public final class SqlCursorRepository implements CursorRepository {

    /** Longest cursor kept, in characters (the column's length). */
    static final int MAX_CURSOR = 20_000;

    /** Inserts a source instance's cursor or replaces it ({@link Dialect#upsert}). */
    private static String upsert(Dialect dialect) {
        return dialect.upsert("source_cursor", List.of("source", "instance"), List.of("source VARCHAR(2000)",
                "instance VARCHAR(2000)", "cursor_text VARCHAR(20000)", "saved_at TIMESTAMP WITH TIME ZONE"),
                "cursor_text = v.cursor_text, saved_at = v.saved_at");
    }

    @Override
    public Optional<Position> load(Transaction tx, String source, String instance) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT cursor_text, saved_at FROM source_cursor WHERE source = ? AND instance = ?")) {
                select.setString(1, source);
                select.setString(2, instance);
                try (ResultSet row = select.executeQuery()) {
                    return row.next()
                            ? Optional.of(new Position(source, instance, row.getString(1),
                                    SqlMentionRepository.instant(row, 2)))
                            : Optional.empty();
                }
            }
        });
    }

    @Override
    public void save(Transaction tx, String source, String instance, String cursor, Instant now)
            throws StoreException {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(cursor, "cursor");
        Objects.requireNonNull(now, "now");
        if (cursor.length() > MAX_CURSOR) {
            throw new StoreException("The cursor of " + source + " " + instance + " is " + cursor.length()
                    + " characters long; at most " + MAX_CURSOR + " are kept");
        }
        SqlTransaction.sql(tx, connection -> {
            Dialect dialect = SqlTransaction.of(tx).dialect();
            try (PreparedStatement merge = connection.prepareStatement(upsert(dialect))) {
                merge.setString(1, source);
                merge.setString(2, instance);
                merge.setString(3, cursor);
                SqlMentionRepository.setTime(merge, 4, now);
                dialect.upsertRow(merge);
                dialect.upsertDone(merge);
                return null;
            }
        });
    }

    @Override
    public List<Position> all(Transaction tx) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT source, instance, cursor_text, saved_at FROM source_cursor ORDER BY source, instance");
                    ResultSet rows = select.executeQuery()) {
                List<Position> positions = new ArrayList<>();
                while (rows.next()) {
                    positions.add(new Position(rows.getString(1), rows.getString(2), rows.getString(3),
                            SqlMentionRepository.instant(rows, 4)));
                }
                return positions;
            }
        });
    }
}

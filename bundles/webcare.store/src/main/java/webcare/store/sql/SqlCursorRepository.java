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
 * with a standard {@code MERGE}. A cursor is at most {@value #MAX_CURSOR} characters; the saved
 * time is kept to the microsecond.
 */
@Component(service = CursorRepository.class)
public final class SqlCursorRepository implements CursorRepository {

    /** Longest cursor kept, in characters (the column's length). */
    static final int MAX_CURSOR = 20_000;

    // CASTs: PostgreSQL cannot type a bare parameter in VALUES.
    private static final String MERGE = "MERGE INTO source_cursor c "
            + "USING (VALUES (CAST(? AS VARCHAR(2000)), CAST(? AS VARCHAR(2000)), CAST(? AS VARCHAR(20000)), "
            + "CAST(? AS TIMESTAMP WITH TIME ZONE))) AS v (source, instance, cursor_text, saved_at) "
            + "ON c.source = v.source AND c.instance = v.instance "
            + "WHEN MATCHED THEN UPDATE SET cursor_text = v.cursor_text, saved_at = v.saved_at "
            + "WHEN NOT MATCHED THEN INSERT (source, instance, cursor_text, saved_at) "
            + "VALUES (v.source, v.instance, v.cursor_text, v.saved_at)";

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
            try (PreparedStatement merge = connection.prepareStatement(MERGE)) {
                merge.setString(1, source);
                merge.setString(2, instance);
                merge.setString(3, cursor);
                SqlMentionRepository.setTime(merge, 4, now);
                return merge.executeUpdate();
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

package webcare.store.sql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.osgi.service.component.annotations.Component;
import webcare.store.api.SourceStateRepository;
import webcare.store.api.StoreException;
import webcare.store.api.Transaction;

/**
 * The last outcome of each source instance in table {@code source_state} (schema V004), one row
 * per instance, written with an upsert ({@link Dialect#upsert}: a standard {@code MERGE} on H2). The skip counts are kept as text, one line
 * {@code COUNT REASON} per reason; a message or that text longer than its column is cut.
 */
@Component(service = SourceStateRepository.class)
public final class SqlSourceStateRepository implements SourceStateRepository {

    /** Longest skip-count text kept, in characters (the column's length). */
    static final int MAX_SKIPPED = 2000;

    /** Inserts a source instance's state or replaces it ({@link Dialect#upsert}). */
    private static String upsert(Dialect dialect) {
        return dialect.upsert("source_state", List.of("source", "instance"), List.of("source VARCHAR(2000)",
                "instance VARCHAR(2000)", "state_name VARCHAR(100)", "message VARCHAR(2000)",
                "next_at TIMESTAMP WITH TIME ZONE", "last_sync_at TIMESTAMP WITH TIME ZONE", "last_added INTEGER",
                "last_skipped VARCHAR(2000)", "fingerprint VARCHAR(200)", "saved_at TIMESTAMP WITH TIME ZONE"),
                "state_name = v.state_name, message = v.message, next_at = v.next_at, last_sync_at = v.last_sync_at, "
                + "last_added = v.last_added, last_skipped = v.last_skipped, fingerprint = v.fingerprint, "
                + "saved_at = v.saved_at");
    }

    @Override
    public Optional<SavedState> load(Transaction tx, String source, String instance) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT state_name, message, next_at, "
                    + "last_sync_at, last_added, last_skipped, fingerprint, saved_at FROM source_state "
                    + "WHERE source = ? AND instance = ?")) {
                select.setString(1, source);
                select.setString(2, instance);
                try (ResultSet row = select.executeQuery()) {
                    return row.next()
                            ? Optional.of(new SavedState(source, instance, row.getString(1), row.getString(2),
                                    SqlMentionRepository.instant(row, 3), SqlMentionRepository.instant(row, 4),
                                    row.getInt(5), skipped(row.getString(6)), row.getString(7),
                                    SqlMentionRepository.instant(row, 8)))
                            : Optional.empty();
                }
            }
        });
    }

    @Override
    public void save(Transaction tx, SavedState state) throws StoreException {
        SqlTransaction.sql(tx, connection -> {
            Dialect dialect = SqlTransaction.of(tx).dialect();
            try (PreparedStatement merge = connection.prepareStatement(upsert(dialect))) {
                merge.setString(1, state.source());
                merge.setString(2, state.instance());
                merge.setString(3, state.state());
                merge.setString(4, cut(state.message(), MAX_MESSAGE));
                SqlMentionRepository.setTime(merge, 5, state.next());
                SqlMentionRepository.setTime(merge, 6, state.lastSync());
                merge.setInt(7, state.lastAdded());
                merge.setString(8, cut(skipped(state.lastSkipped()), MAX_SKIPPED));
                merge.setString(9, state.fingerprint());
                SqlMentionRepository.setTime(merge, 10, state.savedAt());
                dialect.upsertRow(merge);
                dialect.upsertDone(merge);
                return null;
            }
        });
    }

    static String skipped(Map<String, Integer> counts) {
        StringJoiner lines = new StringJoiner("\n");
        counts.forEach((reason, count) -> lines.add(count + " " + reason.replaceAll("\\R", " ")));
        return lines.toString();
    }

    /** The counts of {@link #skipped(Map)}; a line not of that form is left out. */
    static Map<String, Integer> skipped(String text) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String line : text.lines().toList()) {
            int space = line.indexOf(' ');
            if (space > 0 && line.substring(0, space).chars().allMatch(Character::isDigit)) {
                counts.put(line.substring(space + 1), Integer.parseInt(line.substring(0, space)));
            }
        }
        return counts;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

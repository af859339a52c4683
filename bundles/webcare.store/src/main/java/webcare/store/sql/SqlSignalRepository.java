package webcare.store.sql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import webcare.store.api.SignalRepository;
import webcare.store.api.StoreException;
import webcare.store.api.Transaction;

/** The detector's signals in table {@code crisis_signal} (V011); the evidence lists one item a line. */
@Component(service = SignalRepository.class)
public final class SqlSignalRepository implements SignalRepository {

    private static final String ADD = "INSERT INTO crisis_signal (detected_at, onset_at, source, metric, observed, "
            + "expected, score, terms, authors, examples) SELECT CAST(? AS TIMESTAMP WITH TIME ZONE), "
            + "CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS VARCHAR(2000)), CAST(? AS VARCHAR(40)), "
            + "CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION), "
            + "CAST(? AS VARCHAR(20000)), CAST(? AS VARCHAR(20000)), CAST(? AS VARCHAR(20000)) "
            + "WHERE NOT EXISTS (SELECT 1 FROM crisis_signal WHERE source = ? AND metric = ? AND onset_at = ?)";

    @Override
    public Optional<Long> add(Transaction tx, StoredSignal signal) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(ADD, Statement.RETURN_GENERATED_KEYS)) {
                SqlMentionRepository.setTime(insert, 1, signal.detected());
                SqlMentionRepository.setTime(insert, 2, signal.onset());
                insert.setString(3, signal.source());
                insert.setString(4, signal.metric());
                insert.setDouble(5, signal.observed());
                insert.setDouble(6, signal.expected());
                insert.setDouble(7, signal.score());
                insert.setString(8, lines(signal.terms()));
                insert.setString(9, lines(signal.authors()));
                insert.setString(10, lines(signal.examples().stream().map(String::valueOf).toList()));
                insert.setString(11, signal.source());
                insert.setString(12, signal.metric());
                SqlMentionRepository.setTime(insert, 13, signal.onset());
                if (insert.executeUpdate() == 0) {
                    return Optional.<Long>empty();
                }
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return Optional.of(keys.getLong(1));
                }
            }
        });
    }

    @Override
    public List<StoredSignal> recent(Transaction tx, int limit) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, detected_at, onset_at, source, "
                    + "metric, observed, expected, score, terms, authors, examples, incident_id FROM crisis_signal "
                    + "ORDER BY detected_at DESC, id DESC FETCH FIRST ? ROWS ONLY")) {
                select.setInt(1, limit);
                List<StoredSignal> signals = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        long incident = rows.getLong(12);
                        Optional<Long> opened = rows.wasNull() ? Optional.empty() : Optional.of(incident);
                        signals.add(new StoredSignal(rows.getLong(1), SqlMentionRepository.instant(rows, 2),
                                SqlMentionRepository.instant(rows, 3), rows.getString(4), rows.getString(5),
                                rows.getDouble(6), rows.getDouble(7), rows.getDouble(8), split(rows.getString(9)),
                                split(rows.getString(10)), split(rows.getString(11)).stream().map(Long::valueOf).toList(),
                                opened));
                    }
                }
                return signals;
            }
        });
    }

    @Override
    public void opened(Transaction tx, long id, long incident) throws StoreException {
        SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE crisis_signal SET incident_id = ? WHERE id = ?")) {
                update.setLong(1, incident);
                update.setLong(2, id);
                return update.executeUpdate();
            }
        });
    }

    private static String lines(List<String> items) {
        return String.join("\n", items.stream().map(item -> item.replace('\n', ' ')).toList());
    }

    private static List<String> split(String lines) {
        return lines.isEmpty() ? List.of() : Arrays.asList(lines.split("\n"));
    }
}

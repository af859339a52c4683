package webcare.store.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import webcare.store.api.NotificationRepository;
import webcare.store.api.StoreException;
import webcare.store.api.Transaction;

/** The outbox in table {@code notification} (schema V009). */
@Component(service = NotificationRepository.class)
public final class SqlNotificationRepository implements NotificationRepository {

    private static final int MAX_FIELD = 2_000;
    private static final int MAX_BODY = 20_000;
    private static final String COLUMNS = "id, about, recipient, recipient_name, address, subject, body, created_at, "
            + "delivery, attempts, next_attempt, last_error, sent_at, acknowledged_at, acknowledged_by";
    // CASTs: PostgreSQL cannot type a bare parameter in a SELECT list.
    private static final String ADD = "INSERT INTO notification (about, recipient, recipient_name, address, subject, "
            + "body, created_at, delivery, next_attempt) "
            + "SELECT CAST(? AS VARCHAR(2000)), CAST(? AS VARCHAR(2000)), CAST(? AS VARCHAR(2000)), "
            + "CAST(? AS VARCHAR(2000)), CAST(? AS VARCHAR(2000)), CAST(? AS VARCHAR(20000)), "
            + "CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS VARCHAR(10)), CAST(? AS TIMESTAMP WITH TIME ZONE) "
            + "WHERE NOT EXISTS (SELECT 1 FROM notification WHERE about = ? AND recipient = ?)";

    @Override
    public Optional<Long> add(Transaction tx, Draft draft) throws StoreException {
        Objects.requireNonNull(draft, "draft");
        for (String field : List.of(draft.about(), draft.recipient(), draft.recipientName(), draft.subject())) {
            if (field.length() > MAX_FIELD) {
                throw new StoreException("A notification field is " + field.length() + " characters long; at most "
                        + MAX_FIELD + " are kept: " + field.substring(0, 60) + "…");
            }
        }
        if (draft.body().length() > MAX_BODY) {
            throw new StoreException("The notification '" + draft.subject() + "' is " + draft.body().length()
                    + " characters long; at most " + MAX_BODY + " are kept");
        }
        Delivery delivery = draft.address().filter(address -> !address.isBlank()).isPresent()
                ? Delivery.PENDING : Delivery.IN_APP;
        return SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(ADD, Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, draft.about());
                insert.setString(2, draft.recipient());
                insert.setString(3, draft.recipientName());
                insert.setString(4, draft.address().filter(address -> !address.isBlank()).orElse(null));
                insert.setString(5, draft.subject());
                insert.setString(6, draft.body());
                SqlMentionRepository.setTime(insert, 7, draft.created());
                insert.setString(8, delivery.name());
                SqlMentionRepository.setTime(insert, 9, delivery == Delivery.PENDING ? draft.created() : null);
                insert.setString(10, draft.about());
                insert.setString(11, draft.recipient());
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
    public List<Entry> due(Transaction tx, Instant now, int limit) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM notification "
                    + "WHERE delivery = 'PENDING' AND next_attempt <= ? ORDER BY next_attempt, id FETCH FIRST ? ROWS ONLY")) {
                SqlMentionRepository.setTime(select, 1, now);
                select.setInt(2, limit);
                return entries(select);
            }
        });
    }

    @Override
    public void sent(Transaction tx, long id, Instant at) throws StoreException {
        update(tx, "UPDATE notification SET delivery = 'SENT', sent_at = ?, next_attempt = NULL WHERE id = ?",
                statement -> {
                    SqlMentionRepository.setTime(statement, 1, at);
                    statement.setLong(2, id);
                });
    }

    @Override
    public void retryLater(Transaction tx, long id, Instant next, String error) throws StoreException {
        update(tx, "UPDATE notification SET attempts = attempts + 1, next_attempt = ?, last_error = ? "
                + "WHERE id = ? AND delivery = 'PENDING'", statement -> {
                    SqlMentionRepository.setTime(statement, 1, next);
                    statement.setString(2, error.length() > MAX_FIELD ? error.substring(0, MAX_FIELD - 1) + "…" : error);
                    statement.setLong(3, id);
                });
    }

    @Override
    public boolean acknowledge(Transaction tx, long id, String by, Instant at) throws StoreException {
        return update(tx, "UPDATE notification SET acknowledged_at = ?, acknowledged_by = ? "
                + "WHERE id = ? AND acknowledged_at IS NULL", statement -> {
                    SqlMentionRepository.setTime(statement, 1, at);
                    statement.setString(2, by);
                    statement.setLong(3, id);
                }) == 1;
    }

    @Override
    public List<Entry> recent(Transaction tx, int limit) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM notification ORDER BY id DESC FETCH FIRST ? ROWS ONLY")) {
                select.setInt(1, limit);
                return entries(select);
            }
        });
    }

    @Override
    public Backlog backlog(Transaction tx) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement counts = connection.prepareStatement("SELECT COUNT(*), "
                    + "COALESCE(SUM(CASE WHEN attempts > 0 THEN 1 ELSE 0 END), 0), MIN(created_at), MIN(next_attempt) "
                    + "FROM notification WHERE delivery = 'PENDING'");
                    ResultSet row = counts.executeQuery()) {
                row.next();
                int pending = row.getInt(1);
                int retrying = row.getInt(2);
                Optional<Instant> oldest = Optional.ofNullable(SqlMentionRepository.instant(row, 3));
                Optional<Instant> next = Optional.ofNullable(SqlMentionRepository.instant(row, 4));
                return new Backlog(pending, retrying, oldest, lastError(connection), next);
            }
        });
    }

    /** The error of the most recent failed attempt still pending. */
    private static Optional<String> lastError(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT last_error FROM notification "
                + "WHERE delivery = 'PENDING' AND last_error IS NOT NULL ORDER BY next_attempt DESC, id DESC "
                + "FETCH FIRST 1 ROWS ONLY");
                ResultSet row = select.executeQuery()) {
            return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
        }
    }

    private interface Binding {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private static int update(Transaction tx, String sql, Binding binding) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                binding.bind(statement);
                return statement.executeUpdate();
            }
        });
    }

    private static List<Entry> entries(PreparedStatement select) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            List<Entry> entries = new ArrayList<>();
            while (rows.next()) {
                Draft draft = new Draft(rows.getString(2), rows.getString(3), rows.getString(4),
                        Optional.ofNullable(rows.getString(5)), rows.getString(6), rows.getString(7),
                        SqlMentionRepository.instant(rows, 8));
                entries.add(new Entry(rows.getLong(1), draft, Delivery.valueOf(rows.getString(9)), rows.getInt(10),
                        Optional.ofNullable(SqlMentionRepository.instant(rows, 11)), Optional.ofNullable(rows.getString(12)),
                        Optional.ofNullable(SqlMentionRepository.instant(rows, 13)),
                        Optional.ofNullable(SqlMentionRepository.instant(rows, 14)), Optional.ofNullable(rows.getString(15))));
            }
            return entries;
        }
    }
}

package webcare.store.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.osgi.service.component.annotations.Component;
import webcare.store.api.PlanRepository;
import webcare.store.api.StoreException;
import webcare.store.api.Transaction;

/**
 * The crisis plan in tables {@code plan_revision}, {@code plan_version} and {@code plan_audit}
 * (schema V003). Every save adds a revision row; the working plan is the highest one.
 *
 * <p>{@link #saveWorking} reads the highest revision and inserts the next one. Two units of work
 * saving on the same revision at the same time both get past the read; the primary key lets the
 * first insert win. The other one waits for the winner's commit, gets the duplicate key (SQLState
 * 23505), rolls back to a savepoint taken just before its insert, and returns empty: its
 * transaction stays usable and nothing of the save is written. When the winner holds its
 * transaction longer than H2's lock timeout, the waiting save also returns empty.
 *
 * <p>Times are stored to the microsecond in UTC; finer instants are truncated. Names and the
 * audit fields longer than their columns are refused with a {@link StoreException}, never cut.
 */
@Component(service = PlanRepository.class)
public final class SqlPlanRepository implements PlanRepository {

    /** Longest name kept in {@code saved_by}, {@code approved_by}, {@code who} and {@code item}. */
    static final int MAX_NAME = 2_000;
    static final int MAX_ACTION = 100;
    static final int MAX_DETAIL = 20_000;

    @Override
    public Optional<Working> working(Transaction tx) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT revision, body, saved_at, saved_by "
                    + "FROM plan_revision ORDER BY revision DESC FETCH FIRST 1 ROWS ONLY");
                    ResultSet row = select.executeQuery()) {
                return working(row);
            }
        });
    }

    @Override
    public Optional<Working> revision(Transaction tx, long revision) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT revision, body, saved_at, saved_by FROM plan_revision WHERE revision = ?")) {
                select.setLong(1, revision);
                try (ResultSet row = select.executeQuery()) {
                    return working(row);
                }
            }
        });
    }

    /** The first row of {@code SELECT revision, body, saved_at, saved_by}, if any. */
    private static Optional<Working> working(ResultSet row) throws SQLException {
        return row.next()
                ? Optional.of(new Working(row.getString(2), row.getLong(1), SqlMentionRepository.instant(row, 3),
                        row.getString(4)))
                : Optional.empty();
    }

    @Override
    public long workingRevision(Transaction tx) throws StoreException {
        return SqlTransaction.sql(tx, SqlPlanRepository::latestRevision);
    }

    @Override
    public OptionalLong saveWorking(Transaction tx, String json, long expected, Instant at, String who)
            throws StoreException {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(at, "at");
        checkLength("The name of who saved the plan", who, MAX_NAME);
        if (expected < 0) {
            throw new IllegalArgumentException("expected revision " + expected + " is negative");
        }
        return SqlTransaction.sql(tx, connection -> {
            if (latestRevision(connection) != expected) {
                return OptionalLong.empty();
            }
            long revision = expected + 1;
            // Taken just before the insert, so that a lost race undoes only the insert. On
            // PostgreSQL this is what keeps the transaction usable after the error.
            Savepoint beforeInsert = connection.setSavepoint();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO plan_revision (revision, body, saved_at, saved_by) VALUES (?, ?, ?, ?)")) {
                insert.setLong(1, revision);
                insert.setString(2, json);
                SqlMentionRepository.setTime(insert, 3, at);
                insert.setString(4, who);
                insert.executeUpdate();
            } catch (SQLException e) {
                if (!SqlMentionRepository.isDuplicateKey(e) && !SqlTransaction.of(tx).dialect().isLockTimeout(e)) {
                    throw e;
                }
                // another unit of work saved this revision (or is still saving it)
                connection.rollback(beforeInsert);
                return OptionalLong.empty();
            }
            connection.releaseSavepoint(beforeInsert);
            return OptionalLong.of(revision);
        });
    }

    private static long latestRevision(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COALESCE(MAX(revision), 0) FROM plan_revision");
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    @Override
    public Optional<String> workingAt(Transaction tx, long revision) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT body FROM plan_revision WHERE revision = ?")) {
                select.setLong(1, revision);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public int addVersion(Transaction tx, String json, Instant at, String approvedBy) throws StoreException {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(at, "at");
        checkLength("The name of who approved the plan", approvedBy, MAX_NAME);
        try {
            return SqlTransaction.sql(tx, connection -> {
                int number;
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT COALESCE(MAX(number), 0) + 1 FROM plan_version");
                        ResultSet row = select.executeQuery()) {
                    row.next();
                    number = row.getInt(1);
                }
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO plan_version (number, body, approved_at, approved_by) VALUES (?, ?, ?, ?)")) {
                    insert.setInt(1, number);
                    insert.setString(2, json);
                    SqlMentionRepository.setTime(insert, 3, at);
                    insert.setString(4, approvedBy);
                    insert.executeUpdate();
                }
                return number;
            });
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException sql && SqlMentionRepository.isDuplicateKey(sql)) {
                throw new StoreException("Another version of the plan was approved at the same time; "
                        + "this approval was not kept: approve it again", sql);
            }
            throw e;
        }
    }

    @Override
    public List<Version> versions(Transaction tx) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT number, body, approved_at, approved_by FROM plan_version ORDER BY number");
                    ResultSet rows = select.executeQuery()) {
                List<Version> versions = new ArrayList<>();
                while (rows.next()) {
                    versions.add(version(rows));
                }
                return versions;
            }
        });
    }

    @Override
    public Optional<Version> version(Transaction tx, int number) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT number, body, approved_at, approved_by FROM plan_version WHERE number = ?")) {
                select.setInt(1, number);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(version(row)) : Optional.empty();
                }
            }
        });
    }

    private static Version version(ResultSet row) throws SQLException {
        return new Version(row.getInt(1), row.getString(2), SqlMentionRepository.instant(row, 3), row.getString(4));
    }

    @Override
    public void audit(Transaction tx, List<AuditRow> rows) throws StoreException {
        for (AuditRow row : rows) {
            Objects.requireNonNull(row.at(), "at");
            checkLength("The name in an audit line", row.who(), MAX_NAME);
            checkLength("The action of an audit line", row.action(), MAX_ACTION);
            checkLength("The detail of an audit line", row.detail(), MAX_DETAIL);
            if (row.item() != null) {
                checkLength("The item of an audit line", row.item(), MAX_NAME);
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO plan_audit (logged_at, who, action, item, detail) VALUES (?, ?, ?, ?, ?)")) {
                for (AuditRow row : rows) {
                    SqlMentionRepository.setTime(insert, 1, row.at());
                    insert.setString(2, row.who());
                    insert.setString(3, row.action());
                    if (row.item() == null) {
                        insert.setNull(4, Types.VARCHAR);
                    } else {
                        insert.setString(4, row.item());
                    }
                    insert.setString(5, row.detail());
                    insert.addBatch();
                }
                return insert.executeBatch();
            }
        });
    }

    @Override
    public List<AuditRow> audit(Transaction tx, int limit) throws StoreException {
        if (limit < 0) {
            throw new IllegalArgumentException("limit " + limit + " is negative");
        }
        if (limit == 0) {
            return List.of();
        }
        return SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT logged_at, who, action, item, detail "
                    + "FROM plan_audit ORDER BY id DESC FETCH FIRST ? ROWS ONLY")) {
                select.setInt(1, limit);
                try (ResultSet rows = select.executeQuery()) {
                    List<AuditRow> found = new ArrayList<>();
                    while (rows.next()) {
                        found.add(new AuditRow(SqlMentionRepository.instant(rows, 1), rows.getString(2),
                                rows.getString(3), rows.getString(4), rows.getString(5)));
                    }
                    return found;
                }
            }
        });
    }

    private static void checkLength(String what, String value, int max) throws StoreException {
        Objects.requireNonNull(value, what);
        if (value.length() > max) {
            throw new StoreException(what + " is " + value.length() + " characters long; at most " + max
                    + " are kept");
        }
    }
}

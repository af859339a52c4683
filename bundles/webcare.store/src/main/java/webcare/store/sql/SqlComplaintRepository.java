package webcare.store.sql;

import static webcare.store.sql.SqlMentionRepository.instant;
import static webcare.store.sql.SqlMentionRepository.utc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Component;
import webcare.store.api.ComplaintRepository;
import webcare.store.api.StoreException;
import webcare.store.api.Transaction;

/**
 * The complaints of a period from {@code inbox_item} joined to {@code mention} by primary key
 * (schema V007). Two ordered reads, each off an index in its order and stopped at the limit, are
 * merged newest first: the negative items ({@code inbox_by_polarity_newest}) and the low-star
 * reviews triage did not call negative ({@code inbox_by_newest}, which reads the period's other
 * items until it has enough). Neither read sorts or holds the period's rows.
 */
@Component(service = ComplaintRepository.class)
public final class SqlComplaintRepository implements ComplaintRepository {

    private static final String NEGATIVE = "NEGATIVE";
    /** Rows a driver fetches per round trip; PostgreSQL streams only with a fetch size set. */
    private static final int FETCH_SIZE = 1_000;
    private static final String COLUMNS = "SELECT i.mention_id, i.created_at, i.source, i.lang, m.body "
            + "FROM inbox_item i JOIN mention m ON m.id = i.mention_id WHERE i.created_at >= ? AND i.created_at < ?";

    @Override
    public int complaints(Transaction tx, Instant from, Instant to, String source, int limit, Consumer<Complaint> sink)
            throws StoreException {
        if (limit <= 0 || !from.isBefore(to)) {
            return 0;
        }
        String bySource = source == null ? "" : " AND i.source = ?";
        return SqlTransaction.sql(tx, connection -> {
            // the equality on polarity heads the ORDER BY so H2 reads the index in order (see SqlInboxRepository.Order)
            try (PreparedStatement negative = prepare(connection, COLUMNS + " AND i.polarity = '" + NEGATIVE + "'"
                    + bySource + " ORDER BY i.polarity, i.created_at DESC, i.mention_id DESC", from, to, source, limit);
                    PreparedStatement lowRated = prepare(connection, COLUMNS + " AND i.polarity <> '" + NEGATIVE
                            + "' AND m.rating <= " + LOW_RATING + bySource
                            + " ORDER BY i.created_at DESC, i.mention_id DESC", from, to, source, limit);
                    ResultSet first = negative.executeQuery();
                    ResultSet second = lowRated.executeQuery()) {
                return merge(first, second, limit, sink);
            }
        });
    }

    private static PreparedStatement prepare(Connection connection, String sql, Instant from, Instant to,
            String source, int limit) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql + " FETCH FIRST ? ROWS ONLY");
        statement.setFetchSize(FETCH_SIZE);
        int parameter = 1;
        statement.setObject(parameter++, utc(from));
        statement.setObject(parameter++, utc(to));
        if (source != null) {
            statement.setString(parameter++, source);
        }
        statement.setInt(parameter, limit);
        return statement;
    }

    /** Both reads are newest first: hands over the newer head each time until {@code limit}. */
    private static int merge(ResultSet first, ResultSet second, int limit, Consumer<Complaint> sink)
            throws SQLException {
        Complaint a = next(first);
        Complaint b = next(second);
        int given = 0;
        while (given < limit && (a != null || b != null)) {
            if (b == null || a != null && newer(a, b)) {
                sink.accept(a);
                a = next(first);
            } else {
                sink.accept(b);
                b = next(second);
            }
            given++;
        }
        return given;
    }

    private static boolean newer(Complaint a, Complaint b) {
        int byTime = a.created().compareTo(b.created());
        return byTime != 0 ? byTime > 0 : a.mentionId() > b.mentionId();
    }

    private static Complaint next(ResultSet rows) throws SQLException {
        return rows.next() ? new Complaint(rows.getLong(1), instant(rows, 2), rows.getString(3), rows.getString(4),
                rows.getString(5)) : null;
    }

    @Override
    public List<String> sources(Transaction tx) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            try (Statement select = connection.createStatement();
                    ResultSet rows = select.executeQuery("SELECT DISTINCT source FROM inbox_item ORDER BY source")) {
                List<String> sources = new ArrayList<>();
                while (rows.next()) {
                    sources.add(rows.getString(1));
                }
                return sources;
            }
        });
    }
}

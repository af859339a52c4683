package webcare.store.sql;

import static webcare.store.sql.SqlMentionRepository.instant;
import static webcare.store.sql.SqlMentionRepository.utc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.osgi.service.component.annotations.Component;
import webcare.model.Mention;
import webcare.store.api.InboxRepository;
import webcare.store.api.StoreException;
import webcare.store.api.Transaction;

/**
 * The inbox in tables {@code triage}, {@code inbox_item}, {@code author_history},
 * {@code triage_override}, {@code reply} and {@code inbox_audit} (schema V005), and the words of
 * each item's text in {@code inbox_posting} (V008, see {@link WordIndex}). A page is one range of an
 * {@code inbox_item} index joined to its mentions by primary key; standard SQL throughout but for
 * what {@link Dialect} holds.
 */
@Component(service = InboxRepository.class)
public final class SqlInboxRepository implements InboxRepository {

    /** Authors looked up per statement; more go in further statements. */
    private static final int AUTHORS_PER_QUERY = 200;
    /** The length of column {@code triage.reasons}. */
    private static final int REASONS_MAX = 20_000;
    private static final String MENTION_COLUMNS = prefixed("m.", SqlMentionRepository.COLUMNS);
    /** The same without the platform's raw payload (up to 200,000 characters), which triage never reads. */
    private static final String MENTION_COLUMNS_NO_RAW = MENTION_COLUMNS.replace("m.raw", "CAST(NULL AS VARCHAR(1))");
    private static final String ROW_COLUMNS = "i.mention_id, i.source, m.instance, m.kind, i.author_key, "
            + "COALESCE(m.author_name, m.author_handle), m.author_followers, SUBSTRING(m.body FROM 1 FOR " + EXCERPT
            + "), m.rating, m.created_at, i.lang, t.sentiment, i.polarity, i.decision, i.overridden, i.priority, "
            + "i.due_at, i.status, i.assignee";
    private static final String ROW_FROM = " FROM inbox_item i JOIN mention m ON m.id = i.mention_id "
            + "JOIN triage t ON t.mention_id = i.mention_id";

    @Override
    public List<StoredMention> untriaged(Transaction tx, int limit) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + MENTION_COLUMNS_NO_RAW + ", m.id"
                    + " FROM mention m WHERE m.id > (SELECT COALESCE(MAX(mention_id), 0) FROM triage) "
                    + "ORDER BY m.id FETCH FIRST ? ROWS ONLY")) {
                select.setInt(1, limit);
                return storedMentions(select);
            }
        });
    }

    @Override
    public long untriagedCount(Transaction tx) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            try (Statement count = connection.createStatement();
                    ResultSet row = count.executeQuery("SELECT COUNT(*) FROM mention WHERE id > "
                            + "(SELECT COALESCE(MAX(mention_id), 0) FROM triage)")) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    @Override
    public Map<AuthorKey, AuthorHistory> authorHistories(Transaction tx, Collection<AuthorKey> authors)
            throws StoreException {
        List<AuthorKey> known = authors.stream().filter(key -> !key.author().isEmpty()).distinct().toList();
        Map<AuthorKey, AuthorHistory> histories = new HashMap<>();
        for (int from = 0; from < known.size(); from += AUTHORS_PER_QUERY) {
            List<AuthorKey> part = known.subList(from, Math.min(known.size(), from + AUTHORS_PER_QUERY));
            SqlTransaction.sql(tx, connection -> {
                StringJoiner keys = new StringJoiner(", ");
                part.forEach(key -> keys.add("(CAST(? AS VARCHAR(2000)), CAST(? AS VARCHAR(2000)))"));
                try (PreparedStatement select = connection.prepareStatement("SELECT h.source, h.author_key, h.items, "
                        + "h.negative FROM author_history h JOIN (VALUES " + keys + ") AS k (author_key, source) "
                        + "ON h.author_key = k.author_key AND h.source = k.source")) {
                    int parameter = 1;
                    for (AuthorKey key : part) {
                        select.setString(parameter++, key.author());
                        select.setString(parameter++, key.source());
                    }
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            histories.put(new AuthorKey(rows.getString(1), rows.getString(2)),
                                    new AuthorHistory(rows.getLong(3), rows.getLong(4)));
                        }
                    }
                }
                return null;
            });
        }
        return histories;
    }

    @Override
    public void saveTriage(Transaction tx, List<Triaged> results, Set<String> closedDecisions) throws StoreException {
        if (results.isEmpty()) {
            return;
        }
        SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement triage = connection.prepareStatement("INSERT INTO triage (mention_id, sentiment, "
                    + "decision, flags, reasons, triaged_at) VALUES (?, ?, ?, ?, ?, ?)");
                    PreparedStatement item = connection.prepareStatement("INSERT INTO inbox_item (mention_id, source, "
                            + "author_key, lang, polarity, decision, overridden, priority, due_at, created_at, status) "
                            + "VALUES (?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?, ?)")) {
                Map<Long, Triaging> mentions = triaging(connection, results);
                Map<AuthorKey, long[]> added = new LinkedHashMap<>();
                Map<Long, String> texts = new TreeMap<>();
                for (Triaged result : results) {
                    Triaging mention = mentions.get(result.mentionId());
                    if (mention == null) {
                        throw new SQLException("mention " + result.mentionId() + " is not stored");
                    }
                    triage.setLong(1, result.mentionId());
                    triage.setDouble(2, result.sentiment());
                    triage.setString(3, result.decision());
                    triage.setString(4, result.flags());
                    triage.setString(5, result.reasons());
                    triage.setObject(6, utc(result.triagedAt()));
                    triage.addBatch();
                    item.setLong(1, result.mentionId());
                    item.setString(2, mention.author().source());
                    item.setString(3, mention.author().author());
                    item.setString(4, result.lang());
                    item.setString(5, result.polarity());
                    item.setString(6, result.decision());
                    item.setInt(7, result.priority());
                    item.setObject(8, utc(result.due()));
                    item.setObject(9, mention.created());
                    item.setString(10, (closedDecisions.contains(result.decision()) ? Status.CLOSED : Status.OPEN).name());
                    item.addBatch();
                    if (!mention.author().author().isEmpty()) {
                        long[] counts = added.computeIfAbsent(mention.author(), key -> new long[2]);
                        counts[0]++;
                        counts[1] += result.negative() ? 1 : 0;
                    }
                    texts.put(result.mentionId(), mention.text());
                }
                triage.executeBatch();
                item.executeBatch();
                addToHistories(connection, SqlTransaction.of(tx).dialect(), added);
                WordIndex.index(connection, texts);
                SqlTransaction.of(tx).wroteWords();
            }
            return null;
        });
    }

    /** What saving a triage result needs of its stored mention. */
    private record Triaging(AuthorKey author, OffsetDateTime created, String text) {}

    /** The stored mentions of {@code results}, by id, read in one range. */
    private static Map<Long, Triaging> triaging(Connection connection, List<Triaged> results) throws SQLException {
        Map<Long, Triaging> mentions = new HashMap<>();
        long low = results.stream().mapToLong(Triaged::mentionId).min().orElseThrow();
        long high = results.stream().mapToLong(Triaged::mentionId).max().orElseThrow();
        // one range read: triage takes mentions in id order, so a batch is a short range of the primary key
        try (PreparedStatement select = connection.prepareStatement("SELECT id, source, author_id, author_handle, "
                + "author_name, created_at, body FROM mention WHERE id BETWEEN ? AND ?")) {
            select.setLong(1, low);
            select.setLong(2, high);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    mentions.put(rows.getLong(1), new Triaging(AuthorKey.of(rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5)), rows.getObject(6, OffsetDateTime.class),
                            rows.getString(7)));
                }
            }
        }
        return mentions;
    }

    /**
     * Adds to the authors' histories, in the order of their keys: two units of work adding to the
     * same authors take their rows in the same order, so neither waits for the other in a circle.
     */
    private static void addToHistories(Connection connection, Dialect dialect, Map<AuthorKey, long[]> added)
            throws SQLException {
        if (added.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(dialect.upsert("author_history",
                List.of("author_key", "source"), List.of("source VARCHAR(2000)", "author_key VARCHAR(2000)",
                        "items BIGINT", "negative BIGINT"), "items = t.items + v.items, negative = t.negative + v.negative"))) {
            List<Map.Entry<AuthorKey, long[]>> entries = new ArrayList<>(added.entrySet());
            entries.sort(Map.Entry.comparingByKey(Comparator.comparing(AuthorKey::author)
                    .thenComparing(AuthorKey::source)));
            for (Map.Entry<AuthorKey, long[]> entry : entries) {
                upsert.setString(1, entry.getKey().source());
                upsert.setString(2, entry.getKey().author());
                upsert.setLong(3, entry.getValue()[0]);
                upsert.setLong(4, entry.getValue()[1]);
                dialect.upsertRow(upsert);
            }
            dialect.upsertDone(upsert);
        }
    }

    @Override
    public Count count(Transaction tx, Query query, long limit) throws StoreException {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        return SqlTransaction.sql(tx, connection -> InboxSelection.of(SqlTransaction.of(tx), query).count(limit));
    }

    /**
     * Two steps: the page's ids from {@code inbox_item} alone ({@link InboxSelection}: no join, so
     * the database reads just one page of an index range), then those rows with their mention and
     * triage.
     */
    @Override
    public List<Row> page(Transaction tx, Query query, int offset, int limit) throws StoreException {
        List<Long> ids = SqlTransaction.sql(tx, connection -> InboxSelection.of(SqlTransaction.of(tx), query)
                .page(offset, limit));
        return rows(tx, ids);
    }

    @Override
    public List<Row> rows(Transaction tx, List<Long> mentionIds) throws StoreException {
        if (mentionIds.isEmpty()) {
            return List.of();
        }
        return SqlTransaction.sql(tx, connection -> {
            Map<Long, Row> rows = new HashMap<>();
            StringJoiner marks = new StringJoiner(", ", " WHERE i.mention_id IN (", ")");
            mentionIds.forEach(id -> marks.add("?"));
            try (PreparedStatement select = connection.prepareStatement("SELECT " + ROW_COLUMNS + ROW_FROM + marks)) {
                for (int i = 0; i < mentionIds.size(); i++) {
                    select.setLong(i + 1, mentionIds.get(i));
                }
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        Row row = row(result);
                        rows.put(row.mentionId(), row);
                    }
                }
            }
            return mentionIds.stream().map(rows::get).filter(Objects::nonNull).toList();
        });
    }

    @Override
    public long lastChange(Transaction tx) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT MAX(id) FROM inbox_audit");
                    ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
    }

    @Override
    public List<Row> triagedAfter(Transaction tx, long afterId, int limit) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + ROW_COLUMNS + ROW_FROM
                    + " WHERE i.mention_id > ? ORDER BY i.mention_id FETCH FIRST ? ROWS ONLY")) {
                select.setLong(1, afterId);
                select.setInt(2, limit);
                return rows(select);
            }
        });
    }

    @Override
    public List<Row> writtenBetween(Transaction tx, Instant from, Instant to, Instant afterCreated, long afterId,
            int limit) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            // keyset paging on (created_at, mention_id): each page starts after the last one's end
            try (PreparedStatement select = connection.prepareStatement("SELECT " + ROW_COLUMNS + ROW_FROM
                    + " WHERE i.created_at >= ? AND i.created_at < ? AND (i.created_at > ? OR (i.created_at = ? "
                    + "AND i.mention_id > ?)) ORDER BY i.created_at, i.mention_id FETCH FIRST ? ROWS ONLY")) {
                Instant after = afterCreated == null ? from.minusNanos(1_000) : afterCreated;
                SqlMentionRepository.setTime(select, 1, from);
                SqlMentionRepository.setTime(select, 2, to);
                SqlMentionRepository.setTime(select, 3, after);
                SqlMentionRepository.setTime(select, 4, after);
                select.setLong(5, afterCreated == null ? Long.MIN_VALUE : afterId);
                select.setInt(6, limit);
                return rows(select);
            }
        });
    }

    // The epoch's whole seconds as a BIGINT before dividing: a decimal epoch divided by a number
    // makes H2 carry thousands of digits of scale into FLOOR (minutes over 200,000 rows).
    @Override
    public List<Volume> volume(Transaction tx, Instant from, Instant to, int bucketSeconds) throws StoreException {
        if (bucketSeconds < 1) {
            throw new StoreException("A bucket must be at least one second, not " + bucketSeconds);
        }
        return SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT bucket * ?, source, COUNT(*), "
                    + "SUM(CASE WHEN polarity = 'NEGATIVE' THEN 1 ELSE 0 END) FROM (SELECT CAST(FLOOR(EXTRACT(EPOCH FROM "
                    + "created_at)) AS BIGINT) / ? AS bucket, source, polarity FROM inbox_item WHERE created_at >= ? "
                    + "AND created_at < ?) b GROUP BY bucket, source ORDER BY bucket, source")) {
                select.setLong(1, bucketSeconds);
                select.setLong(2, bucketSeconds);
                SqlMentionRepository.setTime(select, 3, from);
                SqlMentionRepository.setTime(select, 4, to);
                List<Volume> volume = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        volume.add(new Volume(Instant.ofEpochSecond(rows.getLong(1)), rows.getString(2), rows.getLong(3),
                                rows.getLong(4)));
                    }
                }
                return volume;
            }
        });
    }

    private static List<Row> rows(PreparedStatement select) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet result = select.executeQuery()) {
            while (result.next()) {
                rows.add(row(result));
            }
        }
        return rows;
    }

    private static Row row(ResultSet result) throws SQLException {
        long followers = result.getLong(7);
        Long followersOrNull = result.wasNull() ? null : followers;
        int rating = result.getInt(9);
        Integer ratingOrNull = result.wasNull() ? null : rating;
        return new Row(result.getLong(1), result.getString(2), result.getString(3), result.getString(4),
                result.getString(5), result.getString(6), followersOrNull, result.getString(8), ratingOrNull,
                instant(result, 10), result.getString(11), result.getDouble(12), result.getString(13),
                result.getString(14), result.getBoolean(15), result.getInt(16), instant(result, 17),
                Status.valueOf(result.getString(18)), result.getString(19));
    }

    @Override
    public Optional<Item> item(Transaction tx, long mentionId) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            Row row;
            String flags;
            String reasons;
            String rulesDecision;
            try (PreparedStatement select = connection.prepareStatement("SELECT " + ROW_COLUMNS
                    + ", t.flags, t.reasons, t.decision" + ROW_FROM + " WHERE i.mention_id = ?")) {
                select.setLong(1, mentionId);
                try (ResultSet result = select.executeQuery()) {
                    if (!result.next()) {
                        return Optional.<Item>empty();
                    }
                    row = row(result);
                    flags = result.getString(20);
                    reasons = result.getString(21);
                    rulesDecision = result.getString(22);
                }
            }
            StoredMention mention = byId(connection, mentionId).orElseThrow();
            AuthorHistory history = AuthorHistory.NONE;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT items, negative FROM author_history WHERE author_key = ? AND source = ?")) {
                select.setString(1, row.author());
                select.setString(2, row.source());
                try (ResultSet result = select.executeQuery()) {
                    if (result.next()) {
                        history = new AuthorHistory(result.getLong(1), result.getLong(2));
                    }
                }
            }
            return Optional.of(new Item(mention, row, flags, reasons, rulesDecision, history));
        });
    }

    @Override
    public List<StoredMention> thread(Transaction tx, long mentionId, int depth) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            Optional<StoredMention> start = byId(connection, mentionId);
            if (start.isEmpty()) {
                return List.<StoredMention>of();
            }
            Deque<StoredMention> thread = new ArrayDeque<>();
            thread.add(start.get());
            StoredMention current = start.get();
            for (int up = 0; up < depth && current.mention().inReplyTo() != null; up++) {
                Optional<StoredMention> parent = parent(connection, current.mention());
                if (parent.isEmpty() || parent.get().id() == mentionId) {
                    break; // not stored, or a loop in hostile data
                }
                thread.addFirst(parent.get());
                current = parent.get();
            }
            List<StoredMention> all = new ArrayList<>(thread);
            try (PreparedStatement select = connection.prepareStatement("SELECT " + MENTION_COLUMNS + ", m.id"
                    + " FROM mention m WHERE m.in_reply_to = ? AND m.source = ? AND m.instance = ? AND m.id <> ? "
                    + "ORDER BY m.created_at, m.id FETCH FIRST 200 ROWS ONLY")) {
                Mention of = start.get().mention();
                select.setString(1, of.externalId());
                select.setString(2, of.source());
                select.setString(3, of.instance());
                select.setLong(4, mentionId);
                Set<Long> shown = new HashSet<>(all.stream().map(StoredMention::id).toList());
                storedMentions(select).stream().filter(reply -> shown.add(reply.id())).forEach(all::add);
            }
            return all;
        });
    }

    private static Optional<StoredMention> parent(Connection connection, Mention child) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + MENTION_COLUMNS + ", m.id"
                + " FROM mention m WHERE m.external_id = ? AND m.source = ? AND m.instance = ?")) {
            select.setString(1, child.inReplyTo());
            select.setString(2, child.source());
            select.setString(3, child.instance());
            return storedMentions(select).stream().findFirst();
        }
    }

    private static Optional<StoredMention> byId(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + MENTION_COLUMNS + ", m.id"
                + " FROM mention m WHERE m.id = ?")) {
            select.setLong(1, id);
            return storedMentions(select).stream().findFirst();
        }
    }

    /** Rows of the mention's columns followed by {@code m.id}. */
    private static List<StoredMention> storedMentions(PreparedStatement select) throws SQLException {
        List<StoredMention> mentions = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                mentions.add(new StoredMention(rows.getLong(20), SqlMentionRepository.mention(rows)));
            }
        }
        return mentions;
    }

    @Override
    public void setStatus(Transaction tx, Collection<Long> mentionIds, Status status, String who, Instant at)
            throws StoreException {
        change(tx, mentionIds, "UPDATE inbox_item SET status = ? WHERE mention_id = ?", status.name(),
                who, at, "status", status.name());
    }

    @Override
    public void assign(Transaction tx, Collection<Long> mentionIds, String assignee, String who, Instant at)
            throws StoreException {
        change(tx, mentionIds, "UPDATE inbox_item SET assignee = ? WHERE mention_id = ?", assignee, who, at,
                "assign", assignee == null ? "" : assignee);
    }

    @Override
    public Optional<String> claim(Transaction tx, long mentionId, String who, Instant at) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            // one statement: a second claim waits for the first one's row lock, then finds the item given
            try (PreparedStatement take = connection.prepareStatement(
                    "UPDATE inbox_item SET assignee = ? WHERE mention_id = ? AND assignee IS NULL")) {
                take.setString(1, who);
                take.setLong(2, mentionId);
                if (take.executeUpdate() == 1) {
                    audit(connection, List.of(mentionId), who, at, "claim", who);
                    return Optional.empty();
                }
            }
            try (PreparedStatement holder = connection.prepareStatement(
                    "SELECT assignee FROM inbox_item WHERE mention_id = ?")) {
                holder.setLong(1, mentionId);
                try (ResultSet row = holder.executeQuery()) {
                    String assignee = row.next() ? row.getString(1) : null;
                    return assignee == null || assignee.equals(who) ? Optional.<String>empty() : Optional.of(assignee);
                }
            }
        });
    }

    private static void change(Transaction tx, Collection<Long> mentionIds, String update, String value, String who,
            Instant at, String action, String detail) throws StoreException {
        SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(update)) {
                for (long id : mentionIds) {
                    if (value == null) {
                        statement.setNull(1, Types.VARCHAR);
                    } else {
                        statement.setString(1, value);
                    }
                    statement.setLong(2, id);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            audit(connection, mentionIds, who, at, action, detail);
            return null;
        });
    }

    private static void audit(Connection connection, Collection<Long> mentionIds, String who, Instant at,
            String action, String detail) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO inbox_audit (mention_id, logged_at, "
                + "who, action, detail) VALUES (?, ?, ?, ?, ?)")) {
            for (long id : mentionIds) {
                insert.setLong(1, id);
                insert.setObject(2, utc(at));
                insert.setString(3, who);
                insert.setString(4, action);
                insert.setString(5, cut(detail, 2000));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Override
    public void override(Transaction tx, DecisionChange override) throws StoreException {
        SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO triage_override (mention_id, "
                    + "decision_from, decision_to, who, why, made_at) VALUES (?, ?, ?, ?, ?, ?)");
                    PreparedStatement update = connection.prepareStatement("UPDATE inbox_item SET decision = ?, "
                            + "overridden = (? <> (SELECT t.decision FROM triage t WHERE t.mention_id = ?)) "
                            + "WHERE mention_id = ?")) {
                insert.setLong(1, override.mentionId());
                insert.setString(2, override.from());
                insert.setString(3, override.to());
                insert.setString(4, override.who());
                insert.setString(5, cut(override.why(), 2000));
                insert.setObject(6, utc(override.at()));
                insert.executeUpdate();
                update.setString(1, override.to());
                update.setString(2, override.to());
                update.setLong(3, override.mentionId());
                update.setLong(4, override.mentionId());
                if (update.executeUpdate() != 1) {
                    throw new SQLException("mention " + override.mentionId() + " is not in the inbox");
                }
            }
            audit(connection, List.of(override.mentionId()), override.who(), override.at(), "override",
                    override.from() + " -> " + override.to() + (override.why().isBlank() ? "" : ": " + override.why()));
            return null;
        });
    }

    @Override
    public List<DecisionChange> overrides(Transaction tx, int limit) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT mention_id, decision_from, "
                    + "decision_to, who, why, made_at FROM triage_override ORDER BY made_at DESC, id DESC "
                    + "FETCH FIRST ? ROWS ONLY")) {
                select.setInt(1, limit);
                List<DecisionChange> overrides = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        overrides.add(new DecisionChange(rows.getLong(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getString(5), instant(rows, 6)));
                    }
                }
                return overrides;
            }
        });
    }

    @Override
    public List<Long> redecide(Transaction tx, List<Redecision> changes, String who, Instant at)
            throws StoreException {
        if (changes.isEmpty()) {
            return List.of();
        }
        return SqlTransaction.sql(tx, connection -> {
            List<Long> changed = new ArrayList<>();
            String still = "i.status = 'OPEN' AND i.decision = ? AND NOT EXISTS (SELECT 1 FROM triage_override o "
                    + "WHERE o.mention_id = i.mention_id)";
            try (PreparedStatement select = connection.prepareStatement("SELECT i.mention_id, t.reasons "
                    + "FROM mention m JOIN inbox_item i ON i.mention_id = m.id JOIN triage t ON t.mention_id = m.id "
                    + "WHERE m.external_id = ? AND m.source = ? AND m.instance = ? AND t.decision = ? AND " + still);
                    // the conditions again: a person who overrides or answers it meanwhile wins
                    PreparedStatement item = connection.prepareStatement("UPDATE inbox_item i SET decision = ?, "
                            + "priority = ?, due_at = ? WHERE i.mention_id = ? AND " + still);
                    PreparedStatement triage = connection.prepareStatement("UPDATE triage SET decision = ?, "
                            + "reasons = ? WHERE mention_id = ?")) {
                for (Redecision change : changes) {
                    select.setString(1, change.externalId());
                    select.setString(2, change.source());
                    select.setString(3, change.instance());
                    select.setString(4, change.from());
                    select.setString(5, change.from());
                    long id;
                    String reasons;
                    try (ResultSet found = select.executeQuery()) {
                        if (!found.next()) {
                            continue; // answered, overridden, decided otherwise, or not in the inbox
                        }
                        id = found.getLong(1);
                        reasons = found.getString(2);
                    }
                    item.setString(1, change.to());
                    item.setInt(2, change.priority());
                    item.setObject(3, utc(change.due()));
                    item.setLong(4, id);
                    item.setString(5, change.from());
                    if (item.executeUpdate() != 1) {
                        continue;
                    }
                    triage.setString(1, change.to());
                    String joined = joinedArrays(change.reasons(), reasons);
                    // a cut array would be no JSON: the new reasons alone when both do not fit the column
                    triage.setString(2, joined.length() <= REASONS_MAX ? joined : change.reasons());
                    triage.setLong(3, id);
                    triage.executeUpdate();
                    audit(connection, List.of(id), who, at, "redecide",
                            change.from() + " -> " + change.to() + ": " + change.reasons().strip());
                    changed.add(id);
                }
            }
            return changed;
        });
    }

    /**
     * The elements of JSON array {@code first} followed by those of {@code then}; a {@code then}
     * that is no array (damaged) is dropped rather than making the whole text unreadable.
     */
    static String joinedArrays(String first, String then) {
        String head = first.strip();
        String tail = then == null ? "" : then.strip();
        String firstItems = head.substring(1, head.length() - 1).strip();
        String thenItems = tail.startsWith("[") && tail.endsWith("]") ? tail.substring(1, tail.length() - 1).strip() : "";
        if (firstItems.isEmpty() || thenItems.isEmpty()) {
            return "[" + firstItems + thenItems + "]";
        }
        return "[" + firstItems + "," + thenItems + "]";
    }

    @Override
    public long saveReply(Transaction tx, Reply reply) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            long id = reply.id();
            if (id == 0) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO reply (mention_id, action, "
                        + "body, state, platform_id, url, who, saved_at, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    insert.setLong(1, reply.mentionId());
                    bindReply(insert, 2, reply);
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
            } else {
                try (PreparedStatement update = connection.prepareStatement("UPDATE reply SET action = ?, body = ?, "
                        + "state = ?, platform_id = ?, url = ?, who = ?, saved_at = ?, error = ? WHERE id = ? "
                        + "AND mention_id = ?")) {
                    int next = bindReply(update, 1, reply);
                    update.setLong(next, id);
                    update.setLong(next + 1, reply.mentionId());
                    if (update.executeUpdate() != 1) {
                        throw new SQLException("reply " + id + " of mention " + reply.mentionId() + " is not stored");
                    }
                }
            }
            if (reply.state() != ReplyState.DRAFT) {
                audit(connection, List.of(reply.mentionId()), reply.who(), reply.at(),
                        reply.action().name().toLowerCase(java.util.Locale.ROOT) + " " + reply.state().name()
                                .toLowerCase(java.util.Locale.ROOT),
                        reply.error() != null ? reply.error() : reply.text());
            }
            return id;
        });
    }

    private static int bindReply(PreparedStatement statement, int first, Reply reply) throws SQLException {
        statement.setString(first, reply.action().name());
        statement.setString(first + 1, cut(reply.text(), Mention.MAX_TEXT));
        statement.setString(first + 2, reply.state().name());
        statement.setString(first + 3, reply.platformId());
        statement.setString(first + 4, reply.url());
        statement.setString(first + 5, reply.who());
        statement.setObject(first + 6, utc(reply.at()));
        statement.setString(first + 7, cut(reply.error(), 2000));
        return first + 8;
    }

    @Override
    public List<Reply> replies(Transaction tx, long mentionId) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, action, body, state, platform_id, "
                    + "url, who, saved_at, error FROM reply WHERE mention_id = ? ORDER BY id")) {
                select.setLong(1, mentionId);
                List<Reply> replies = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        replies.add(new Reply(rows.getLong(1), mentionId, ReplyAction.valueOf(rows.getString(2)),
                                rows.getString(3), ReplyState.valueOf(rows.getString(4)), rows.getString(5),
                                rows.getString(6), rows.getString(7), instant(rows, 8), rows.getString(9)));
                    }
                }
                return replies;
            }
        });
    }

    @Override
    public List<WorkEntry> history(Transaction tx, long mentionId) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT logged_at, who, action, detail "
                    + "FROM inbox_audit WHERE mention_id = ? ORDER BY id")) {
                select.setLong(1, mentionId);
                List<WorkEntry> entries = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        entries.add(new WorkEntry(instant(rows, 1), rows.getString(2), mentionId, rows.getString(3),
                                rows.getString(4)));
                    }
                }
                return entries;
            }
        });
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static String prefixed(String alias, String columns) {
        StringJoiner joined = new StringJoiner(", ");
        for (String column : columns.split(",")) {
            joined.add(alias + column.strip());
        }
        return joined.toString();
    }
}

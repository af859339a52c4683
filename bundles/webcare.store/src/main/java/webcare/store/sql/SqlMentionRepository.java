package webcare.store.sql;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Component;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.model.MentionKind;
import webcare.store.api.MentionRepository;
import webcare.store.api.StoreException;
import webcare.store.api.Transaction;

/**
 * The mentions in table {@code mention}, replaced texts in {@code mention_edit} (schema V002).
 *
 * <p>{@link #save} first looks up the first and last mention of the batch. When both are new, as
 * in an import or a connector's first pages, it inserts the whole batch as one JDBC batch and
 * lets the identity index object: on a duplicate key (SQLState 23505) it rolls back to a savepoint
 * taken before and goes the careful way. That way looks every identity of the batch up in one
 * query (a join with the keys), then writes the new rows, the edits and the replaced texts as
 * three JDBC batches. Within one batch, a mention given twice (an item and its edit) is handled
 * as if saved one after the other.
 *
 * <p>What counts as an edit: a stored mention whose text differs, or whose {@code updated} time
 * differs, from the one saved. A version that is <em>older</em> than the stored one (its
 * {@code updated} is earlier, or absent while the stored one has one) is stale, as when a file
 * holding both versions is imported again: it counts as unchanged and writes nothing. An edit
 * replaces every field except identity, demo flag and {@code ingested_at}.
 *
 * <p>Times are stored to the microsecond (what both H2 and PostgreSQL keep); finer instants are
 * truncated before they are stored or compared. Author fields are cut to
 * {@link Mention#MAX_FIELD} like the mention's own, setting {@code truncated}.
 * {@link Query#since()} is inclusive, {@link Query#until()} exclusive.
 *
 * <p>Two units of work saving the same new mention at the same time: the second finds it and
 * goes on, except when the other one commits between its look-up and its insert; then it fails
 * with a {@link StoreException} saying to run it again.
 */
@Component(service = MentionRepository.class)
public final class SqlMentionRepository implements MentionRepository {

    private static final String DUPLICATE_KEY = "23505";
    static final String COLUMNS = "source, instance, external_id, kind, thread_id, in_reply_to, author_id, "
            + "author_handle, author_name, author_followers, author_profile_url, body, lang, rating, url, created_at, "
            + "updated_at, raw, truncated";
    private static final String INSERT = "INSERT INTO mention (" + COLUMNS + ", demo, ingested_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE mention SET kind = ?, thread_id = ?, in_reply_to = ?, author_id = ?, "
            + "author_handle = ?, author_name = ?, author_followers = ?, author_profile_url = ?, body = ?, lang = ?, "
            + "rating = ?, url = ?, created_at = ?, updated_at = ?, raw = ?, truncated = ? WHERE id = ?";
    private static final String REMEMBER_EDIT =
            "INSERT INTO mention_edit (mention_id, body, updated_at, replaced_at) VALUES (?, ?, ?, ?)";
    // A join with the keys: an index lookup per key. Not "external_id = ANY(?)": H2 (2.5.252) then
    // also compares every row found with every key, and scans the whole index when the condition
    // comes with ones on the index's other columns.
    static final String LOOK_UP = "SELECT m.id, m.source, m.instance, m.external_id, m.body, m.updated_at "
            + "FROM UNNEST(?) AS k (external_id) JOIN mention m ON m.external_id = k.external_id";

    private final Clock clock;

    public SqlMentionRepository() {
        this(Clock.systemUTC());
    }

    SqlMentionRepository(Clock clock) {
        this.clock = clock;
    }

    @Override
    public SaveResult save(Transaction tx, List<Mention> mentions) throws StoreException {
        return save(tx, mentions, false);
    }

    @Override
    public SaveResult saveDemo(Transaction tx, List<Mention> mentions) throws StoreException {
        return save(tx, mentions, true);
    }

    private SaveResult save(Transaction tx, List<Mention> mentions, boolean demo) throws StoreException {
        Instant now = micros(clock.instant());
        try {
            return SqlTransaction.sql(tx, connection -> saveAll(connection, mentions, demo, now));
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException sql && isDuplicateKey(sql)) {
                throw new StoreException("Another unit of work stored some of the same mentions at the same time; "
                        + "nothing of this one was kept: run it again", sql);
            }
            throw e;
        }
    }

    private static SaveResult saveAll(Connection connection, List<Mention> mentions, boolean demo, Instant now)
            throws SQLException {
        SaveResult total = new SaveResult(0, 0, 0);
        List<Mention> pending = mentions;
        while (!pending.isEmpty()) {
            // Each round holds every identity once; a repeat waits for the next round, so an item
            // and its edit in one batch end up as if saved one after the other.
            Map<Key, Mention> round = new LinkedHashMap<>();
            List<Mention> later = new ArrayList<>();
            for (Mention mention : pending) {
                if (round.putIfAbsent(Key.of(mention), mention) != null) {
                    later.add(mention);
                }
            }
            total = total.plus(saveRound(connection, round, demo, now));
            pending = later;
        }
        return total;
    }

    private static SaveResult saveRound(Connection connection, Map<Key, Mention> round, boolean demo, Instant now)
            throws SQLException {
        if (probablyAllNew(connection, round)) {
            // The bulk case (an import, a connector's first pages): insert at once, and let the
            // identity index find the exceptions, instead of looking every key up first.
            Savepoint beforeInsert = connection.setSavepoint();
            try {
                insert(connection, round.values(), demo, now);
                connection.releaseSavepoint(beforeInsert);
                return new SaveResult(round.size(), 0, 0);
            } catch (SQLException e) {
                if (!isDuplicateKey(e)) {
                    throw e;
                }
                // some are stored already, or were just now by another unit of work
                connection.rollback(beforeInsert);
            }
        }
        Map<Key, Stored> stored = lookUp(connection, round.keySet());
        List<Mention> added = new ArrayList<>();
        List<Mention> edited = new ArrayList<>();
        List<Stored> replaced = new ArrayList<>();
        int unchanged = 0;
        for (Map.Entry<Key, Mention> entry : round.entrySet()) {
            Mention mention = entry.getValue();
            Stored before = stored.get(entry.getKey());
            if (before == null) {
                added.add(mention);
            } else if (isEdit(before, mention)) {
                edited.add(mention);
                replaced.add(before);
            } else {
                unchanged++;
            }
        }
        insert(connection, added, demo, now);
        update(connection, edited, replaced, now);
        return new SaveResult(added.size(), edited.size(), unchanged);
    }

    /** A stored mention's row id, and what an edit is judged by. */
    private record Stored(long id, String text, Instant updated) {}

    private record Key(String source, String instance, String externalId) {
        static Key of(Mention mention) {
            return new Key(mention.source(), mention.instance(), mention.externalId());
        }
    }

    /** Whether the first and last of a round are new: then most likely all are. */
    private static boolean probablyAllNew(Connection connection, Map<Key, Mention> round) throws SQLException {
        Key first = null;
        Key last = null;
        for (Key key : round.keySet()) {
            if (first == null) {
                first = key;
            }
            last = key;
        }
        if (first == null) {
            return false;
        }
        return lookUp(connection, first.equals(last) ? Set.of(first) : Set.of(first, last)).isEmpty();
    }

    private static Map<Key, Stored> lookUp(Connection connection, Set<Key> keys) throws SQLException {
        Object[] ids = keys.stream().map(Key::externalId).distinct().toArray();
        Map<Key, Stored> found = new HashMap<>();
        Array array = connection.createArrayOf("VARCHAR", ids);
        try (PreparedStatement select = connection.prepareStatement(LOOK_UP)) {
            select.setArray(1, array);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    // the same external id of another source or instance is another mention
                    Key key = new Key(rows.getString(2), rows.getString(3), rows.getString(4));
                    if (keys.contains(key)) {
                        found.put(key, new Stored(rows.getLong(1), rows.getString(5), instant(rows, 6)));
                    }
                }
            }
        } finally {
            array.free();
        }
        return found;
    }

    private static boolean isEdit(Stored before, Mention mention) {
        Instant updated = micros(mention.updated());
        if (before.text().equals(mention.text()) && Objects.equals(before.updated(), updated)) {
            return false;
        }
        boolean stale = before.updated() != null && (updated == null || updated.isBefore(before.updated()));
        return !stale;
    }

    private static void insert(Connection connection, Collection<Mention> mentions, boolean demo, Instant now)
            throws SQLException {
        if (mentions.isEmpty()) {
            return;
        }
        OffsetDateTime ingested = utc(now);
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Mention mention : mentions) {
                insert.setString(1, mention.source());
                insert.setString(2, mention.instance());
                insert.setString(3, mention.externalId());
                int next = bindContent(insert, 4, mention);
                insert.setBoolean(next, demo);
                insert.setObject(next + 1, ingested);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** SQLState 23505 on the exception or a next one (a JDBC batch may report it there). */
    static boolean isDuplicateKey(SQLException e) {
        for (SQLException cause = e; cause != null; cause = cause.getNextException()) {
            if (DUPLICATE_KEY.equals(cause.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void update(Connection connection, List<Mention> edited, List<Stored> replaced, Instant now)
            throws SQLException {
        if (edited.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(UPDATE);
                PreparedStatement remember = connection.prepareStatement(REMEMBER_EDIT)) {
            for (int i = 0; i < edited.size(); i++) {
                Stored before = replaced.get(i);
                int next = bindContent(update, 1, edited.get(i));
                update.setLong(next, before.id());
                update.addBatch();
                remember.setLong(1, before.id());
                remember.setString(2, before.text());
                setTime(remember, 3, before.updated());
                setTime(remember, 4, now);
                remember.addBatch();
            }
            remember.executeBatch();
            update.executeBatch();
        }
    }

    /** Binds kind … truncated (16 parameters) from {@code first}; returns the next parameter's index. */
    private static int bindContent(PreparedStatement statement, int first, Mention mention) throws SQLException {
        Author author = mention.author();
        boolean cut = false;
        String authorId = null;
        String handle = null;
        String name = null;
        String profileUrl = null;
        Long followers = null;
        if (author != null) {
            authorId = cut(author.id());
            handle = cut(author.handle());
            name = cut(author.name());
            profileUrl = cut(author.profileUrl());
            followers = author.followers();
            cut = !Objects.equals(authorId, author.id()) || !Objects.equals(handle, author.handle())
                    || !Objects.equals(name, author.name()) || !Objects.equals(profileUrl, author.profileUrl());
        }
        int i = first;
        statement.setString(i++, mention.kind().id());
        statement.setString(i++, mention.threadId());
        statement.setString(i++, mention.inReplyTo());
        statement.setString(i++, authorId);
        statement.setString(i++, handle);
        statement.setString(i++, name);
        if (followers == null) {
            statement.setNull(i++, Types.BIGINT);
        } else {
            statement.setLong(i++, followers);
        }
        statement.setString(i++, profileUrl);
        statement.setString(i++, mention.text());
        statement.setString(i++, mention.lang());
        if (mention.rating() == null) {
            statement.setNull(i++, Types.SMALLINT);
        } else {
            statement.setShort(i++, mention.rating().shortValue());
        }
        statement.setString(i++, mention.url());
        setTime(statement, i++, mention.created());
        setTime(statement, i++, mention.updated());
        statement.setString(i++, mention.raw());
        statement.setBoolean(i++, mention.truncated() || cut);
        return i;
    }

    private static String cut(String value) {
        if (value == null || value.length() <= Mention.MAX_FIELD) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(Mention.MAX_FIELD - 1)) ? Mention.MAX_FIELD - 1
                : Mention.MAX_FIELD;
        return value.substring(0, end);
    }

    @Override
    public long count(Transaction tx, Query query) throws StoreException {
        Where where = Where.of(query);
        return SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT COUNT(*) FROM mention" + where.sql())) {
                where.bind(select, 1);
                try (ResultSet result = select.executeQuery()) {
                    result.next();
                    return result.getLong(1);
                }
            }
        });
    }

    @Override
    public void forEach(Transaction tx, Query query, Consumer<Mention> each) throws StoreException {
        Where where = Where.of(query);
        SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM mention" + where.sql() + " ORDER BY created_at, id")) {
                // Streams on PostgreSQL (in a transaction); H2 keeps big results on disk, not in memory.
                select.setFetchSize(1_000);
                where.bind(select, 1);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        each.accept(mention(rows));
                    }
                }
            }
            return null;
        });
    }

    /** The mention in columns 1 to 19 of {@code rows}, selected as {@link #COLUMNS}. */
    static Mention mention(ResultSet rows) throws SQLException {
        String authorId = rows.getString(7);
        String handle = rows.getString(8);
        String name = rows.getString(9);
        long followers = rows.getLong(10);
        Long followersOrNull = rows.wasNull() ? null : followers;
        String profileUrl = rows.getString(11);
        Author author = authorId == null && handle == null && name == null && followersOrNull == null
                && profileUrl == null ? null : new Author(authorId, handle, name, followersOrNull, profileUrl);
        int rating = rows.getInt(14);
        Integer ratingOrNull = rows.wasNull() ? null : rating;
        return new Mention(rows.getString(1), rows.getString(2), rows.getString(3), MentionKind.of(rows.getString(4)),
                rows.getString(5), rows.getString(6), author, rows.getString(12), rows.getString(13), ratingOrNull,
                rows.getString(15), instant(rows, 16), instant(rows, 17), rows.getString(18), rows.getBoolean(19));
    }

    @Override
    public List<DayCount> perDay(Transaction tx, Query query, ZoneId zone) throws StoreException {
        Where where = Where.of(query);
        // The local date in the zone. AT TIME ZONE takes a region name as text on H2 and PostgreSQL
        // alike; a fixed offset goes as an interval, because PostgreSQL reads '+01:00' the POSIX way
        // (west of Greenwich). EXTRACT, not CAST AS DATE: H2 casts to the session's zone.
        String local;
        String zoneName = null;
        if (zone.getRules().isFixedOffset()) {
            int minutes = zone.getRules().getOffset(Instant.EPOCH).getTotalSeconds() / 60;
            local = String.format("created_at AT TIME ZONE INTERVAL '%s%02d:%02d' HOUR TO MINUTE",
                    minutes < 0 ? "-" : "+", Math.abs(minutes) / 60, Math.abs(minutes) % 60);
        } else {
            local = "created_at AT TIME ZONE ?";
            zoneName = zone.getId();
        }
        String sql = "SELECT y, m, d, COUNT(*) FROM (SELECT EXTRACT(YEAR FROM " + local + ") AS y, "
                + "EXTRACT(MONTH FROM " + local + ") AS m, EXTRACT(DAY FROM " + local + ") AS d FROM mention"
                + where.sql() + ") local_days GROUP BY y, m, d ORDER BY y, m, d";
        String region = zoneName;
        return SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int next = 1;
                if (region != null) {
                    for (; next <= 3; next++) {
                        select.setString(next, region);
                    }
                }
                where.bind(select, next);
                List<DayCount> days = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        days.add(new DayCount(LocalDate.of(rows.getInt(1), rows.getInt(2), rows.getInt(3)),
                                rows.getLong(4)));
                    }
                }
                return days;
            }
        });
    }

    @Override
    public List<StoredInstance> instances(Transaction tx) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT source, instance, COUNT(*), SUM(CASE WHEN demo THEN 1 ELSE 0 END) FROM mention "
                            + "GROUP BY source, instance ORDER BY source, instance");
                    ResultSet result = select.executeQuery()) {
                List<StoredInstance> instances = new ArrayList<>();
                while (result.next()) {
                    instances.add(new StoredInstance(result.getString(1), result.getString(2), result.getLong(3),
                            result.getLong(4)));
                }
                return instances;
            }
        });
    }

    @Override
    public boolean hasDemo(Transaction tx) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT 1 FROM mention WHERE demo = TRUE FETCH FIRST 1 ROWS ONLY");
                    ResultSet result = select.executeQuery()) {
                return result.next();
            }
        });
    }

    @Override
    public int deleteDemo(Transaction tx) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            // their inbox words share blocks with other items' (no foreign key): taken out first;
            // their edit history and inbox rows go with them (ON DELETE CASCADE)
            List<Long> demo = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id FROM mention WHERE demo = TRUE ORDER BY id"); ResultSet ids = select.executeQuery()) {
                while (ids.next()) {
                    demo.add(ids.getLong(1));
                }
            }
            WordIndex.remove(connection, demo.stream().mapToLong(Long::longValue).toArray());
            SqlTransaction.of(tx).wroteWords();
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM mention WHERE demo = TRUE")) {
                return delete.executeUpdate();
            }
        });
    }

    /** The WHERE clause of a {@link Query}, and its parameters in order. */
    private record Where(String sql, List<Object> parameters) {

        static Where of(Query query) {
            List<String> conditions = new ArrayList<>();
            List<Object> parameters = new ArrayList<>();
            if (query.source() != null) {
                conditions.add("source = ?");
                parameters.add(query.source());
            }
            if (query.instance() != null) {
                conditions.add("instance = ?");
                parameters.add(query.instance());
            }
            if (query.since() != null) {
                conditions.add("created_at >= ?");
                parameters.add(utc(micros(query.since())));
            }
            if (query.until() != null) {
                conditions.add("created_at < ?");
                parameters.add(utc(micros(query.until())));
            }
            return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), parameters);
        }

        void bind(PreparedStatement statement, int first) throws SQLException {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(first + i, parameters.get(i));
            }
        }
    }

    static void setTime(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, utc(instant));
        }
    }

    static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(micros(instant), ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

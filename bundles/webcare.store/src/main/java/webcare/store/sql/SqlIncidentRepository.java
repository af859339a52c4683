package webcare.store.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.osgi.service.component.annotations.Component;
import webcare.store.api.IncidentRepository;
import webcare.store.api.StoreException;
import webcare.store.api.Transaction;

/** Incidents in tables {@code incident}, {@code incident_role}, {@code incident_task}, {@code incident_event}, {@code incident_mention} (V010). */
@Component(service = IncidentRepository.class)
public final class SqlIncidentRepository implements IncidentRepository {

    private static final String INCIDENT_COLUMNS = "id, title, scenario_id, scenario_name, severity, origin, detected_at, "
            + "reported_at, started_at, opened_at, opened_by, lang, update_minutes, drill";

    @Override
    public long open(Transaction tx, Opening opening) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            long id;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO incident (title, scenario_id, "
                    + "scenario_name, severity, origin, detected_at, reported_at, started_at, opened_at, opened_by, lang, "
                    + "update_minutes, drill) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, opening.title());
                insert.setString(2, opening.scenarioId().orElse(null));
                insert.setString(3, opening.scenarioName());
                insert.setInt(4, opening.severity());
                insert.setString(5, opening.origin().name());
                SqlMentionRepository.setTime(insert, 6, opening.detected());
                SqlMentionRepository.setTime(insert, 7, opening.reported().orElse(null));
                SqlMentionRepository.setTime(insert, 8, opening.started());
                SqlMentionRepository.setTime(insert, 9, opening.opened());
                insert.setString(10, opening.openedBy());
                insert.setString(11, opening.language());
                insert.setInt(12, opening.updateMinutes());
                insert.setBoolean(13, opening.drill());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement role = connection.prepareStatement("INSERT INTO incident_role (incident_id, seq, "
                    + "role_id, role_name, person_id, person_name, deputy) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                int seq = 0;
                for (Assignment each : opening.roles()) {
                    role.setLong(1, id);
                    role.setInt(2, seq++);
                    role.setString(3, each.roleId());
                    role.setString(4, each.roleName());
                    role.setString(5, each.personId());
                    role.setString(6, each.personName());
                    role.setBoolean(7, each.deputy());
                    role.addBatch();
                }
                role.executeBatch();
            }
            try (PreparedStatement task = connection.prepareStatement("INSERT INTO incident_task (incident_id, seq, "
                    + "task_id, title, role_id, due_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                int seq = 0;
                for (IncidentTask each : opening.tasks()) {
                    task.setLong(1, id);
                    task.setInt(2, seq++);
                    task.setString(3, each.taskId());
                    task.setString(4, each.title());
                    task.setString(5, each.roleId());
                    SqlMentionRepository.setTime(task, 6, each.due());
                    task.addBatch();
                }
                task.executeBatch();
            }
            return id;
        });
    }

    @Override
    public long append(Transaction tx, long incident, NewEvent event) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            if (event.corrects().isPresent() && !eventOf(connection, incident, event.corrects().get())) {
                throw new SQLException("event " + event.corrects().get() + " is not an event of incident " + incident);
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO incident_event (incident_id, "
                    + "event_at, kind, actor, summary, details, corrects) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, incident);
                SqlMentionRepository.setTime(insert, 2, event.at());
                insert.setString(3, event.kind());
                insert.setString(4, event.actor());
                insert.setString(5, event.text());
                insert.setString(6, event.data());
                if (event.corrects().isPresent()) {
                    insert.setLong(7, event.corrects().get());
                } else {
                    insert.setNull(7, Types.BIGINT);
                }
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    private static boolean eventOf(Connection connection, long incident, long event) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM incident_event WHERE id = ? AND incident_id = ?")) {
            select.setLong(1, event);
            select.setLong(2, incident);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    @Override
    public Optional<Incident> find(Transaction tx, long incident) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + INCIDENT_COLUMNS + " FROM incident WHERE id = ?")) {
                select.setLong(1, incident);
                List<Incident> found = incidents(connection, select);
                return found.isEmpty() ? Optional.<Incident>empty() : Optional.of(found.get(0));
            }
        });
    }

    @Override
    public List<Incident> list(Transaction tx, boolean drills, int limit) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + INCIDENT_COLUMNS
                    + " FROM incident WHERE drill = ? ORDER BY opened_at DESC, id DESC FETCH FIRST ? ROWS ONLY")) {
                select.setBoolean(1, drills);
                select.setInt(2, limit);
                return incidents(connection, select);
            }
        });
    }

    private static List<Incident> incidents(Connection connection, PreparedStatement select) throws SQLException {
        List<Incident> incidents = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong(1);
                incidents.add(new Incident(id, new Opening(rows.getString(2), Optional.ofNullable(rows.getString(3)),
                        rows.getString(4), rows.getInt(5), Origin.valueOf(rows.getString(6)),
                        SqlMentionRepository.instant(rows, 7), Optional.ofNullable(SqlMentionRepository.instant(rows, 8)),
                        SqlMentionRepository.instant(rows, 9), SqlMentionRepository.instant(rows, 10), rows.getString(11),
                        rows.getString(12), rows.getInt(13), rows.getBoolean(14), List.of(), List.of())));
            }
        }
        List<Incident> complete = new ArrayList<>();
        for (Incident incident : incidents) {
            Opening o = incident.opening();
            complete.add(new Incident(incident.id(), new Opening(o.title(), o.scenarioId(), o.scenarioName(), o.severity(),
                    o.origin(), o.detected(), o.reported(), o.started(), o.opened(), o.openedBy(), o.language(),
                    o.updateMinutes(), o.drill(), roles(connection, incident.id()), tasks(connection, incident.id()))));
        }
        return complete;
    }

    private static List<Assignment> roles(Connection connection, long incident) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT role_id, role_name, person_id, person_name, "
                + "deputy FROM incident_role WHERE incident_id = ? ORDER BY seq")) {
            select.setLong(1, incident);
            List<Assignment> roles = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    roles.add(new Assignment(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getBoolean(5)));
                }
            }
            return roles;
        }
    }

    private static List<IncidentTask> tasks(Connection connection, long incident) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT task_id, title, role_id, due_at "
                + "FROM incident_task WHERE incident_id = ? ORDER BY seq")) {
            select.setLong(1, incident);
            List<IncidentTask> tasks = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    tasks.add(new IncidentTask(rows.getString(1), rows.getString(2), rows.getString(3),
                            SqlMentionRepository.instant(rows, 4)));
                }
            }
            return tasks;
        }
    }

    @Override
    public List<Event> events(Transaction tx, long incident, Instant from, Instant to, int limit) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, event_at, kind, actor, summary, "
                    + "details, corrects FROM incident_event WHERE incident_id = ? AND event_at BETWEEN ? AND ? "
                    + "ORDER BY event_at, id FETCH FIRST ? ROWS ONLY")) {
                select.setLong(1, incident);
                SqlMentionRepository.setTime(select, 2, from);
                SqlMentionRepository.setTime(select, 3, to);
                select.setInt(4, limit);
                List<Event> events = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        long corrected = rows.getLong(7);
                        Optional<Long> corrects = rows.wasNull() ? Optional.empty() : Optional.of(corrected);
                        events.add(new Event(rows.getLong(1), incident, SqlMentionRepository.instant(rows, 2),
                                rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6), corrects));
                    }
                }
                return events;
            }
        });
    }

    /** Mention ids looked up at a time when linking. */
    private static final int LINK_BATCH = 500;

    @Override
    public int link(Transaction tx, long incident, List<Long> mentions, String how, String by, Instant at)
            throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            int added = 0;
            Map<Long, int[]> minutes = new HashMap<>();
            for (int from = 0; from < mentions.size(); from += LINK_BATCH) {
                added += link(connection, incident, mentions.subList(from, Math.min(mentions.size(), from + LINK_BATCH)),
                        how, by, at, minutes);
            }
            count(connection, incident, minutes);
            return added;
        });
    }

    /**
     * Links the batch's mentions not linked yet, with their time and whether triage called them
     * negative, and adds them to {@code minutes} (minute since the epoch → items, negative).
     */
    private static int link(Connection connection, long incident, List<Long> batch, String how, String by, Instant at,
            Map<Long, int[]> minutes) throws SQLException {
        StringJoiner marks = new StringJoiner(", ", "(", ")");
        batch.forEach(id -> marks.add("?"));
        List<Object[]> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT m.id, m.created_at, "
                + "COALESCE(i.polarity = 'NEGATIVE', FALSE) FROM mention m LEFT JOIN inbox_item i ON i.mention_id = m.id "
                + "WHERE m.id IN " + marks + " AND NOT EXISTS (SELECT 1 FROM incident_mention l "
                + "WHERE l.incident_id = ? AND l.mention_id = m.id)")) {
            int index = 1;
            for (long id : batch) {
                select.setLong(index++, id);
            }
            select.setLong(index, incident);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new Object[] {rows.getLong(1), SqlMentionRepository.instant(rows, 2), rows.getBoolean(3)});
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO incident_mention (incident_id, "
                + "mention_id, created_at, negative, how, linked_by, linked_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Object[] mention : found) {
                Instant created = (Instant) mention[1];
                boolean negative = (Boolean) mention[2];
                insert.setLong(1, incident);
                insert.setLong(2, (Long) mention[0]);
                SqlMentionRepository.setTime(insert, 3, created);
                insert.setBoolean(4, negative);
                insert.setString(5, how);
                insert.setString(6, by);
                SqlMentionRepository.setTime(insert, 7, at);
                insert.addBatch();
                int[] counts = minutes.computeIfAbsent(Math.floorDiv(created.getEpochSecond(), 60), minute -> new int[2]);
                counts[0]++;
                counts[1] += negative ? 1 : 0;
            }
            insert.executeBatch();
        }
        return found.size();
    }

    /** Adds {@code minutes} to the incident's counts per minute. */
    private static void count(Connection connection, long incident, Map<Long, int[]> minutes) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE incident_minute SET items = items + ?, "
                + "negative = negative + ? WHERE incident_id = ? AND epoch_minute = ?");
                PreparedStatement insert = connection.prepareStatement("INSERT INTO incident_minute (incident_id, "
                        + "epoch_minute, items, negative) VALUES (?, ?, ?, ?)")) {
            for (var minute : minutes.entrySet()) {
                update.setInt(1, minute.getValue()[0]);
                update.setInt(2, minute.getValue()[1]);
                update.setLong(3, incident);
                update.setLong(4, minute.getKey());
                if (update.executeUpdate() == 0) {
                    insert.setLong(1, incident);
                    insert.setLong(2, minute.getKey());
                    insert.setInt(3, minute.getValue()[0]);
                    insert.setInt(4, minute.getValue()[1]);
                    insert.executeUpdate();
                }
            }
        }
    }

    @Override
    public long linkedCount(Transaction tx, long incident) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT COUNT(*) FROM incident_mention WHERE incident_id = ?")) {
                count.setLong(1, incident);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    @Override
    public List<Long> linkedTo(Transaction tx, long mention) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT incident_id FROM incident_mention WHERE mention_id = ? ORDER BY incident_id DESC")) {
                query.setLong(1, mention);
                List<Long> incidents = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        incidents.add(rows.getLong(1));
                    }
                }
                return incidents;
            }
        });
    }

    /**
     * Buckets of whole minutes are summed off {@code incident_minute} (two days are 2,880 rows
     * however many messages are linked); other buckets count the links themselves.
     */
    @Override
    public List<long[]> linkedVolume(Transaction tx, long incident, Instant from, Instant to, int bucketSeconds)
            throws StoreException {
        if (bucketSeconds < 1) {
            throw new StoreException("A timeline bucket must be at least one second, not " + bucketSeconds);
        }
        boolean byMinute = bucketSeconds % 60 == 0;
        // the epoch's whole seconds as a BIGINT before dividing (see SqlInboxRepository.volume)
        String sql = byMinute
                ? "SELECT bucket * ?, SUM(items), SUM(negative) FROM (SELECT epoch_minute / ? AS bucket, items, negative "
                        + "FROM incident_minute WHERE incident_id = ? AND epoch_minute >= ? AND epoch_minute <= ?) b "
                        + "GROUP BY bucket ORDER BY bucket"
                : "SELECT bucket * ?, COUNT(*), SUM(CASE WHEN negative THEN 1 ELSE 0 END) FROM (SELECT "
                        + "CAST(FLOOR(EXTRACT(EPOCH FROM created_at)) AS BIGINT) / ? AS bucket, negative FROM "
                        + "incident_mention WHERE incident_id = ? AND created_at BETWEEN ? AND ?) b GROUP BY bucket "
                        + "ORDER BY bucket";
        return SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                if (byMinute) {
                    select.setLong(1, bucketSeconds);
                    select.setLong(2, bucketSeconds / 60);
                    select.setLong(3, incident);
                    select.setLong(4, Math.floorDiv(from.getEpochSecond(), 60));
                    select.setLong(5, Math.floorDiv(to.getEpochSecond(), 60));
                } else {
                    select.setLong(1, bucketSeconds);
                    select.setLong(2, bucketSeconds);
                    select.setLong(3, incident);
                    SqlMentionRepository.setTime(select, 4, from);
                    SqlMentionRepository.setTime(select, 5, to);
                }
                List<long[]> buckets = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        buckets.add(new long[] {rows.getLong(1), rows.getLong(2), rows.getLong(3)});
                    }
                }
                return buckets;
            }
        });
    }
}

package webcare.store.sql;

import static webcare.store.sql.SqlMentionRepository.utc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;
import webcare.store.api.InboxRepository.Due;
import webcare.store.api.InboxRepository.Query;
import webcare.store.api.InboxRepository.Status;

/**
 * The SQL of the inbox's pages and counts: which rows ({@link Where}), in which order, through
 * which index ({@link Order}). Not the searched text: {@link InboxSelection} applies that.
 */
final class InboxQueries {

    private InboxQueries() {}

    /**
     * The ORDER BY of a page and the index that holds that order. H2 reads a page off an index in
     * order only when the ORDER BY names the index's columns from the first; a filter on one value
     * of an index's first column is therefore repeated at the head of the ORDER BY (it changes
     * nothing in the order) and the index is named, or H2 may sort every matching row instead.
     */
    record Order(String sql, String index) {

        static Order of(Query query) {
            return switch (query.sort()) {
                case PRIORITY -> byPriority(query);
                case DUE -> query.statuses().size() == 1
                        ? new Order(" ORDER BY i.status, i.due_at, i.priority DESC, i.mention_id", "inbox_by_due")
                        : new Order(" ORDER BY i.due_at, i.priority DESC, i.mention_id", "inbox_by_due");
                case NEWEST -> query.statuses().size() == 1
                        ? new Order(" ORDER BY i.status, i.created_at DESC, i.mention_id DESC", "inbox_by_created")
                        : new Order(" ORDER BY i.created_at DESC, i.mention_id DESC", "inbox_by_newest");
            };
        }

        private static Order byPriority(Query query) {
            String rest = "i.priority DESC, i.due_at, i.mention_id";
            // the most selective single-valued filter first
            String[][] leading = {
                {query.author(), "i.author_key", "inbox_by_author"},
                {query.assignee() != null || query.unassigned() ? "" : null, "i.assignee", "inbox_by_assignee"},
                {query.decisions().size() == 1 ? "" : null, "i.decision", "inbox_by_decision"},
                {query.source(), "i.source", "inbox_by_source"},
                {query.lang(), "i.lang", "inbox_by_lang"},
                {query.polarity(), "i.polarity", "inbox_by_polarity"},
                {query.statuses().size() == 1 ? "" : null, "i.status", "inbox_by_status"},
            };
            for (String[] candidate : leading) {
                if (candidate[0] != null) {
                    return new Order(" ORDER BY " + candidate[1] + ", " + rest, candidate[2]);
                }
            }
            return new Order(" ORDER BY " + rest, "inbox_by_priority");
        }
    }

    /** The WHERE clause of a {@link Query}'s filters over {@code inbox_item i}: all but the text. */
    record Where(String sql, List<Object> parameters) {

        static Where of(Query query) {
            List<String> conditions = new ArrayList<>();
            List<Object> parameters = new ArrayList<>();
            equal(conditions, parameters, "i.source", query.source());
            in(conditions, parameters, "i.decision", query.decisions());
            equal(conditions, parameters, "i.polarity", query.polarity());
            equal(conditions, parameters, "i.lang", query.lang());
            in(conditions, parameters, "i.status", query.statuses().stream().map(Status::name).toList());
            equal(conditions, parameters, "i.assignee", query.assignee());
            if (query.unassigned()) {
                conditions.add("i.assignee IS NULL"); // one range of inbox_by_assignee: nulls sort together
            }
            equal(conditions, parameters, "i.author_key", query.author());
            if (query.due() == Due.OVERDUE) {
                conditions.add("i.due_at < ?");
                parameters.add(utc(query.now()));
            } else if (query.due() == Due.NOT_OVERDUE) {
                conditions.add("i.due_at >= ?");
                parameters.add(utc(query.now()));
            }
            return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), parameters);
        }

        private static void equal(List<String> conditions, List<Object> parameters, String column, String value) {
            if (value != null) {
                conditions.add(column + " = ?");
                parameters.add(value);
            }
        }

        private static void in(List<String> conditions, List<Object> parameters, String column,
                Collection<String> values) {
            if (!values.isEmpty()) {
                StringJoiner marks = new StringJoiner(", ", column + " IN (", ")");
                for (String value : values.stream().sorted().toList()) {
                    marks.add("?");
                    parameters.add(value);
                }
                conditions.add(marks.toString());
            }
        }

        /** Binds the parameters from {@code first}; returns the next free index. */
        int bind(PreparedStatement statement, int first) throws SQLException {
            int index = first;
            for (Object parameter : parameters) {
                statement.setObject(index++, parameter);
            }
            return index;
        }
    }
}

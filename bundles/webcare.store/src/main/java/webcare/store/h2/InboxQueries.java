package webcare.store.h2;

import static webcare.store.h2.H2MentionRepository.utc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;
import webcare.store.api.InboxRepository.Due;
import webcare.store.api.InboxRepository.Query;
import webcare.store.api.InboxRepository.Status;

/** The SQL of the inbox's pages and counts: which rows ({@link Where}), in which order, through which index. */
final class InboxQueries {

    private InboxQueries() {}

    /**
     * The name H2 gave the primary key index of {@code inbox_item} (the migration names none); the
     * page of a rare word names it, or H2 walks an order's index past every item instead.
     */
    static String primaryKeyIndex(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES "
                + "WHERE TABLE_NAME = 'INBOX_ITEM' AND INDEX_TYPE_NAME = 'PRIMARY KEY'");
                ResultSet result = select.executeQuery()) {
            if (!result.next()) {
                throw new SQLException("inbox_item has no primary key index");
            }
            return result.getString(1);
        }
    }

    /** The first step of {@link H2InboxRepository#page}: the SELECT of a page's ids; {@code where}'s parameters, then offset and limit. */
    static String pageIds(Query query, Where where, String primaryKey) {
        Order order = Order.of(query);
        // a word with few items: those items by primary key, then sorted; else a walk along the order's index
        return "SELECT i.mention_id" + where.from(where.rarestWord() != null ? primaryKey : order.index())
                + where.sql() + order.sql() + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
    }

    /**
     * The ORDER BY of a page and the index that holds that order. H2 reads a page off an index in
     * order only when the ORDER BY names the index's columns from the first; a filter on one value
     * of an index's first column is therefore repeated at the head of the ORDER BY (it changes
     * nothing in the order) and the index is named, or H2 may sort every matching row instead.
     */
    private record Order(String sql, String index) {

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

    /**
     * The WHERE clause of a {@link Query} over {@code inbox_item i}. A text search goes through the
     * {@link WordIndex}: its rarest word's items when they are few; for a page of a common word, a
     * look at the texts in the page's order, where its items come soon; the texts themselves when
     * the search has no word to look up.
     *
     * @param rarestWord the searched word with the fewest items when they are so few that reading
     *                   them all by primary key beats an index's order; else null
     * @param readsTexts whether the clause needs {@code mention m}
     */
    record Where(String sql, List<Object> parameters, WordIndex.Condition rarestWord, boolean readsTexts) {

        /** The FROM clause: {@code inbox_item} read through {@code index} (null: the database's choice). */
        String from(String index) {
            String from = " FROM inbox_item i" + (index == null ? "" : " USE INDEX (" + index + ")");
            return from + (readsTexts ? " JOIN mention m ON m.id = i.mention_id" : "");
        }

        static Where of(Query query, Connection connection, boolean forPage) throws SQLException {
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
            WordIndex.Condition rarest = null;
            boolean readsTexts = false;
            if (query.text() != null && !query.text().isBlank()) {
                List<WordIndex.Condition> words = WordIndex.conditions(connection, query.text());
                boolean noWord = words.isEmpty();
                rarest = !noWord && words.get(0).few() ? words.get(0) : null;
                readsTexts = forPage && !words.isEmpty() && rarest == null;
                for (WordIndex.Condition word : words) {
                    if (readsTexts) {
                        conditions.add(WordIndex.Condition.TEXT_SQL);
                        parameters.add(word.pattern());
                    } else {
                        conditions.add(WordIndex.Condition.SQL);
                        parameters.addAll(word.bounds());
                    }
                }
                if (noWord) {
                    readsTexts = true;
                    conditions.add("m.body ILIKE ? ESCAPE '\\'");
                    parameters.add("%" + query.text().strip().replace("\\", "\\\\").replace("%", "\\%")
                            .replace("_", "\\_") + "%");
                }
            }
            return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), parameters,
                    rarest, readsTexts);
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

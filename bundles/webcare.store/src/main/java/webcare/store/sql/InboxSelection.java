package webcare.store.sql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import webcare.store.api.InboxRepository.Count;
import webcare.store.api.InboxRepository.Query;
import webcare.store.sql.InboxQueries.Order;
import webcare.store.sql.InboxQueries.Where;
import webcare.store.sql.WordSearch.Items;

/**
 * The items a {@link Query} selects, read as one page of ids in the query's order or counted up to
 * a limit. Without a searched text, the filters' SQL alone, off the index of the query's order.
 * With one, the {@link WordSearch}'s items are joined to the filters in one of two ways
 * ({@link Join}), whichever reads fewer rows.
 */
final class InboxSelection {

    /** How the items a text finds meet the rows the filters select. */
    enum Join {
        /**
         * Each found item looked up by primary key, filtered and sorted by the database: the cost
         * grows with the items found, so it suits a rare word.
         */
        BY_ID,
        /**
         * The filtered rows in the page's order off its index, kept when found, until the page (or
         * the count's limit) is full: it suits a common word, whose items come every few rows.
         */
        ALONG_ORDER
    }

    private static final String TABLE = "inbox_item";
    /**
     * What looking one item up by primary key costs against reading the next row of an index
     * range: about 6 µs against under 1 µs on the bench machine (docs/BENCHMARKS.md, "Text search
     * and counts").
     */
    private static final long LOOKUP_COST = 8;
    /** The rows of a walk along the order's first chunk, at least; of any chunk, at most. */
    private static final long MIN_CHUNK = 1_000;
    private static final long MAX_CHUNK = 200_000;

    private final SqlTransaction tx;
    private final Where where;
    private final Order order;
    private final WordSearch.Match match;
    /** The join to use; null chooses by cost. */
    private final Join join;

    private InboxSelection(SqlTransaction tx, Query query, WordSearch.Match match, Join join) {
        this.tx = tx;
        this.where = Where.of(query);
        this.order = Order.of(query);
        this.match = match;
        this.join = join;
    }

    static InboxSelection of(SqlTransaction tx, Query query) throws SQLException {
        return new InboxSelection(tx, query, WordSearch.find(tx, query.text()), null);
    }

    /** The same, always joining found items {@code join}'s way: for tests, which compare the two. */
    static InboxSelection of(SqlTransaction tx, Query query, Join join) throws SQLException {
        return new InboxSelection(tx, query, WordSearch.find(tx, query.text()), join);
    }

    /** The ids of the page from {@code offset}, at most {@code limit}, in the query's order. */
    List<Long> page(int offset, int limit) throws SQLException {
        List<Long> ids = new ArrayList<>();
        List<Long> window = List.of((long) offset, (long) limit);
        if (!(match instanceof Items items)) {
            read(pageSql(), null, window, ids::add);
        } else if (items.size() == 0) {
            return ids;
        } else if (join(items, (long) offset + limit) == Join.BY_ID) {
            read("SELECT i.mention_id" + foundById() + order.sql() + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", items,
                    window, ids::add);
        } else {
            long[] passed = {0};
            alongOrder(items, (long) offset + limit, id -> {
                if (passed[0]++ >= offset) {
                    ids.add(id);
                }
                return ids.size() < limit;
            });
        }
        return ids;
    }

    /** How many items are selected, counting no further than {@code limit}. */
    Count count(long limit) throws SQLException {
        // one more than the limit tells whether there are more
        long wanted = limit == Long.MAX_VALUE ? Long.MAX_VALUE : limit + 1;
        long found;
        if (!(match instanceof Items items)) {
            // up to a limit: off the order's index, whose first column is the most selective filter,
            // so the count stops early; all of them: the database's own choice of index
            found = countSql(filtered(wanted == Long.MAX_VALUE ? null : order.index()), null, wanted);
        } else if (items.size() == 0) {
            found = 0;
        } else if (join(items, wanted) == Join.BY_ID) {
            found = countSql(foundById(), items, wanted);
        } else {
            long[] counted = {0};
            alongOrder(items, wanted, id -> ++counted[0] < wanted);
            found = counted[0];
        }
        return new Count(Math.min(found, limit), found > limit);
    }

    /**
     * The SELECT of the filtered ids in the query's order off its index, the text left out: a page
     * without a text, a chunk of a walk along the order, EXPLAIN in tests. Its parameters are the
     * filters', then offset and limit.
     */
    String pageSql() {
        return "SELECT i.mention_id" + filtered(order.index()) + order.sql() + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
    }

    /** Binds the filters' parameters from 1; returns the next free index. */
    int bindFilters(PreparedStatement statement) throws SQLException {
        return where.bind(statement, 1);
    }

    /**
     * BY_ID when looking {@code items} up reads fewer rows than walking the order until
     * {@code wanted} are found: a walk reads about {@code wanted × rows / items} rows (the items
     * spread evenly), never more than the table.
     */
    private Join join(Items items, long wanted) throws SQLException {
        if (join != null) {
            return join;
        }
        if (items.size() > Dialect.MAX_IDS) {
            return Join.ALONG_ORDER;
        }
        long rows = tx.dialect().rowEstimate(tx.connection(), TABLE);
        double walked = Math.min(rows, (double) wanted * rows / items.size());
        return (double) items.size() * LOOKUP_COST < walked ? Join.BY_ID : Join.ALONG_ORDER;
    }

    /** FROM and WHERE of the filtered rows, read through {@code index} (null: the database's choice). */
    private String filtered(String index) {
        return " FROM " + tx.dialect().from(TABLE, "i", index) + where.sql();
    }

    /** FROM and WHERE of the found items (one array parameter), each joined to its row by primary key, filtered. */
    private String foundById() throws SQLException {
        return " FROM " + tx.dialect().idTable("found") + " JOIN "
                + tx.dialect().from(TABLE, "i", tx.dialect().primaryKeyIndex(tx.connection(), TABLE))
                + " ON i.mention_id = found.id" + where.sql();
    }

    /** Receives ids in order; false stops the reading. */
    @FunctionalInterface
    private interface IdSink {
        boolean accept(long id);
    }

    /**
     * Hands {@code sink} the ids {@code sql} selects; its parameters are {@code found}'s ids (when
     * not null), the filters', then {@code tail}.
     */
    private void read(String sql, Items found, List<Long> tail, IdSink sink) throws SQLException {
        try (PreparedStatement select = tx.connection().prepareStatement(sql)) {
            int next = bind(select, found);
            for (long parameter : tail) {
                select.setLong(next++, parameter);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next() && sink.accept(rows.getLong(1))) {
                    // the sink keeps what it wants
                }
            }
        }
    }

    /** The rows of {@code fromWhere}, at most {@code wanted}. */
    private long countSql(String fromWhere, Items found, long wanted) throws SQLException {
        boolean bounded = wanted != Long.MAX_VALUE;
        // bounded: the LIMIT needs a subquery; all: a plain COUNT, which H2 answers without gathering the rows
        try (PreparedStatement count = tx.connection().prepareStatement(bounded
                ? "SELECT COUNT(*) FROM (SELECT 1" + fromWhere + " FETCH FIRST ? ROWS ONLY) AS f"
                : "SELECT COUNT(*)" + fromWhere)) {
            int next = bind(count, found);
            if (bounded) {
                count.setLong(next, wanted);
            }
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** Binds the found ids (when not null) and the filters' parameters; returns the next free index. */
    private int bind(PreparedStatement statement, Items found) throws SQLException {
        int next = 1;
        if (found != null) {
            statement.setArray(next++, tx.dialect().ids(tx.connection(), found.ids()));
        }
        return where.bind(statement, next);
    }

    /**
     * Reads the filtered rows in the page's order off its index and hands {@code sink} those among
     * {@code items} until it says stop or the rows end. The rows come in chunks, the first sized to
     * find {@code wanted} items if they spread evenly, each further one four times larger, so the
     * rows a chunk skips again (its OFFSET) stay about a third of those read. Not one streamed
     * statement: H2's lazy execution can read a page its store has freed meanwhile ("Chunk not
     * found", h2database issue 4142).
     */
    private void alongOrder(Items items, long wanted, IdSink sink) throws SQLException {
        String sql = pageSql();
        double spread = (double) tx.dialect().rowEstimate(tx.connection(), TABLE) / items.size();
        long chunk = (long) Math.max(MIN_CHUNK, Math.min(MAX_CHUNK, wanted * spread * 1.5));
        boolean[] going = {true};
        for (long offset = 0; ; offset += chunk, chunk = Math.min(MAX_CHUNK, chunk * 4)) {
            long[] read = {0};
            read(sql, null, List.of(offset, chunk), id -> {
                read[0]++;
                going[0] = !items.contains(id) || sink.accept(id);
                return going[0];
            });
            if (!going[0] || read[0] < chunk) {
                return;
            }
        }
    }
}

package webcare.store.sql;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * The inbox's text search: every word of a triaged mention in table {@code inbox_posting}, so that
 * a search reads an index range instead of every text. A searched word matches the words it
 * begins ("pakket" finds "pakketje"), ignoring case and accents ("cafe" finds "Café"); several
 * words must all be there ({@link WordSearch} reads them). Words are written with the triage
 * results, one row per word and batch: a {@link Block} of the batch's items that have the word.
 * A database that had triaged items before the table existed gets theirs after it is migrated
 * ({@link #backfill}).
 */
final class WordIndex {

    /** The schema version that brought the table (V006 had a row per word and item; V008 the blocks). */
    static final int SINCE_VERSION = 8;
    /** Longer words are kept to their start: nobody types more to find them. */
    static final int MAX_WORD = 40;
    /** Words kept per mention: a 10,000-character text does not fill the table. */
    private static final int MAX_WORDS = 300;
    /**
     * Items per block (and transaction) when a whole database is indexed: as many as triage puts in
     * one batch (webcare.inbox's TriageBatches), so a migrated index has as few rows as a new one.
     */
    private static final int BACKFILL_BATCH = 10_000;

    /**
     * The row of {@code database_info} holding the last item the backfill indexed, there until every
     * item triaged before the blocks existed is in them.
     */
    static final String BACKFILL_MARK = "inbox_posting backfilled after mention";

    private static final System.Logger LOG = System.getLogger(WordIndex.class.getName());
    private static final String INSERT = "INSERT INTO inbox_posting (word, first_id, last_id, ids) VALUES (?, ?, ?, ?)";

    private WordIndex() {}

    /**
     * The distinct words of {@code text} in the order they first appear: runs of letters and digits,
     * lower case, without accents, at least two characters, at most {@link #MAX_WORD}.
     */
    static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null || text.isEmpty()) {
            return words;
        }
        String plain = plain(text);
        int start = -1;
        for (int i = 0; i <= plain.length() && words.size() < MAX_WORDS; i++) {
            boolean inWord = i < plain.length() && Character.isLetterOrDigit(plain.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                if (i - start >= 2) {
                    words.add(plain.substring(start, Math.min(i, start + MAX_WORD)));
                }
                start = -1;
            }
        }
        return words;
    }

    private static String plain(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (isAscii(lower)) {
            return lower; // the common case: no need to decompose
        }
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    /**
     * The ids of a word's items in one row: {@code first_id}, {@code last_id} and in {@code ids}
     * each further id as its difference to the one before, ascending, as an unsigned LEB128 varint
     * (a thousand items of a batch take about as many bytes). Built by adding ids in ascending order.
     */
    static final class Block {

        private final long first;
        private long last;
        private final ByteArrayOutputStream rest = new ByteArrayOutputStream(8);

        Block(long first) {
            this.first = first;
            this.last = first;
        }

        /** Adds {@code id}, which must be larger than every id added before. */
        void add(long id) {
            if (id <= last) {
                throw new IllegalArgumentException("ids must ascend: " + id + " after " + last);
            }
            for (long delta = id - last; ; delta >>>= 7) {
                if (delta < 0x80) {
                    rest.write((int) delta);
                    break;
                }
                rest.write((int) (delta & 0x7f) | 0x80);
            }
            last = id;
        }

        long first() {
            return first;
        }

        long last() {
            return last;
        }

        byte[] rest() {
            return rest.toByteArray();
        }

        /** Receives the ids of a stored block in ascending order. */
        @FunctionalInterface
        interface IdSink {
            void accept(long id);
        }

        /** Hands {@code sink} the ids of a block as stored: {@code first_id} and {@code ids}. */
        static void read(long first, byte[] rest, IdSink sink) {
            long id = first;
            sink.accept(id);
            long delta = 0;
            int shift = 0;
            for (byte b : rest) {
                delta |= (long) (b & 0x7f) << shift;
                if (b >= 0) {
                    id += delta;
                    sink.accept(id);
                    delta = 0;
                    shift = 0;
                } else {
                    shift += 7;
                }
            }
        }
    }

    /** The blocks of one batch of texts, by word; texts added in ascending id order. */
    private static final class Batch {

        private final Map<String, Block> blocks = new TreeMap<>(); // by word: the index's order, inserted in it

        void add(long mentionId, String text) {
            for (String word : words(text)) {
                Block block = blocks.get(word);
                if (block == null) {
                    blocks.put(word, new Block(mentionId));
                } else {
                    block.add(mentionId);
                }
            }
        }

        void write(Connection connection) throws SQLException {
            if (blocks.isEmpty()) {
                return;
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (Map.Entry<String, Block> entry : blocks.entrySet()) {
                    addRow(insert, entry.getKey(), entry.getValue());
                }
                insert.executeBatch();
            }
        }
    }

    /** Adds the row of {@code word}'s {@code block} to the batch of an {@link #INSERT}. */
    private static void addRow(PreparedStatement insert, String word, Block block) throws SQLException {
        insert.setString(1, word);
        insert.setLong(2, block.first());
        insert.setLong(3, block.last());
        insert.setBytes(4, block.rest());
        insert.addBatch();
    }

    /** Indexes these texts by mention id (each mention not indexed yet), in ascending id order. */
    static void index(Connection connection, Map<Long, String> texts) throws SQLException {
        Batch batch = new Batch();
        texts.forEach(batch::add);
        batch.write(connection);
    }

    /**
     * Indexes the inbox items after the mark in {@code database_info} ({@link #BACKFILL_MARK},
     * which migration V008 sets to 0: every item triaged before the blocks existed), a chunk per
     * transaction that also moves the mark, so a run stopped between chunks (or killed) goes on
     * where it was at the next open; when nothing is left the mark goes. Stops between chunks when
     * {@code goOn} says so. Nothing to do without a mark.
     */
    static void backfill(Connection connection, BooleanSupplier goOn) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement mark = connection.prepareStatement("SELECT info_value FROM database_info WHERE name = ?");
                PreparedStatement select = connection.prepareStatement("SELECT i.mention_id, m.body FROM inbox_item i "
                        + "JOIN mention m ON m.id = i.mention_id WHERE i.mention_id > ? ORDER BY i.mention_id "
                        + "FETCH FIRST " + BACKFILL_BATCH + " ROWS ONLY");
                PreparedStatement move = connection.prepareStatement(
                        "UPDATE database_info SET info_value = ? WHERE name = ?");
                PreparedStatement done = connection.prepareStatement("DELETE FROM database_info WHERE name = ?")) {
            mark.setString(1, BACKFILL_MARK);
            long after;
            try (ResultSet row = mark.executeQuery()) {
                if (!row.next()) {
                    return;
                }
                after = Long.parseLong(row.getString(1));
            }
            LOG.log(System.Logger.Level.INFO, "Indexing the words of the inbox items after {0} (once, after an update)",
                    after);
            while (goOn.getAsBoolean()) {
                select.setLong(1, after);
                int read = 0;
                Batch batch = new Batch();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        after = rows.getLong(1);
                        batch.add(after, rows.getString(2));
                        read++;
                    }
                }
                batch.write(connection);
                if (read < BACKFILL_BATCH) {
                    done.setString(1, BACKFILL_MARK);
                    done.executeUpdate();
                    connection.commit();
                    return;
                }
                move.setString(1, Long.toString(after));
                move.setString(2, BACKFILL_MARK);
                move.executeUpdate();
                connection.commit();
            }
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * Takes these mentions (sorted ascending) out of the index: each block that holds one of them
     * is written again without them, or deleted when nothing is left. Reads every block whose
     * range meets theirs: for removing the demo data, not for everyday work.
     */
    static void remove(Connection connection, long[] mentionIds) throws SQLException {
        if (mentionIds.length == 0) {
            return;
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT word, first_id, ids FROM inbox_posting "
                        + "WHERE first_id <= ? AND last_id >= ?");
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM inbox_posting WHERE word = ? AND first_id = ?");
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            select.setLong(1, mentionIds[mentionIds.length - 1]);
            select.setLong(2, mentionIds[0]);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String word = rows.getString(1);
                    long first = rows.getLong(2);
                    Block[] kept = {null};
                    boolean[] changed = {false};
                    Block.read(first, rows.getBytes(3), id -> {
                        if (Arrays.binarySearch(mentionIds, id) >= 0) {
                            changed[0] = true;
                        } else if (kept[0] == null) {
                            kept[0] = new Block(id);
                        } else {
                            kept[0].add(id);
                        }
                    });
                    if (changed[0]) {
                        delete.setString(1, word);
                        delete.setLong(2, first);
                        delete.addBatch();
                        if (kept[0] != null) {
                            addRow(insert, word, kept[0]);
                        }
                    }
                }
            }
            delete.executeBatch();
            insert.executeBatch();
        }
    }
}

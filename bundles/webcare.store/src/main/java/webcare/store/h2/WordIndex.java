package webcare.store.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The inbox's text search: every word of a triaged mention in table {@code inbox_word}, so that a
 * search reads an index range instead of every text. A searched word matches the words it begins
 * ("pakket" finds "pakketje"), ignoring case and accents ("cafe" finds "Café"); several words must
 * all be there ({@link WordSearch} reads them). Words are written with the triage results; a database that had triaged items
 * before the table existed gets theirs when it is migrated ({@link #backfill}).
 */
final class WordIndex {

    /** The schema version that brought the table. */
    static final int SINCE_VERSION = 6;
    /** Longer words are kept to their start: nobody types more to find them. */
    static final int MAX_WORD = 40;
    /** Words kept per mention: a 10,000-character text does not fill the table. */
    private static final int MAX_WORDS = 300;
    /** Items per statement batch when a whole database is indexed. */
    private static final int BACKFILL_BATCH = 2_000;

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

    /** Adds the words of each mention to the batch of {@code insert} ({@code INSERT … (word, mention_id)}). */
    static void add(PreparedStatement insert, long mentionId, String text) throws SQLException {
        for (String word : words(text)) {
            insert.setString(1, word);
            insert.setLong(2, mentionId);
            insert.addBatch();
        }
    }

    static final String INSERT = "INSERT INTO inbox_word (word, mention_id) VALUES (?, ?)";

    /** Indexes the texts of these mentions (each not indexed yet). */
    static void index(Connection connection, Collection<Long> mentionIds) throws SQLException {
        if (mentionIds.isEmpty()) {
            return;
        }
        long low = mentionIds.stream().mapToLong(Long::longValue).min().orElseThrow();
        long high = mentionIds.stream().mapToLong(Long::longValue).max().orElseThrow();
        Set<Long> wanted = Set.copyOf(mentionIds);
        // triage takes mentions in id order, so a batch is one short range of the primary key
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT id, body FROM mention WHERE id BETWEEN ? AND ?");
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            select.setLong(1, low);
            select.setLong(2, high);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (wanted.contains(rows.getLong(1))) {
                        add(insert, rows.getLong(1), rows.getString(2));
                    }
                }
            }
            insert.executeBatch();
        }
    }

    /** Indexes every item of the inbox; for a database triaged before the index existed. */
    static void backfill(Connection connection) throws SQLException {
        long after = Long.MIN_VALUE;
        try (PreparedStatement select = connection.prepareStatement("SELECT i.mention_id, m.body FROM inbox_item i "
                        + "JOIN mention m ON m.id = i.mention_id WHERE i.mention_id > ? ORDER BY i.mention_id "
                        + "FETCH FIRST " + BACKFILL_BATCH + " ROWS ONLY");
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            while (true) {
                select.setLong(1, after);
                int read = 0;
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        after = rows.getLong(1);
                        add(insert, after, rows.getString(2));
                        read++;
                    }
                }
                insert.executeBatch();
                connection.commit();
                if (read < BACKFILL_BATCH) {
                    return;
                }
            }
        }
    }
}

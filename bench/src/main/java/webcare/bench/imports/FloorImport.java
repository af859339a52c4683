package webcare.bench.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The floor: the least a JSON Lines import into H2 has to do. Reads the file line by line, parses
 * each line with Jackson's streaming parser into the columns, and inserts them with one JDBC batch
 * and one commit per {@code batch} lines into a table with a unique key on (source, id), on one
 * thread. No checks, no lookups, no objects per line, nothing else indexed. Same H2 version and
 * URL settings as the product's store.
 */
final class FloorImport {

    private static final String TABLE = "CREATE TABLE floor_mention ("
            + " source VARCHAR(2000) NOT NULL, instance VARCHAR(2000), external_id VARCHAR(2000) NOT NULL,"
            + " kind VARCHAR(10), thread_id VARCHAR(2000), in_reply_to VARCHAR(2000), author_id VARCHAR(2000),"
            + " author_handle VARCHAR(2000), author_name VARCHAR(2000), author_followers BIGINT,"
            + " body VARCHAR(20000), lang VARCHAR(2000), rating SMALLINT, url VARCHAR(2000),"
            + " created_at TIMESTAMP WITH TIME ZONE, updated_at TIMESTAMP WITH TIME ZONE,"
            + " CONSTRAINT floor_key UNIQUE (source, external_id))";
    private static final String INSERT = "INSERT INTO floor_mention (source, instance, external_id, kind, thread_id,"
            + " in_reply_to, author_id, author_handle, author_name, author_followers, body, lang, rating, url,"
            + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int COLUMNS = 16;

    private FloorImport() {}

    /** Rows inserted, and the seconds from opening the file to the last commit. */
    record Result(long rows, double seconds) {}

    /** Imports {@code file} into a new database in {@code dir}. */
    static Result run(Path file, Path dir, int batch) throws IOException, SQLException {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:file:" + dir.resolve("floor") + ";DB_CLOSE_ON_EXIT=FALSE");
        JsonFactory json = new JsonFactory();
        long rows = 0;
        double seconds;
        try (Connection connection = source.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(TABLE);
            }
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                            .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
                    PreparedStatement insert = connection.prepareStatement(INSERT)) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    bind(json, line, insert);
                    insert.addBatch();
                    if (++rows % batch == 0) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
            seconds = (System.nanoTime() - started) / 1e9;
            try (Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
        }
        return new Result(rows, seconds);
    }

    private static void bind(JsonFactory json, String line, PreparedStatement insert) throws IOException, SQLException {
        for (int i = 1; i <= COLUMNS; i++) {
            insert.setNull(i, Types.NULL);
        }
        try (JsonParser parser = json.createParser(line)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                switch (name) {
                    case "source" -> insert.setString(1, parser.getText());
                    case "instance" -> insert.setString(2, parser.getText());
                    case "id" -> insert.setString(3, parser.getText());
                    case "kind" -> insert.setString(4, parser.getText());
                    case "thread" -> insert.setString(5, parser.getText());
                    case "inReplyTo" -> insert.setString(6, parser.getText());
                    case "author" -> {
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            String field = parser.currentName();
                            parser.nextToken();
                            switch (field) {
                                case "id" -> insert.setString(7, parser.getText());
                                case "handle" -> insert.setString(8, parser.getText());
                                case "name" -> insert.setString(9, parser.getText());
                                case "followers" -> insert.setLong(10, parser.getLongValue());
                                default -> parser.skipChildren();
                            }
                        }
                    }
                    case "text" -> insert.setString(11, parser.getText());
                    case "lang" -> insert.setString(12, parser.getText());
                    case "rating" -> insert.setShort(13, (short) parser.getIntValue());
                    case "url" -> insert.setString(14, parser.getText());
                    case "created" -> insert.setObject(15, utc(parser.getText()));
                    case "updated" -> insert.setObject(16, utc(parser.getText()));
                    default -> parser.skipChildren();
                }
            }
        }
    }

    private static OffsetDateTime utc(String instant) {
        return OffsetDateTime.ofInstant(Instant.parse(instant), ZoneOffset.UTC);
    }
}

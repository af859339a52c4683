package webcare.store.sql;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.TreeMap;
import webcare.files.WholeFile;

/**
 * What the database file looked like when the workbench last closed it cleanly: its size, its
 * modification time and how many rows each table held. Written beside the file after a clean
 * close and deleted once the file is open again, so a record that is missing or does not match
 * the file means the file needs recovery (or was changed by someone else) and is copied first;
 * the row counts then tell what a recovery lost. The schema version lets the next open refuse a
 * database of a newer Webcare Workbench, or go ahead, without opening the file twice to look.
 *
 * @param schemaVersion the schema version the file was closed at; 0 when the record does not say
 */
record CloseRecord(long size, long modifiedMillis, int schemaVersion, Map<String, Long> rows) {

    CloseRecord {
        rows = Map.copyOf(rows);
    }

    /** The record kept beside {@code dataFile}. */
    static Path beside(Path dataFile) {
        return dataFile.resolveSibling(H2Store.FILE_NAME + ".closed.properties");
    }

    /** The record of how {@code dataFile} is now, with {@code rows} counted just before its close. */
    static CloseRecord of(Path dataFile, int schemaVersion, Map<String, Long> rows) throws IOException {
        return new CloseRecord(Files.size(dataFile), Files.getLastModifiedTime(dataFile).toMillis(), schemaVersion,
                rows);
    }

    /** The record beside {@code dataFile}; empty when there is none or it cannot be read. */
    static Optional<CloseRecord> read(Path dataFile) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(beside(dataFile), StandardCharsets.UTF_8)) {
            properties.load(in);
            Map<String, Long> rows = new TreeMap<>();
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith("rows.")) {
                    rows.put(key.substring("rows.".length()), Long.parseLong(properties.getProperty(key)));
                }
            }
            return Optional.of(new CloseRecord(Long.parseLong(properties.getProperty("size")),
                    Long.parseLong(properties.getProperty("modified")),
                    Integer.parseInt(properties.getProperty("schemaVersion", "0")), rows));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code dataFile} is still as this record says. */
    boolean matches(Path dataFile) throws IOException {
        return Files.size(dataFile) == size && Files.getLastModifiedTime(dataFile).toMillis() == modifiedMillis;
    }

    /** How many rows {@code table} held, if known. */
    OptionalLong rows(String table) {
        Long count = rows.get(table);
        return count == null ? OptionalLong.empty() : OptionalLong.of(count);
    }

    /** Writes this record beside {@code dataFile}: beside, then moved, so no half record is ever read. */
    void write(Path dataFile) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("size", Long.toString(size));
        properties.setProperty("modified", Long.toString(modifiedMillis));
        properties.setProperty("schemaVersion", Integer.toString(schemaVersion));
        rows.forEach((table, count) -> properties.setProperty("rows." + table, Long.toString(count)));
        Path target = beside(dataFile);
        // store(Writer) flushes what it wrote; WholeFile closes the stream
        WholeFile.write(target, "." + target.getFileName(), out -> properties.store(
                new OutputStreamWriter(out, StandardCharsets.UTF_8),
                "Webcare Workbench: the database file as it was closed; do not edit"));
    }

    /** Removes the record beside {@code dataFile}: the file is open and about to change. */
    static void remove(Path dataFile) throws IOException {
        try {
            Files.delete(beside(dataFile));
        } catch (NoSuchFileException alreadyGone) {
            // nothing recorded: a first open, or a crash last time
        }
    }
}

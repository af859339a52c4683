package webcare.store.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One numbered schema change. Shipped migrations live in {@code db/migration/V001.sql},
 * {@code V002.sql}, … inside this bundle: numbered without gaps, never edited once released.
 * The first line is a {@code --} comment describing the change.
 */
record Migration(int version, String description, String sql) {

    private static final String LOCATION = "db/migration/V%03d.sql";

    /** The migrations this bundle ships, in order. */
    static List<Migration> bundled() {
        ClassLoader loader = Migration.class.getClassLoader();
        List<Migration> migrations = new ArrayList<>();
        for (int version = 1; ; version++) {
            String name = String.format(LOCATION, version);
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in == null) {
                    return List.copyOf(migrations);
                }
                migrations.add(parse(version, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read migration " + name, e);
            }
        }
    }

    static Migration parse(int version, String script) {
        String firstLine = script.lines().findFirst().orElse("").strip();
        String description = firstLine.startsWith("--") ? firstLine.substring(2).strip() : "V" + version;
        return new Migration(version, description, script);
    }

    /** The statements of the script: each ends with a semicolon at the end of a line. */
    List<String> statements() {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.lines().toList()) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("migration V" + version + " ends without ';'");
        }
        return statements;
    }
}

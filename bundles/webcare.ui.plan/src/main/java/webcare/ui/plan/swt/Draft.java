package webcare.ui.plan.swt;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * Unsaved edits kept on disk when the editor closes or the workbench quits: {@code
 * data/plan-draft.json} (the plan, in the plan JSON format) beside {@code
 * data/plan-draft.properties} (the revision it was based on, and when it was kept). Both are
 * written beside and moved into place, so a crash never leaves half a draft.
 */
final class Draft {

    /**
     * A kept draft.
     *
     * @param json    the plan as plan JSON
     * @param basedOn the working plan's revision the edits started from
     * @param keptAt  when the draft was written
     */
    record Kept(String json, long basedOn, Instant keptAt) {}

    private final Path json;
    private final Path meta;

    Draft(Path dataDirectory) {
        this.json = dataDirectory.resolve("plan-draft.json");
        this.meta = dataDirectory.resolve("plan-draft.properties");
    }

    Path file() {
        return json;
    }

    void write(String planJson, long basedOn, Instant keptAt) throws IOException {
        Files.createDirectories(json.getParent());
        Properties properties = new Properties();
        properties.setProperty("basedOn", Long.toString(basedOn));
        properties.setProperty("keptAt", keptAt.toString());
        Path metaTemporary = meta.resolveSibling("." + meta.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(metaTemporary, StandardCharsets.UTF_8)) {
            properties.store(out, "Unsaved crisis-plan edits: the revision they are based on");
        }
        Path jsonTemporary = json.resolveSibling("." + json.getFileName() + ".tmp");
        Files.writeString(jsonTemporary, planJson, StandardCharsets.UTF_8);
        Files.move(metaTemporary, meta, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.move(jsonTemporary, json, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The kept draft; empty when there is none. A draft without its revision counts as based on 0. */
    Optional<Kept> read() throws IOException {
        if (!Files.isRegularFile(json)) {
            return Optional.empty();
        }
        String text = Files.readString(json, StandardCharsets.UTF_8);
        Properties properties = new Properties();
        if (Files.isRegularFile(meta)) {
            try (Reader in = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
                properties.load(in);
            }
        }
        long basedOn = parseLong(properties.getProperty("basedOn"));
        Instant keptAt;
        try {
            keptAt = Instant.parse(properties.getProperty("keptAt", ""));
        } catch (java.time.format.DateTimeParseException e) {
            keptAt = Files.getLastModifiedTime(json).toInstant();
        }
        return Optional.of(new Kept(text, basedOn, keptAt));
    }

    void discard() throws IOException {
        Files.deleteIfExists(json);
        Files.deleteIfExists(meta);
    }

    private static long parseLong(String text) {
        try {
            return text == null ? 0 : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

package webcare.ui.plan.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import webcare.files.WholeFile;

/**
 * Unsaved edits kept on disk when the editor closes or the workbench quits: {@code
 * data/plan-draft.json}, the plan (in the plan JSON format) wrapped with the revision it was based
 * on and when it was kept. One file, written beside and moved into place in one atomic move, so a
 * crash never pairs a plan with another draft's revision (a save would then pass the conflict
 * check with stale content).
 */
public final class Draft {

    /**
     * A kept draft.
     *
     * @param json    the plan as plan JSON
     * @param basedOn the working plan's revision the edits started from
     * @param keptAt  when the draft was written
     */
    public record Kept(String json, long basedOn, Instant keptAt) {}

    /** The wrapper's head, as written: the plan follows it and the closing brace ends the file. */
    private static final Pattern HEAD = Pattern.compile(
            "\\A\\{\"draft\": \\{\"basedOn\": (-?\\d+), \"keptAt\": \"([^\"]*)\"\\},\n \"plan\": ");
    private static final String TAIL = "\n}\n";

    private final Path json;

    public Draft(Path dataDirectory) {
        this.json = dataDirectory.resolve("plan-draft.json");
    }

    public Path file() {
        return json;
    }

    public void write(String planJson, long basedOn, Instant keptAt) throws IOException {
        Files.createDirectories(json.getParent());
        String text = "{\"draft\": {\"basedOn\": " + basedOn + ", \"keptAt\": \"" + keptAt + "\"},\n \"plan\": "
                + planJson + TAIL;
        WholeFile.writeString(json, "." + json.getFileName(), text);
    }

    /**
     * The kept draft; empty when there is none. A file without the wrapper is taken as the plan
     * alone, based on revision 0 (so a save of it meets the conflict check), kept when it was last
     * modified.
     */
    public Optional<Kept> read() throws IOException {
        if (!Files.isRegularFile(json)) {
            return Optional.empty();
        }
        String text = Files.readString(json, StandardCharsets.UTF_8);
        Matcher head = HEAD.matcher(text);
        if (head.lookingAt() && text.endsWith(TAIL)) {
            Instant keptAt;
            long basedOn;
            try {
                keptAt = Instant.parse(head.group(2));
                basedOn = Long.parseLong(head.group(1));
            } catch (DateTimeParseException | NumberFormatException e) {
                keptAt = Files.getLastModifiedTime(json).toInstant();
                basedOn = 0;
            }
            return Optional.of(new Kept(text.substring(head.end(), text.length() - TAIL.length()), basedOn, keptAt));
        }
        return Optional.of(new Kept(text, 0, Files.getLastModifiedTime(json).toInstant()));
    }

    public void discard() throws IOException {
        Files.deleteIfExists(json);
    }
}

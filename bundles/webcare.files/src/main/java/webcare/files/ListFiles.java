package webcare.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads line-based list files (word lists, phrase lists): the ones bundled with a bundle and a
 * team's own in a folder under {@code $WEBCARE_HOME/etc}. Blank lines and lines starting with
 * {@code #} are skipped (a byte-order mark too); every other line goes on with its place
 * ({@code etc/tone/ours.txt:12}) for messages.
 */
public final class ListFiles {

    /** One line of a list file that holds an entry. */
    public record Line(String place, String text) {
    }

    private ListFiles() {
    }

    /** The entry lines of a resource bundled next to {@code owner}; a missing one is a build error. */
    public static List<Line> bundled(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled list " + name + " is missing from the bundle next to " + owner.getName());
            }
            return lines(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled list " + name, e);
        }
    }

    /**
     * The entry lines of every file in {@code folder} whose name matches {@code glob}, in name
     * order; a file that cannot be read (or is not UTF-8) is reported to {@code problems} and skipped.
     *
     * @param place how the folder is named in messages, e.g. {@code etc/tone}
     * @param glob  which files, e.g. {@code *.txt} or {@code abuse-*.txt}
     */
    public static List<Line> team(Path folder, String place, String glob, Consumer<String> problems) {
        List<Line> lines = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return lines;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(folder, glob)) {
            found.forEach(files::add);
        } catch (IOException e) {
            problems.accept(place + ": cannot list the " + glob + " files (" + e.getMessage() + "); only the bundled lists apply");
            return lines;
        }
        files.sort(null);
        for (Path file : files) {
            String name = place + "/" + file.getFileName();
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                lines.addAll(lines(name, reader));
            } catch (CharacterCodingException e) {
                problems.accept(name + ": not UTF-8 text; save it as UTF-8 (the file is skipped)");
            } catch (IOException e) {
                problems.accept(name + ": cannot be read (" + e.getMessage() + "); the file is skipped");
            }
        }
        return lines;
    }

    private static List<Line> lines(String name, BufferedReader reader) throws IOException {
        List<Line> lines = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String entry = line.strip();
            if (number == 1 && entry.startsWith("\uFEFF")) {
                entry = entry.substring(1).strip();
            }
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                lines.add(new Line(name + ":" + number, entry));
            }
        }
        return lines;
    }
}

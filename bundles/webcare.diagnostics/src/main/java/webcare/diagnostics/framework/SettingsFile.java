package webcare.diagnostics.framework;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import webcare.diagnostics.api.ConfigurationProblem;

/**
 * The bytes of an {@code etc/*.cfg} file. File Install reads the files as UTF-8 (the launcher
 * says so) and silently puts U+FFFD where bytes are no UTF-8, typically a file saved as Latin-1 or
 * Windows-1252: the value used is then not the one written, so each such line (but a comment) is named.
 */
final class SettingsFile {

    private SettingsFile() {}

    /** One problem for each line of {@code path} that is not UTF-8, with its number and key; {@code file} names it. */
    static List<ConfigurationProblem> notUtf8(String file, Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return List.of(); // removed meanwhile: File Install is about to drop its configuration
        } catch (IOException e) {
            return List.of(new ConfigurationProblem(file, "", "cannot be read: " + e.getMessage()));
        }
        List<ConfigurationProblem> found = new ArrayList<>();
        int number = 1;
        for (int start = 0; start <= bytes.length; number++) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            String line = new String(bytes, start, end - start, StandardCharsets.UTF_8);
            if (!comment(line) && !utf8(bytes, start, end - start)) {
                found.add(new ConfigurationProblem(file, key(line), "line " + number + " holds bytes that are not "
                        + "UTF-8 (was the file saved as Latin-1 or Windows-1252?): save it as UTF-8"));
            }
            start = end + 1;
        }
        return found;
    }

    /** A comment changes no value, whatever its bytes. */
    private static boolean comment(String line) {
        String text = line.stripLeading();
        return text.startsWith("#") || text.startsWith("!");
    }

    private static boolean utf8(byte[] bytes, int start, int length) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The key a properties line sets: what comes before the first '=', ':' or white space. */
    static String key(String line) {
        String text = line.strip();
        int end = 0;
        while (end < text.length() && "=: \t".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return text.substring(0, end);
    }
}

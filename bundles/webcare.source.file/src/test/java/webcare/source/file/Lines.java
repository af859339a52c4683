package webcare.source.file;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.model.MentionKind;

/** Reading and writing mention files in memory, and mentions to read and write. */
final class Lines {

    private Lines() {}

    static List<ParsedLine> read(MentionFormat format, byte[] bytes) {
        try (MentionReader reader = format.reader(new ByteArrayInputStream(bytes))) {
            List<ParsedLine> lines = new ArrayList<>();
            ParsedLine line;
            while ((line = reader.next()) != null) {
                lines.add(line);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ParsedLine> read(MentionFormat format, String text) {
        return read(format, text.getBytes(StandardCharsets.UTF_8));
    }

    static List<Mention> good(List<ParsedLine> lines) {
        return lines.stream().filter(ParsedLine.Good.class::isInstance).map(line -> ((ParsedLine.Good) line).mention())
                .toList();
    }

    static byte[] write(MentionFormat format, List<Mention> mentions) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MentionWriter writer = format.writer(out)) {
            for (Mention mention : mentions) {
                writer.write(mention);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Every field set, with text that needs escaping or quoting in both formats. */
    static Mention full() {
        return new Mention("trustpilot", "shop", "r-9", MentionKind.REVIEW, "thread-1", "r-8",
                new Author("a1", "anke", "Anke \"de\" Vries, Utrecht", 31L, "https://trustpilot.com/users/a1"),
                "Prima, maar \"traag\" — ☕ 😀\r\nTweede regel;\tmet tab", "nl", 4, "https://trustpilot.com/reviews/r-9",
                Instant.parse("2026-10-25T00:30:00.123456Z"), Instant.parse("2026-10-25T02:00:00Z"),
                "{\"id\":\"r-9\",\"stars\":4}", true);
    }

    /** Only what is required. */
    static Mention bare() {
        return new Mention("twitter", "", "1850000000000000001", MentionKind.POST, null, null, null, "hoi", null, null,
                null, Instant.parse("2026-10-25T08:00:00Z"), null, null, false);
    }
}

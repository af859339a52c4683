package webcare.source.file;

import static org.assertj.core.api.Assertions.assertThat;
import static webcare.source.file.Lines.good;
import static webcare.source.file.Lines.read;
import static webcare.source.file.Lines.write;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.model.MentionKind;

class RoundTripTest {

    private static Mention text(String id, String text) {
        return new Mention("feed", "news", id, MentionKind.COMMENT, null, null, null, text, null, null, null,
                Instant.parse("2026-10-25T08:00:00.000001Z"), null, null, false);
    }

    /** Values that need escaping, quoting or care in one format or the other. */
    static List<Mention> awkward() {
        List<Mention> mentions = new ArrayList<>(List.of(Lines.full(), Lines.bare()));
        mentions.add(text("empty", ""));
        mentions.add(text("spaces", "  leading and trailing  "));
        mentions.add(text("comment", "# not a comment"));
        mentions.add(text("quotes", "\""));
        mentions.add(text("commas", ",,,"));
        mentions.add(text("lf", "a\nb\n"));
        mentions.add(text("cr", "a\rb"));
        mentions.add(text("separators", "line\u2028para\u2029end"));
        mentions.add(text("controls", "nul\u0000bell\u0007"));
        mentions.add(text("surrogate", "half \uD83D"));
        mentions.add(text("backslash", "C:\\temp\\\"x\""));
        mentions.add(new Mention("google", "", "g", MentionKind.REVIEW, "", "", new Author("", null, null, 0L, null),
                "", "", 1, "", Instant.parse("2026-10-25T08:00:00Z"), Instant.parse("2026-10-26T08:00:00Z"), "",
                false));
        mentions.add(new Mention("twitter", "brand", "x", MentionKind.MESSAGE, null, null,
                new Author(null, null, null, null, null), "author without fields", null, null, null,
                Instant.parse("2026-10-25T08:00:00Z"), null, null, false));
        return mentions;
    }

    @ParameterizedTest
    @EnumSource(MentionFormat.class)
    void writingWhatWasReadGivesTheSameBytes(MentionFormat format) {
        byte[] first = write(format, awkward());

        List<ParsedLine> lines = read(format, first);
        byte[] second = write(format, good(lines));

        assertThat(lines).allMatch(ParsedLine.Good.class::isInstance);
        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest
    @EnumSource(MentionFormat.class)
    void readsBackWhatWasWritten(MentionFormat format) {
        List<Mention> read = good(read(format, write(format, List.of(Lines.full(), Lines.bare()))));

        assertThat(read).containsExactly(Lines.full(), Lines.bare());
    }
}

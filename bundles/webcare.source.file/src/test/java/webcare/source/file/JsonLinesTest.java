package webcare.source.file;

import static org.assertj.core.api.Assertions.assertThat;
import static webcare.source.file.Lines.good;
import static webcare.source.file.Lines.read;
import static webcare.source.file.Lines.write;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.model.MentionKind;

class JsonLinesTest {

    private static final MentionFormat JSONL = MentionFormat.JSONL;

    @Nested
    class Reading {

        @Test
        void readsEveryField() {
            String line = "{\"source\":\"trustpilot\",\"instance\":\"shop\",\"id\":\"r-9\",\"kind\":\"review\","
                    + "\"created\":\"2026-10-25T00:30:00.123456Z\",\"updated\":\"2026-10-25T02:00:00Z\","
                    + "\"thread\":\"thread-1\",\"inReplyTo\":\"r-8\",\"author\":{\"id\":\"a1\",\"handle\":\"anke\","
                    + "\"name\":\"Anke \\\"de\\\" Vries, Utrecht\",\"followers\":31,"
                    + "\"url\":\"https://trustpilot.com/users/a1\"},"
                    + "\"text\":\"Prima, maar \\\"traag\\\" — ☕ 😀\\r\\nTweede regel;\\tmet tab\",\"lang\":\"nl\","
                    + "\"rating\":4,\"url\":\"https://trustpilot.com/reviews/r-9\",\"truncated\":true,"
                    + "\"raw\":\"{\\\"id\\\":\\\"r-9\\\",\\\"stars\\\":4}\"}\n";

            assertThat(read(JSONL, line)).containsExactly(new ParsedLine.Good(1, Lines.full()));
        }

        @Test
        void fillsInWhatIsOptional() {
            String line = "{\"source\":\"twitter\",\"id\":\"1850000000000000001\",\"text\":\"hoi\","
                    + "\"created\":\"2026-10-25T08:00:00Z\"}";

            assertThat(good(read(JSONL, line))).containsExactly(Lines.bare());
        }

        @Test
        void takesIdsGivenAsNumbersAndInstantsWithAnOffsetAndIgnoresUnknownFields() {
            String line = "{\"source\":\"twitter\",\"id\":1850000000000000001,\"text\":\"hoi\","
                    + "\"created\":\"2026-10-25T10:00:00+02:00\",\"retweets\":{\"count\":[1,2]},\"lang\":null}";

            assertThat(good(read(JSONL, line))).containsExactly(Lines.bare());
        }

        @Test
        void readsUnicodeCrlfLineEndsAByteOrderMarkAndSkipsBlankLines() {
            String text = "\uFEFF{\"source\":\"facebook\",\"id\":\"1\",\"text\":\"Geen 🚚 bezorgd, ünïcödé, مرحبا\","
                    + "\"created\":\"2026-10-25T08:00:00Z\"}\r\n\r\n   \r\n"
                    + "{\"source\":\"facebook\",\"id\":\"2\",\"text\":\"二\",\"created\":\"2026-10-25T08:00:00Z\"}\r\n";

            List<ParsedLine> lines = read(JSONL, text);

            assertThat(lines).extracting(ParsedLine::line).containsExactly(1L, 4L);
            assertThat(good(lines)).extracting(Mention::text).containsExactly("Geen 🚚 bezorgd, ünïcödé, مرحبا", "二");
        }

        @Test
        void replacesBytesThatAreNotUtf8AndUnpairedSurrogates() {
            byte[] start = "{\"source\":\"feed\",\"id\":\"1\",\"text\":\"caf".getBytes(StandardCharsets.UTF_8);
            byte[] end = " \\ud83d!\",\"created\":\"2026-10-25T08:00:00Z\"}\n".getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes(start);
            bytes.write(0xE9); // Latin-1 é
            bytes.write(0xFF);
            bytes.writeBytes(end);

            assertThat(good(read(JSONL, bytes.toByteArray()))).extracting(Mention::text)
                    .containsExactly("caf\uFFFD\uFFFD \uFFFD!");
        }

        @Test
        void leavesCuttingOverlongFieldsToTheMention() {
            String line = "{\"source\":\"feed\",\"id\":\"1\",\"text\":\"" + "x".repeat(Mention.MAX_TEXT + 1)
                    + "\",\"created\":\"2026-10-25T08:00:00Z\"}";

            Mention mention = good(read(JSONL, line)).get(0);

            assertThat(mention.text()).hasSize(Mention.MAX_TEXT);
            assertThat(mention.truncated()).isTrue();
        }
    }

    @Nested
    class BadLines {

        private static final String OK = "{\"source\":\"twitter\",\"id\":\"1\",\"text\":\"t\",\"created\":\"2026-10-25T08:00:00Z\"}";

        private List<ParsedLine> readWithGoodLinesAround(String bad) {
            return read(JSONL, OK + "\n" + bad + "\n" + OK.replace("\"1\"", "\"2\"") + "\n");
        }

        private String reason(String bad) {
            List<ParsedLine> lines = readWithGoodLinesAround(bad);
            assertThat(lines).hasSize(3);
            assertThat(lines.get(0)).isInstanceOf(ParsedLine.Good.class);
            assertThat(lines.get(2)).isInstanceOf(ParsedLine.Good.class);
            assertThat(lines.get(1)).isInstanceOf(ParsedLine.Bad.class).extracting(ParsedLine::line).isEqualTo(2L);
            return ((ParsedLine.Bad) lines.get(1)).reason();
        }

        @Test
        void namesTheFieldAndTheValueThatIsWrong() {
            assertThat(reason(OK.replace("2026-10-25T08:00:00Z", "yesterday")))
                    .isEqualTo("'created' is not an ISO-8601 instant: \"yesterday\"");
            assertThat(reason(OK.replace("}", ",\"updated\":\"2026-10-25\"}")))
                    .isEqualTo("'updated' is not an ISO-8601 instant: \"2026-10-25\"");
            assertThat(reason(OK.replace("}", ",\"rating\":0}"))).isEqualTo("'rating' must be 1 to 5: 0");
            assertThat(reason(OK.replace("}", ",\"rating\":4.5}"))).isEqualTo("'rating' must be a whole number");
            assertThat(reason(OK.replace("}", ",\"kind\":\"tweet\"}")))
                    .isEqualTo("'kind' must be post, comment, reply, review or message: \"tweet\"");
            assertThat(reason(OK.replace("}", ",\"author\":{\"followers\":-1}}")))
                    .isEqualTo("'author.followers' must be 0 or more: -1");
            assertThat(reason(OK.replace("}", ",\"author\":\"anke\"}"))).isEqualTo("'author' must be an object");
            assertThat(reason(OK.replace("\"text\":\"t\"", "\"text\":7"))).isEqualTo("'text' must be a string");
        }

        @Test
        void reportsMissingRequiredFields() {
            assertThat(reason(OK.replace("\"created\":\"2026-10-25T08:00:00Z\"", "\"x\":1")))
                    .isEqualTo("'created' is missing");
            assertThat(reason(OK.replace("\"source\":\"twitter\",", ""))).isEqualTo("'source' is missing");
            assertThat(reason(OK.replace("\"id\":\"1\"", "\"id\":\"  \""))).isEqualTo("'id' is empty");
            assertThat(reason(OK.replace("\"text\":\"t\",", ""))).isEqualTo("'text' is missing");
        }

        @Test
        void saysWhereALineEndsTooEarlyWithoutJacksonsSourceDescription() {
            assertThat(reason("{\"source\":\"twitter\",\"id\":\"1\""))
                    .isEqualTo("not valid JSON at column 29: unexpected end of input: expected close marker for Object");
            assertThat(reason("{\"author\":{\"name\":\"a\",\"name\":\"b\"}}")).endsWith(": duplicate key \"name\"");
        }

        @Test
        void reportsJsonThatIsBrokenOrNotOneObject() {
            assertThat(reason("{\"source\":\"twitter\" \"id\":\"1\"}"))
                    .isEqualTo("not valid JSON at column 21: unexpected character ('\"' (code 34)): "
                    + "was expecting comma to separate Object entries");
            assertThat(reason("[1,2]")).isEqualTo("not a JSON object");
            assertThat(reason(OK + " " + OK)).isEqualTo("more than one JSON value on the line");
            assertThat(reason(OK.replace("}", ",\"text\":\"again\"}"))).startsWith("not valid JSON at column ")
                    .endsWith(": duplicate key \"text\"");
        }

        @Test
        void skipsALineTooLongToHoldWithoutHoldingIt() {
            String huge = "{\"source\":\"feed\",\"id\":\"1\",\"text\":\"" + "y".repeat(JsonLinesReader.MAX_LINE)
                    + "\",\"created\":\"2026-10-25T08:00:00Z\"}";

            assertThat(reason(huge)).isEqualTo("longer than 8 MiB");
        }
    }

    @Nested
    class Writing {

        @Test
        void writesFieldsInAFixedOrderOneObjectPerLine() {
            byte[] bytes = write(JSONL, List.of(Lines.full(), Lines.bare()));

            assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(
                    "{\"source\":\"trustpilot\",\"instance\":\"shop\",\"id\":\"r-9\",\"kind\":\"review\","
                    + "\"created\":\"2026-10-25T00:30:00.123456Z\",\"updated\":\"2026-10-25T02:00:00Z\","
                    + "\"thread\":\"thread-1\",\"inReplyTo\":\"r-8\",\"author\":{\"id\":\"a1\",\"handle\":\"anke\","
                    + "\"name\":\"Anke \\\"de\\\" Vries, Utrecht\",\"followers\":31,"
                    + "\"url\":\"https://trustpilot.com/users/a1\"},"
                    + "\"text\":\"Prima, maar \\\"traag\\\" — ☕ 😀\\r\\nTweede regel;\\tmet tab\",\"lang\":\"nl\","
                    + "\"rating\":4,\"url\":\"https://trustpilot.com/reviews/r-9\",\"truncated\":true,"
                    + "\"raw\":\"{\\\"id\\\":\\\"r-9\\\",\\\"stars\\\":4}\"}\n"
                    + "{\"source\":\"twitter\",\"id\":\"1850000000000000001\",\"kind\":\"post\","
                    + "\"created\":\"2026-10-25T08:00:00Z\",\"text\":\"hoi\"}\n");
        }

        @Test
        void writesAnUnpairedSurrogateAsTheReplacementCharacter() {
            Mention broken = new Mention("feed", "", "1", MentionKind.POST, null, null,
                    new Author(null, null, "x\uDC00", null, null), "a\uD83Db", null, null, null,
                    Instant.parse("2026-10-25T08:00:00Z"), null, null, false);

            String line = new String(write(JSONL, List.of(broken)), StandardCharsets.UTF_8);

            assertThat(line).contains("\"name\":\"x\uFFFD\"").contains("\"text\":\"a\uFFFDb\"");
        }
    }
}

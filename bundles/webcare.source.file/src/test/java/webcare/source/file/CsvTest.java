package webcare.source.file;

import static org.assertj.core.api.Assertions.assertThat;
import static webcare.source.file.Lines.good;
import static webcare.source.file.Lines.read;
import static webcare.source.file.Lines.write;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import webcare.model.Mention;

class CsvTest {

    private static final MentionFormat CSV = MentionFormat.CSV;
    private static final String HEADER = "source,instance,id,kind,created,updated,thread,inReplyTo,author_id,"
            + "author_handle,author_name,author_followers,author_url,text,lang,rating,url,truncated,raw\r\n";
    private static final String FULL = "trustpilot,shop,r-9,review,2026-10-25T00:30:00.123456Z,2026-10-25T02:00:00Z,"
            + "thread-1,r-8,a1,anke,\"Anke \"\"de\"\" Vries, Utrecht\",31,https://trustpilot.com/users/a1,"
            + "\"Prima, maar \"\"traag\"\" — ☕ 😀\r\nTweede regel;\tmet tab\",nl,4,https://trustpilot.com/reviews/r-9,"
            + "true,\"{\"\"id\"\":\"\"r-9\"\",\"\"stars\"\":4}\"\r\n";
    private static final String BARE = "twitter,,1850000000000000001,post,2026-10-25T08:00:00Z,,,,,,,,,hoi,,,,false,\r\n";

    @Nested
    class Reading {

        @Test
        void readsEveryFieldWithQuotingAndALineBreakInAValue() {
            List<ParsedLine> lines = read(CSV, HEADER + FULL + BARE);

            assertThat(lines).containsExactly(new ParsedLine.Good(2, Lines.full()), new ParsedLine.Good(4, Lines.bare()));
        }

        @Test
        void takesColumnsInAnyOrderAndCaseIgnoresUnknownOnesAndReadsLfLineEnds() {
            String text = "\uFEFFText,CREATED,Source,notes,id\n"
                    + "hoi,2026-10-25T08:00:00Z,twitter,whatever,1850000000000000001\n"
                    + "\n"
                    + ",2026-10-25T08:00:00Z,google,\"a, b\",g1\n";

            List<ParsedLine> lines = read(CSV, text);

            assertThat(lines).extracting(ParsedLine::line).containsExactly(2L, 4L);
            assertThat(good(lines).get(0)).isEqualTo(Lines.bare());
            assertThat(good(lines).get(1).text()).as("an empty text cell is empty text").isEmpty();
        }

        @Test
        void replacesBytesThatAreNotUtf8() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes("source,id,text,created\r\nfeed,1,caf".getBytes(StandardCharsets.UTF_8));
            bytes.write(0xE9);
            bytes.writeBytes(" ☕,2026-10-25T08:00:00Z\r\n".getBytes(StandardCharsets.UTF_8));

            assertThat(good(read(CSV, bytes.toByteArray()))).extracting(Mention::text).containsExactly("caf\uFFFD ☕");
        }
    }

    @Nested
    class BadRecords {

        private static final String SHORT_HEADER = "source,id,text,created,rating,author_followers,truncated\r\n";

        private ParsedLine.Bad bad(List<ParsedLine> lines, int index) {
            assertThat(lines.get(index)).isInstanceOf(ParsedLine.Bad.class);
            return (ParsedLine.Bad) lines.get(index);
        }

        @Test
        void reportsEachBadRecordByTheLineItStartsOnAndReadsOn() {
            String text = SHORT_HEADER
                    + "feed,1,\"two\nlines\",2026-10-25T08:00:00Z,,,\r\n"   // lines 2-3
                    + "feed,2,t,yesterday,,,\r\n"                              // 4
                    + "feed,3,t,2026-10-25T08:00:00Z,0,,\r\n"                  // 5
                    + "feed,4,t,2026-10-25T08:00:00Z,vijf,,\r\n"               // 6
                    + "feed,5,t,2026-10-25T08:00:00Z,,,yes\r\n"                // 7
                    + "feed,6,t,2026-10-25T08:00:00Z\r\n"                      // 8
                    + ",7,t,2026-10-25T08:00:00Z,,,\r\n"                       // 9
                    + "feed,8,t,2026-10-25T08:00:00Z,5,12,TRUE\r\n";           // 10

            List<ParsedLine> lines = read(CSV, text);

            assertThat(lines).extracting(ParsedLine::line).containsExactly(2L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
            assertThat(lines.get(0)).isInstanceOf(ParsedLine.Good.class);
            assertThat(bad(lines, 1).reason()).isEqualTo("'created' is not an ISO-8601 instant: \"yesterday\"");
            assertThat(bad(lines, 2).reason()).isEqualTo("'rating' must be 1 to 5: 0");
            assertThat(bad(lines, 3).reason()).isEqualTo("'rating' must be a whole number: \"vijf\"");
            assertThat(bad(lines, 4).reason()).isEqualTo("'truncated' must be true or false: \"yes\"");
            assertThat(bad(lines, 5).reason()).isEqualTo("has 4 cells, the header has 7");
            assertThat(bad(lines, 6).reason()).isEqualTo("'source' is missing");
            assertThat(((ParsedLine.Good) lines.get(7)).mention().truncated()).isTrue();
        }

        @Test
        void refusesAFileWithoutARequiredColumnInItsHeader() {
            List<ParsedLine> lines = read(CSV, "twitter,1,hoi,2026-10-25T08:00:00Z\r\ntwitter,2,hoi,2026-10-25T08:00:00Z\r\n");

            assertThat(lines).hasSize(1);
            assertThat(bad(lines, 0).line()).isEqualTo(1);
            assertThat(bad(lines, 0).reason()).startsWith("the header has no column 'source'");
        }

        @Test
        void stopsAtBrokenQuotingBecauseTheRestIsAmbiguous() {
            String text = SHORT_HEADER
                    + "feed,1,t,2026-10-25T08:00:00Z,,,\r\n"
                    + "feed,2,\"quoted\"then text,2026-10-25T08:00:00Z,,,\r\n"
                    + "feed,3,t,2026-10-25T08:00:00Z,,,\r\n";

            List<ParsedLine> lines = read(CSV, text);

            assertThat(lines).hasSize(2);
            assertThat(bad(lines, 1).line()).isEqualTo(3);
            assertThat(bad(lines, 1).reason()).startsWith("not valid CSV: ").endsWith("the rest of the file was not read");
        }

        @Test
        void stopsAtAQuoteNeverClosed() {
            String text = SHORT_HEADER + "feed,1,\"never closed,2026-10-25T08:00:00Z,,,\r\nfeed,2,t,2026-10-25T08:00:00Z,,,\r\n";

            List<ParsedLine> lines = read(CSV, text);

            assertThat(lines).hasSize(1);
            assertThat(bad(lines, 0).line()).isEqualTo(2);
            assertThat(bad(lines, 0).reason()).startsWith("not valid CSV: ");
        }
    }

    @Nested
    class Writing {

        @Test
        void writesAHeaderAndQuotesOnlyWhereNeeded() {
            byte[] bytes = write(CSV, List.of(Lines.full(), Lines.bare()));

            assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(HEADER + FULL + BARE);
        }

        @Test
        void writesOnlyTheHeaderForNoMentions() {
            assertThat(new String(write(CSV, List.of()), StandardCharsets.UTF_8)).isEqualTo(HEADER);
        }
    }
}

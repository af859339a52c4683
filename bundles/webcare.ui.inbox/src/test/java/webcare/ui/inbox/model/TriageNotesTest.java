package webcare.ui.inbox.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import webcare.ui.inbox.model.TriageNotes.FlagSpan;
import webcare.ui.inbox.model.TriageNotes.Kind;
import webcare.ui.inbox.model.TriageNotes.Reason;

class TriageNotesTest {

    private static final String REASONS = "[{\"rule\":\"negative\",\"decision\":\"MONITOR\",\"nl\":\"negatief\","
            + "\"en\":\"negative\"},{\"rule\":\"private-data\",\"decision\":\"HIDE_AND_EXPLAIN\","
            + "\"nl\":\"bevat een IBAN \u2192 verbergen en uitleggen\",\"en\":\"contains an IBAN \u2192 hide and explain\"}]";

    @Test
    void readsFlagsInOrderOfWhereTheyStart() {
        var flags = TriageNotes.flags("[{\"type\":\"INSULT\",\"start\":40,\"end\":46,\"detail\":\"insult 'idioot'\"},"
                + "{\"type\":\"IBAN\",\"start\":3,\"end\":21,\"detail\":\"IBAN, checksum valid\"},"
                + "{\"type\":\"THREAT\",\"start\":50,\"end\":60}]");

        assertThat(flags).extracting(FlagSpan::type).containsExactly("IBAN", "INSULT", "THREAT");
        assertThat(flags).extracting(FlagSpan::kind).containsExactly(Kind.PRIVATE_DATA, Kind.ABUSE, Kind.THREAT);
        assertThat(flags.get(0).detail()).isEqualTo("IBAN, checksum valid");
        assertThat(flags.get(2).detail()).isEmpty();
    }

    @Test
    void keepsTheFlagsReadBeforeDamageAndSkipsOnesWithoutPlace() {
        assertThat(TriageNotes.flags("[{\"type\":\"EMAIL\",\"start\":1,\"end\":9},{\"type\":\"PHONE\"},"
                + "{\"type\":\"BSN\",\"start\":4,\"end\"")).extracting(FlagSpan::type).containsExactly("EMAIL");
        assertThat(TriageNotes.flags("not json")).isEmpty();
        assertThat(TriageNotes.flags(null)).isEmpty();
        assertThat(TriageNotes.flags("{\"type\":\"IBAN\"}")).isEmpty();
    }

    @Test
    void cutsAFlagToTheTextItMarks() {
        FlagSpan flag = new FlagSpan("IBAN", 10, 30, "");

        assertThat(flag.within(20)).isEqualTo(new FlagSpan("IBAN", 10, 20, ""));
        assertThat(flag.within(5)).isEqualTo(new FlagSpan("IBAN", 5, 5, ""));
    }

    @Test
    void putsTheDecidingReasonFirstInTheWindowsLanguage() {
        var dutch = TriageNotes.reasons(REASONS, "HIDE_AND_EXPLAIN", Locale.forLanguageTag("nl"));
        var english = TriageNotes.reasons(REASONS, "HIDE_AND_EXPLAIN", Locale.ENGLISH);

        assertThat(dutch).extracting(Reason::text).containsExactly("bevat een IBAN \u2192 verbergen en uitleggen", "negatief");
        assertThat(dutch).extracting(Reason::deciding).containsExactly(true, false);
        assertThat(english.get(0).text()).isEqualTo("contains an IBAN \u2192 hide and explain");
    }

    @Test
    void makesTheFirstReasonDecidingWhenNoneMatchesAndFallsBackToEnglishThenTheRule() {
        var reasons = TriageNotes.reasons("[{\"rule\":\"a\",\"decision\":\"MONITOR\",\"en\":\"seen\"},"
                + "{\"rule\":\"b\",\"decision\":\"RESPOND\"}]", "ESCALATE", Locale.forLanguageTag("nl"));

        assertThat(reasons).extracting(Reason::text).containsExactly("seen", "b");
        assertThat(reasons.get(0).deciding()).isTrue();
    }
}

package webcare.ui.inbox.swt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import webcare.store.api.InboxRepository.WorkEntry;

/** The work history in words; needs no display. */
class WordsTest {

    private static final Instant AT = Instant.parse("2026-12-05T13:30:00Z");
    private static final String RAISE = "MONITOR -> RESPOND: [{\"rule\":\"raised-by-others\",\"decision\":\"RESPOND\","
            + "\"nl\":\"3 andere auteurs brachten hetzelfde onderwerp aan binnen 48 uur ('app-update' en 'wist') "
            + "\u2192 reageren\",\"en\":\"3 other authors raised the same subject within 48 hours ('app-update' and "
            + "'wist') \u2192 respond\"}]";

    private static String work(Locale locale, String action, String detail) {
        return new Words(locale).work(new WorkEntry(AT, "triage", 1, action, detail));
    }

    @Test
    void aRaiseByTheRulesReadsInTheWindowsLanguage() {
        assertThat(work(Locale.forLanguageTag("nl"), "redecide", RAISE)).isEqualTo("verhoogd naar Reageren: "
                + "3 andere auteurs brachten hetzelfde onderwerp aan binnen 48 uur ('app-update' en 'wist')");
        assertThat(work(Locale.ENGLISH, "redecide", RAISE)).isEqualTo("raised to Respond: "
                + "3 other authors raised the same subject within 48 hours ('app-update' and 'wist')");
    }

    @Test
    void aNewDecisionThatIsNoRaiseAndADamagedNoteStillRead() {
        assertThat(work(Locale.ENGLISH, "redecide", "RESPOND -> MONITOR: [{\"decision\":\"MONITOR\",\"en\":\"why\"}]"))
                .isEqualTo("decided again by the rules: Monitor: why");
        assertThat(work(Locale.ENGLISH, "redecide", "MONITOR -> RESPOND: [{\"en\":\"cut of")).isEqualTo(
                "raised to Respond: ");
        assertThat(work(Locale.ENGLISH, "redecide", "garbled")).isEqualTo("garbled");
    }
}

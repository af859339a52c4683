package webcare.ui.inbox.swt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import webcare.store.api.InboxRepository.Count;
import webcare.store.api.InboxRepository.WorkEntry;
import webcare.ui.testing.ResourceKeyParity;

/** The view's words: the work history's lines, counts, both languages' texts (no display needed). */
class WordsTest {

    private static final Instant AT = Instant.parse("2026-12-05T13:30:00Z");
    private final Words dutch = new Words(Locale.forLanguageTag("nl"));
    private final Words english = new Words(Locale.ENGLISH);

    private static WorkEntry entry(String action, String detail) {
        return new WorkEntry(AT, "anna", 1, action, detail);
    }

    @Test
    void namesRepliesAndHidesByTheirState() {
        assertThat(dutch.work(entry("reply sent", "Dank u,\nwe kijken ernaar.")))
                .isEqualTo("antwoord verstuurd: Dank u, we kijken ernaar.");
        assertThat(english.work(entry("reply failed", "auth failed (userToken): X refused it")))
                .isEqualTo("answer failed: auth failed (userToken): X refused it");
        assertThat(dutch.work(entry("reply copied", "Dank u"))).isEqualTo("antwoord gekopieerd, met de hand geplaatst: Dank u");
        assertThat(dutch.work(entry("hide sent", ""))).isEqualTo("verbergen verstuurd");
        assertThat(english.work(entry("hide failed", "rejected (HTTP 403): not a reply")))
                .isEqualTo("hide failed: rejected (HTTP 403): not a reply");
    }

    private static final String RAISE = "MONITOR -> RESPOND: [{\"rule\":\"raised-by-others\",\"decision\":\"RESPOND\","
            + "\"nl\":\"3 andere auteurs brachten hetzelfde onderwerp aan binnen 48 uur ('app-update' en 'wist') "
            + "\u2192 reageren\",\"en\":\"3 other authors raised the same subject within 48 hours ('app-update' and "
            + "'wist') \u2192 respond\"}]";

    @Test
    void aRaiseByTheRulesReadsInTheWindowsLanguage() {
        assertThat(dutch.work(entry("redecide", RAISE))).isEqualTo("verhoogd naar Reageren: "
                + "3 andere auteurs brachten hetzelfde onderwerp aan binnen 48 uur ('app-update' en 'wist')");
        assertThat(english.work(entry("redecide", RAISE))).isEqualTo("raised to Respond: "
                + "3 other authors raised the same subject within 48 hours ('app-update' and 'wist')");
    }

    @Test
    void aNewDecisionThatIsNoRaiseAndADamagedNoteStillRead() {
        assertThat(english.work(entry("redecide", "RESPOND -> MONITOR: [{\"decision\":\"MONITOR\",\"en\":\"why\"}]")))
                .isEqualTo("decided again by the rules: Monitor: why");
        assertThat(english.work(entry("redecide", "MONITOR -> RESPOND: [{\"en\":\"cut of"))).isEqualTo(
                "raised to Respond: ");
        assertThat(english.work(entry("redecide", "garbled"))).isEqualTo("garbled");
    }

    @Test
    void aCountThatStoppedAtItsLimitSaysThereAreMore() {
        assertThat(dutch.count(new Count(10_000, true))).isEqualTo("10.000+ berichten");
        assertThat(english.count(new Count(10_000, true))).isEqualTo("10,000+ items");
        assertThat(dutch.count(new Count(10_000, false))).isEqualTo("10.000 berichten");
        assertThat(english.count(new Count(1, false))).isEqualTo("1 item");
    }

    @Test
    void everyTextExistsInEnglishAndInDutch() {
        ResourceKeyParity.assertSameKeys("webcare.ui.inbox.swt.messages", Words.class.getClassLoader(),
                Locale.forLanguageTag("nl"));
    }

    @Test
    void leavesOtherActionsAsStored() {
        assertThat(english.work(entry("export", "plan.json"))).isEqualTo("export plan.json");
    }
}

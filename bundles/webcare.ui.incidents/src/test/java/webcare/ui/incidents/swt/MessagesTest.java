package webcare.ui.incidents.swt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import webcare.response.api.IncidentStatus;
import webcare.response.api.TimelineEntry;
import webcare.ui.api.Shortcut;
import webcare.ui.incidents.model.Lane;
import webcare.ui.testing.MessagePatterns;
import webcare.ui.testing.ResourceKeyParity;

class MessagesTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Test
    void everyTextExistsInEnglishAndInDutch() {
        ResourceKeyParity.assertSameKeys("webcare.ui.incidents.swt.messages", Words.class.getClassLoader(), DUTCH);
    }

    @Test
    void everyTextIsAValidMessageFormatInBothLanguages() {
        MessagePatterns.assertEveryTextIsAPattern("webcare.ui.incidents.swt.messages", Words.class.getClassLoader(),
                DUTCH);
    }

    @Test
    void namesEveryStatusLaneAndBucket() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, DUTCH}) {
            Words words = new Words(locale);
            for (IncidentStatus status : IncidentStatus.values()) {
                assertThat(words.status(status)).isNotBlank();
            }
            for (Lane lane : Lane.values()) {
                assertThat(words.lane(lane)).isNotBlank();
            }
        }
        assertThat(new Words(DUTCH).bucket(900)).isEqualTo("15 min");
        assertThat(new Words(DUTCH).bucket(3 * 3_600)).isEqualTo("3 uur");
        assertThat(new Words(Locale.ENGLISH).bucket(3_600)).isEqualTo("hour");
        assertThat(new Words(Locale.ENGLISH).bucket(2 * 86_400)).isEqualTo("2 days");
    }

    @Test
    void aStatusEntryIsLabelledByItsNewStatus() {
        Words words = new Words(DUTCH);
        assertThat(words.shortText(entry("gesignaleerd \u2192 onder controle: lek gedicht"))).isEqualTo("onder controle");
        assertThat(words.shortText(entry("Status: gesignaleerd"))).isEqualTo("gesignaleerd");
    }

    @Test
    void theKeysListNamesTheMnemonicsOfEachLanguage() {
        assertThat(new IncidentsView(null, null, null, null).shortcuts(DUTCH)).extracting(Shortcut::keys).contains("Alt+V");
        assertThat(new IncidentsView(null, null, null, null).shortcuts(Locale.ENGLISH)).extracting(Shortcut::keys).contains("Alt+N");
    }

    private static TimelineEntry entry(String text) {
        return new TimelineEntry(1, Instant.EPOCH, TimelineEntry.Kind.STATUS, "anna", text, Optional.empty(),
                Optional.empty());
    }
}

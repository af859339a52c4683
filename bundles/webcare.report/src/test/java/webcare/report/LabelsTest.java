package webcare.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import webcare.model.plan.Task;
import webcare.ui.testing.ResourceKeyParity;

class LabelsTest {

    @Test
    void dutchAndEnglishHaveTheSameKeys() {
        ResourceKeyParity.assertSameKeys("webcare.report.messages", Labels.class.getClassLoader(),
                Locale.forLanguageTag("nl"));
    }

    @Test
    void anArgumentThatEndsASentenceTakesThePatternsFullStop() {
        Labels dutch = Labels.of(Locale.forLanguageTag("nl"));

        assertThat(dutch.format("invite.description", "Kwiek B.V.")).startsWith("Jaarlijkse review van het crisisplan "
                + "van Kwiek B.V. We lopen").doesNotContain("..");
        assertThat(dutch.format("invite.description", "Kwiek")).contains("van Kwiek. We lopen");
        assertThat(dutch.format("invite.lastReview", "Wat nu?")).isEqualTo("Vorige review: Wat nu?");
        assertThat(dutch.format("plan.title", "Kwiek B.V.")).isEqualTo("Crisisplan Kwiek B.V.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "15  | -   | binnen 15 min                  | within 15 min",
        "60  | -   | binnen 1 uur                   | within 1 h",
        "90  | -   | binnen 1 uur 30 min            | within 1 h 30 min",
        "120 | -   | binnen 2 uur                   | within 2 h",
        "1440| -   | binnen 1 dag                   | within 1 day",
        "2880| -   | binnen 2 dagen                 | within 2 days",
        "0   | 30  | direct, daarna elke 30 min     | immediately, then every 30 min",
        "60  | 120 | binnen 1 uur, daarna elke 2 uur| within 1 h, then every 2 h",
        "-   | 120 | elke 2 uur                     | every 2 h",
        "-   | -   | geen streeftijd                | no target time"})
    void targetTimesReadNaturallyInBothLanguages(Integer target, Integer repeat, String dutch, String english) {
        Task task = new Task("t", "Taak", target, repeat);

        assertThat(Labels.of(Locale.forLanguageTag("nl")).target(task).replace(Report.NO_BREAK, ' ')).isEqualTo(dutch);
        assertThat(Labels.of(Locale.ENGLISH).target(task).replace(Report.NO_BREAK, ' ')).isEqualTo(english);
    }

    @Test
    void aDurationNeverBreaksBetweenNumberAndUnit() {
        assertThat(Labels.of(Locale.forLanguageTag("nl")).target(new Task("t", "Taak", 75, 120)))
                .isEqualTo("binnen 1\u00A0uur\u00A015\u00A0min, daarna elke 2\u00A0uur");
    }

    @Test
    void englishStaysEnglishOnADutchMachine() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("nl-NL"));
        try {
            assertThat(Labels.of(Locale.ENGLISH).text("section.contacts")).isEqualTo("Contact list");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void languagesAreNamedInTheDocumentsLanguage() {
        assertThat(Labels.of(Locale.forLanguageTag("nl")).language("en")).isEqualTo("Engels");
        assertThat(Labels.of(Locale.ENGLISH).language("nl")).isEqualTo("Dutch");
    }
}

package webcare.ui.incidents.swt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import webcare.response.api.Evaluation;
import webcare.response.api.Measures;

/** The evaluation's lines as people type them, and its times as they read them. */
class EvaluationLinesTest {

    private final Words dutch = new Words(Locale.forLanguageTag("nl"));

    @Test
    void readsActionsWithDatesAsPeopleWriteThem() {
        assertThat(EvaluationDialog.followUps(dutch, "Sjabloon maken; bert; 20-12-2026\n\n"
                + "Telefoonlijst bijwerken ; anna ; 5 januari 2027")).containsExactly(
                new Evaluation.FollowUp("Sjabloon maken", "bert", LocalDate.of(2026, 12, 20)),
                new Evaluation.FollowUp("Telefoonlijst bijwerken", "anna", LocalDate.of(2027, 1, 5)));
        assertThatThrownBy(() -> EvaluationDialog.followUps(dutch, "goed; bert; 1-1-2027\nalleen tekst"))
                .hasMessage("Actieregel 2: schrijf wat; eigenaar; datum");
        assertThatThrownBy(() -> EvaluationDialog.followUps(dutch, "Sjabloon; bert; morgen"))
                .hasMessage("Actieregel 1: 'morgen' is geen datum: schrijf 20-12-2026 of 20 december 2026");
    }

    @Test
    void readsPlanItemsByTheirReference() {
        assertThat(EvaluationDialog.planFlags(dutch, "role:woordvoerder; tweede vervanger nodig")).containsExactly(
                new Evaluation.PlanFlag("role:woordvoerder", "tweede vervanger nodig"));
        assertThatThrownBy(() -> EvaluationDialog.planFlags(dutch, "woordvoerder; x"))
                .hasMessage("Planregel 1: begin met een onderdeel zoals role:woordvoerder, dan ; en wat er moet veranderen");
    }

    @Test
    void writesTheTimesInHoursAndMinutesAndADashForWhatHasNotHappened() {
        Measures measures = new Measures(Duration.ofMinutes(10), Optional.of(Duration.ofMinutes(25)),
                Optional.of(Duration.ofMinutes(125)), Optional.empty());

        assertThat(dutch.measures(measures)).isEqualTo(
                "Tijd tot signalering 10 min \u00B7 erkenning 25 min \u00B7 eerste update 2 u 5 min \u00B7 opgelost \u2014");
        assertThat(new Words(Locale.ENGLISH).measures(measures)).isEqualTo(
                "Time to detect 10 min \u00B7 to acknowledge 25 min \u00B7 to first update 2 h 5 min \u00B7 to resolve \u2014");
    }
}

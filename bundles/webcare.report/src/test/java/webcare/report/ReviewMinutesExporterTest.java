package webcare.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import webcare.model.plan.Plan;

class ReviewMinutesExporterTest {

    private final ReviewMinutesExporter exporter = new ReviewMinutesExporter();

    @Test
    void minutesHaveDateParticipantsApproverOutcomesContactsAndNextReview() throws IOException {
        String text = Pdfs.text(Pdfs.export(exporter, Plans.dairy(), Plans.dutch(7)));

        assertThat(text).contains("Verslag van de jaarlijkse planreview", "Crisisplan Zuivelcoöperatie De Weidegang")
                .contains("Datum 12 maart 2026")
                .contains("Deelnemers Zoë Ëlberts José Müller Daan Öztürk Anouk van den Berg")
                .contains("Goedgekeurd door Zoë Ëlberts", "Goedgekeurde versie 7", "Volgende review 11 maart 2027")
                .contains("2 bevestigd, 1 gewijzigd, 1 gemarkeerd.")
                .contains("Rol: Woordvoerder Gewijzigd Daan Öztürk toegevoegd als tweede vervanger")
                .contains("Persoon: Zoë Ëlberts Bevestigd")
                .contains("Scenario: Datalek Gemarkeerd Statements in het Engels ontbreken")
                .contains("Taak: Volgende publieke update", "(Woordvoerder)")
                .contains("Contactgegevens", "Zoë Ëlberts " + Plans.ZOE_PHONE, "zoe.elberts@weidegang.example")
                .contains("Niet bevestigd Anouk van den Berg, Daan Öztürk, <script>alert('x')</script>")
                .contains("Reviewverslag crisisplan Zuivelcoöperatie De Weidegang — 12 maart 2026", "Pagina 1 van 1");
    }

    @Test
    void theLastReviewIsTheOneReported() throws IOException {
        Plan plan = Plans.dairy();
        webcare.model.plan.Review older = new webcare.model.plan.Review(java.time.LocalDate.of(2025, 3, 1), "jose",
                List.of("jose"), List.of(), List.of());
        plan = plan.withReviews(List.of(older, plan.reviews().get(0)));

        assertThat(Pdfs.text(Pdfs.export(exporter, plan, Plans.dutch(7)))).contains("12 maart 2026")
                .doesNotContain("1 maart 2025");
    }

    @Test
    void englishMinutes() throws IOException {
        assertThat(Pdfs.text(Pdfs.export(exporter, Plans.dairy(), Plans.english(7))))
                .contains("Minutes of the annual plan review", "Participants", "Role: Woordvoerder Changed",
                        "2 confirmed, 1 changed, 1 flagged.", "Next review 11 March 2027");
    }

    @Test
    void aPlanWithoutReviewHasNoMinutes() {
        assertThatThrownBy(() -> exporter.write(Plan.empty("Leeg"), Plans.dutch(null), new ByteArrayOutputStream()))
                .isInstanceOf(IOException.class)
                .hasMessage("The plan has no approved review yet, so there are no minutes: hold a review session first");
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        assertThat(Pdfs.fonts(Pdfs.export(exporter, Plans.dairy(), Plans.dutch(7))))
                .isNotEmpty().allSatisfy(font -> assertThat(font).endsWith(": true"));
    }
}

package webcare.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import webcare.model.plan.Plan;
import webcare.model.plan.Role;
import webcare.model.plan.Task;

class PocketCardExporterTest {

    private final PocketCardExporter exporter = new PocketCardExporter();

    @Test
    void eachCardHasRoleHoldersWithPhonesFirstTasksAndTheCrisisLeadsNumber() throws IOException {
        String text = Pdfs.text(Pdfs.export(exporter, Plans.dairy(), Plans.dutch(7)));

        assertThat(text).contains("Crisisleider KRITIEK", "Woordvoerder KRITIEK", "Webcare-lead")
                .contains("Crisisplan Zuivelcoöperatie De Weidegang — Versie 7")
                .contains("Primair José Müller — " + Plans.JOSE_PHONE)
                .contains("Vervanger Anouk van den Berg — " + Plans.ANOUK_PHONE)
                .contains("Vervanger Daan Öztürk — " + Plans.DAAN_PHONE)
                .contains("Eerste taken", "1. Crisisteam bijeenroepen — binnen 15 min",
                        "2. Volgende publieke update — binnen 1 uur, daarna elke 2 uur")
                .contains("Crisisleider: Zoë Ëlberts — " + Plans.ZOE_PHONE)
                .contains("Knip langs de snijtekens.");
    }

    @Test
    void eightCardsGoOnAPage() throws IOException {
        Plan plan = Plans.dairy();
        List<Role> roles = new ArrayList<>(plan.roles());
        for (int i = 0; i < 6; i++) {
            roles.add(new Role("extra" + i, "Extra rol " + i, false, "anouk", List.of("daan"), null, List.of()));
        }

        byte[] pdf = Pdfs.export(exporter, plan.withRoles(roles), Plans.dutch(7));

        assertThat(Pdfs.pages(pdf)).isEqualTo(2);
        assertThat(Pdfs.text(pdf, 1, 1)).contains("Extra rol 4").doesNotContain("Extra rol 5");
        assertThat(Pdfs.text(pdf, 2, 2)).contains("Extra rol 5", "Pagina 2 van 2");
    }

    @Test
    void tasksThatDoNotFitAreCounted() throws IOException {
        List<Task> tasks = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            tasks.add(new Task("long" + i, "Taak nummer " + i, i * 10, null));
        }
        Plan plan = Plans.dairy().withRoles(List.of(new Role("busy", "Drukke rol", true, "zoe", List.of("jose"), null, tasks)));

        String text = Pdfs.text(Pdfs.export(exporter, plan, Plans.dutch(7)));

        assertThat(text).contains("1. Taak nummer 1 — binnen 10 min").contains("… en nog").doesNotContain("Taak nummer 30");
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        assertThat(Pdfs.fonts(Pdfs.export(exporter, Plans.dairy(), Plans.dutch(7))))
                .isNotEmpty().allSatisfy(font -> assertThat(font).endsWith(": true"));
    }

    @Test
    void aBigPlanGivesEightCardsAPage() throws IOException {
        assertThat(Pdfs.pages(Pdfs.export(exporter, Plans.big(), Plans.english(3)))).isEqualTo(8);
    }

    @Test
    void aPlanWithoutRolesStillGivesAPage() throws IOException {
        assertThat(Pdfs.text(Pdfs.export(exporter, Plan.empty("Leeg"), Plans.dutch(null)))).contains("Geen.");
    }
}

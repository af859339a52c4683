package webcare.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
                .contains("Taken", "1. Crisisteam bijeenroepen — binnen 15 min",
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
    void everyTaskOfARoleIsOnTheCardWhenThereIsRoom() throws IOException {
        List<Task> tasks = List.of(new Task("a", "Crisisteam bijeenroepen (fysiek of via de vaste videolink)", 30, null),
                new Task("b", "Feiten verzamelen: wat weten we zeker, wat niet", 45, null),
                new Task("c", "Besluiten over opschaling en inzet van extra mensen", 60, null),
                new Task("d", "Raad van commissarissen informeren", 120, null),
                new Task("e", "Evaluatie plannen binnen twee weken na afloop", 1440, null),
                new Task("f", "Medewerkers intern informeren", 60, 240));
        Plan plan = Plans.dairy().withRoles(List.of(new Role("lead", "Crisisleider", true, "zoe", List.of("jose", "anouk"),
                null, tasks)));

        String text = Pdfs.text(Pdfs.export(exporter, plan, Plans.dutch(7)));

        assertThat(text).contains("Taken", "1. Crisisteam bijeenroepen (fysiek of via de vaste videolink) — binnen 30 min",
                "5. Evaluatie plannen binnen twee weken na afloop — binnen 1 dag",
                "6. Medewerkers intern informeren — binnen 1 uur, daarna elke 4 uur")
                .doesNotContain("Eerste taken", "en nog", "…");
    }

    @Test
    void tasksThatTrulyDoNotFitAreCountedAndThePlanNamed() throws IOException {
        List<Task> tasks = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            tasks.add(new Task("long" + i, "Taak nummer " + i, i * 10, null));
        }
        Plan plan = Plans.dairy().withRoles(List.of(new Role("busy", "Drukke rol", true, "zoe", List.of("jose"), null, tasks)));

        String text = Pdfs.text(Pdfs.export(exporter, plan, Plans.dutch(7)));

        Matcher more = Pattern.compile("… en nog (\\d+) taken \\(zie het plan\\)").matcher(text);
        assertThat(more.find()).as(text).isTrue();
        int shown = 30 - Integer.parseInt(more.group(1));
        assertThat(shown).isGreaterThan(5);
        assertThat(text).contains("Eerste taken", "1. Taak nummer 1 — binnen 10 min", shown + ". Taak nummer " + shown + " ")
                .doesNotContain("Taak nummer " + (shown + 1) + " ");
    }

    @Test
    void theCountIsInEnglishToo() throws IOException {
        List<Task> tasks = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            tasks.add(new Task("long" + i, "Task number " + i, i * 10, null));
        }
        Plan plan = Plans.dairy().withRoles(List.of(new Role("busy", "Busy role", true, "zoe", List.of("jose", "anouk",
                "daan", "script"), null, tasks)));

        assertThat(Pdfs.text(Pdfs.export(exporter, plan, Plans.english(7)))).containsPattern(
                "… and \\d+ more tasks \\(see the plan\\)").contains("… and 2 more deputies (see the plan)");
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

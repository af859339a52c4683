package webcare.plan.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import webcare.model.plan.Flag;
import webcare.model.plan.Plan;
import webcare.model.plan.Review;
import webcare.model.plan.ReviewItem;
import webcare.plan.api.AgendaItem;
import webcare.plan.testing.Fixtures;
import webcare.plan.testing.Plans;

class PlanReviewAgendaTest {

    private final PlanReviewAgenda agenda = new PlanReviewAgenda();

    private List<AgendaItem> english(Plan plan) {
        return agenda.agenda(plan, Locale.ENGLISH);
    }

    private static AgendaItem item(List<AgendaItem> agenda, String item) {
        return agenda.stream().filter(each -> each.item().equals(item)).findFirst().orElseThrow();
    }

    @Test
    void walksThroughEverySectionInPlanOrder() {
        List<AgendaItem> items = english(Plans.healthy());

        assertThat(items).extracting(AgendaItem::item).containsExactly("organisation", "person:anna", "person:piet",
                "person:eva", "person:daan", "role:lead", "role:spokesperson", "role:webcare", "task:convene",
                "task:acknowledge", "task:update", "task:monitor", "scenario:data-leak", "escalation:volume",
                "contact:anna", "calendar:promos", "fact:hours");
        assertThat(items).extracting(AgendaItem::section).containsSubsequence("organisation", "person", "role",
                "task", "scenario", "escalation", "contact", "calendar", "fact");
        assertThat(items).noneMatch(AgendaItem::flagged);
    }

    @Test
    void putsTheFlagsOfThePlanFirstThenWhatTheLastReviewFlaggedEachItemOnce() {
        List<AgendaItem> items = english(Fixtures.plan(Fixtures.KORENSCHOOF));

        assertThat(items).extracting(AgendaItem::item).startsWith("role:crisisleider", "scenario:storing-webshop",
                "organisation", "person:marieke-de-wit");
        assertThat(items).extracting(AgendaItem::item).doesNotHaveDuplicates();
        assertThat(items.get(0).flags()).containsExactly("Plaatsvervanger was onbereikbaar tijdens de storing "
                + "(Evaluatie storing van 3 maart, 10 March 2026)");
        assertThat(items.get(1).flags()).containsExactly("Engelse tekst ontbreekt nog (flagged in the review of "
                + "15 September 2025)");
        assertThat(items.stream().filter(AgendaItem::flagged).count()).isEqualTo(2);
    }

    @Test
    void gathersSeveralFlagsOnOneItemAndShowsFlaggedStatementsAndVanishedElements() {
        Plan plan = Plans.healthy().withFlags(List.of(
                new Flag("statement:data-leak/holding/en", "Too formal", null, LocalDate.of(2026, 2, 1)),
                new Flag("role:lead", "Deputy was abroad", "Evaluation leak", LocalDate.of(2026, 2, 2)),
                new Flag("role:lead", "Phone list outdated", "Evaluation leak", LocalDate.of(2026, 2, 2))))
                .withReviews(List.of(new Review(LocalDate.of(2026, 1, 10), "anna", List.of(), List.of(), List.of(
                        new ReviewItem("role:legal", ReviewItem.Outcome.FLAGGED, null)))));

        List<AgendaItem> items = english(plan);

        assertThat(items.get(0)).isEqualTo(new AgendaItem("statement:data-leak/holding/en", "statement",
                "Holding statement en (Data leak)", List.of("Holding statement (en): We are investigating a possible "
                        + "data leak."), List.of("Too formal (raised 1 February 2026)")));
        assertThat(items.get(1).flags()).containsExactly("Deputy was abroad (Evaluation leak, 2 February 2026)",
                "Phone list outdated (Evaluation leak, 2 February 2026)");
        assertThat(items.get(2)).isEqualTo(new AgendaItem("role:legal", "role", "Role role:legal",
                List.of("(not in the plan any more)"), List.of("flagged (flagged in the review of 10 January 2026)")));
        assertThat(items).as("17 elements and 2 flagged ones that are no section's own").hasSize(19);
    }

    @Test
    void readsOutAPersonsContactDetails() {
        AgendaItem marieke = item(english(Fixtures.plan(Fixtures.KORENSCHOOF)), "person:marieke-de-wit");

        assertThat(marieke.title()).isEqualTo("Marieke de Wit");
        assertThat(marieke.lines()).containsExactly("Function: Directeur", "Phone: +31 6 1111 2222",
                "Other phones: +31 299 123 456", "E-mail: marieke@korenschoof.example", "Languages: nl, en",
                "Availability: Niet op woensdag");
    }

    @Test
    void saysWhatIsMissingForAPerson() {
        Plan plan = Plans.withPerson(Plans.healthy(), "daan", person -> Plans.email(Plans.phone(person, null), null));

        assertThat(item(english(plan), "person:daan").lines()).containsExactly("Function: Adviseur",
                "Phone: (none)", "E-mail: (none)", "Languages: nl, en");
    }

    @Test
    void readsOutARoleWithItsHoldersAndTasksWithTargetTimes() {
        AgendaItem role = item(english(Fixtures.plan(Fixtures.KORENSCHOOF)), "role:woordvoerder");

        assertThat(role.title()).isEqualTo("Woordvoerder");
        assertThat(role.lines()).containsExactly("Primary: Joost Bakker", "Deputies: Marieke de Wit",
                "Critical: yes", "Task 1: Publiek erkennen wat er speelt, within 1 h",
                "Task 2: Volgende update plaatsen, within 2 h, then every 2 h");
        assertThat(item(english(Fixtures.plan(Fixtures.KORENSCHOOF)), "task:reacties-volgen").lines())
                .containsExactly("Role: Webcare-coördinator", "When: every 30 min");
    }

    @Test
    void readsOutAScenarioWithSeverityRolesAndStatements() {
        AgendaItem scenario = item(english(Fixtures.plan(Fixtures.KORENSCHOOF)), "scenario:storing-webshop");

        assertThat(scenario.lines()).containsExactly("Severity: 2 of 4", "Roles: Webcare-coördinator",
                "Tasks: Reacties volgen en beantwoorden",
                "Holding statement (nl): Onze webshop is even niet bereikbaar. Bestellen kan in de winkel.");
        assertThat(item(english(Plans.healthy()), "scenario:data-leak").lines()).contains(
                "Tasks: every task of its roles", "Update template (nl): Stand van zaken {time}: {update}");
    }

    @Test
    void readsOutTheOtherSections() {
        List<AgendaItem> items = english(Fixtures.plan(Fixtures.KORENSCHOOF));

        assertThat(item(items, "organisation").lines()).containsExactly("Name: Bakkerij De Korenschoof",
                "Website: https://www.korenschoof.example",
                "Notes: Twaalf filialen in Noord-Holland; hoofdkantoor in Purmerend.", "Next review: 14 September 2026");
        assertThat(item(items, "escalation:pers-belt").lines()).containsExactly("Escalates to: the crisis lead");
        assertThat(item(items, "contact:marieke-de-wit")).extracting(AgendaItem::title, AgendaItem::lines)
                .containsExactly("Marieke de Wit calls", List.of("Calls 1: Joost Bakker, +31 6 3333 4444",
                        "Calls 2: Ahmed el Amrani, +31 6 7777 8888"));
        assertThat(item(items, "calendar:promoties").lines()).containsExactly("During a crisis: pause",
                "Note: Tot de crisisleider het sein veilig geeft");
        assertThat(item(items, "fact:openingstijden").lines()).containsExactly(
                "Alle filialen zijn open van maandag tot en met zaterdag, 7.00–18.00 uur.");
    }

    @Test
    void readsOutInDutchWithTheSameItemsAndSections() {
        Locale dutch = Locale.forLanguageTag("nl");
        Plan plan = Fixtures.plan(Fixtures.KORENSCHOOF);
        List<AgendaItem> items = agenda.agenda(plan, dutch);

        assertThat(items).extracting(AgendaItem::item, AgendaItem::section).containsExactlyElementsOf(
                english(plan).stream().map(item -> tuple(item.item(), item.section())).toList());
        assertThat(item(items, "person:marieke-de-wit").lines()).containsExactly("Functie: Directeur",
                "Telefoon: +31 6 1111 2222", "Andere nummers: +31 299 123 456",
                "E-mail: marieke@korenschoof.example", "Talen: nl, en", "Beschikbaarheid: Niet op woensdag");
        assertThat(item(items, "role:woordvoerder").lines()).containsExactly("Eerste verantwoordelijke: Joost Bakker",
                "Vervangers: Marieke de Wit", "Kritiek: ja", "Taak 1: Publiek erkennen wat er speelt, binnen 1 uur",
                "Taak 2: Volgende update plaatsen, binnen 2 uur, daarna elke 2 uur");
        assertThat(item(items, "organisation").lines()).endsWith("Volgende review: 14 september 2026");
        assertThat(item(items, "contact:marieke-de-wit").title()).isEqualTo("Marieke de Wit belt");
        assertThat(item(items, "calendar:promoties").lines()).startsWith("Tijdens een crisis: stilzetten");
        assertThat(items.get(1).flags()).containsExactly("Engelse tekst ontbreekt nog (gemarkeerd in de review "
                + "van 15 september 2025)");
    }
}

package webcare.plan.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import webcare.model.plan.CalendarRule;
import webcare.model.plan.ContactLink;
import webcare.model.plan.EscalationCriterion;
import webcare.model.plan.Fact;
import webcare.model.plan.Flag;
import webcare.model.plan.Organisation;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;
import webcare.model.plan.Review;
import webcare.model.plan.Role;
import webcare.model.plan.Scenario;
import webcare.model.plan.Statement;
import webcare.model.plan.Task;
import webcare.plan.api.Change;
import webcare.plan.testing.Fixtures;
import webcare.plan.testing.Plans;

class PlanComparisonTest {

    private final PlanComparison diff = new PlanComparison();
    private final Plan before = Plans.healthy();

    private List<Change> english(Plan from, Plan to) {
        return diff.diff(from, to, Locale.ENGLISH);
    }

    private List<String> lines(Plan after) {
        return english(before, after).stream().map(Change::describe).toList();
    }

    @Test
    void findsNoChangesBetweenEqualPlans() {
        assertThat(english(before, Plans.healthy())).isEmpty();
        assertThat(english(Fixtures.plan(Fixtures.KORENSCHOOF), Fixtures.plan(Fixtures.KORENSCHOOF))).isEmpty();
    }

    @Test
    void showsDeputiesByNameWithTheElementAndField() {
        Plan after = Plans.withRole(before, "spokesperson", role -> Plans.deputies(role, "eva", "daan"));

        assertThat(english(before, after)).containsExactly(new Change("role:spokesperson", "Role Spokesperson",
                Change.Kind.CHANGED, "deputies", "Eva Bakker", "Eva Bakker, Daan Smit",
                "deputies Eva Bakker → Eva Bakker, Daan Smit"));
        assertThat(lines(after)).containsExactly("Role Spokesperson: deputies Eva Bakker → Eva Bakker, Daan Smit");
    }

    @Test
    void showsEveryRoleAssignmentField() {
        Plan after = Plans.withRole(before, "webcare", role -> new Role("webcare", "Webcare-coördinator", true, "daan",
                List.of(), "Volgt de reacties", role.tasks()));

        assertThat(lines(after)).containsExactly(
                "Role Webcare-coördinator: name Webcare lead → Webcare-coördinator",
                "Role Webcare-coördinator: critical no → yes",
                "Role Webcare-coördinator: primary Eva Bakker → Daan Smit",
                "Role Webcare-coördinator: deputies Daan Smit → (none)",
                "Role Webcare-coördinator: description (none) → Volgt de reacties");
    }

    @Test
    void showsEachFieldOfAPersonAndPeopleAddedOrRemoved() {
        Plan after = Plans.withPerson(before, "piet", person -> new Person("piet", "Piet Jansen", "Woordvoerder",
                "+31 6 9999 0000", List.of("+31 20 123 4567"), null, List.of("nl"), "Niet op vrijdag"));
        after = after.withPeople(Plans.plus(after.people(), Plans.person("lotte", "Lotte Mulder")));
        after = after.withPeople(after.people().stream().filter(person -> !person.id().equals("daan")).toList());
        after = Plans.withRole(after, "webcare", role -> Plans.deputies(role, "lotte"));

        assertThat(lines(after)).containsExactly(
                "Person Piet Jansen: function Adviseur → Woordvoerder",
                "Person Piet Jansen: phone +31 6 1234 5678 → +31 6 9999 0000",
                "Person Piet Jansen: other phones (none) → +31 20 123 4567",
                "Person Piet Jansen: e-mail piet@example.nl → (none)",
                "Person Piet Jansen: languages nl, en → nl",
                "Person Piet Jansen: availability (none) → Niet op vrijdag",
                "Person Lotte Mulder: added",
                "Person Daan Smit: removed",
                "Role Webcare lead: deputies Daan Smit → Lotte Mulder");
    }

    @Test
    void showsTasksAddedRemovedRetitledRetimedAndMoved() {
        Plan after = Plans.withRole(before, "spokesperson", role -> Plans.tasks(role,
                new Task("acknowledge", "Publiek erkennen", 30, null),
                new Task("monitor", "Monitor reactions", null, 30),
                new Task("brief", "Brief the press", 90, null)));
        after = Plans.withRole(after, "webcare", role -> Plans.tasks(role));

        assertThat(english(before, after)).extracting(Change::item).containsExactly("task:acknowledge",
                "task:acknowledge", "task:monitor", "task:brief", "task:update");
        assertThat(lines(after)).containsExactly(
                "Task Publiek erkennen (Spokesperson): title Acknowledge publicly → Publiek erkennen",
                "Task Publiek erkennen (Spokesperson): target time 1 h → 30 min",
                "Task Monitor reactions (Spokesperson): role Webcare lead → Spokesperson",
                "Task Brief the press (Spokesperson): added",
                "Task Post the next update (Spokesperson): removed");
    }

    @Test
    void showsRolesAddedAndRemovedWithoutRepeatingTheirTasks() {
        Role legal = new Role("legal", "Legal", false, "daan", List.of("eva"), null,
                List.of(new Task("check", "Check statements", 60, null)));
        Plan after = before.withRoles(List.of(before.roles().get(0), before.roles().get(1), legal));

        assertThat(lines(after)).containsExactly("Role Legal: added", "Role Webcare lead: removed");
    }

    @Test
    void showsATaskMovedIntoANewRoleAsAChangeOfThatTask() {
        Task update = before.role("spokesperson").orElseThrow().tasks().stream()
                .filter(task -> task.id().equals("update")).findFirst().orElseThrow();
        Role press = new Role("press", "Press officer", false, "daan", List.of("eva"), null, List.of(update));
        Plan after = Plans.withRole(before, "spokesperson", role -> Plans.tasks(role, role.tasks().stream()
                .filter(task -> !task.id().equals("update")).toArray(Task[]::new)));
        after = after.withRoles(Plans.plus(after.roles(), press));

        assertThat(lines(after)).containsExactly("Role Press officer: added",
                "Task Post the next update (Press officer): role Spokesperson → Press officer");
    }

    @Test
    void showsScenarioFieldsWithNamesAndStatementsPerKindAndLanguage() {
        Plan after = Plans.withScenario(before, "data-leak", scenario -> new Scenario("data-leak", "Datalek", 4,
                "Persoonsgegevens op straat", List.of("lead", "webcare"), List.of("acknowledge"), List.of(
                        new Statement(Statement.Kind.HOLDING, "nl", "We onderzoeken een datalek."),
                        new Statement(Statement.Kind.UPDATE, "nl", "Stand van zaken {time}: {update}"),
                        new Statement(Statement.Kind.UPDATE, "en", "Update at {time}: {update}"))));

        assertThat(lines(after)).containsExactly(
                "Scenario Datalek: name Data leak → Datalek",
                "Scenario Datalek: severity 3 → 4",
                "Scenario Datalek: description (none) → Persoonsgegevens op straat",
                "Scenario Datalek: roles Crisis lead, Spokesperson → Crisis lead, Webcare lead",
                "Scenario Datalek: tasks (none) → Acknowledge publicly",
                "Holding statement nl (Datalek): text We onderzoeken een mogelijk datalek. → We onderzoeken een "
                        + "datalek.",
                "Update template en (Datalek): added",
                "Holding statement en (Datalek): removed");
        assertThat(english(before, after).get(5).item()).isEqualTo("statement:data-leak/holding/nl");
    }

    @Test
    void showsScenariosAddedAndRemoved() {
        Plan after = before.withScenarios(List.of(new Scenario("outage", "Storing", 2, null, List.of("webcare"),
                List.of(), List.of())));

        assertThat(lines(after)).containsExactly("Scenario Storing: added", "Scenario Data leak: removed");
    }

    @Test
    void showsEscalationContactTreeCalendarFactsOrganisationAndNextReview() {
        Plan after = before
                .withOrganisation(new Organisation("Gemeente Waterland", null, "Crisisnummer 0800-1234"))
                .withEscalation(List.of(new EscalationCriterion("volume", "Meer dan 100 negatieve berichten per uur",
                        "spokesperson"), new EscalationCriterion("press", "Een journalist belt", null)))
                .withContactTree(List.of(new ContactLink("anna", List.of("eva", "piet")), new ContactLink("piet",
                        List.of("daan"))))
                .withContentCalendar(List.of(new CalendarRule("promos", "Scheduled promotions",
                        CalendarRule.Action.REVIEW, "Tot het sein veilig")))
                .withFacts(List.of(new Fact("hours", "Openingstijden", "Ma–vr 9–17")))
                .withNextReview(LocalDate.of(2027, 2, 1));

        assertThat(lines(after)).containsExactly(
                "Organisation: website https://waterland.example → (none)",
                "Organisation: notes (none) → Crisisnummer 0800-1234",
                "Escalation Meer dan 100 negatieve berichten per uur: description More than 50 negative mentions in "
                        + "an hour → Meer dan 100 negatieve berichten per uur",
                "Escalation Meer dan 100 negatieve berichten per uur: role Crisis lead → Spokesperson",
                "Escalation Een journalist belt: added",
                "Contact tree Anna de Vries: calls Piet Jansen, Eva Bakker → Eva Bakker, Piet Jansen",
                "Contact tree Piet Jansen: added",
                "Content calendar Scheduled promotions: action pause → review",
                "Content calendar Scheduled promotions: note (none) → Tot het sein veilig",
                "Fact Openingstijden: topic Opening hours → Openingstijden",
                "Fact Openingstijden: text Mon–Fri 9–17 → Ma–vr 9–17",
                "Next review: date 8 January 2027 → 1 February 2027");
    }

    @Test
    void showsReviewsAndFlagsAddedAndRemoved() {
        Review review = new Review(LocalDate.of(2027, 1, 8), "piet", List.of("piet"), List.of("piet"), List.of());
        Flag flag = new Flag("role:spokesperson", "Deputy unreachable", "Evaluation outage", LocalDate.of(2026, 2, 2));
        Plan after = before.withReviews(Plans.plus(before.reviews(), review)).withFlags(List.of(flag));

        assertThat(english(before, after)).containsExactly(
                new Change("review:2027-01-08", "Review of 8 January 2027", Change.Kind.ADDED, null, null, null, "added"),
                new Change("role:spokesperson", "Flag on Role Spokesperson (Deputy unreachable)", Change.Kind.ADDED,
                        null, null, null, "added"));
        assertThat(lines(before.withFlags(List.of(flag)).withFlags(List.of()))).isEmpty();
        assertThat(english(before.withFlags(List.of(flag)), before)).extracting(Change::describe)
                .containsExactly("Flag on Role Spokesperson (Deputy unreachable): removed");
    }

    @Test
    void showsAReferenceToNobodyAsSuch() {
        Plan after = Plans.withRole(before, "lead", role -> Plans.primary(role, "jan"));

        assertThat(lines(after)).containsExactly("Role Crisis lead: primary Anna de Vries → 'jan' (not in the plan)");
    }

    @Test
    void speaksDutchWhenAskedButKeepsRefsAndFieldNames() {
        Plan after = Plans.withRole(before, "spokesperson", role -> Plans.deputies(Plans.critical(role, false)));
        after = Plans.withRole(after, "lead", role -> Plans.tasks(role, new Task("convene", "Convene the crisis team",
                60, 120)));
        after = after.withPeople(Plans.plus(after.people(), Plans.person("lotte", "Lotte Mulder")))
                .withNextReview(LocalDate.of(2027, 2, 1));

        List<Change> changes = diff.diff(before, after, Locale.forLanguageTag("nl"));

        assertThat(changes).extracting(Change::item, Change::field).containsExactly(tuple("person:lotte", null),
                tuple("task:convene", "targetMinutes"), tuple("task:convene", "repeatMinutes"),
                tuple("role:spokesperson", "critical"), tuple("role:spokesperson", "deputies"),
                tuple("review", "nextReview"));
        assertThat(changes).extracting(Change::describe).containsExactly(
                "Persoon Lotte Mulder: toegevoegd",
                "Taak Convene the crisis team (Crisis lead): streeftijd 30 min → 1 uur",
                "Taak Convene the crisis team (Crisis lead): herhalen elke (geen) → 2 uur",
                "Rol Spokesperson: kritiek ja → nee",
                "Rol Spokesperson: vervangers Eva Bakker → (geen)",
                "Volgende review: datum 8 januari 2027 → 1 februari 2027");
    }
}

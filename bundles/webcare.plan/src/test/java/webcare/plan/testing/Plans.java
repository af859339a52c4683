package webcare.plan.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import webcare.model.plan.CalendarRule;
import webcare.model.plan.ContactLink;
import webcare.model.plan.EscalationCriterion;
import webcare.model.plan.Fact;
import webcare.model.plan.Organisation;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;
import webcare.model.plan.Review;
import webcare.model.plan.ReviewItem;
import webcare.model.plan.Role;
import webcare.model.plan.Scenario;
import webcare.model.plan.Statement;
import webcare.model.plan.Task;

/** Plans built in code, and small edits to them as the editor would make. */
public final class Plans {

    /** The day {@link #healthy()} is healthy on. */
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private Plans() {}

    public static Person person(String id, String name) {
        return new Person(id, name, "Adviseur", "+31 6 1234 5678", List.of(), id + "@example.nl", List.of("nl", "en"),
                null);
    }

    /**
     * A plan with no finding on {@link #TODAY}: four people, two critical roles and one other,
     * each with a primary and a deputy, tasks with target times, a scenario with Dutch and
     * English holding statements, reviewed on 2026-01-10 with every contact confirmed.
     */
    public static Plan healthy() {
        List<Person> people = List.of(person("anna", "Anna de Vries"), person("piet", "Piet Jansen"),
                person("eva", "Eva Bakker"), person("daan", "Daan Smit"));
        List<Role> roles = List.of(
                new Role("lead", "Crisis lead", true, "anna", List.of("piet"), null,
                        List.of(new Task("convene", "Convene the crisis team", 30, null))),
                new Role("spokesperson", "Spokesperson", true, "piet", List.of("eva"), "Speaks for us",
                        List.of(new Task("acknowledge", "Acknowledge publicly", 60, null),
                                new Task("update", "Post the next update", 120, 120))),
                new Role("webcare", "Webcare lead", false, "eva", List.of("daan"), null,
                        List.of(new Task("monitor", "Monitor reactions", null, 30))));
        List<Scenario> scenarios = List.of(new Scenario("data-leak", "Data leak", 3, null,
                List.of("lead", "spokesperson"), List.of(),
                List.of(new Statement(Statement.Kind.HOLDING, "nl", "We onderzoeken een mogelijk datalek."),
                        new Statement(Statement.Kind.HOLDING, "en", "We are investigating a possible data leak."),
                        new Statement(Statement.Kind.UPDATE, "nl", "Stand van zaken {time}: {update}"))));
        Review review = new Review(LocalDate.of(2026, 1, 10), "anna", List.of("anna", "piet", "eva"),
                List.of("anna", "piet", "eva", "daan"), List.of(new ReviewItem("role:lead", ReviewItem.Outcome.CONFIRMED,
                        null)));
        return new Plan(new Organisation("Gemeente Waterland", "https://waterland.example", null), people, roles,
                scenarios, List.of(new EscalationCriterion("volume", "More than 50 negative mentions in an hour", "lead")),
                List.of(new ContactLink("anna", List.of("piet", "eva"))),
                List.of(new CalendarRule("promos", "Scheduled promotions", CalendarRule.Action.PAUSE, null)),
                List.of(new Fact("hours", "Opening hours", "Mon–Fri 9–17")), List.of(review), List.of(),
                LocalDate.of(2027, 1, 8));
    }

    public static Plan withPerson(Plan plan, String id, UnaryOperator<Person> edit) {
        List<Person> people = new ArrayList<>();
        plan.people().forEach(person -> people.add(person.id().equals(id) ? edit.apply(person) : person));
        return plan.withPeople(people);
    }

    public static Plan withRole(Plan plan, String id, UnaryOperator<Role> edit) {
        List<Role> roles = new ArrayList<>();
        plan.roles().forEach(role -> roles.add(role.id().equals(id) ? edit.apply(role) : role));
        return plan.withRoles(roles);
    }

    public static Plan withScenario(Plan plan, String id, UnaryOperator<Scenario> edit) {
        List<Scenario> scenarios = new ArrayList<>();
        plan.scenarios().forEach(scenario -> scenarios.add(scenario.id().equals(id) ? edit.apply(scenario) : scenario));
        return plan.withScenarios(scenarios);
    }

    public static Role deputies(Role role, String... deputies) {
        return new Role(role.id(), role.name(), role.critical(), role.primary(), List.of(deputies), role.description(),
                role.tasks());
    }

    public static Role primary(Role role, String primary) {
        return new Role(role.id(), role.name(), role.critical(), primary, role.deputies(), role.description(),
                role.tasks());
    }

    public static Role critical(Role role, boolean critical) {
        return new Role(role.id(), role.name(), critical, role.primary(), role.deputies(), role.description(),
                role.tasks());
    }

    public static Role tasks(Role role, Task... tasks) {
        return new Role(role.id(), role.name(), role.critical(), role.primary(), role.deputies(), role.description(),
                List.of(tasks));
    }

    public static Person phone(Person person, String phone) {
        return new Person(person.id(), person.name(), person.function(), phone, person.otherPhones(), person.email(),
                person.languages(), person.availability());
    }

    public static Person email(Person person, String email) {
        return new Person(person.id(), person.name(), person.function(), person.phone(), person.otherPhones(), email,
                person.languages(), person.availability());
    }

    public static <T> List<T> plus(List<T> list, T element) {
        List<T> more = new ArrayList<>(list);
        more.add(element);
        return more;
    }
}

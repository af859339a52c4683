package webcare.bench.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import webcare.model.plan.CalendarRule;
import webcare.model.plan.ContactLink;
import webcare.model.plan.EscalationCriterion;
import webcare.model.plan.Fact;
import webcare.model.plan.Flag;
import webcare.model.plan.Organisation;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;
import webcare.model.plan.Review;
import webcare.model.plan.ReviewItem;
import webcare.model.plan.Role;
import webcare.model.plan.Scenario;
import webcare.model.plan.Statement;
import webcare.model.plan.Task;

/**
 * The benchmark's plan, the size issue 5 names: 500 people, 60 roles, 2,000 tasks, 40 scenarios
 * (each with holding and update statements in Dutch and English), seeded so every run gets the
 * same plan. Names carry Dutch diacritics, so the PDF's embedded font is exercised.
 */
final class BigPlan {

    static final int PEOPLE = 500;
    static final int ROLES = 60;
    static final int TASKS = 2_000;
    static final int SCENARIOS = 40;

    private static final String[] FIRST = {"Anna", "Zoë", "José", "Piet", "Eva", "Sanne", "Daan", "Noël", "Fleur",
        "Bram", "Loïs", "Maarten", "Inès", "Joris", "Chloë", "Ruben"};
    private static final String[] LAST = {"de Vries", "Jansen", "Bakker", "van Dijk", "Müller", "Visser", "Smit",
        "Meijer", "de Boer", "Mulder", "Hendriks", "Dekker", "van Leeuwen", "Brouwer", "Ëlberts", "Kuiper"};
    private static final String[] ROLE_NAMES = {"Crisisleider", "Woordvoerder", "Webcare-lead", "Juridisch adviseur",
        "Directie", "IT/security", "Klantenservice", "HR", "Facilitair", "Interne communicatie"};
    private static final String[] TASK_VERBS = {"Bevestig publiekelijk", "Informeer", "Controleer", "Stem af met",
        "Publiceer update voor", "Verzamel feiten over", "Bel", "Archiveer berichten van"};
    private static final String[] SCENARIO_NAMES = {"Productfout", "Ongeval", "Datalek", "Storing",
        "Miscommunicatie", "Negatieve virale post", "Terugroepactie", "Staking"};

    private BigPlan() {}

    static Plan generate() {
        Random random = new Random(20261124L);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            String name = FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length] + " " + (i + 1);
            people.add(new Person("p" + i, name, "Medewerker afdeling " + (i % 25 + 1),
                    String.format("+31 6 %04d %04d", random.nextInt(10_000), random.nextInt(10_000)),
                    i % 3 == 0 ? List.of("+31 20 555 " + String.format("%04d", i)) : List.of(),
                    "persoon" + i + "@voorbeeld.nl", i % 4 == 0 ? List.of("nl") : List.of("nl", "en"),
                    i % 7 == 0 ? "Niet bereikbaar op woensdag" : null));
        }
        List<Role> roles = new ArrayList<>();
        int task = 0;
        for (int r = 0; r < ROLES; r++) {
            int tasksHere = TASKS / ROLES + (r < TASKS % ROLES ? 1 : 0);
            List<Task> tasks = new ArrayList<>();
            for (int t = 0; t < tasksHere; t++, task++) {
                tasks.add(new Task("t" + task, TASK_VERBS[task % TASK_VERBS.length] + " stap " + (t + 1) + " van "
                        + ROLE_NAMES[r % ROLE_NAMES.length], 15 * (t % 16 + 1), t % 10 == 0 ? 120 : null));
            }
            roles.add(new Role("r" + r, ROLE_NAMES[r % ROLE_NAMES.length] + " " + (r / ROLE_NAMES.length + 1),
                    r % 3 == 0, "p" + r, List.of("p" + (r + ROLES), "p" + (r + 2 * ROLES)),
                    "Verantwoordelijk voor " + ROLE_NAMES[r % ROLE_NAMES.length].toLowerCase(), tasks));
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (int s = 0; s < SCENARIOS; s++) {
            List<String> activated = new ArrayList<>();
            for (int k = 0; k < 6; k++) {
                activated.add("r" + ((s * 7 + k * 11) % ROLES));
            }
            String name = SCENARIO_NAMES[s % SCENARIO_NAMES.length] + " " + (s / SCENARIO_NAMES.length + 1);
            scenarios.add(new Scenario("s" + s, name, s % 4 + 1, "Herkenbaar aan een plotselinge stijging van berichten",
                    activated.stream().distinct().toList(), List.of(), List.of(
                            new Statement(Statement.Kind.HOLDING, "nl", "We weten van de " + name.toLowerCase()
                                    + " en zoeken uit wat er is gebeurd. Om {time} volgt meer informatie."),
                            new Statement(Statement.Kind.HOLDING, "en", "We are aware of the issue and are looking"
                                    + " into what happened. More information at {time}."),
                            new Statement(Statement.Kind.UPDATE, "nl", "Update over de " + name.toLowerCase()
                                    + ": {status}. De volgende update volgt om {time}."),
                            new Statement(Statement.Kind.UPDATE, "en", "Update: {status}. Next update at {time}."))));
        }
        List<ContactLink> tree = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            tree.add(new ContactLink("p" + i, List.of("p" + (i * 9 % PEOPLE + 50), "p" + (i * 9 % PEOPLE + 51))));
        }
        return new Plan(new Organisation("Kwiek Supermarkten B.V.", "https://www.kwiek.example", null), people, roles,
                scenarios,
                List.of(new EscalationCriterion("e1", "Meer dan 50 negatieve berichten binnen een uur", "r0"),
                        new EscalationCriterion("e2", "Een journalist vraagt om een reactie", "r1")),
                tree,
                List.of(new CalendarRule("c1", "Geplande promotieberichten op alle kanalen", CalendarRule.Action.PAUSE,
                        "Tot de crisisleider het vrijgeeft")),
                List.of(new Fact("f1", "Openingstijden", "Alle winkels zijn open van 8.00 tot 21.00 uur.")),
                List.of(new Review(LocalDate.of(2025, 12, 1), "p0", List.of("p0", "p1", "p2"),
                        List.of("p0", "p1", "p2"), List.of(new ReviewItem("role:r1", ReviewItem.Outcome.FLAGGED,
                                "Tweede woordvoerder werven")))),
                List.of(new Flag("role:r1", "Woordvoerder was onbereikbaar tijdens de storing", "Evaluatie storing maart",
                        LocalDate.of(2026, 3, 10))),
                LocalDate.of(2026, 12, 1));
    }
}

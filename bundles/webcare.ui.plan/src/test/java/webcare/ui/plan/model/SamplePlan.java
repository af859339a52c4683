package webcare.ui.plan.model;

import java.time.LocalDate;
import java.util.List;
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

/** A small Dutch crisis plan, with a few gaps for the health check to find. */
public final class SamplePlan {

    private SamplePlan() {}

    public static Plan dutch() {
        List<Person> people = List.of(
                new Person("anna-de-vries", "Anna de Vries", "Directeur communicatie", "+31 6 1234 5678",
                        List.of("030 123 45 67"), "anna.devries@energiek.nl", List.of("nl", "en"),
                        "Niet op woensdagmiddag"),
                new Person("piet-jansen", "Piet Jansen", "Woordvoerder", "+31 6 2345 6789", List.of(),
                        "piet.jansen@energiek.nl", List.of("nl", "en"), null),
                new Person("eva-bakker", "Eva Bakker", "Teamleider webcare", "06-34567890", List.of(),
                        "eva.bakker@energiek.nl", List.of("nl"), "Eerste week van de maand bereikbaarheidsdienst"),
                new Person("mohammed-el-amrani", "Mohammed El Amrani", "Bedrijfsjurist", "+31 6 4567 8901",
                        List.of(), null, List.of("nl", "en"), null),
                new Person("sanne-visser", "Sanne Visser", "Algemeen directeur", "+31 6 5678 9012", List.of(),
                        "sanne.visser@energiek.nl", List.of("nl", "en"), null),
                new Person("joris-van-dijk", "Joris van Dijk", "Security officer", null, List.of(),
                        "joris.vandijk@energiek.nl", List.of("nl"), null),
                new Person("lotte-smit", "Lotte Smit", "Teamleider klantenservice", "+31 6 7890 1234", List.of(),
                        "lotte.smit@energiek.nl", List.of("nl"), null),
                new Person("daan-mulder", "Daan Mulder", "Webcare-medewerker", "+31 6 8901 2345", List.of(),
                        "daan.mulder@energiek.nl", List.of("nl", "en"), null));
        List<Role> roles = List.of(
                new Role("crisisleider", "Crisisleider", true, "sanne-visser", List.of("anna-de-vries"),
                        "Leidt het crisisteam en neemt de besluiten.", List.of(
                                new Task("crisisteam-bijeenroepen", "Crisisteam bijeenroepen", 30, null),
                                new Task("situatie-beoordelen", "Situatie beoordelen en ernst bepalen", 60, null))),
                new Role("woordvoerder", "Woordvoerder", true, "piet-jansen", List.of("anna-de-vries"),
                        "Het gezicht naar pers en publiek.", List.of(
                                new Task("publiekelijk-erkennen", "Publiekelijk erkennen", 60, null),
                                new Task("volgende-update", "Volgende publieke update", 120, 120),
                                new Task("persvragen", "Persvragen beantwoorden", null, null))),
                new Role("webcare-lead", "Webcare-lead", true, "eva-bakker", List.of("daan-mulder"),
                        "Stuurt het webcareteam aan tijdens de crisis.", List.of(
                                new Task("monitoring-opschalen", "Monitoring opschalen", 15, null),
                                new Task("holding-statement-plaatsen", "Eerste verklaring plaatsen", 45, null))),
                new Role("juridisch", "Juridisch", false, "mohammed-el-amrani", List.of(), null, List.of(
                        new Task("aansprakelijkheid-toetsen", "Aansprakelijkheid toetsen", 240, null))),
                new Role("it-security", "IT en security", true, "joris-van-dijk", List.of(), null, List.of(
                        new Task("lek-dichten", "Lek dichten en logs veiligstellen", 120, null))),
                new Role("klantenservice", "Klantenservice", false, "lotte-smit", List.of("eva-bakker"), null,
                        List.of(new Task("belscript", "Belscript klaarzetten", 90, null))));
        List<Scenario> scenarios = List.of(
                new Scenario("datalek", "Datalek", 4, "Klantgegevens zijn buiten de organisatie terechtgekomen.",
                        List.of("crisisleider", "woordvoerder", "webcare-lead", "juridisch", "it-security"), List.of(),
                        List.of(new Statement(Statement.Kind.HOLDING, "nl",
                                "We onderzoeken een mogelijk datalek. We informeren getroffen klanten zo snel"
                                        + " mogelijk. Volgende update om {time}."),
                                new Statement(Statement.Kind.HOLDING, "en",
                                        "We are investigating a possible data leak. Next update at {time}."))),
                new Scenario("storing", "Storing dienstverlening", 3, "Klanten kunnen de dienst niet gebruiken.",
                        List.of("webcare-lead", "klantenservice"), List.of(),
                        List.of(new Statement(Statement.Kind.HOLDING, "nl",
                                "Er is een storing. We werken aan een oplossing."))),
                new Scenario("virale-post", "Negatieve virale post", 2, null, List.of(), List.of(), List.of()));
        return new Plan(new Organisation("Energiek Utrecht", "www.energiek.nl", null), people, roles, scenarios,
                List.of(new EscalationCriterion("volume", "Meer dan 50 negatieve berichten in een uur", "crisisleider"),
                        new EscalationCriterion("pers", "Een journalist vraagt om een reactie", "woordvoerder")),
                List.of(new ContactLink("sanne-visser", List.of("anna-de-vries", "piet-jansen")),
                        new ContactLink("anna-de-vries", List.of("eva-bakker", "mohammed-el-amrani"))),
                List.of(new CalendarRule("promoties", "Ingeplande promotieberichten op alle kanalen",
                        CalendarRule.Action.PAUSE, "Tot de crisisleider het sein veilig geeft"),
                        new CalendarRule("nieuwsbrief", "Nieuwsbrief", CalendarRule.Action.REVIEW, null)),
                List.of(new Fact("openingstijden", "Openingstijden klantenservice", "Maandag tot en met vrijdag van"
                        + " 8.00 tot 20.00 uur.")),
                List.of(new Review(LocalDate.of(2025, 3, 12), "anna-de-vries",
                        List.of("anna-de-vries", "piet-jansen", "sanne-visser"),
                        List.of("anna-de-vries", "piet-jansen"), List.of())),
                List.of(new Flag("role:it-security", "Geen vervanger bij de storing van 3 maart",
                        "Evaluatie storing 3 maart", LocalDate.of(2025, 3, 20))),
                LocalDate.of(2026, 3, 12));
    }
}

package webcare.ui.review.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import webcare.model.plan.CalendarRule;
import webcare.model.plan.ContactLink;
import webcare.model.plan.EscalationCriterion;
import webcare.model.plan.Fact;
import webcare.model.plan.Flag;
import webcare.model.plan.ItemRef;
import webcare.model.plan.Organisation;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;
import webcare.model.plan.Review;
import webcare.model.plan.ReviewItem;
import webcare.model.plan.Role;
import webcare.model.plan.Scenario;
import webcare.model.plan.Statement;
import webcare.model.plan.Task;
import webcare.plan.api.AgendaItem;
import webcare.plan.api.ReviewAgenda;

/**
 * A Dutch crisis plan to look at and test with: people with diacritics, critical roles with
 * deputies, scenarios with statements, and three items flagged after an incident evaluation. Its
 * agenda is made here the way the review agenda service describes it: flagged items first, then
 * section by section; its lines are Dutch whatever language is asked, and {@link #asked} keeps
 * which languages were.
 */
public final class SamplePlan implements ReviewAgenda {

    /** The language of each agenda asked for, in order. */
    public final List<Locale> asked = new CopyOnWriteArrayList<>();

    public static Plan plan() {
        List<Person> people = List.of(
                person("anna-de-vries", "Anna de Vries", "Directeur communicatie", "+31 6 1234 5678",
                        "anna.devries@goudenleeuw.nl", "Niet op woensdag"),
                person("zoe-van-den-berg", "Zoë van den Berg", "Woordvoerder", "+31 6 2345 6789",
                        "zoe.vandenberg@goudenleeuw.nl", null),
                person("daniel-jansen", "Daniël Jansen", "Teamleider webcare", "+31 6 3456 7890",
                        "daniel.jansen@goudenleeuw.nl", "Bereikbaarheidsdienst eerste week van de maand"),
                person("ayse-yilmaz", "Ayşe Yılmaz", "Jurist", "+31 6 4567 8901", "ayse.yilmaz@goudenleeuw.nl",
                        null),
                person("frederique-muller", "Frédérique Müller", "Algemeen directeur", "+31 6 5678 9012",
                        "f.muller@goudenleeuw.nl", null),
                person("sjoerd-hoekstra", "Sjoerd Hoekstra", "Manager IT & security", "+31 6 6789 0123",
                        "sjoerd.hoekstra@goudenleeuw.nl", null),
                person("ines-bakker", "Inès Bakker", "Hoofd klantenservice", null, "ines.bakker@goudenleeuw.nl",
                        "Parttime: ma–do"),
                person("joost-visser", "Joost Visser", "Webcare-medewerker", "+31 6 8901 2345", null, null));
        List<Role> roles = List.of(
                new Role("crisisleider", "Crisisleider", true, "frederique-muller", List.of("anna-de-vries"),
                        "Leidt het crisisteam en besluit over opschaling.",
                        List.of(new Task("crisisteam-bijeen", "Crisisteam bijeenroepen", 30, null),
                                new Task("besluit-opschaling", "Besluiten over opschaling", 60, null))),
                new Role("woordvoerder", "Woordvoerder", true, "zoe-van-den-berg", List.of("anna-de-vries"),
                        "Spreekt namens De Gouden Leeuw met pers en publiek.",
                        List.of(new Task("publiek-erkennen", "Publiek erkennen dat er iets speelt", 60, null),
                                new Task("update-publiek", "Publieke update geven", 120, 120))),
                new Role("webcare-lead", "Webcare-coördinator", true, "daniel-jansen", List.of("joost-visser"),
                        null,
                        List.of(new Task("content-pauzeren", "Geplande content pauzeren", 15, null),
                                new Task("reacties-monitoren", "Reacties monitoren en rapporteren", 30, 60))),
                new Role("juridisch", "Juridisch adviseur", false, "ayse-yilmaz", List.of(), null,
                        List.of(new Task("verklaring-toetsen", "Verklaringen juridisch toetsen", 45, null))),
                new Role("it-security", "IT & security", true, "sjoerd-hoekstra", List.of(), null,
                        List.of(new Task("lek-dichten", "Lek dichten en logboeken veiligstellen", null, null))),
                new Role("klantenservice", "Klantenservice", false, "ines-bakker", List.of("joost-visser"), null,
                        List.of(new Task("belscript", "Belscript voor klantenservice klaarzetten", 60, null))));
        List<Scenario> scenarios = List.of(
                new Scenario("terugroepactie", "Productfout en terugroepactie", 4,
                        "Een product blijkt onveilig en moet uit de winkels.",
                        List.of("crisisleider", "woordvoerder", "webcare-lead", "juridisch", "klantenservice"),
                        List.of(),
                        List.of(new Statement(Statement.Kind.HOLDING, "nl",
                                "We weten dat er vragen zijn over {product}. We zoeken het nu uit en laten vóór "
                                        + "{time} weten wat u moet doen."),
                                new Statement(Statement.Kind.HOLDING, "en",
                                        "We know there are questions about {product}. We are looking into it and will "
                                                + "tell you what to do before {time}."))),
                new Scenario("datalek", "Datalek", 4, "Persoonsgegevens van klanten zijn mogelijk ingezien.",
                        List.of("crisisleider", "woordvoerder", "it-security", "juridisch"), List.of(),
                        List.of(new Statement(Statement.Kind.HOLDING, "nl",
                                "We onderzoeken een mogelijk datalek. Zodra we meer weten, hoort u het van ons."))),
                new Scenario("storing", "Storing webwinkel", 2, null, List.of("webcare-lead", "it-security"),
                        List.of(), List.of()),
                new Scenario("viraal", "Negatieve virale post", 3, "Een bericht over ons gaat snel rond.",
                        List.of("woordvoerder", "webcare-lead"), List.of(),
                        List.of(new Statement(Statement.Kind.HOLDING, "nl",
                                "Dank voor uw bericht. We kijken ernaar en reageren vandaag nog."),
                                new Statement(Statement.Kind.HOLDING, "en",
                                        "Thank you for your message. We are looking into it and will respond today."),
                                new Statement(Statement.Kind.UPDATE, "nl",
                                        "Update {time}: we hebben het bericht over {onderwerp} onderzocht. Wat er "
                                                + "klopt: {feiten}. Wat niet klopt: {correctie}. Vragen? Stuur ons "
                                                + "een privébericht, dan helpen we u persoonlijk verder."),
                                new Statement(Statement.Kind.UPDATE, "en",
                                        "Update {time}: we looked into the post about {topic}. What is true: "
                                                + "{facts}. What is not: {correction}. Questions? Send us a direct "
                                                + "message and we will help you personally."))));
        List<Flag> flags = List.of(
                new Flag("role:woordvoerder", "Plaatsvervanger was tijdens de storing twee uur niet bereikbaar",
                        "Evaluatie van de storing van 3 maart", LocalDate.of(2026, 3, 10)),
                new Flag("person:zoe-van-den-berg", "Nieuw mobiel nummer sinds april; controleren",
                        "Evaluatie van de storing van 3 maart", LocalDate.of(2026, 3, 10)),
                new Flag("scenario:datalek", "Melding aan de Autoriteit Persoonsgegevens binnen 72 uur als taak opnemen",
                        "Evaluatie van de phishingmail van 14 juni", LocalDate.of(2026, 6, 20)));
        Review last = new Review(LocalDate.of(2025, 11, 18), "frederique-muller",
                List.of("frederique-muller", "anna-de-vries", "zoe-van-den-berg", "daniel-jansen"),
                List.of("frederique-muller", "anna-de-vries"),
                List.of(new ReviewItem("role:woordvoerder", ReviewItem.Outcome.CONFIRMED, null)));
        return new Plan(new Organisation("Brouwerij De Gouden Leeuw", "https://goudenleeuw.nl", null), people, roles,
                scenarios,
                List.of(new EscalationCriterion("volume", "Meer dan 50 negatieve berichten in een uur", "crisisleider"),
                        new EscalationCriterion("pers", "Een journalist vraagt om een reactie", "woordvoerder")),
                List.of(new ContactLink("frederique-muller", List.of("anna-de-vries", "sjoerd-hoekstra")),
                        new ContactLink("anna-de-vries", List.of("zoe-van-den-berg", "daniel-jansen"))),
                List.of(new CalendarRule("promo", "Geplande promotieberichten op alle kanalen",
                        CalendarRule.Action.PAUSE, "Tot de crisisleider het sein veilig geeft")),
                List.of(new Fact("openingstijden", "Openingstijden klantenservice", "Ma–vr 8.00–20.00 uur, za 9.00–17.00 uur")),
                List.of(last), flags, LocalDate.of(2026, 11, 20));
    }

    private static Person person(String id, String name, String function, String phone, String email,
            String availability) {
        return new Person(id, name, function, phone, List.of(), email, List.of("nl", "en"), availability);
    }

    @Override
    public List<AgendaItem> agenda(Plan plan, Locale language) {
        asked.add(language);
        List<AgendaItem> all = new ArrayList<>();
        all.add(item(plan, "organisation", "", plan.organisation().name(),
                List.of("Website: " + plan.organisation().website())));
        for (Person person : plan.people()) {
            List<String> lines = new ArrayList<>();
            lines.add("Functie: " + orDash(person.function()));
            lines.add("Telefoon: " + orDash(person.phone()));
            lines.add("E-mail: " + orDash(person.email()));
            lines.add("Talen: " + String.join(", ", person.languages()));
            if (person.availability() != null) {
                lines.add("Beschikbaarheid: " + person.availability());
            }
            all.add(item(plan, "person", person.id(), person.name(), lines));
        }
        for (Role role : plan.roles()) {
            List<String> lines = new ArrayList<>();
            lines.add("Primair: " + name(plan, role.primary()));
            lines.add("Plaatsvervangers: " + (role.deputies().isEmpty() ? "geen"
                    : role.deputies().stream().map(id -> name(plan, id)).collect(Collectors.joining(", "))));
            lines.add(role.critical() ? "Kritieke rol" : "Niet kritiek");
            if (role.description() != null) {
                lines.add(role.description());
            }
            all.add(item(plan, "role", role.id(), role.name(), lines));
        }
        for (Role role : plan.roles()) {
            for (Task task : role.tasks()) {
                List<String> lines = new ArrayList<>();
                lines.add("Rol: " + role.name());
                lines.add(task.targetMinutes() == null ? "Geen doeltijd" : "Binnen " + task.targetMinutes()
                        + " minuten na de start van de crisis");
                if (task.repeatMinutes() != null) {
                    lines.add("Daarna elke " + task.repeatMinutes() + " minuten");
                }
                all.add(item(plan, "task", task.id(), task.title(), lines));
            }
        }
        for (Scenario scenario : plan.scenarios()) {
            List<String> lines = new ArrayList<>();
            lines.add("Ernst: " + scenario.severity() + " van 4");
            if (scenario.description() != null) {
                lines.add(scenario.description());
            }
            lines.add("Rollen: " + scenario.roles().stream().map(id -> plan.role(id).map(Role::name).orElse(id))
                    .collect(Collectors.joining(", ")));
            for (Statement statement : scenario.statements()) {
                lines.add("Verklaring (" + statement.lang() + "): " + statement.text());
            }
            all.add(item(plan, "scenario", scenario.id(), scenario.name(), lines));
        }
        for (EscalationCriterion criterion : plan.escalation()) {
            all.add(item(plan, "escalation", criterion.id(), criterion.description(),
                    List.of("Naar: " + plan.role(criterion.role()).map(Role::name).orElse("crisisleider"))));
        }
        for (ContactLink link : plan.contactTree()) {
            all.add(item(plan, "contact", link.person(), name(plan, link.person()) + " belt",
                    link.calls().stream().map(id -> name(plan, id)).toList()));
        }
        for (CalendarRule rule : plan.contentCalendar()) {
            all.add(item(plan, "calendar", rule.id(), rule.what(),
                    List.of("Actie: " + rule.action(), orDash(rule.note()))));
        }
        for (Fact fact : plan.facts()) {
            all.add(item(plan, "fact", fact.id(), fact.topic(), List.of(fact.text())));
        }
        List<AgendaItem> ordered = new ArrayList<>(all.stream().filter(AgendaItem::flagged).toList());
        all.stream().filter(item -> !item.flagged()).forEach(ordered::add);
        return ordered;
    }

    private static AgendaItem item(Plan plan, String section, String id, String title, List<String> lines) {
        String ref = new ItemRef(ItemRef.parse(section).kind(), id).toString();
        List<String> flags = plan.flags().stream().filter(flag -> flag.item().equals(ref))
                .map(flag -> flag.note() + " (" + flag.source() + ")").toList();
        return new AgendaItem(ref, section, title, lines, flags);
    }

    private static String name(Plan plan, String person) {
        return person == null ? "niemand" : plan.person(person).map(Person::name).orElse(person);
    }

    private static String orDash(String text) {
        return text == null ? "—" : text;
    }
}

package webcare.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import webcare.model.plan.ReviewItem.Outcome;
import webcare.model.plan.Role;
import webcare.model.plan.Scenario;
import webcare.model.plan.Statement;
import webcare.model.plan.Task;
import webcare.plan.api.ExportContext;

/** Plans built in code: a small Dutch one with diacritics everywhere, and a big one for load. */
final class Plans {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** 24 November 2026, 09:15 in Amsterdam. */
    static final Instant GENERATED = Instant.parse("2026-11-24T08:15:00Z");

    static final String ZOE_PHONE = "+31 6 1234 5678";
    static final String ZOE_OTHER = "+31 20 555 0101";
    static final String JOSE_PHONE = "+31 6 8765 4321";
    static final String ANOUK_PHONE = "+31 6 2222 3333";
    static final String DAAN_PHONE = "+31 6 4444 5555";
    static final String HOLDING_NL = "We weten dat er een storing is bij ‘Mijn Zuivel’ en zoeken uit wat er aan de hand is. "
            + "Klanten die €10 of meer zijn kwijtgeraakt, krijgen het terug. “Excuses,” zegt onze directeur.";
    static final String HOLDING_EN = "We know some customers cannot log in to ‘My Dairy’; we are finding out why.";

    private Plans() {}

    static ExportContext dutch(Integer version) {
        return new ExportContext(version, Locale.forLanguageTag("nl"), AMSTERDAM, GENERATED);
    }

    static ExportContext english(Integer version) {
        return new ExportContext(version, Locale.ENGLISH, AMSTERDAM, GENERATED);
    }

    static Person person(String id, String name, String function, String phone, List<String> others, String email) {
        return new Person(id, name, function, phone, others, email, List.of("nl"), null);
    }

    /** Zuivelcoöperatie De Weidegang: the small plan most tests read. */
    static Plan dairy() {
        List<Person> people = List.of(
                new Person("zoe", "Zoë Ëlberts", "Directeur communicatie", ZOE_PHONE, List.of(ZOE_OTHER),
                        "zoe.elberts@weidegang.example", List.of("nl", "en"), "Niet op woensdag"),
                person("jose", "José Müller", "Woordvoerder", JOSE_PHONE, List.of(), "jose.muller@weidegang.example"),
                person("anouk", "Anouk van den Berg", "Webcare-coördinator", ANOUK_PHONE, List.of(),
                        "anouk@weidegang.example"),
                person("daan", "Daan Öztürk", "Jurist", DAAN_PHONE, List.of(), null),
                person("script", "<script>alert('x')</script>", "Stagiair & \"tester\"", "+31 6 0000 0000", List.of(),
                        "script@weidegang.example"));
        List<Role> roles = List.of(
                new Role("crisis-lead", "Crisisleider", true, "zoe", List.of("jose"),
                        "Leidt het crisisteam en besluit over de inzet.", List.of(
                                new Task("convene", "Crisisteam bijeenroepen", 15, null),
                                new Task("decide", "Besluiten over opschaling", 60, null))),
                new Role("spokesperson", "Woordvoerder", true, "jose", List.of("anouk", "daan"), null, List.of(
                        new Task("acknowledge", "Publiekelijk erkennen", 60, null),
                        new Task("update", "Volgende publieke update", 60, 120),
                        new Task("press", "Persvragen beantwoorden", null, null))),
                new Role("webcare-lead", "Webcare-lead", false, "anouk", List.of(), null, List.of(
                        new Task("monitor", "Berichten monitoren", 0, 30))));
        List<Scenario> scenarios = List.of(
                new Scenario("outage", "Storing in ‘Mijn Zuivel’", 3, "Klanten kunnen niet inloggen.",
                        List.of("crisis-lead", "spokesperson"), List.of(), List.of(
                                new Statement(Statement.Kind.HOLDING, "nl", HOLDING_NL),
                                new Statement(Statement.Kind.HOLDING, "en", HOLDING_EN),
                                new Statement(Statement.Kind.UPDATE, "nl",
                                        "Update {time}: de storing is {status}. Volgende update om {next}."))),
                new Scenario("data-leak", "Datalek", 4, null, List.of("spokesperson", "webcare-lead"),
                        List.of("acknowledge", "monitor"), List.of()));
        List<EscalationCriterion> escalation = List.of(
                new EscalationCriterion("volume", "Meer dan 50 negatieve berichten in een uur", null),
                new EscalationCriterion("press", "Een journalist vraagt om een reactie", "spokesperson"));
        List<ContactLink> tree = List.of(new ContactLink("zoe", List.of("jose", "anouk")),
                new ContactLink("jose", List.of("daan")));
        List<CalendarRule> calendar = List.of(
                new CalendarRule("promo", "Geplande promotieberichten", CalendarRule.Action.PAUSE, "Tot de storing voorbij is"),
                new CalendarRule("recipes", "Receptenvideo’s", CalendarRule.Action.REVIEW, null));
        List<Fact> facts = List.of(new Fact("hours", "Openingstijden klantenservice", "Ma–vr 8.00–20.00 uur"),
                new Fact("members", "Leden", "De coöperatie heeft 1.200 leden-melkveehouders."));
        Review review = new Review(LocalDate.of(2026, 3, 12), "zoe", List.of("zoe", "jose", "daan", "anouk"),
                List.of("zoe", "jose"), List.of(
                        new ReviewItem("role:spokesperson", Outcome.CHANGED, "Daan Öztürk toegevoegd als tweede vervanger"),
                        new ReviewItem("person:zoe", Outcome.CONFIRMED, null),
                        new ReviewItem("scenario:data-leak", Outcome.FLAGGED, "Statements in het Engels ontbreken"),
                        new ReviewItem("task:update", Outcome.CONFIRMED, null)));
        return new Plan(new Organisation("Zuivelcoöperatie De Weidegang", "https://weidegang.example", null), people,
                roles, scenarios, escalation, tree, calendar, facts, List.of(review),
                List.of(new Flag("role:webcare-lead", "Geen vervanger", "Evaluatie storing 3 maart", LocalDate.of(2026, 3, 4))),
                LocalDate.of(2027, 3, 11));
    }

    /** 500 people, 60 roles, 2,000 tasks, 40 scenarios with statements in two languages. */
    static Plan big() {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            people.add(new Person("p" + i, "Medewerker " + i + " Ëlberts-Müller", "Functie " + i,
                    "+31 6 " + String.format("%04d %04d", i, i * 7 % 10000), List.of("+31 20 " + (100 + i) + " 0000"),
                    "medewerker" + i + "@groot.example", List.of("nl", "en"),
                    i % 5 == 0 ? "Bereikbaar op werkdagen tussen 8 en 18 uur, daarbuiten via de meldkamer" : null));
        }
        List<Role> roles = new ArrayList<>();
        int task = 0;
        for (int r = 0; r < 60; r++) {
            List<Task> tasks = new ArrayList<>();
            int count = r < 20 ? 34 : 33; // 20 × 34 + 40 × 33 = 2,000
            for (int t = 0; t < count; t++) {
                tasks.add(new Task("t" + task++, "Taak " + t + " van rol " + r + ": controleer de kanalen, stem af met de "
                        + "woordvoerder en leg de beslissing vast in het logboek", 15 * (t + 1), t % 4 == 0 ? 120 : null));
            }
            roles.add(new Role("r" + r, "Rol " + r, r % 3 == 0, "p" + r, List.of("p" + (r + 100), "p" + (r + 200)),
                    "Omschrijving van rol " + r, tasks));
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (int s = 0; s < 40; s++) {
            scenarios.add(new Scenario("s" + s, "Scenario " + s, s % 4 + 1, "Hoe je scenario " + s + " herkent.",
                    List.of("r" + s, "r" + (s + 10) % 60, "r" + (s + 20) % 60), List.of(), List.of(
                            new Statement(Statement.Kind.HOLDING, "nl", "Wij weten van het probleem. " .repeat(20)),
                            new Statement(Statement.Kind.HOLDING, "en", "We know about the problem. ".repeat(20)),
                            new Statement(Statement.Kind.UPDATE, "nl", "Update {time}: " + "stand van zaken. ".repeat(10)))));
        }
        return new Plan(new Organisation("Groot Bedrijf", null, null), people, roles, scenarios, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), null);
    }
}

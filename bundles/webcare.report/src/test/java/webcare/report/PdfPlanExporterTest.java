package webcare.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import webcare.model.plan.Fact;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;
import webcare.model.plan.Role;
import webcare.model.plan.Task;

class PdfPlanExporterTest {

    private final PdfPlanExporter exporter = new PdfPlanExporter();

    @Test
    void thePrintoutHasRolesWithPrimaryAndDeputyPhonesTasksWithTargetTimesAndStatements() throws IOException {
        String text = Pdfs.text(Pdfs.export(exporter, Plans.dairy(), Plans.dutch(7)));

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(text).contains("Crisisplan Zuivelcoöperatie De Weidegang", "Versie 7");
        soft.assertThat(text).contains("24 november 2026, 09:15 (Europe/Amsterdam)");
        soft.assertThat(text).contains("Crisisleider", "Woordvoerder", "Webcare-lead", "kritiek");
        soft.assertThat(text).contains("Primair José Müller — " + Plans.JOSE_PHONE);
        soft.assertThat(text).contains("Vervangers Anouk van den Berg — " + Plans.ANOUK_PHONE,
                "Daan Öztürk — " + Plans.DAAN_PHONE);
        soft.assertThat(text).contains("Zoë Ëlberts — " + Plans.ZOE_PHONE + ", " + Plans.ZOE_OTHER);
        soft.assertThat(text).contains("1. Crisisteam bijeenroepen — binnen 15 min",
                "Volgende publieke update — binnen 1 uur, daarna elke 2 uur",
                "Persvragen beantwoorden — geen streeftijd");
        soft.assertThat(text).contains("ernst 3 van 4: ernstig", "Eerste verklaring — Nederlands", Plans.HOLDING_NL,
                Plans.HOLDING_EN, "Update {time}: de storing is {status}.");
        soft.assertThat(text).contains("Meer dan 50 negatieve berichten in een uur", "Zoë Ëlberts belt",
                "Geplande promotieberichten", "Pauzeren", "Openingstijden", "Ma–vr 8.00–20.00 uur");
        soft.assertThat(text).contains("Laatste review", "12 maart 2026", "Goedgekeurd door");
        soft.assertThat(text).contains("<script>alert('x')</script>", "Stagiair & \"tester\"");
        soft.assertAll();
    }

    @Test
    void dutchDiacriticsAndTypographicCharactersSurvive() throws IOException {
        String text = Pdfs.text(Pdfs.export(exporter, Plans.dairy(), Plans.dutch(7)));

        assertThat(text).contains("Zoë Ëlberts", "José Müller", "Daan Öztürk", "coöperatie", "‘Mijn Zuivel’", "€10",
                "“Excuses,”", "Receptenvideo’s");
    }

    @Test
    void everyFontOnEveryPageIsEmbedded() throws IOException {
        List<String> fonts = Pdfs.fonts(Pdfs.export(exporter, Plans.dairy(), Plans.dutch(7)));

        assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font).contains("LiberationSans").endsWith(": true"));
    }

    @Test
    void headingsAndLabelsAreSetInARealEmbeddedBoldFace() throws IOException {
        byte[] pdf = Pdfs.export(exporter, Plans.dairy(), Plans.dutch(7));

        assertThat(Pdfs.fonts(pdf)).anyMatch(font -> font.matches("[A-Z]{6}\\+LiberationSans-Bold: true"))
                .anyMatch(font -> font.matches("[A-Z]{6}\\+LiberationSans: true"));
        assertThat(Pdfs.textFonts(pdf)).anyMatch(run -> run.matches("Rollen en taken: [A-Z]{6}\\+LiberationSans-Bold"))
                .anyMatch(run -> run.matches("Crisisleider: [A-Z]{6}\\+LiberationSans-Bold"))
                .anyMatch(run -> run.startsWith("Leidt het crisisteam") && run.matches(".*: [A-Z]{6}\\+LiberationSans"));
    }

    @Test
    void charactersTheFontLacksPrintAsQuestionMarksInsteadOfFailing() throws IOException {
        Plan plan = Plans.dairy();
        plan = plan.withPeople(append(plan.people(), new Person("fan", "Emoji 😀 Fan 👍🏽", null, "+31 6 9 ☎", List.of(),
                null, List.of(), "Bel 📞 na ✈️ landing")));

        String text = Pdfs.text(Pdfs.export(exporter, plan, Plans.dutch(7)));

        assertThat(text).contains("Emoji ? Fan ??", "Bel ? na ? landing");
    }

    @Test
    void theCoverStandsAloneAndTheSectionsAfterItRunOnWithFooterAndPageNumbers() throws IOException {
        byte[] pdf = Pdfs.export(exporter, Plans.dairy(), Plans.dutch(7));
        int pages = Pdfs.pages(pdf);

        assertThat(pages).as("eight sections, not eight pages").isBetween(3, 5);
        assertThat(Pdfs.text(pdf, 1, 1)).doesNotContain("Contactlijst")
                .contains("Crisisplan Zuivelcoöperatie De Weidegang — versie 7 — 24 november 2026")
                .contains("Pagina 1 van " + pages);
        assertThat(Pdfs.text(pdf, 2, 2)).startsWith("Contactlijst").contains("Rollen en taken", "Pagina 2 van " + pages);
        assertThat(Pdfs.text(pdf, pages - 1, pages)).contains("Escalatiecriteria");
        assertThat(Pdfs.text(pdf, pages, pages)).contains("Belboom", "Contentkalender tijdens een crisis", "Feitenblad");
    }

    @ParameterizedTest(name = "{0} people before the roles")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24})
    void noPageEndsInAHeading(int people) throws IOException {
        Plan plan = Plans.dairy();
        List<Person> everyone = new java.util.ArrayList<>();
        for (int i = 0; i < people; i++) {
            everyone.add(Plans.person("p" + i, "Medewerker " + i, "Functie", "+31 6 1000 " + (1000 + i), List.of(), null));
        }
        everyone.addAll(plan.people());
        List<Role> roles = new java.util.ArrayList<>();
        for (int r = 0; r < 14; r++) {
            List<Task> tasks = new java.util.ArrayList<>();
            for (int t = 0; t <= r % 5; t++) {
                tasks.add(new Task("t" + r + "-" + t, "Taak " + t + " van rol " + r, 30 * (t + 1), null));
            }
            roles.add(new Role("r" + r, "Rol " + r, r % 2 == 0, "zoe", List.of("jose"),
                    r % 3 == 0 ? "Een korte omschrijving van rol " + r + "." : null, tasks));
        }

        byte[] pdf = Pdfs.export(exporter, plan.withPeople(everyone).withRoles(roles), Plans.dutch(7));

        assertThat(Pdfs.pageEnds(pdf)).allSatisfy(end -> assertThat(end).startsWith("text: "));
    }

    @Test
    void longTextsWrapAndFlowOntoFurtherPages() throws IOException {
        String longText = "Dit is een lange tekst over de coöperatie, met ‘aanhalingstekens’ en €-bedragen. ".repeat(400)
                + "Einde.";
        String oneLongWord = "x".repeat(300);
        Plan plan = Plans.dairy().withFacts(List.of(new Fact("long", "Lange tekst", longText),
                new Fact("word", "Een woord zonder spaties", oneLongWord)));

        byte[] pdf = Pdfs.export(exporter, plan, Plans.dutch(7));
        String text = Pdfs.text(pdf);

        assertThat(text).contains("Einde.").contains("coöperatie, met ‘aanhalingstekens’ en €-bedragen.");
        assertThat(text.replace(" ", "")).contains(oneLongWord);
        assertThat(Pdfs.pages(pdf)).isGreaterThan(10);
    }

    @Test
    void englishLabelsAndFooter() throws IOException {
        byte[] pdf = Pdfs.export(exporter, Plans.dairy(), Plans.english(null));

        assertThat(Pdfs.text(pdf)).contains("Crisis plan Zuivelcoöperatie De Weidegang — working plan — 24 November 2026",
                "Page 1 of", "Roles and tasks", "within 1 h, then every 2 h", "Deputies");
    }

    @Test
    void anEmptyPlanGivesAValidPdf() throws IOException {
        byte[] pdf = Pdfs.export(exporter, Plan.empty("Leeg"), Plans.dutch(null));

        assertThat(Pdfs.text(pdf)).contains("Crisisplan Leeg", "Het plan noemt nog niemand.");
    }

    @Test
    void aBigPlanRenders() throws IOException {
        byte[] pdf = Pdfs.export(exporter, Plans.big(), Plans.dutch(12));

        assertThat(Pdfs.pages(pdf)).isGreaterThan(50);
        assertThat(Pdfs.text(pdf, 2, 2)).contains("Medewerker 0", "Ëlberts-Müller", "medewerker0@groot.example");
    }

    @Test
    void theStreamIsLeftOpen() throws IOException {
        Pdfs.Watched out = new Pdfs.Watched();

        exporter.write(Plans.dairy(), Plans.dutch(1), out);

        assertThat(out.closed).isFalse();
        assertThat(new String(out.bytes.toByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    static <T> List<T> append(List<T> list, T element) {
        java.util.ArrayList<T> copy = new java.util.ArrayList<>(list);
        copy.add(element);
        return copy;
    }
}

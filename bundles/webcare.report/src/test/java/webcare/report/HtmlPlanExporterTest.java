package webcare.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import webcare.model.plan.Fact;
import webcare.model.plan.Plan;
import webcare.plan.api.ExportContext;

class HtmlPlanExporterTest {

    private final HtmlPlanExporter exporter = new HtmlPlanExporter();

    private static String tel(String phone) {
        return "<a href=\"tel:" + phone.replace(" ", "") + "\">" + phone + "</a>";
    }

    private static String mail(String address) {
        return "<a href=\"mailto:" + address + "\">" + address + "</a>";
    }

    private String html(Plan plan, ExportContext context) throws IOException {
        return new String(Pdfs.export(exporter, plan, context), StandardCharsets.UTF_8);
    }

    /** The page's text with no-break spaces as plain ones and links as their text, for searching. */
    private String readable(Plan plan, ExportContext context) throws IOException {
        return html(plan, context).replace("&nbsp;", " ").replaceAll("<a href=\"[^\"]*\">([^<]*)</a>", "$1");
    }

    @Nested
    class InDutch {

        @Test
        void coverShowsOrganisationVersionLocalGenerationTimeAndLastReview() throws IOException {
            String html = readable(Plans.dairy(), Plans.dutch(7));

            SoftAssertions soft = new SoftAssertions();
            soft.assertThat(html).contains("<html lang=\"nl\">", "<title>Crisisplan Zuivelcoöperatie De Weidegang</title>");
            soft.assertThat(html).contains("<h1>Crisisplan Zuivelcoöperatie De Weidegang</h1>", "Versie 7");
            soft.assertThat(html).contains("24 november 2026, 09:15 (Europe/Amsterdam)");
            soft.assertThat(html).contains("Laatste review", "12 maart 2026", "Goedgekeurd door", "Zoë Ëlberts");
            soft.assertThat(html).contains("Volgende review", "11 maart 2027");
            soft.assertThat(html).contains("Bij een crisis eerst bellen", "Zoë Ëlberts — " + Plans.ZOE_PHONE);
            soft.assertAll();
        }

        @Test
        void aWorkingPlanSaysSoInsteadOfAVersion() throws IOException {
            assertThat(readable(Plans.dairy(), Plans.dutch(null))).contains("Werkplan (niet goedgekeurd)")
                    .contains("Crisisplan Zuivelcoöperatie De Weidegang — werkplan — 24 november 2026");
        }

        @Test
        void contactListHasEveryoneWithAllPhonesAndEmail() throws IOException {
            String html = html(Plans.dairy(), Plans.dutch(7)).replace("&nbsp;", " ");

            assertThat(html).contains("<h2>Contactlijst</h2>")
                    .contains("<td>Zoë Ëlberts<br>Directeur communicatie</td><td>" + tel(Plans.ZOE_PHONE) + "<br>"
                            + tel(Plans.ZOE_OTHER) + "</td><td>" + mail("zoe.elberts@weidegang.example")
                            + "</td><td>Niet op woensdag</td>")
                    .contains("José Müller", Plans.JOSE_PHONE, "jose.muller@weidegang.example")
                    .contains("Daan Öztürk<br>Jurist</td><td>" + tel(Plans.DAAN_PHONE) + "</td><td>geen e-mail</td>");
        }

        @Test
        void phoneNumbersAndEmailAddressesAreLinksToCallOrMail() throws IOException {
            String html = html(Plans.dairy().withFacts(List.of(new Fact("service", "Klantenservice",
                    "Bel 030 760 1000 of mail service@weidegang.example; sinds 2026-03-12 met 1.200 leden."))),
                    Plans.dutch(7));

            assertThat(html).contains("<a href=\"tel:+31612345678\">+31&nbsp;6&nbsp;1234&nbsp;5678</a>",
                    "<a href=\"tel:+31205550101\">+31&nbsp;20&nbsp;555&nbsp;0101</a>",
                    "<a href=\"mailto:zoe.elberts@weidegang.example\">zoe.elberts@weidegang.example</a>",
                    "Bel <a href=\"tel:0307601000\">030 760 1000</a> of mail "
                            + "<a href=\"mailto:service@weidegang.example\">service@weidegang.example</a>; sinds 2026-03-12 "
                            + "met 1.200 leden.");
            assertThat(html).as("the crisis lead's numbers on the cover and under each role")
                    .containsPattern("Zoë Ëlberts — <a href=\"tel:\\+31612345678\">");
            assertThat(html).doesNotContain("tel:2026", "tel:1200");
            assertThat(html).contains("<dd><div><a href=\"https://weidegang.example\">https://weidegang.example</a></div></dd>");
        }

        @Test
        void aTableOfContentsAfterTheCoverLinksToEverySection() throws IOException {
            String html = html(Plans.dairy(), Plans.dutch(7));

            String toc = html.substring(html.indexOf("<nav class=\"toc\">"), html.indexOf("</nav>"));
            assertThat(html.indexOf("<nav")).isGreaterThan(html.indexOf("Bij een crisis eerst bellen"))
                    .isLessThan(html.indexOf("<h2>Contactlijst</h2>"));
            assertThat(toc).contains("<h2>Inhoud</h2>");
            List<String> targets = Pattern.compile("<li><a href=\"#([a-z0-9-]+)\">([^<]+)</a></li>").matcher(toc).results()
                    .map(link -> link.group(1) + " " + link.group(2)).toList();
            assertThat(targets).containsExactly("contactlijst Contactlijst", "rollen-en-taken Rollen en taken",
                    "scenarios Scenario’s", "escalatiecriteria Escalatiecriteria", "belboom Belboom",
                    "contentkalender-tijdens-een-crisis Contentkalender tijdens een crisis", "feitenblad Feitenblad");
            assertThat(targets).allSatisfy(target -> assertThat(html)
                    .containsOnlyOnce("<section id=\"" + target.substring(0, target.indexOf(' ')) + "\""));
            assertThat(html).contains("<h3 id=\"crisisleider\">Crisisleider", "<h3 id=\"storing-in-mijn-zuivel\">");
        }

        @Test
        void anchorsAreMadeFromTextsAndNeverRepeat() {
            assertThat(HtmlReportWriter.slug("Coördinator bezorging")).isEqualTo("coordinator-bezorging");
            assertThat(HtmlReportWriter.slug("Scenario’s")).isEqualTo("scenarios");
            assertThat(HtmlReportWriter.slug("—")).isEqualTo("section");
        }

        @Test
        void phoneNumbersDoNotBreakAcrossLines() throws IOException {
            assertThat(html(Plans.dairy(), Plans.dutch(7))).contains("+31&nbsp;6&nbsp;1234&nbsp;5678");
        }

        @Test
        void rolesShowPrimaryAndDeputiesWithPhonesAndCriticalMark() throws IOException {
            String html = readable(Plans.dairy(), Plans.dutch(7));

            assertThat(html).contains("<h3 id=\"woordvoerder\">Woordvoerder<span class=\"mark\">kritiek</span></h3>")
                    .contains("<dt>Primair</dt><dd><div>José Müller — " + Plans.JOSE_PHONE + "</div></dd>")
                    .contains("<dt>Vervangers</dt><dd><div>Anouk van den Berg — " + Plans.ANOUK_PHONE
                            + "</div><div>Daan Öztürk — " + Plans.DAAN_PHONE + "</div></dd>")
                    .contains("<h3 id=\"webcare-lead\">Webcare-lead</h3>", "Geen vervanger");
        }

        @Test
        void tasksCarryTheirTargetTimesInDutch() throws IOException {
            assertThat(readable(Plans.dairy(), Plans.dutch(7)))
                    .contains("<li>Crisisteam bijeenroepen — binnen 15 min</li>")
                    .contains("<li>Publiekelijk erkennen — binnen 1 uur</li>")
                    .contains("<li>Volgende publieke update — binnen 1 uur, daarna elke 2 uur</li>")
                    .contains("<li>Persvragen beantwoorden — geen streeftijd</li>")
                    .contains("<li>Berichten monitoren — direct, daarna elke 30 min</li>");
        }

        @Test
        void scenariosShowSeverityActivatedRolesTasksAndStatementsPerLanguage() throws IOException {
            String html = readable(Plans.dairy(), Plans.dutch(7));

            assertThat(html).contains("<h3 id=\"storing-in-mijn-zuivel\">Storing in ‘Mijn Zuivel’<span class=\"mark\">ernst 3 van 4: ernstig</span></h3>")
                    .contains("<h3 id=\"datalek\">Datalek<span class=\"mark\">ernst 4 van 4: zeer ernstig</span></h3>")
                    .contains("<div>Crisisleider — Zoë Ëlberts — " + Plans.ZOE_PHONE)
                    .contains("<dt>Webcare-lead</dt><dd><div>1. Berichten monitoren — direct, daarna elke 30 min</div></dd>")
                    .contains("Eerste verklaring — Nederlands", "Eerste verklaring — Engels", "Sjabloon voor update — Nederlands")
                    .contains("<blockquote>" + Plans.HOLDING_NL + "</blockquote>")
                    .contains("Update {time}: de storing is {status}.");
        }

        @Test
        void escalationContactTreeCalendarAndFactSheetAreThere() throws IOException {
            String html = readable(Plans.dairy(), Plans.dutch(7));

            assertThat(html).contains("<h2>Escalatiecriteria</h2>",
                    "<td>Meer dan 50 negatieve berichten in een uur</td><td>Crisisleider</td><td>Zoë Ëlberts — ",
                    "<td>Een journalist vraagt om een reactie</td><td>Woordvoerder</td><td>José Müller — ");
            assertThat(html).contains("<h2>Belboom</h2>", "<dt>Zoë Ëlberts belt</dt><dd><div>1. José Müller — "
                    + Plans.JOSE_PHONE + "</div><div>2. Anouk van den Berg — " + Plans.ANOUK_PHONE + "</div></dd>");
            assertThat(html).contains("<h2>Contentkalender tijdens een crisis</h2>",
                    "<td>Geplande promotieberichten</td><td>Pauzeren</td><td>Tot de storing voorbij is</td>",
                    "<td>Receptenvideo’s</td><td>Eerst beoordelen</td>");
            assertThat(html).contains("<h2>Feitenblad</h2>", "<dt>Openingstijden klantenservice</dt><dd><div>Ma–vr 8.00–20.00 uur");
        }

        @Test
        void namesAppearNeverIds() throws IOException {
            assertThat(readable(Plans.dairy(), Plans.dutch(7)))
                    .doesNotContain("crisis-lead", "spokesperson", "data-leak", ">zoe<", ">jose<");
        }

        @Test
        void aReferenceToNobodyIsPrintedAsUnknown() throws IOException {
            Plan plan = Plans.dairy();
            plan = plan.withRoles(plan.roles().stream()
                    .map(role -> role.id().equals("webcare-lead") ? new webcare.model.plan.Role(role.id(), role.name(),
                            false, "left-the-company", role.deputies(), null, role.tasks()) : role)
                    .toList());

            assertThat(readable(plan, Plans.dutch(7))).contains("onbekende persoon “left-the-company”");
        }
    }

    @Test
    void everyTextIsEscaped() throws IOException {
        String html = html(Plans.dairy(), Plans.dutch(7));

        assertThat(html).doesNotContain("<script>", "alert('x')")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("Stagiair &amp; &quot;tester&quot;");
    }

    @Test
    void theDocumentIsSelfContainedAndPrintsTheCoverOnItsOwnPage() throws IOException {
        String html = html(Plans.dairy(), Plans.dutch(7));

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">", "<style>", "@media print",
                "break-before: page", "@page { size: A4");
        assertThat(html).doesNotContain("<script", "<link", "<img", "src=");
        assertThat(html.split("class=\"new-page\"", -1)).as("only the section after the cover").hasSize(2);
        assertThat(html).contains("<section id=\"contactlijst\" class=\"new-page\">\n<h2>Contactlijst</h2>");
    }

    @Test
    void englishUsesEnglishLabelsAndTargetTimes() throws IOException {
        String html = readable(Plans.dairy(), Plans.english(7));

        assertThat(html).contains("<html lang=\"en\">", "Crisis plan Zuivelcoöperatie De Weidegang", "Version 7",
                "24 November 2026, 09:15", "<h2>Contact list</h2>", "<h2>Roles and tasks</h2>", "Deputies",
                "Publiekelijk erkennen — within 1 h", "Volgende publieke update — within 1 h, then every 2 h",
                "Berichten monitoren — immediately, then every 30 min", "Holding statement — Dutch",
                "severity 4 of 4: critical");
        assertThat(html).doesNotContain("Vervangers", "binnen");
    }

    @Test
    void anEmptyPlanStillGivesAWholeDocument() throws IOException {
        assertThat(readable(Plan.empty("Leeg & Co"), Plans.dutch(null))).contains("Crisisplan Leeg &amp; Co",
                "Het plan noemt nog niemand.", "Nog geen goedgekeurde review", "Niet gepland").endsWith("</html>\n");
    }

    @Test
    void theStreamIsLeftOpen() throws IOException {
        Pdfs.Watched out = new Pdfs.Watched();

        exporter.write(Plans.dairy(), Plans.dutch(1), out);

        assertThat(out.closed).isFalse();
        assertThat(out.bytes.size()).isPositive();
    }
}

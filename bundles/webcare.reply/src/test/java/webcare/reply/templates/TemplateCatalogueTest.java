package webcare.reply.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import webcare.reply.api.ReplyFields;
import webcare.reply.api.ReplyTemplate;
import webcare.reply.api.ReplyTemplate.Purpose;
import webcare.triage.api.Decision;

class TemplateCatalogueTest {

    private static final Map<String, String> CHANNELS = Map.of("nl", "een DM", "en", "a DM");
    private final List<String> problems = new ArrayList<>();
    private final TemplateCatalogue builtIn = new TemplateCatalogue(null, CHANNELS, problems::add);

    private ReplyTemplate template(TemplateCatalogue catalogue, Decision decision, String lang, String id) {
        return catalogue.forDecision(decision, lang).stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Nested
    class BuiltIn {

        @ParameterizedTest
        @EnumSource(Decision.class)
        void everyDecisionHasTemplatesInDutchAndEnglishInPurposeOrder(Decision decision) {
            for (String lang : List.of("nl", "en")) {
                List<ReplyTemplate> templates = builtIn.forDecision(decision, lang);
                assertThat(templates).as(decision + " in " + lang).isNotEmpty()
                        .allSatisfy(t -> assertThat(t.lang()).isEqualTo(lang))
                        .allSatisfy(t -> assertThat(t.decisions()).contains(decision))
                        .isSortedAccordingTo((a, b) -> a.purpose().compareTo(b.purpose()));
            }
            assertThat(problems).isEmpty();
        }

        @Test
        void eachDecisionGetsTheAnswerItCallsFor() {
            assertThat(builtIn.forDecision(Decision.RESPOND, "nl")).extracting(ReplyTemplate::purpose)
                    .contains(Purpose.ACKNOWLEDGE, Purpose.APOLOGISE, Purpose.MOVE_TO_PRIVATE);
            assertThat(builtIn.forDecision(Decision.CORRECT_FACTS, "nl")).extracting(ReplyTemplate::purpose).contains(Purpose.CORRECT_FACTS);
            assertThat(builtIn.forDecision(Decision.HIDE_AND_EXPLAIN, "en")).extracting(ReplyTemplate::purpose)
                    .containsOnly(Purpose.EXPLAIN_REMOVAL);
            assertThat(builtIn.forDecision(Decision.ESCALATE, "en")).extracting(ReplyTemplate::purpose).contains(Purpose.ACKNOWLEDGE);
            assertThat(builtIn.forDecision(Decision.NO_ACTION, "nl")).extracting(ReplyTemplate::purpose).containsOnly(Purpose.THANK);
        }

        @Test
        void aLanguageWithoutTemplatesGetsTheEnglishOnesAndARegionIsIgnored() {
            assertThat(builtIn.forDecision(Decision.RESPOND, "de")).isEqualTo(builtIn.forDecision(Decision.RESPOND, "en"));
            assertThat(builtIn.forDecision(Decision.RESPOND, "unknown")).isEqualTo(builtIn.forDecision(Decision.RESPOND, "en"));
            assertThat(builtIn.forDecision(Decision.RESPOND, "nl-NL")).isEqualTo(builtIn.forDecision(Decision.RESPOND, "nl"));
            assertThat(builtIn.forDecision(Decision.RESPOND, null)).isEqualTo(builtIn.forDecision(Decision.RESPOND, "en"));
        }

        @Test
        void everyTemplateFilledWithLongValuesFitsATweetAndKeepsNoSyntax() {
            ReplyFields longest = new ReplyFields("Maria-Louisa van den Heuvel-Bakker", "maria_louisa_vdhb", "Alexandra",
                    "webcare@klantenservice-voorbeeld.nl");
            SoftAssertions softly = new SoftAssertions();
            for (Decision decision : Decision.values()) {
                for (String lang : List.of("nl", "en")) {
                    for (ReplyTemplate template : builtIn.forDecision(decision, lang)) {
                        for (ReplyFields fields : List.of(longest, new ReplyFields(null, null, null, null))) {
                            String reply = builtIn.fill(template, fields);
                            softly.assertThat(reply.length()).as(template.id() + "/" + lang).isLessThanOrEqualTo(280);
                            softly.assertThat(reply).as(template.id() + "/" + lang).doesNotContain("{", "}", "[", "]", "  ", " ,", " .");
                        }
                    }
                }
            }
            softly.assertAll();
        }
    }

    @Nested
    class Fill {

        private final ReplyTemplate acknowledge = template(builtIn, Decision.RESPOND, "nl", "respond.acknowledge");

        @Test
        void fillsEveryPlaceholder() {
            assertThat(builtIn.fill(acknowledge, new ReplyFields("Anouk", "anouk_b", "Sanne", "webcare@example.nl")))
                    .isEqualTo("Hallo Anouk, dank voor uw bericht. Wat vervelend dat dit gebeurd is. We zoeken het graag voor u uit: "
                            + "wilt u ons via webcare@example.nl laten weten wat er precies aan de hand is? ^Sanne");
        }

        @Test
        void withoutAnyValueDropsTheGreetingAndSignatureAndUsesTheConfiguredChannel() {
            assertThat(builtIn.fill(acknowledge, new ReplyFields(null, " ", "", null)))
                    .isEqualTo("Dank voor uw bericht. Wat vervelend dat dit gebeurd is. We zoeken het graag voor u uit: "
                            + "wilt u ons via een DM laten weten wat er precies aan de hand is?");
            assertThat(builtIn.fill(acknowledge, null)).startsWith("Dank voor uw bericht.");
        }

        @Test
        void withoutANameGreetsTheHandle() {
            assertThat(builtIn.fill(acknowledge, new ReplyFields(null, "@anouk_b", null, null)))
                    .startsWith("Hallo @anouk_b, dank voor uw bericht.");
        }

        @Test
        void theChannelDefaultsPerLanguageFromTheSettings() {
            TemplateCatalogue configured = new TemplateCatalogue(null, Map.of("nl", "privé via 088-1234567", "en", "email"), problems::add);
            ReplyTemplate english = template(configured, Decision.RESPOND, "en", "respond.acknowledge");
            assertThat(configured.fill(acknowledge, new ReplyFields(null, null, null, null))).contains("via privé via 088-1234567 laten");
            assertThat(configured.fill(english, new ReplyFields("Sam", null, null, null))).contains("via email?");
        }

        @Test
        void valuesCannotBringInTemplateSyntaxOrLineBreaks() {
            assertThat(builtIn.fill(acknowledge, new ReplyFields("{agent} [Jan]\n de Vries", null, "{name}", null)))
                    .startsWith("Hallo agent Jan de Vries, ").endsWith("^name").doesNotContain("{", "[", "\n");
        }

        @Test
        void aPlaceholderOutsideAGroupWithoutAValueIsDroppedWithItsAtSign() {
            ReplyTemplate own = new ReplyTemplate("own", Purpose.ACKNOWLEDGE, "en", "Own", "Hi @{handle} , thanks {name}! {unknown} [({agent})]",
                    Set.of(Decision.RESPOND));
            assertThat(builtIn.fill(own, new ReplyFields(null, null, null, null))).isEqualTo("Hi, thanks!");
            assertThat(builtIn.fill(own, new ReplyFields("Sam", "sam", "Jo", null))).isEqualTo("Hi @sam, thanks Sam! (Jo)");
        }

        @Test
        void strayBracketsInAHandMadeTemplateDoNotShowUp() {
            ReplyTemplate broken = new ReplyTemplate("broken", Purpose.ACKNOWLEDGE, "en", "Broken", "[Hi {name}, thanks } {",
                    Set.of(Decision.RESPOND));
            assertThat(builtIn.fill(broken, new ReplyFields("Sam", null, null, null))).isEqualTo("Hi Sam, thanks");
        }
    }

    @Nested
    class TeamFile {

        @TempDir
        Path etc;

        private TemplateCatalogue withTeamFile(String json) throws IOException {
            Files.writeString(etc.resolve(TemplateCatalogue.TEAM_FILE), json, StandardCharsets.UTF_8);
            return new TemplateCatalogue(etc, CHANNELS, problems::add);
        }

        @Test
        void aTeamTemplateReplacesTheBuiltInWithItsIdAndLanguageAndAnotherIsAdded() throws IOException {
            TemplateCatalogue team = withTeamFile("""
                    {"templates": [
                      {"id": "respond.acknowledge", "lang": "nl", "purpose": "acknowledge", "title": "Eigen erkenning",
                       "decisions": ["respond"], "text": "[Hoi {name}, ]wat balen! Stuurt u ons {channel}?[ ^{agent}]"},
                      {"id": "respond.callback", "lang": "nl", "purpose": "move_to_private", "title": "Terugbellen",
                       "decisions": ["RESPOND", "escalate"], "text": "Zullen we u terugbellen? Stuur uw nummer via {channel}."}
                    ]}
                    """);
            assertThat(problems).isEmpty();
            List<ReplyTemplate> respond = team.forDecision(Decision.RESPOND, "nl");
            assertThat(respond).extracting(ReplyTemplate::id).containsOnlyOnce("respond.acknowledge").contains("respond.callback", "respond.apologise");
            assertThat(team.fill(template(team, Decision.RESPOND, "nl", "respond.acknowledge"), new ReplyFields("Bo", null, null, null)))
                    .isEqualTo("Hoi Bo, wat balen! Stuurt u ons een DM?");
            assertThat(team.forDecision(Decision.RESPOND, "en")).extracting(ReplyTemplate::title).contains("Acknowledge and help");
            assertThat(team.forDecision(Decision.ESCALATE, "nl")).extracting(ReplyTemplate::id).contains("respond.callback");
        }

        @Test
        void aFileThatIsNoJsonIsReportedOnceWithItsLineAndTheBuiltInsStay() throws IOException {
            TemplateCatalogue team = withTeamFile("{\"templates\": [\n  {\"id\": \"x\",\n   \"lang\" \"nl\"}\n]}\n");
            assertThat(problems).singleElement().asString()
                    .startsWith("etc/reply-templates.json:3:").contains("not valid JSON").endsWith("only the built-in templates apply");
            assertThat(team.forDecision(Decision.RESPOND, "nl")).isEqualTo(builtIn.forDecision(Decision.RESPOND, "nl"));
        }

        @Test
        void aWrongFieldIsNamedByItsPathAndWhatToUse() throws IOException {
            withTeamFile("""
                    {"templates": [{"id": "a", "lang": "nl", "purpose": "greet", "title": "A", "decisions": ["respond"], "text": "Hoi"}]}
                    """);
            assertThat(problems).singleElement().asString()
                    .startsWith("etc/reply-templates.json: $.templates[0].purpose: 'greet' is no purpose; use one of acknowledge, apologise");
        }

        @Test
        void aTemplateWithAnUnknownPlaceholderOrUnknownDecisionOrDuplicateIdIsRejected() throws IOException {
            withTeamFile("""
                    {"templates": [{"id": "a", "lang": "nl", "purpose": "thank", "title": "A", "decisions": ["respond"], "text": "Dag {naam}"}]}
                    """);
            withTeamFile("""
                    {"templates": [{"id": "a", "lang": "nl", "purpose": "thank", "title": "A", "decisions": ["reply"], "text": "Dag"}]}
                    """);
            withTeamFile("""
                    {"templates": [{"id": "a", "lang": "nl", "purpose": "thank", "title": "A", "decisions": ["no_action"], "text": "Dag"},
                                   {"id": "a", "lang": "nl", "purpose": "thank", "title": "B", "decisions": ["no_action"], "text": "Hoi"}]}
                    """);
            withTeamFile("""
                    {"templates": [{"id": "a", "lang": "nl", "purpose": "thank", "title": "A", "decisions": ["no_action"], "text": "[Dag] {name}", "tekst": "x"}]}
                    """);
            withTeamFile("""
                    {"templates": [{"id": "a", "lang": "nl", "purpose": "thank", "title": "A", "decisions": ["no_action"], "text": "[Dag] {name}"}]}
                    """);
            assertThat(problems).satisfiesExactly(
                    p -> assertThat(p).contains("$.templates[0].text: unknown placeholder {naam}: use {name}, {handle}, {agent} or {channel}"),
                    p -> assertThat(p).contains("$.templates[0].decisions[0]: 'reply' is no decision; use one of escalate, hide_and_explain"),
                    p -> assertThat(p).contains("$.templates[1].id: 'a' in 'nl' twice (also at $.templates[0])"),
                    p -> assertThat(p).contains("$.templates[0].tekst: unknown field"),
                    p -> assertThat(p).contains("$.templates[0].text: a [...] group without a placeholder"));
        }

        @Test
        void aFileWithoutTheTemplatesArrayIsReported() throws IOException {
            withTeamFile("[]");
            assertThat(problems).singleElement().asString().contains("$.templates: missing");
        }

        @Test
        void noTeamFileIsNoProblem() {
            new TemplateCatalogue(etc, CHANNELS, problems::add);
            assertThat(problems).isEmpty();
        }
    }
}

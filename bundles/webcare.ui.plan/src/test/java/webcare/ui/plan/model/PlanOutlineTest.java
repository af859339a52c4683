package webcare.ui.plan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import webcare.model.plan.ItemRef;
import webcare.model.plan.ItemRef.Kind;
import webcare.model.plan.Plan;
import webcare.ui.api.WorkbenchView;
import webcare.ui.plan.swt.PlanView;
import webcare.ui.plan.model.PlanOutline.Node;

class PlanOutlineTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private final Plan sample = SamplePlan.dutch();
    private final ResourceBundle dutch = WorkbenchView.texts(PlanView.class, DUTCH);
    private final PlanOutline outline = new PlanOutline(sample, dutch, DUTCH);

    private static List<String> keys(List<Node> nodes) {
        List<String> keys = new ArrayList<>();
        for (Node node : nodes) {
            keys.add(node.key());
            keys.addAll(keys(node.children()));
        }
        return keys;
    }

    private static List<String> labels(List<Node> nodes) {
        return nodes.stream().map(Node::label).toList();
    }

    @Test
    void showsTheOrganisationThenEverySectionWithItsCount() {
        List<Node> top = outline.nodes("");

        assertThat(labels(top)).containsExactly("Energiek Utrecht", "Personen (8)", "Rollen (6)", "Scenario's (3)",
                "Escalatie (2)", "Belboom (2)", "Contentkalender (2)", "Feitenblad (1)");
        assertThat(top.get(0).ref()).isEqualTo(new ItemRef(Kind.ORGANISATION, ""));
        assertThat(top.get(1).key()).isEqualTo("section:people");
    }

    @Test
    void putsTasksUnderTheirRoleAndStatementsUnderTheirScenario() {
        List<Node> top = outline.nodes("");
        Node spokesperson = top.get(2).children().get(1);
        Node leak = top.get(3).children().get(0);

        assertThat(spokesperson.label()).isEqualTo("Woordvoerder  \u2014 Piet Jansen");
        assertThat(labels(spokesperson.children())).containsExactly("Publiekelijk erkennen  \u00b7 1 uur",
                "Volgende publieke update  \u00b7 2 uur", "Persvragen beantwoorden");
        assertThat(labels(leak.children())).containsExactly("Eerste verklaring (NL)", "Eerste verklaring (EN)");
        assertThat(leak.children().get(1).key()).isEqualTo("statement:datalek/1");
    }

    @Test
    void namesPeopleInTheContactTreeAndNeverShowsIds() {
        List<Node> contacts = outline.nodes("").get(5).children();

        assertThat(labels(contacts)).containsExactly("Sanne Visser belt Anna de Vries, Piet Jansen",
                "Anna de Vries belt Eva Bakker, Mohammed El Amrani");
        assertThat(outline.personName("gone")).isEqualTo("(onbekende persoon)");
    }

    @Nested
    class WhenSearching {

        @Test
        void findsPeopleByPartOfTheirNameIgnoringCaseAndAccents() {
            assertThat(keys(outline.nodes("jansen"))).contains("person:piet-jansen");
            assertThat(keys(outline.nodes("AMRANÍ"))).contains("person:mohammed-el-amrani");
        }

        @Test
        void findsAPersonByPhoneNumberWrittenEitherWay() {
            List<String> byDutchNumber = keys(outline.nodes("0612345"));
            List<String> byInternational = keys(outline.nodes("+31 6 2345"));

            assertThat(byDutchNumber).containsExactly("section:people", "person:anna-de-vries");
            assertThat(byInternational).containsExactly("section:people", "person:piet-jansen");
        }

        @Test
        void showsTheRolesSomeoneHoldsWhenSearchingForThem() {
            List<String> found = keys(outline.nodes("anna de vries"));

            assertThat(found).contains("person:anna-de-vries", "role:crisisleider", "role:woordvoerder",
                    "contact:anna-de-vries", "contact:sanne-visser");
            assertThat(found).doesNotContain("role:webcare-lead");
        }

        @Test
        void findsTasksByTitleAndKeepsTheirRoleAsTheWayThere() {
            List<Node> found = outline.nodes("persvragen");

            assertThat(keys(found)).containsExactly("section:roles", "role:woordvoerder", "task:persvragen");
        }

        @Test
        void opensWhatHasAFindBelowItButNotARoleFoundByItself() {
            List<Node> byTask = outline.nodes("persvragen");
            List<Node> byRole = outline.nodes("juridisch");

            assertThat(byTask.get(0).found()).isTrue();
            assertThat(byTask.get(0).children().get(0).found()).isTrue();
            assertThat(byRole.get(0).children().get(0).found()).isFalse();
            assertThat(outline.nodes("").get(1).found()).isFalse();
        }

        @Test
        void aMatchingRoleShowsAllItsTasks() {
            assertThat(keys(outline.nodes("juridisch"))).containsSubsequence("role:juridisch",
                    "task:aansprakelijkheid-toetsen");
        }

        @Test
        void everyWordMustMatch() {
            assertThat(keys(outline.nodes("piet woordvoerder"))).contains("person:piet-jansen");
            assertThat(keys(outline.nodes("piet klantenservice"))).isEmpty();
        }

        @Test
        void findsStatementsFactsAndRulesByTheirText() {
            assertThat(keys(outline.nodes("next update"))).contains("statement:datalek/1");
            assertThat(keys(outline.nodes("20.00 uur"))).contains("fact:openingstijden");
            assertThat(keys(outline.nodes("promotie"))).contains("calendar:promoties");
        }

        @Test
        void theNameOfASectionShowsItWhole() {
            List<Node> found = outline.nodes("feitenblad");

            assertThat(keys(found)).containsExactly("section:facts", "fact:openingstijden");
        }

        @Test
        void findsNothingForNonsense() {
            assertThat(outline.nodes("xyzzy")).isEmpty();
        }
    }

    @Nested
    class KeyOfAFinding {

        @Test
        void isTheElementItself() {
            assertThat(outline.keyOf("role:woordvoerder")).contains("role:woordvoerder");
            assertThat(outline.keyOf("task:persvragen")).contains("task:persvragen");
            assertThat(outline.keyOf("organisation")).contains("organisation");
        }

        @Test
        void isTheScenarioForAStatementNamedAnotherWay() {
            assertThat(outline.keyOf("statement:datalek/en/holding")).contains("scenario:datalek");
            assertThat(outline.keyOf("statement:datalek:nl")).contains("scenario:datalek");
        }

        @Test
        void isTheOrganisationForAReview() {
            assertThat(outline.keyOf("review:2025-03-12")).contains("organisation");
        }

        @Test
        void isNothingForWhatThePlanDoesNotHave() {
            assertThat(outline.keyOf("person:nobody")).isEmpty();
            assertThat(outline.keyOf("not a reference")).isEmpty();
        }
    }

    @Test
    void describesElementsWithTheirKind() {
        assertThat(outline.describe(new ItemRef(Kind.ROLE, "woordvoerder"))).isEqualTo("Rol Woordvoerder");
        assertThat(outline.describe(new ItemRef(Kind.STATEMENT, "datalek/0")))
                .isEqualTo("Verklaring Eerste verklaring (NL), Datalek");
        assertThat(outline.describe(new ItemRef(Kind.CONTACT, "sanne-visser"))).isEqualTo("Belboom Sanne Visser");
        assertThat(outline.describe(new ItemRef(Kind.ORGANISATION, ""))).isEqualTo("Organisatie");
    }

    @Test
    void speaksEnglishToo() {
        Locale english = Locale.ENGLISH;
        PlanOutline inEnglish = new PlanOutline(sample, WorkbenchView.texts(PlanView.class, english), english);

        assertThat(labels(inEnglish.nodes(""))).contains("People (8)", "Fact sheet (1)");
        assertThat(inEnglish.label(new ItemRef(Kind.TASK, "publiekelijk-erkennen")))
                .isEqualTo("Publiekelijk erkennen  \u00b7 1 h");
    }
}

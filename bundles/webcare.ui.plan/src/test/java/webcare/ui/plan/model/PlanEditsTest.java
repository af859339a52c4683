package webcare.ui.plan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import webcare.model.plan.ContactLink;
import webcare.model.plan.EscalationCriterion;
import webcare.model.plan.Flag;
import webcare.model.plan.ItemRef;
import webcare.model.plan.ItemRef.Kind;
import webcare.model.plan.Plan;
import webcare.model.plan.Role;
import webcare.model.plan.Scenario;
import webcare.model.plan.Statement;
import webcare.model.plan.Task;
import webcare.ui.plan.model.PlanEdits.Added;
import webcare.ui.plan.model.PlanEdits.How;
import webcare.ui.plan.model.PlanEdits.Use;

class PlanEditsTest {

    private final Plan sample = SamplePlan.dutch();

    @Nested
    class Ids {

        @Test
        void areMadeFromTheNameInLowerCaseWithoutAccentsOrSpaces() {
            assertThat(PlanEdits.slug("Anna de Vries", "person")).isEqualTo("anna-de-vries");
            assertThat(PlanEdits.slug("Loïs Müller-Groß", "person")).isEqualTo("lois-muller-gross");
            assertThat(PlanEdits.slug("  IT & security (24/7)  ", "role")).isEqualTo("it-security-24-7");
            assertThat(PlanEdits.slug("Søren Ærø", "person")).isEqualTo("soren-aero");
        }

        @Test
        void fallBackToTheKindWhenTheNameHasNoLettersOrDigits() {
            assertThat(PlanEdits.slug("…", "person")).isEqualTo("person");
            assertThat(PlanEdits.slug("", "task")).isEqualTo("task");
        }

        @Test
        void areMadeUniqueWithANumber() {
            assertThat(PlanEdits.uniqueId("Anna de Vries", "person", List.of("anna-de-vries")))
                    .isEqualTo("anna-de-vries-2");
            assertThat(PlanEdits.uniqueId("Anna de Vries", "person",
                    List.of("anna-de-vries", "anna-de-vries-2", "anna-de-vries-3"))).isEqualTo("anna-de-vries-4");
            assertThat(PlanEdits.uniqueId("Anna", "person", List.of("anna-2"))).isEqualTo("anna");
        }

        @Test
        void doNotChangeWhenTheNameDoes() {
            Added added = PlanEdits.addPerson(sample, "Kees Kok");
            Plan renamed = PlanEdits.person(added.plan(), "kees-kok", p -> new webcare.model.plan.Person(p.id(),
                    "Cornelis Kok", p.function(), p.phone(), p.otherPhones(), p.email(), p.languages(),
                    p.availability()));

            assertThat(renamed.person("kees-kok")).get().extracting(webcare.model.plan.Person::name)
                    .isEqualTo("Cornelis Kok");
        }

        @Test
        void ofTasksAreUniqueInTheWholePlanNotOnlyInTheirRole() {
            Added added = PlanEdits.addTask(sample, "juridisch", "Crisisteam bijeenroepen");

            assertThat(added.ref()).isEqualTo(new ItemRef(Kind.TASK, "crisisteam-bijeenroepen-2"));
        }
    }

    @Nested
    class Adding {

        @Test
        void aPersonGoesAtTheEndWithOnlyAName() {
            Added added = PlanEdits.addPerson(sample, "  Kees Kok ");

            assertThat(added.ref()).isEqualTo(new ItemRef(Kind.PERSON, "kees-kok"));
            assertThat(added.plan().people()).last().satisfies(person -> {
                assertThat(person.name()).isEqualTo("Kees Kok");
                assertThat(person.phone()).isNull();
                assertThat(person.languages()).isEmpty();
            });
        }

        @Test
        void aRoleStartsWithoutHoldersOrTasksAndNotCritical() {
            Added added = PlanEdits.addRole(sample, "Woordvoerder");

            assertThat(added.ref().id()).isEqualTo("woordvoerder-2");
            Role role = added.plan().role("woordvoerder-2").orElseThrow();
            assertThat(role.critical()).isFalse();
            assertThat(role.primary()).isNull();
            assertThat(role.deputies()).isEmpty();
            assertThat(role.tasks()).isEmpty();
        }

        @Test
        void aTaskGoesAtTheEndOfItsRolesChecklist() {
            Added added = PlanEdits.addTask(sample, "woordvoerder", "Interview geven");

            assertThat(added.plan().role("woordvoerder").orElseThrow().tasks()).extracting(Task::id)
                    .containsExactly("publiekelijk-erkennen", "volgende-update", "persvragen", "interview-geven");
        }

        @Test
        void aStatementIsAHoldingStatementInTheFirstLanguageThatHasNone() {
            Added forOutage = PlanEdits.addStatement(sample, "storing");
            Added forLeak = PlanEdits.addStatement(sample, "datalek");
            Added forViral = PlanEdits.addStatement(sample, "virale-post");

            assertThat(forOutage.ref()).isEqualTo(new ItemRef(Kind.STATEMENT, "storing/1"));
            assertThat(forOutage.plan().scenario("storing").orElseThrow().statements()).last()
                    .isEqualTo(new Statement(Statement.Kind.HOLDING, "en", ""));
            assertThat(forLeak.plan().scenario("datalek").orElseThrow().statements()).last()
                    .isEqualTo(new Statement(Statement.Kind.UPDATE, "nl", ""));
            assertThat(forViral.plan().scenario("virale-post").orElseThrow().statements())
                    .containsExactly(new Statement(Statement.Kind.HOLDING, "nl", ""));
        }

        @Test
        void aContactBranchIsForTheFirstPersonWhoCallsNobodyYet() {
            Added added = PlanEdits.addContact(sample).orElseThrow();

            assertThat(added.ref()).isEqualTo(new ItemRef(Kind.CONTACT, "piet-jansen"));
            assertThat(added.plan().contactTree()).last().isEqualTo(new ContactLink("piet-jansen", List.of()));
        }

        @Test
        void noContactBranchWhenEveryoneHasOne() {
            Plan plan = sample;
            for (int i = 0; i < sample.people().size(); i++) {
                plan = PlanEdits.addContact(plan).map(Added::plan).orElse(plan);
            }

            assertThat(PlanEdits.addContact(plan)).isEmpty();
        }

        @Test
        void criteriaRulesAndFactsGetIdsFromTheirText() {
            assertThat(PlanEdits.addEscalation(sample, "Een Kamerlid reageert").ref())
                    .isEqualTo(new ItemRef(Kind.ESCALATION, "een-kamerlid-reageert"));
            assertThat(PlanEdits.addCalendarRule(sample, "Nieuwsbrief").ref())
                    .isEqualTo(new ItemRef(Kind.CALENDAR, "nieuwsbrief-2"));
            assertThat(PlanEdits.addFact(sample, "Adres").ref()).isEqualTo(new ItemRef(Kind.FACT, "adres"));
            assertThat(PlanEdits.addScenario(sample, "Datalek").ref()).isEqualTo(new ItemRef(Kind.SCENARIO,
                    "datalek-2"));
        }
    }

    @Nested
    class Holders {

        @Test
        void aNewPrimaryStopsBeingADeputy() {
            Plan plan = PlanEdits.setPrimary(sample, "woordvoerder", "anna-de-vries");

            Role role = plan.role("woordvoerder").orElseThrow();
            assertThat(role.primary()).isEqualTo("anna-de-vries");
            assertThat(role.deputies()).isEmpty();
        }

        @Test
        void clearingThePrimaryKeepsTheDeputies() {
            Role role = PlanEdits.setPrimary(sample, "woordvoerder", null).role("woordvoerder").orElseThrow();

            assertThat(role.primary()).isNull();
            assertThat(role.deputies()).containsExactly("anna-de-vries");
        }

        @Test
        void deputiesAreAddedAtTheEndOnlyOnce() {
            Plan plan = PlanEdits.addDeputy(sample, "woordvoerder", "eva-bakker");
            plan = PlanEdits.addDeputy(plan, "woordvoerder", "eva-bakker");
            plan = PlanEdits.addDeputy(plan, "woordvoerder", "piet-jansen"); // the primary

            assertThat(plan.role("woordvoerder").orElseThrow().deputies())
                    .containsExactly("anna-de-vries", "eva-bakker");
        }

        @Test
        void deputiesMoveUpAndDownButNotPastTheEnds() {
            Plan plan = PlanEdits.addDeputy(sample, "woordvoerder", "eva-bakker");

            assertThat(PlanEdits.moveDeputy(plan, "woordvoerder", "eva-bakker", -1).role("woordvoerder")
                    .orElseThrow().deputies()).containsExactly("eva-bakker", "anna-de-vries");
            assertThat(PlanEdits.moveDeputy(plan, "woordvoerder", "eva-bakker", 1)).isEqualTo(plan);
            assertThat(PlanEdits.moveDeputy(plan, "woordvoerder", "anna-de-vries", -1)).isEqualTo(plan);
        }

        @Test
        void removingADeputyLeavesTheOthers() {
            Plan plan = PlanEdits.addDeputy(sample, "woordvoerder", "eva-bakker");

            assertThat(PlanEdits.removeDeputy(plan, "woordvoerder", "anna-de-vries").role("woordvoerder")
                    .orElseThrow().deputies()).containsExactly("eva-bakker");
        }

        @Test
        void droppingAPersonOnARoleWithoutPrimaryMakesThemPrimary() {
            Plan plan = PlanEdits.setPrimary(sample, "juridisch", null);

            Role role = PlanEdits.assign(plan, "lotte-smit", "juridisch").role("juridisch").orElseThrow();

            assertThat(role.primary()).isEqualTo("lotte-smit");
            assertThat(role.deputies()).isEmpty();
        }

        @Test
        void droppingAPersonOnAHeldRoleMakesThemTheNextDeputy() {
            Role role = PlanEdits.assign(sample, "lotte-smit", "woordvoerder").role("woordvoerder").orElseThrow();

            assertThat(role.primary()).isEqualTo("piet-jansen");
            assertThat(role.deputies()).containsExactly("anna-de-vries", "lotte-smit");
        }

        @Test
        void droppingSomeoneUnknownOrOnNoRoleChangesNothing() {
            assertThat(PlanEdits.assign(sample, "nobody", "woordvoerder")).isEqualTo(sample);
            assertThat(PlanEdits.assign(sample, "lotte-smit", "no-role")).isEqualTo(sample);
        }
    }

    @Nested
    class Scenarios {

        @Test
        void rolesSwitchedOnKeepThePlansOrder() {
            Plan plan = PlanEdits.scenarioRole(sample, "storing", "crisisleider", true);

            assertThat(plan.scenario("storing").orElseThrow().roles())
                    .containsExactly("crisisleider", "webcare-lead", "klantenservice");
        }

        @Test
        void aRoleSwitchedOffTakesItsTasksOutOfTheScenario() {
            Plan plan = PlanEdits.scenarioTask(sample, "storing", "monitoring-opschalen", true);
            plan = PlanEdits.scenarioTask(plan, "storing", "belscript", true);

            Scenario scenario = PlanEdits.scenarioRole(plan, "storing", "webcare-lead", false).scenario("storing")
                    .orElseThrow();

            assertThat(scenario.roles()).containsExactly("klantenservice");
            assertThat(scenario.tasks()).containsExactly("belscript");
        }

        @Test
        void switchingOnWhatIsOnChangesNothing() {
            assertThat(PlanEdits.scenarioRole(sample, "storing", "webcare-lead", true)).isEqualTo(sample);
            assertThat(PlanEdits.scenarioTask(sample, "storing", "belscript", false)).isEqualTo(sample);
        }
    }

    @Nested
    class Deleting {

        @Test
        void aPersonIsTakenOutOfEveryRoleAndTheContactTree() {
            ItemRef anna = new ItemRef(Kind.PERSON, "anna-de-vries");

            Plan plan = PlanEdits.delete(sample, anna);

            assertThat(plan.person("anna-de-vries")).isEmpty();
            assertThat(plan.role("crisisleider").orElseThrow().deputies()).isEmpty();
            assertThat(plan.role("woordvoerder").orElseThrow().deputies()).isEmpty();
            assertThat(plan.contactTree()).containsExactly(new ContactLink("sanne-visser", List.of("piet-jansen")));
            assertThat(plan.reviews()).isEqualTo(sample.reviews()); // history stays as it was approved
        }

        @Test
        void aPrimaryWhoIsDeletedLeavesTheRoleWithoutPrimary() {
            Plan plan = PlanEdits.delete(sample, new ItemRef(Kind.PERSON, "piet-jansen"));

            assertThat(plan.role("woordvoerder").orElseThrow().primary()).isNull();
        }

        @Test
        void usesOfAPersonNameEveryRoleAndBranch() {
            List<Use> uses = PlanEdits.uses(sample, new ItemRef(Kind.PERSON, "anna-de-vries"));

            assertThat(uses).containsExactly(
                    new Use(new ItemRef(Kind.ROLE, "crisisleider"), How.DEPUTY),
                    new Use(new ItemRef(Kind.ROLE, "woordvoerder"), How.DEPUTY),
                    new Use(new ItemRef(Kind.CONTACT, "sanne-visser"), How.CALLED),
                    new Use(new ItemRef(Kind.CONTACT, "anna-de-vries"), How.CALLER));
        }

        @Test
        void aPersonNobodyRefersToHasNoUses() {
            Plan plan = PlanEdits.addPerson(sample, "Kees Kok").plan();

            assertThat(PlanEdits.uses(plan, new ItemRef(Kind.PERSON, "kees-kok"))).isEmpty();
        }

        @Test
        void aRoleGoesWithItsTasksFromScenariosEscalationAndFlags() {
            Plan plan = PlanEdits.scenarioTask(sample, "datalek", "lek-dichten", true);
            plan = plan.withEscalation(List.of(new EscalationCriterion("hack", "Inbraak", "it-security")));
            plan = plan.withFlags(List.of(
                    new Flag("role:it-security", "Geen vervanger", "Evaluatie", LocalDate.of(2025, 3, 20)),
                    new Flag("task:lek-dichten", "Te laat", "Evaluatie", LocalDate.of(2025, 3, 20)),
                    new Flag("role:woordvoerder", "Blijft", "Evaluatie", LocalDate.of(2025, 3, 20))));
            ItemRef role = new ItemRef(Kind.ROLE, "it-security");

            assertThat(PlanEdits.uses(plan, role)).extracting(Use::how).containsExactly(How.SCENARIO_ROLE,
                    How.ESCALATION_ROLE, How.FLAG, How.FLAG);

            Plan deleted = PlanEdits.delete(plan, role);

            assertThat(deleted.role("it-security")).isEmpty();
            Scenario leak = deleted.scenario("datalek").orElseThrow();
            assertThat(leak.roles()).doesNotContain("it-security");
            assertThat(leak.tasks()).isEmpty();
            assertThat(deleted.escalation()).containsExactly(new EscalationCriterion("hack", "Inbraak", null));
            assertThat(deleted.flags()).extracting(Flag::item).containsExactly("role:woordvoerder");
        }

        @Test
        void aTaskLeavesItsRoleAndTheScenariosThatNamedIt() {
            Plan plan = PlanEdits.scenarioTask(sample, "storing", "belscript", true);
            ItemRef task = new ItemRef(Kind.TASK, "belscript");

            assertThat(PlanEdits.uses(plan, task)).containsExactly(new Use(new ItemRef(Kind.SCENARIO, "storing"),
                    How.SCENARIO_TASK));

            Plan deleted = PlanEdits.delete(plan, task);

            assertThat(PlanEdits.findTask(deleted, "belscript")).isEmpty();
            assertThat(deleted.scenario("storing").orElseThrow().tasks()).isEmpty();
        }

        @Test
        void aStatementIsDeletedByItsPlace() {
            Plan plan = PlanEdits.delete(sample, new ItemRef(Kind.STATEMENT, "datalek/0"));

            assertThat(plan.scenario("datalek").orElseThrow().statements()).extracting(Statement::lang)
                    .containsExactly("en");
        }

        @Test
        void theOtherKindsAreDeletedByTheirId() {
            assertThat(PlanEdits.delete(sample, new ItemRef(Kind.SCENARIO, "storing")).scenarios()).hasSize(2);
            assertThat(PlanEdits.delete(sample, new ItemRef(Kind.ESCALATION, "pers")).escalation()).hasSize(1);
            assertThat(PlanEdits.delete(sample, new ItemRef(Kind.CONTACT, "sanne-visser")).contactTree())
                    .extracting(ContactLink::person).containsExactly("anna-de-vries");
            assertThat(PlanEdits.delete(sample, new ItemRef(Kind.CALENDAR, "promoties")).contentCalendar())
                    .hasSize(1);
            assertThat(PlanEdits.delete(sample, new ItemRef(Kind.FACT, "openingstijden")).facts()).isEmpty();
        }

        @Test
        void theOrganisationCannotBeDeleted() {
            assertThat(PlanEdits.delete(sample, new ItemRef(Kind.ORGANISATION, ""))).isEqualTo(sample);
        }
    }

    @Nested
    class Moving {

        @Test
        void anElementMovesWithinItsList() {
            Plan plan = PlanEdits.move(sample, new ItemRef(Kind.PERSON, "piet-jansen"), -1);

            assertThat(plan.people()).extracting(webcare.model.plan.Person::id).startsWith("piet-jansen",
                    "anna-de-vries");
        }

        @Test
        void aTaskMovesWithinItsRole() {
            Plan plan = PlanEdits.move(sample, new ItemRef(Kind.TASK, "persvragen"), -2);

            assertThat(plan.role("woordvoerder").orElseThrow().tasks()).extracting(Task::id)
                    .containsExactly("persvragen", "publiekelijk-erkennen", "volgende-update");
        }

        @Test
        void aStatementMovesWithinItsScenario() {
            Plan plan = PlanEdits.move(sample, new ItemRef(Kind.STATEMENT, "datalek/1"), -1);

            assertThat(plan.scenario("datalek").orElseThrow().statements()).extracting(Statement::lang)
                    .containsExactly("en", "nl");
        }

        @Test
        void nothingMovesPastEitherEnd() {
            assertThat(PlanEdits.move(sample, new ItemRef(Kind.ROLE, "crisisleider"), -1)).isEqualTo(sample);
            assertThat(PlanEdits.move(sample, new ItemRef(Kind.FACT, "openingstijden"), 1)).isEqualTo(sample);
        }
    }

    @Test
    void knowsWhichReferencesNameAnElement() {
        assertThat(PlanEdits.exists(sample, new ItemRef(Kind.TASK, "belscript"))).isTrue();
        assertThat(PlanEdits.exists(sample, new ItemRef(Kind.STATEMENT, "datalek/1"))).isTrue();
        assertThat(PlanEdits.exists(sample, new ItemRef(Kind.STATEMENT, "datalek/2"))).isFalse();
        assertThat(PlanEdits.exists(sample, new ItemRef(Kind.STATEMENT, "datalek"))).isFalse();
        assertThat(PlanEdits.exists(sample, new ItemRef(Kind.CONTACT, "sanne-visser"))).isTrue();
        assertThat(PlanEdits.exists(sample, new ItemRef(Kind.PERSON, "nobody"))).isFalse();
    }
}

package webcare.ui.plan.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import webcare.model.plan.ItemRef;
import webcare.model.plan.ItemRef.Kind;
import webcare.model.plan.Plan;
import webcare.ui.plan.model.PlanOutline.Section;

class OutlineKeysTest {

    private final Plan sample = SamplePlan.dutch();

    @Test
    void sectionsAndElementsOfThePlanExistOthersDoNot() {
        assertThat(OutlineKeys.exists(sample, Section.PEOPLE.key())).isTrue();
        assertThat(OutlineKeys.exists(sample, "person:anna-de-vries")).isTrue();
        assertThat(OutlineKeys.exists(sample, "person:nobody")).isFalse();
        assertThat(OutlineKeys.exists(sample, "no-such-kind:x")).isFalse();
        assertThat(OutlineKeys.exists(null, OutlineKeys.ORGANISATION)).as("no plan yet").isFalse();
    }

    @Test
    void aSectionNamesNoElementAndOnlyAnElementOtherThanTheOrganisationCanBeDeleted() {
        assertThat(OutlineKeys.element(Section.ROLES.key())).isEmpty();
        assertThat(OutlineKeys.element("role:woordvoerder")).contains(new ItemRef(Kind.ROLE, "woordvoerder"));
        assertThat(OutlineKeys.deletable("role:woordvoerder")).isTrue();
        assertThat(OutlineKeys.deletable(OutlineKeys.ORGANISATION)).isFalse();
        assertThat(OutlineKeys.deletable(Section.ROLES.key())).isFalse();
    }

    @Test
    void aGoneStatementFallsBackToItsScenarioAndOtherElementsToTheirSection() {
        assertThat(OutlineKeys.fallback(sample, "statement:datalek/9")).isEqualTo("scenario:datalek");
        assertThat(OutlineKeys.fallback(sample, "statement:gone/0")).isEqualTo(Section.SCENARIOS.key());
        assertThat(OutlineKeys.fallback(sample, "task:gone")).isEqualTo(Section.ROLES.key());
        assertThat(OutlineKeys.fallback(sample, "person:gone")).isEqualTo(Section.PEOPLE.key());
        assertThat(OutlineKeys.fallback(sample, "nonsense:x")).isEqualTo(OutlineKeys.ORGANISATION);
    }

    @Test
    void aNewTaskGoesIntoTheSelectedRoleOrTheSelectedTasksRole() {
        assertThat(OutlineKeys.roleFor(sample, new ItemRef(Kind.ROLE, "juridisch"))).contains("juridisch");
        assertThat(OutlineKeys.roleFor(sample, new ItemRef(Kind.TASK, "persvragen"))).contains("woordvoerder");
        assertThat(OutlineKeys.roleFor(sample, new ItemRef(Kind.PERSON, "anna-de-vries"))).isEmpty();
        assertThat(OutlineKeys.canAdd(sample, Kind.TASK, new ItemRef(Kind.PERSON, "anna-de-vries"))).isFalse();
        assertThat(OutlineKeys.canAdd(sample, Kind.PERSON, null)).isTrue();
    }

    @Test
    void aNewStatementGoesIntoTheSelectedScenarioOrTheSelectedStatementsScenario() {
        assertThat(OutlineKeys.scenarioFor(sample, new ItemRef(Kind.SCENARIO, "storing"))).contains("storing");
        assertThat(OutlineKeys.scenarioFor(sample, PlanEdits.statementRef("datalek", 1))).contains("datalek");
        assertThat(OutlineKeys.canAdd(sample, Kind.STATEMENT, null)).isFalse();
    }
}

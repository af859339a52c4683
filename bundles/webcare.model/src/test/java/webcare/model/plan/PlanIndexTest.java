package webcare.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanIndexTest {

    private static final Task CONVENE = new Task("convene", "Convene the team", 30, null);
    private static final Task ACKNOWLEDGE = new Task("acknowledge", "Acknowledge publicly", 60, null);
    private static final Task UPDATE = new Task("update", "Post the next update", 120, 120);
    private static final Role LEAD = new Role("lead", "Crisis lead", true, "anna", List.of("piet"), null,
            List.of(CONVENE));
    private static final Role SPOKESPERSON = new Role("spokesperson", "Spokesperson", true, "piet", List.of("anna"),
            null, List.of(ACKNOWLEDGE, UPDATE));
    private static final Statement HOLDING = new Statement(Statement.Kind.HOLDING, "nl", "We weten ervan.");

    private final Plan plan = new Plan(new Organisation("Kwiek B.V.", null, null),
            List.of(person("anna", "Anna de Vries"), person("piet", "Piet Jansen"), person("anna", "Second Anna")),
            List.of(LEAD, SPOKESPERSON),
            List.of(new Scenario("leak", "Data leak", 3, null, List.of("spokesperson", "lead"), List.of(), List.of(HOLDING)),
                    new Scenario("outage", "Outage", 2, null, List.of("lead"), List.of("update", "convene", "gone"),
                            List.of())),
            List.of(new EscalationCriterion("volume", "More than 50 an hour", null)),
            List.of(new ContactLink("anna", List.of("piet"))),
            List.of(new CalendarRule("promos", "Promotions", CalendarRule.Action.PAUSE, null)),
            List.of(new Fact("hours", "Opening hours", "9–17")),
            List.of(new Review(LocalDate.of(2026, 1, 10), "anna", List.of(), List.of(), List.of())), List.of(), null);
    private final PlanIndex index = new PlanIndex(plan);

    @Test
    void findsElementsByIdAndTheFirstWhereIdsRepeat() {
        assertThat(index.person("anna")).map(Person::name).contains("Anna de Vries");
        assertThat(index.person("jan")).isEmpty();
        assertThat(index.person(null)).isEmpty();
        assertThat(index.role("lead")).contains(LEAD);
        assertThat(index.task("update")).contains(UPDATE);
        assertThat(index.roleOfTask("update")).contains(SPOKESPERSON);
        assertThat(index.scenario("outage")).map(Scenario::name).contains("Outage");
        assertThat(index.escalation("volume")).isPresent();
        assertThat(index.contactBranch("anna")).map(ContactLink::calls).contains(List.of("piet"));
        assertThat(index.calendarRule("promos")).isPresent();
        assertThat(index.fact("hours")).map(Fact::text).contains("9–17");
        assertThat(index.hasPerson("piet")).isTrue();
        assertThat(index.hasRole("webcare")).isFalse();
        assertThat(index.hasTask("convene")).isTrue();
        assertThat(index.plan()).isSameAs(plan);
    }

    @Test
    void knowsWhichReferencesNameSomethingThePlanHolds() {
        assertThat(List.of("organisation", "person:anna", "role:lead", "task:convene", "scenario:leak",
                "statement:leak/holding/nl", "escalation:volume", "contact:anna", "calendar:promos", "fact:hours",
                "review:2026-01-10", "review")).allSatisfy(ref -> assertThat(index.exists(ItemRef.parse(ref))).isTrue());
        assertThat(List.of("person:jan", "statement:leak/holding/en", "statement:leak/update/nl", "contact:piet",
                "review:2025-01-10", "review:soon")).allSatisfy(
                        ref -> assertThat(index.exists(ItemRef.parse(ref))).as(ref).isFalse());
        assertThat(index.statement("leak/holding/nl")).contains(HOLDING);
    }

    @Test
    void aScenarioActivatesEveryTaskOfItsRolesOrTheTasksItNamesUnderTheirRole() {
        assertThat(index.activatedTasks(plan.scenarios().get(0)))
                .containsExactly(Map.entry(SPOKESPERSON, List.of(ACKNOWLEDGE, UPDATE)), Map.entry(LEAD, List.of(CONVENE)));
        assertThat(index.activatedTasks(plan.scenarios().get(1)))
                .containsExactly(Map.entry(SPOKESPERSON, List.of(UPDATE)), Map.entry(LEAD, List.of(CONVENE)));
    }

    @Test
    void makesReferencesToStatementsAndReviews() {
        assertThat(PlanIndex.statementRef(plan.scenarios().get(0), HOLDING)).hasToString("statement:leak/holding/nl");
        assertThat(PlanIndex.reviewRef(plan.reviews().get(0))).hasToString("review:2026-01-10");
        assertThat(PlanIndex.reviewDate("2026-02-30")).isEmpty();
    }

    private static Person person(String id, String name) {
        return new Person(id, name, null, null, List.of(), null, List.of(), null);
    }
}

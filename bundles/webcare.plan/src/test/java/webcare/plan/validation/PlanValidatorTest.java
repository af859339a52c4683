package webcare.plan.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import webcare.model.plan.ContactLink;
import webcare.model.plan.Flag;
import webcare.model.plan.Organisation;
import webcare.model.plan.Person;
import webcare.model.plan.Review;
import webcare.model.plan.Scenario;
import webcare.model.plan.Statement;
import webcare.model.plan.Task;
import webcare.plan.api.PlanError;
import webcare.plan.api.PlanInvalidException;
import webcare.plan.index.Texts;
import webcare.plan.testing.Plans;

/** The rules for plans made in the editor, where the JSON reader is not involved. */
class PlanValidatorTest {

    private final PlanValidator validator = new PlanValidator();

    @Test
    void findsNothingWrongWithAHealthyPlan() {
        assertThat(validator.check(Plans.healthy())).isEmpty();
    }

    @Test
    void findsTheSameTaskIdInTwoRoles() {
        var plan = Plans.withRole(Plans.healthy(), "webcare", role -> Plans.tasks(role,
                new Task("acknowledge", "Ook erkennen", 10, null)));

        assertThat(validator.check(plan)).containsExactly(new PlanError("$.roles[2].tasks[0].id",
                "duplicate task id 'acknowledge' (also at $.roles[1].tasks[0]): give each task its own id"));
    }

    @Test
    void findsEmptyNamesBadIdsAndCodesAndNumbersOutOfRange() {
        var plan = Plans.withScenario(Plans.healthy(), "data-leak", scenario -> new Scenario(scenario.id(), " ", 0,
                null, scenario.roles(), List.of(), List.of(new Statement(Statement.Kind.HOLDING, "Nederlands", ""))))
                .withOrganisation(new Organisation("", null, null))
                .withPeople(Plans.plus(Plans.healthy().people(), new Person("jan klaas", "Jan", null, null, List.of(),
                        null, List.of("NL"), null)));
        plan = Plans.withRole(plan, "lead", role -> Plans.tasks(role, new Task("t", "Iets", -5, 0)));

        assertThat(validator.check(plan)).extracting(PlanError::path).containsExactly(
                "$.organisation.name",
                "$.people[4].id",
                "$.people[4].languages[0]",
                "$.roles[0].tasks[0].targetMinutes",
                "$.roles[0].tasks[0].repeatMinutes",
                "$.scenarios[0].name",
                "$.scenarios[0].severity",
                "$.scenarios[0].statements[0].lang",
                "$.scenarios[0].statements[0].text");
    }

    @Test
    void findsTwoBranchesForOneCallerAndReviewsOutOfOrder() {
        var plan = Plans.healthy()
                .withContactTree(List.of(new ContactLink("anna", List.of("piet")), new ContactLink("anna",
                        List.of("eva"))))
                .withReviews(List.of(new Review(LocalDate.of(2026, 1, 10), "anna", List.of(), List.of(), List.of()),
                        new Review(LocalDate.of(2025, 1, 10), "anna", List.of(), List.of(), List.of())));

        assertThat(validator.check(plan)).extracting(PlanError::path).containsExactly("$.contactTree[1].person",
                "$.reviews[1].date");
    }

    @Test
    void acceptsFlagsOnEveryKindOfElementThePlanHolds() {
        var items = List.of("organisation", "person:anna", "role:lead", "task:monitor", "scenario:data-leak",
                "statement:data-leak/holding/en", "escalation:volume", "contact:anna", "calendar:promos",
                "fact:hours", "review:2026-01-10", "review");
        var plan = Plans.healthy().withFlags(items.stream().map(item -> new Flag(item, "check",
                null, LocalDate.of(2026, 2, 1))).toList());

        assertThat(validator.check(plan)).isEmpty();
    }

    @Test
    void refusesFlagsOnWhatThePlanDoesNotHold() {
        var items = List.of("organisation:x", "statement:data-leak/holding/de", "contact:piet", "review:2020-01-01",
                "fact");
        var plan = Plans.healthy().withFlags(items.stream().map(item -> new Flag(item, "check",
                null, LocalDate.of(2026, 2, 1))).toList());

        assertThat(validator.check(plan)).extracting(PlanError::path).containsExactly("$.flags[0].item",
                "$.flags[1].item", "$.flags[2].item", "$.flags[3].item", "$.flags[4].item");
    }

    @Test
    void throwsWithEveryErrorAndAOneLineMessage() {
        var plan = Plans.withRole(Plans.healthy(), "lead", role -> Plans.deputies(Plans.primary(role, "jan"), "kees"));

        assertThatThrownBy(() -> validator.require(plan, Texts.of(Locale.ENGLISH))).isInstanceOf(PlanInvalidException.class)
                .hasMessage("the plan has 2 errors, the first: $.roles[0].primary: no person with id 'jan' in people:"
                        + " use the id of someone in $.people, or add them there; nothing was saved")
                .extracting(e -> ((PlanInvalidException) e).errors()).asList().hasSize(2);
    }

    @Test
    void saysTheErrorsAndTheirSummaryInDutchWithTheirPathsKept() {
        var plan = Plans.withRole(Plans.healthy(), "lead", role -> Plans.deputies(Plans.primary(role, "jan"), "kees"));

        assertThatThrownBy(() -> validator.require(plan, Texts.of(Locale.forLanguageTag("nl"))))
                .isInstanceOf(PlanInvalidException.class)
                .hasMessage("het plan heeft 2 fouten, de eerste: $.roles[0].primary: geen persoon met id 'jan' in "
                        + "people: gebruik het id van iemand in $.people, of voeg hem of haar daar toe; er is niets "
                        + "opgeslagen");
    }

    @Test
    void namesADuplicateIdInDutch() {
        var plan = Plans.withRole(Plans.healthy(), "webcare", role -> Plans.tasks(role,
                new Task("acknowledge", "Ook erkennen", 10, null)));

        assertThat(validator.check(plan, Texts.of(Locale.forLanguageTag("nl")))).containsExactly(new PlanError(
                "$.roles[2].tasks[0].id", "dubbel id 'acknowledge' voor de taak (ook bij $.roles[1].tasks[0]): "
                        + "geef elk onderdeel een eigen id"));
    }

    @Test
    void saysAFlagOnNoElementInDutchAndEnglish() {
        var plan = Plans.healthy().withFlags(List.of(new Flag("fact", "check", null, LocalDate.of(2026, 2, 1))));

        assertThat(validator.check(plan, Texts.of(Locale.forLanguageTag("nl")))).extracting(PlanError::message)
                .containsExactly("'fact' verwijst naar niets in het plan: verwijs naar een bestaand onderdeel, "
                        + "bijvoorbeeld role:spokesperson of person:anna-de-vries (docs/PLAN.md), of verwijder de "
                        + "markering");
        assertThat(validator.check(plan)).extracting(PlanError::message).containsExactly("'fact' names nothing in "
                + "the plan: refer to an existing element, e.g. role:spokesperson or person:anna-de-vries "
                + "(docs/PLAN.md), or remove the flag");
    }
}

package webcare.plan.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static webcare.plan.testing.Plans.TODAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import webcare.model.plan.ContactLink;
import webcare.model.plan.Plan;
import webcare.model.plan.Review;
import webcare.model.plan.Scenario;
import webcare.model.plan.Statement;
import webcare.model.plan.Task;
import webcare.plan.api.Finding;
import webcare.plan.api.Finding.Level;
import webcare.plan.testing.Fixtures;
import webcare.plan.testing.Plans;

class PlanHealthCheckTest {

    private final PlanHealthCheck health = new PlanHealthCheck();

    private List<Finding> check(Plan plan) {
        return check(plan, TODAY);
    }

    private List<Finding> check(Plan plan, LocalDate today) {
        return health.check(plan, today, Locale.ENGLISH);
    }

    private static Finding finding(Level level, String code, String item, String message) {
        return new Finding(level, code, item, message);
    }

    @Test
    void findsNothingInAHealthyPlan() {
        assertThat(check(Plans.healthy())).isEmpty();
    }

    @Nested
    class Roles {

        @Test
        void aCriticalRoleWithoutPrimaryIsAnError() {
            Plan plan = Plans.withRole(Plans.healthy(), "spokesperson", role -> Plans.primary(role, null));

            assertThat(check(plan)).containsExactly(finding(Level.ERROR, "role-without-primary", "role:spokesperson",
                    "Critical role Spokesperson has nobody as primary: assign someone"));
        }

        @Test
        void anotherRoleWithoutPrimaryIsAWarning() {
            Plan plan = Plans.withRole(Plans.healthy(), "webcare", role -> Plans.primary(role, null));

            assertThat(check(plan)).containsExactly(finding(Level.WARN, "role-without-primary", "role:webcare",
                    "Role Webcare lead has nobody as primary: assign someone"));
        }

        @Test
        void aCriticalRoleWithoutDeputyIsAnErrorAndAnotherAWarning() {
            Plan plan = Plans.withRole(Plans.healthy(), "lead", role -> Plans.deputies(role));
            plan = Plans.withRole(plan, "webcare", role -> Plans.deputies(role));

            assertThat(check(plan)).containsExactly(
                    finding(Level.ERROR, "role-without-deputy", "role:lead",
                            "Critical role Crisis lead has no deputy: name someone who stands in"),
                    finding(Level.WARN, "role-without-deputy", "role:webcare",
                            "Role Webcare lead has no deputy: name someone who stands in"));
        }

        @Test
        void onePersonPrimaryForTwoCriticalRolesIsASinglePointOfFailure() {
            Plan plan = Plans.withRole(Plans.healthy(), "spokesperson", role -> Plans.primary(role, "anna"));

            assertThat(check(plan)).containsExactly(finding(Level.ERROR, "single-point-of-failure", "person:anna",
                    "Anna de Vries is primary for 2 critical roles (Crisis lead, Spokesperson): give all but one of "
                            + "them to someone else"));
        }

        @Test
        void onePersonPrimaryForOneCriticalRoleAndAnotherRoleIsFine() {
            Plan plan = Plans.withRole(Plans.healthy(), "webcare", role -> Plans.primary(role, "anna"));

            assertThat(check(plan)).isEmpty();
        }

        @Test
        void primaryAndDeputyOfTheSameRoleIsASinglePointOfFailure() {
            Plan plan = Plans.withRole(Plans.healthy(), "webcare", role -> Plans.deputies(role, "daan", "eva"));

            assertThat(check(plan)).containsExactly(finding(Level.ERROR, "single-point-of-failure", "role:webcare",
                    "Eva Bakker is both primary and deputy of Webcare lead: choose someone else as deputy"));
        }

        @Test
        void aTaskWithoutTargetTimeIsAWarningButARecurringTaskHasOne() {
            Plan plan = Plans.withRole(Plans.healthy(), "lead", role -> Plans.tasks(role,
                    new Task("convene", "Convene the crisis team", null, null),
                    new Task("log", "Keep the log", null, 60)));

            assertThat(check(plan)).containsExactly(finding(Level.WARN, "task-without-target-time", "task:convene",
                    "Task Convene the crisis team (Crisis lead) has no target time: say within how long after the "
                            + "start of a crisis it must be done"));
        }
    }

    @Nested
    class People {

        @Test
        void aReferenceToNobodyIsAnUnknownPerson() {
            Plan plan = Plans.withRole(Plans.healthy(), "lead", role -> Plans.deputies(Plans.primary(role, "jan"),
                    "piet", "kees"));
            plan = plan.withContactTree(List.of(new ContactLink("anna", List.of("bob"))));

            assertThat(check(plan)).extracting(Finding::code, Finding::item).containsExactly(
                    tuple("unknown-person", "role:lead"),
                    tuple("unknown-person", "role:lead"),
                    tuple("unknown-person", "contact:anna"));
            assertThat(check(plan).get(0).message()).isEqualTo("Role Crisis lead names 'jan' as primary, but nobody "
                    + "in the plan has that id: choose someone from the people list");
        }

        @Test
        void aPersonWithoutPhoneOrEmailIsAWarning() {
            Plan plan = Plans.withPerson(Plans.healthy(), "eva", person -> Plans.email(Plans.phone(person, null), " "));

            assertThat(check(plan)).containsExactly(
                    finding(Level.WARN, "person-without-phone", "person:eva",
                            "Eva Bakker has no phone number: add one, they cannot be called in a crisis"),
                    finding(Level.WARN, "person-without-email", "person:eva", "Eva Bakker has no e-mail address: "
                            + "add one"));
        }

        @Test
        void aPersonInARoleWhoseDetailsTheLastReviewDidNotConfirmIsUnconfirmed() {
            Plan plan = Plans.healthy().withReviews(List.of(new Review(LocalDate.of(2026, 1, 10), "anna",
                    List.of(), List.of("anna", "piet", "eva"), List.of())));

            assertThat(check(plan)).containsExactly(finding(Level.WARN, "contact-unconfirmed", "person:daan",
                    "The contact details of Daan Smit were not confirmed in the review of 10 January 2026: check them "
                            + "with Daan Smit"));
        }

        @Test
        void onlyTheLastReviewConfirms() {
            Review earlier = new Review(LocalDate.of(2025, 6, 1), "anna", List.of(), List.of("anna", "piet", "eva",
                    "daan"), List.of());
            Review last = new Review(LocalDate.of(2026, 1, 10), "anna", List.of(), List.of("anna", "piet", "eva"),
                    List.of());

            assertThat(check(Plans.healthy().withReviews(List.of(earlier, last)))).extracting(Finding::item)
                    .containsExactly("person:daan");
        }
    }

    @Nested
    class Scenarios {

        @Test
        void aScenarioWithoutRolesIsAnError() {
            Plan plan = Plans.withScenario(Plans.healthy(), "data-leak", scenario -> new Scenario(scenario.id(),
                    scenario.name(), 3, null, List.of(), List.of(), scenario.statements()));

            assertThat(check(plan)).containsExactly(finding(Level.ERROR, "scenario-without-roles",
                    "scenario:data-leak", "Scenario Data leak activates no roles: choose the roles that act when it "
                            + "happens"));
        }

        @Test
        void aScenarioWithoutAHoldingStatementInDutchOrEnglishIsAWarningPerLanguage() {
            Plan plan = Plans.withScenario(Plans.healthy(), "data-leak", scenario -> new Scenario(scenario.id(),
                    scenario.name(), 3, null, scenario.roles(), List.of(),
                    List.of(new Statement(Statement.Kind.UPDATE, "en", "Update"))));

            assertThat(check(plan)).containsExactly(
                    finding(Level.WARN, "statement-missing-language", "scenario:data-leak",
                            "Scenario Data leak has no holding statement in Dutch (nl): write one"),
                    finding(Level.WARN, "statement-missing-language", "scenario:data-leak",
                            "Scenario Data leak has no holding statement in English (en): write one"));
        }
    }

    @Nested
    class Reviews {

        @Test
        void aPlanNeverReviewedIsOverdue() {
            assertThat(check(Plans.healthy().withReviews(List.of()))).containsExactly(finding(Level.ERROR,
                    "review-overdue", "review", "The plan was never reviewed: hold a review session and approve it"));
        }

        @Test
        void aReviewMoreThanTwelveMonthsAgoIsOverdueAndOneExactlyTwelveMonthsAgoIsNot() {
            Plan plan = Plans.healthy().withReviews(List.of(new Review(LocalDate.of(2025, 2, 28),
                    "anna", List.of(), List.of("anna", "piet", "eva", "daan"), List.of()))).withNextReview(null);

            assertThat(check(plan, LocalDate.of(2026, 3, 1))).extracting(Finding::code, Finding::level)
                    .containsExactly(tuple("review-overdue", Level.ERROR));
            assertThat(check(plan, LocalDate.of(2026, 2, 28))).extracting(Finding::code, Finding::level)
                    .containsExactly(tuple("review-due-soon", Level.WARN));
        }

        @Test
        void aReviewDueWithinThirtyDaysIsDueSoon() {
            Plan plan = Plans.healthy().withNextReview(LocalDate.of(2026, 3, 31));

            assertThat(check(plan)).containsExactly(finding(Level.WARN, "review-due-soon", "review",
                    "The next review is due on 31 March 2026: plan the session and invite the participants"));
            assertThat(check(plan.withNextReview(LocalDate.of(2026, 4, 1)))).isEmpty();
        }

        @Test
        void withoutANextReviewDateTheReviewIsDueAYearAfterTheLast() {
            Plan plan = Plans.healthy().withNextReview(null);

            assertThat(check(plan)).isEmpty();
            assertThat(check(plan, LocalDate.of(2026, 12, 12))).extracting(Finding::message)
                    .containsExactly("The next review is due on 10 January 2027: plan the session and invite the "
                            + "participants");
        }

        @Test
        void aPlannedReviewThatHasPassedIsStillDue() {
            Plan plan = Plans.healthy().withNextReview(LocalDate.of(2026, 2, 1));

            assertThat(check(plan)).extracting(Finding::code, Finding::message).containsExactly(
                    tuple("review-due-soon",
                            "The review planned for 1 February 2026 has not been held: hold it, or set a new date"));
        }
    }

    @Test
    void listsErrorsFirstThenWarningsEachInPlanOrder() {
        Plan plan = Plans.withRole(Fixtures.plan(Fixtures.KORENSCHOOF), "webcare", role -> Plans.tasks(
                Plans.primary(role, null), new Task("t", "Zonder tijd", null, null)));
        plan = Plans.withPerson(plan, "sanne-visser", person -> Plans.phone(person, null));

        List<Finding> findings = check(plan, LocalDate.of(2026, 9, 16));

        assertThat(findings).extracting(finding -> finding.level() + " " + finding.code() + " " + finding.item())
                .containsExactly(
                        "ERROR review-overdue review",
                        "WARN person-without-phone person:sanne-visser",
                        "WARN contact-unconfirmed person:ahmed-el-amrani",
                        "WARN role-without-primary role:webcare",
                        "WARN task-without-target-time task:t",
                        "WARN statement-missing-language scenario:storing-webshop");
    }

    @Nested
    class InDutch {

        private final Locale dutch = Locale.forLanguageTag("nl");

        @Test
        void saysWhatIsWrongInDutchWithTheSameCodes() {
            Plan plan = Plans.withPerson(Plans.healthy(), "eva", person -> Plans.phone(person, null));
            plan = Plans.withRole(plan, "lead", role -> Plans.deputies(role));

            assertThat(health.check(plan, TODAY, dutch)).containsExactly(
                    finding(Level.ERROR, "role-without-deputy", "role:lead",
                            "Kritieke rol Crisis lead heeft geen vervanger: wijs iemand aan die kan invallen."),
                    finding(Level.WARN, "person-without-phone", "person:eva",
                            "Eva Bakker heeft geen telefoonnummer: niemand kan hem of haar in een crisis bellen."));
        }

        @Test
        void writesDatesAndLanguagesTheDutchWay() {
            Plan plan = Plans.withScenario(Plans.healthy(), "data-leak", scenario -> new Scenario(scenario.id(),
                    scenario.name(), 3, null, scenario.roles(), List.of(), List.of(scenario.statements().get(0))))
                    .withNextReview(LocalDate.of(2026, 3, 31));

            assertThat(health.check(plan, TODAY, dutch)).extracting(Finding::message).containsExactly(
                    "Scenario Data leak heeft geen eerste verklaring in het Engels (en): schrijf er een.",
                    "De volgende review staat gepland op 31 maart 2026: plan de sessie en nodig de deelnemers uit.");
        }

        @Test
        void namesAReferenceToNobodyInDutch() {
            Plan plan = Plans.withRole(Plans.healthy(), "lead", role -> Plans.deputies(role, "kees"));

            assertThat(health.check(plan, TODAY, dutch)).extracting(Finding::message).containsExactly(
                    "Rol Crisis lead noemt 'kees' als vervanger, maar niemand in het plan heeft die id: kies iemand "
                            + "uit de lijst met personen.");
        }

        @Test
        void speaksEnglishForAnyOtherLanguage() {
            Plan plan = Plans.healthy().withReviews(List.of());

            assertThat(health.check(plan, TODAY, Locale.GERMAN)).extracting(Finding::message)
                    .containsExactly("The plan was never reviewed: hold a review session and approve it");
            assertThat(health.check(plan, TODAY, dutch)).extracting(Finding::message)
                    .containsExactly("Het plan is nog nooit gereviewd: houd een reviewsessie en keur het plan "
                            + "daarin goed.");
        }
    }
}

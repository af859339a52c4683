package webcare.model.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole crisis plan.
 *
 * @param organisation    whose plan it is
 * @param people          everyone the plan names
 * @param roles           who is responsible for what, with their tasks
 * @param scenarios       kinds of crisis, each with the roles it activates and its statements
 * @param escalation      when webcare hands over to the crisis team
 * @param contactTree     who calls whom when the plan is activated
 * @param contentCalendar what to pause or review in the content calendar during a crisis
 * @param facts           the organisation's fact sheet (used by triage for corrections)
 * @param reviews         approved reviews, oldest first
 * @param flags           items flagged by incident evaluations or reviews, for the next review
 * @param nextReview      when the next annual review is planned; null when not set
 */
public record Plan(Organisation organisation, List<Person> people, List<Role> roles, List<Scenario> scenarios,
        List<EscalationCriterion> escalation, List<ContactLink> contactTree, List<CalendarRule> contentCalendar,
        List<Fact> facts, List<Review> reviews, List<Flag> flags, LocalDate nextReview) {

    public Plan {
        Objects.requireNonNull(organisation, "organisation");
        people = List.copyOf(people);
        roles = List.copyOf(roles);
        scenarios = List.copyOf(scenarios);
        escalation = List.copyOf(escalation);
        contactTree = List.copyOf(contactTree);
        contentCalendar = List.copyOf(contentCalendar);
        facts = List.copyOf(facts);
        reviews = List.copyOf(reviews);
        flags = List.copyOf(flags);
    }

    /** A plan with only an organisation's name: where a new user starts. */
    public static Plan empty(String organisationName) {
        return new Plan(new Organisation(organisationName, null, null), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), null);
    }

    public Optional<Person> person(String id) {
        return people.stream().filter(person -> person.id().equals(id)).findFirst();
    }

    public Optional<Role> role(String id) {
        return roles.stream().filter(role -> role.id().equals(id)).findFirst();
    }

    public Optional<Scenario> scenario(String id) {
        return scenarios.stream().filter(scenario -> scenario.id().equals(id)).findFirst();
    }

    /** The last approved review, if any. */
    public Optional<Review> lastReview() {
        return reviews.isEmpty() ? Optional.empty() : Optional.of(reviews.get(reviews.size() - 1));
    }

    public Plan withOrganisation(Organisation value) {
        return new Plan(value, people, roles, scenarios, escalation, contactTree, contentCalendar, facts, reviews,
                flags, nextReview);
    }

    public Plan withPeople(List<Person> value) {
        return new Plan(organisation, value, roles, scenarios, escalation, contactTree, contentCalendar, facts, reviews,
                flags, nextReview);
    }

    public Plan withRoles(List<Role> value) {
        return new Plan(organisation, people, value, scenarios, escalation, contactTree, contentCalendar, facts,
                reviews, flags, nextReview);
    }

    public Plan withScenarios(List<Scenario> value) {
        return new Plan(organisation, people, roles, value, escalation, contactTree, contentCalendar, facts, reviews,
                flags, nextReview);
    }

    public Plan withEscalation(List<EscalationCriterion> value) {
        return new Plan(organisation, people, roles, scenarios, value, contactTree, contentCalendar, facts, reviews,
                flags, nextReview);
    }

    public Plan withContactTree(List<ContactLink> value) {
        return new Plan(organisation, people, roles, scenarios, escalation, value, contentCalendar, facts, reviews,
                flags, nextReview);
    }

    public Plan withContentCalendar(List<CalendarRule> value) {
        return new Plan(organisation, people, roles, scenarios, escalation, contactTree, value, facts, reviews, flags,
                nextReview);
    }

    public Plan withFacts(List<Fact> value) {
        return new Plan(organisation, people, roles, scenarios, escalation, contactTree, contentCalendar, value,
                reviews, flags, nextReview);
    }

    public Plan withReviews(List<Review> value) {
        return new Plan(organisation, people, roles, scenarios, escalation, contactTree, contentCalendar, facts, value,
                flags, nextReview);
    }

    public Plan withFlags(List<Flag> value) {
        return new Plan(organisation, people, roles, scenarios, escalation, contactTree, contentCalendar, facts,
                reviews, value, nextReview);
    }

    public Plan withNextReview(LocalDate value) {
        return new Plan(organisation, people, roles, scenarios, escalation, contactTree, contentCalendar, facts,
                reviews, flags, value);
    }
}

package webcare.plan.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import webcare.model.plan.CalendarRule;
import webcare.model.plan.ContactLink;
import webcare.model.plan.EscalationCriterion;
import webcare.model.plan.Fact;
import webcare.model.plan.Flag;
import webcare.model.plan.ItemRef;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;
import webcare.model.plan.PlanIndex;
import webcare.model.plan.Review;
import webcare.model.plan.ReviewItem;
import webcare.model.plan.Role;
import webcare.model.plan.Scenario;
import webcare.model.plan.Statement;
import webcare.model.plan.Task;
import webcare.plan.api.PlanError;
import webcare.plan.api.PlanInvalidException;

/**
 * The rules a plan must meet to be stored, whether it comes from a file or from the editor:
 * ids present and unique, names filled in, severities in range, language codes, and every
 * reference pointing at something the plan holds. Paths are JSON paths into the plan's JSON form
 * ({@code $.roles[2].deputies[0]}), whose lists are in the plan's order.
 *
 * <p>Reviews are history: the people they name may have left since, so their references are
 * checked for form only. Flags are about the plan as it is, so they must name existing elements.
 */
public final class PlanValidator {

    /** Ids: at least one character, no white space (docs/plan.schema.json: "^\\S+$"). */
    public static final Pattern ID = Pattern.compile("\\S+");

    /** ISO 639-1 language codes. */
    public static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    /** Every error in {@code plan}, in plan order; empty when it may be stored. */
    public List<PlanError> check(Plan plan) {
        return new Run(plan).errors;
    }

    /**
     * Every error in {@code plan}, and in its last review as one being approved now: then the
     * people it names must be in the plan, as they are for the rest of the plan.
     */
    public List<PlanError> checkApproval(Plan plan) {
        Run run = new Run(plan);
        int last = plan.reviews().size() - 1;
        if (last >= 0) {
            Review review = plan.reviews().get(last);
            String path = "$.reviews[" + last + "]";
            run.person(path + ".approvedBy", review.approvedBy());
            for (int j = 0; j < review.participants().size(); j++) {
                run.person(path + ".participants[" + j + "]", review.participants().get(j));
            }
            for (int j = 0; j < review.confirmedContacts().size(); j++) {
                run.person(path + ".confirmedContacts[" + j + "]", review.confirmedContacts().get(j));
            }
        }
        return run.errors.stream().distinct().toList();
    }

    /** Throws when {@code plan} has errors, with all of them. */
    public void require(Plan plan) throws PlanInvalidException {
        List<PlanError> errors = check(plan);
        if (!errors.isEmpty()) {
            throw invalid("the plan", errors, "; nothing was saved");
        }
    }

    /**
     * "the plan has 2 errors, the first: $.roles[0].primary: …" and {@code outcome}: one line,
     * for an exception that carries every error.
     */
    public static PlanInvalidException invalid(String what, List<PlanError> errors, String outcome) {
        String count = errors.size() == 1 ? "an error" : errors.size() + " errors";
        String first = errors.size() == 1 ? ": " : ", the first: ";
        return new PlanInvalidException(what + " has " + count + first + errors.get(0) + outcome, errors);
    }

    private static final class Run {

        final List<PlanError> errors = new ArrayList<>();
        final PlanIndex index;

        Run(Plan plan) {
            // only looks elements up; were it to name one, English, like the errors
            index = new PlanIndex(plan);
            if (plan.organisation().name().isBlank()) {
                add("$.organisation.name", "the organisation's name is empty: fill it in");
            }
            people(plan.people());
            roles(plan.roles());
            scenarios(plan.scenarios());
            escalation(plan.escalation());
            contactTree(plan.contactTree());
            calendar(plan.contentCalendar());
            facts(plan.facts());
            reviews(plan.reviews());
            flags(plan.flags());
        }

        void add(String path, String message) {
            errors.add(new PlanError(path, message));
        }

        void people(List<Person> people) {
            Map<String, String> seen = new HashMap<>();
            for (int i = 0; i < people.size(); i++) {
                Person person = people.get(i);
                String path = "$.people[" + i + "]";
                id(seen, "person", path, person.id());
                text(path + ".name", person.name(), "the person's name is empty: fill it in");
                for (int j = 0; j < person.languages().size(); j++) {
                    language(path + ".languages[" + j + "]", person.languages().get(j));
                }
            }
        }

        void roles(List<Role> roles) {
            Map<String, String> seen = new HashMap<>();
            Map<String, String> seenTasks = new HashMap<>();
            for (int i = 0; i < roles.size(); i++) {
                Role role = roles.get(i);
                String path = "$.roles[" + i + "]";
                id(seen, "role", path, role.id());
                text(path + ".name", role.name(), "the role's name is empty: fill it in");
                if (role.primary() != null) {
                    person(path + ".primary", role.primary());
                }
                for (int j = 0; j < role.deputies().size(); j++) {
                    person(path + ".deputies[" + j + "]", role.deputies().get(j));
                }
                for (int j = 0; j < role.tasks().size(); j++) {
                    task(seenTasks, path + ".tasks[" + j + "]", role.tasks().get(j));
                }
            }
        }

        void task(Map<String, String> seen, String path, Task task) {
            id(seen, "task", path, task.id());
            text(path + ".title", task.title(), "the task's title is empty: say what to do");
            if (task.targetMinutes() != null && task.targetMinutes() < 0) {
                add(path + ".targetMinutes", "the target time is negative: give the minutes from the start of the"
                        + " crisis, 0 or more");
            }
            if (task.repeatMinutes() != null && task.repeatMinutes() < 1) {
                add(path + ".repeatMinutes", "the repeat interval must be at least 1 minute: give it, or leave it"
                        + " out for a one-off task");
            }
        }

        void scenarios(List<Scenario> scenarios) {
            Map<String, String> seen = new HashMap<>();
            for (int i = 0; i < scenarios.size(); i++) {
                Scenario scenario = scenarios.get(i);
                String path = "$.scenarios[" + i + "]";
                id(seen, "scenario", path, scenario.id());
                text(path + ".name", scenario.name(), "the scenario's name is empty: fill it in");
                if (scenario.severity() < Scenario.MIN_SEVERITY || scenario.severity() > Scenario.MAX_SEVERITY) {
                    add(path + ".severity", "severity " + scenario.severity() + " is out of range: use 1 (minor) to "
                            + "4 (critical)");
                }
                for (int j = 0; j < scenario.roles().size(); j++) {
                    role(path + ".roles[" + j + "]", scenario.roles().get(j));
                }
                for (int j = 0; j < scenario.tasks().size(); j++) {
                    String task = scenario.tasks().get(j);
                    if (!index.hasTask(task)) {
                        add(path + ".tasks[" + j + "]", "no task with id '" + task + "' in any role: use the id of "
                                + "a task in $.roles[*].tasks, or remove it");
                    }
                }
                for (int j = 0; j < scenario.statements().size(); j++) {
                    Statement statement = scenario.statements().get(j);
                    String at = path + ".statements[" + j + "]";
                    language(at + ".lang", statement.lang());
                    text(at + ".text", statement.text(), "the statement is empty: write it, or remove it");
                }
            }
        }

        void escalation(List<EscalationCriterion> criteria) {
            Map<String, String> seen = new HashMap<>();
            for (int i = 0; i < criteria.size(); i++) {
                EscalationCriterion criterion = criteria.get(i);
                String path = "$.escalation[" + i + "]";
                id(seen, "escalation criterion", path, criterion.id());
                text(path + ".description", criterion.description(),
                        "the criterion is empty: say when to escalate");
                if (criterion.role() != null) {
                    role(path + ".role", criterion.role());
                }
            }
        }

        void contactTree(List<ContactLink> links) {
            Map<String, String> seen = new HashMap<>();
            for (int i = 0; i < links.size(); i++) {
                ContactLink link = links.get(i);
                String path = "$.contactTree[" + i + "]";
                person(path + ".person", link.person());
                String first = seen.putIfAbsent(link.person(), path);
                if (first != null) {
                    add(path + ".person", "'" + link.person() + "' already has a branch at " + first
                            + ": put all whom they call in one branch");
                }
                for (int j = 0; j < link.calls().size(); j++) {
                    person(path + ".calls[" + j + "]", link.calls().get(j));
                }
            }
        }

        void calendar(List<CalendarRule> rules) {
            Map<String, String> seen = new HashMap<>();
            for (int i = 0; i < rules.size(); i++) {
                CalendarRule rule = rules.get(i);
                String path = "$.contentCalendar[" + i + "]";
                id(seen, "content calendar rule", path, rule.id());
                text(path + ".what", rule.what(), "say which content the rule is about");
            }
        }

        void facts(List<Fact> facts) {
            Map<String, String> seen = new HashMap<>();
            for (int i = 0; i < facts.size(); i++) {
                Fact fact = facts.get(i);
                String path = "$.facts[" + i + "]";
                id(seen, "fact", path, fact.id());
                text(path + ".topic", fact.topic(), "the fact's topic is empty: fill it in");
                text(path + ".text", fact.text(), "the fact is empty: write it, or remove it");
            }
        }

        void reviews(List<Review> reviews) {
            LocalDate previous = null;
            for (int i = 0; i < reviews.size(); i++) {
                Review review = reviews.get(i);
                String path = "$.reviews[" + i + "]";
                if (previous != null && review.date().isBefore(previous)) {
                    add(path + ".date", "review of " + review.date() + " comes after one of " + previous
                            + ": list reviews oldest first");
                }
                previous = review.date();
                reference(path + ".approvedBy", review.approvedBy());
                for (int j = 0; j < review.participants().size(); j++) {
                    reference(path + ".participants[" + j + "]", review.participants().get(j));
                }
                for (int j = 0; j < review.confirmedContacts().size(); j++) {
                    reference(path + ".confirmedContacts[" + j + "]", review.confirmedContacts().get(j));
                }
                for (int j = 0; j < review.items().size(); j++) {
                    ReviewItem item = review.items().get(j);
                    itemRef(path + ".items[" + j + "].item", item.item(), false);
                }
            }
        }

        void flags(List<Flag> flags) {
            for (int i = 0; i < flags.size(); i++) {
                Flag flag = flags.get(i);
                String path = "$.flags[" + i + "]";
                itemRef(path + ".item", flag.item(), true);
                text(path + ".note", flag.note(), "the flag has no note: say what should be looked at");
            }
        }

        void id(Map<String, String> seen, String what, String path, String id) {
            if (!ID.matcher(id).matches()) {
                add(path + ".id", "the " + what + "'s id '" + id + "' is empty or has spaces: use letters, digits "
                        + "and dashes, e.g. 'anna-de-vries'");
                return;
            }
            String first = seen.putIfAbsent(id, path);
            if (first != null) {
                add(path + ".id", "duplicate " + what + " id '" + id + "' (also at " + first + "): give each "
                        + what + " its own id");
            }
        }

        void text(String path, String value, String message) {
            if (value.isBlank()) {
                add(path, message);
            }
        }

        void language(String path, String code) {
            if (!LANGUAGE.matcher(code).matches()) {
                add(path, "'" + code + "' is not a language code: write a two-letter ISO 639-1 code, e.g. nl or en");
            }
        }

        void person(String path, String id) {
            if (!index.hasPerson(id)) {
                add(path, "no person with id '" + id + "' in people: use the id of someone in $.people, or add "
                        + "them there");
            }
        }

        void role(String path, String id) {
            if (!index.hasRole(id)) {
                add(path, "no role with id '" + id + "' in roles: use the id of a role in $.roles, or remove it");
            }
        }

        /** A person id in history: only its form is checked. */
        void reference(String path, String id) {
            if (!ID.matcher(id).matches()) {
                add(path, "'" + id + "' is not a person id: use the id of someone in $.people");
            }
        }

        void itemRef(String path, String text, boolean mustExist) {
            ItemRef ref;
            try {
                ref = ItemRef.parse(text);
            } catch (IllegalArgumentException e) {
                add(path, e.getMessage());
                return;
            }
            if (mustExist && !index.exists(ref)) {
                add(path, "'" + text + "' names nothing in the plan: refer to an existing element, e.g. "
                        + "role:spokesperson or person:anna-de-vries (docs/PLAN.md), or remove the flag");
            }
        }
    }
}

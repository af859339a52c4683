package webcare.plan.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
import webcare.plan.index.Texts;

/**
 * The rules a plan must meet to be stored, whether it comes from a file or from the editor:
 * ids present and unique, names filled in, severities in range, language codes, and every
 * reference pointing at something the plan holds. Paths are JSON paths into the plan's JSON form
 * ({@code $.roles[2].deputies[0]}), whose lists are in the plan's order.
 *
 * <p>Reviews are history: the people they name may have left since, so their references are
 * checked for form only. Flags are about the plan as it is, so they must name existing elements.
 * Errors are said in the language of the {@link Texts} given, in English when none is.
 */
public final class PlanValidator {

    /** Ids: at least one character, no white space (docs/plan.schema.json: "^\\S+$"). */
    public static final Pattern ID = Pattern.compile("\\S+");

    /** ISO 639-1 language codes. */
    public static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private static final Texts ENGLISH = Texts.of(Locale.ENGLISH);

    /** Every error in {@code plan}, in plan order, in English; empty when it may be stored. */
    public List<PlanError> check(Plan plan) {
        return check(plan, ENGLISH);
    }

    /** Every error in {@code plan}, in plan order, in the language of {@code texts}. */
    public List<PlanError> check(Plan plan, Texts texts) {
        return new Run(plan, texts).errors;
    }

    /**
     * Every error in {@code plan}, and in its last review as one being approved now: then the
     * people it names must be in the plan, as they are for the rest of the plan.
     */
    public List<PlanError> checkApproval(Plan plan, Texts texts) {
        Run run = new Run(plan, texts);
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

    /** Throws when {@code plan} has errors, with all of them, said in the language of {@code texts}. */
    public void require(Plan plan, Texts texts) throws PlanInvalidException {
        List<PlanError> errors = check(plan, texts);
        if (!errors.isEmpty()) {
            throw invalid(texts, "invalid.what.plan", errors, "invalid.outcome.notSaved");
        }
    }

    /**
     * "the plan has 2 errors, the first: $.roles[0].primary: …" and the outcome: one line, for an
     * exception that carries every error.
     *
     * @param what    the key of what has the errors: "invalid.what.file"
     * @param outcome the key of what came of it ("invalid.outcome.notSaved"), or null to say nothing
     */
    public static PlanInvalidException invalid(Texts texts, String what, List<PlanError> errors, String outcome) {
        String line = texts.format(errors.size() == 1 ? "invalid.one" : "invalid.many", texts.format(what),
                errors.size(), errors.get(0).toString(), outcome == null ? "" : texts.format(outcome));
        return new PlanInvalidException(line, errors);
    }

    private static final class Run {

        final List<PlanError> errors = new ArrayList<>();
        final PlanIndex index;
        final Texts texts;

        Run(Plan plan, Texts texts) {
            this.texts = texts;
            index = new PlanIndex(plan);
            if (plan.organisation().name().isBlank()) {
                add("$.organisation.name", "rule.organisationName");
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

        /** An error at {@code path}: the text {@code key} with {@code arguments}. */
        void add(String path, String key, Object... arguments) {
            errors.add(new PlanError(path, texts.format(key, arguments)));
        }

        void people(List<Person> people) {
            Map<String, String> seen = new HashMap<>();
            for (int i = 0; i < people.size(); i++) {
                Person person = people.get(i);
                String path = "$.people[" + i + "]";
                id(seen, "thing.person", path, person.id());
                text(path + ".name", person.name(), "rule.personName");
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
                id(seen, "thing.role", path, role.id());
                text(path + ".name", role.name(), "rule.roleName");
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
            id(seen, "thing.task", path, task.id());
            text(path + ".title", task.title(), "rule.taskTitle");
            if (task.targetMinutes() != null && task.targetMinutes() < 0) {
                add(path + ".targetMinutes", "rule.targetNegative");
            }
            if (task.repeatMinutes() != null && task.repeatMinutes() < 1) {
                add(path + ".repeatMinutes", "rule.repeatTooShort");
            }
        }

        void scenarios(List<Scenario> scenarios) {
            Map<String, String> seen = new HashMap<>();
            for (int i = 0; i < scenarios.size(); i++) {
                Scenario scenario = scenarios.get(i);
                String path = "$.scenarios[" + i + "]";
                id(seen, "thing.scenario", path, scenario.id());
                text(path + ".name", scenario.name(), "rule.scenarioName");
                if (scenario.severity() < Scenario.MIN_SEVERITY || scenario.severity() > Scenario.MAX_SEVERITY) {
                    add(path + ".severity", "rule.severityRange", String.valueOf(scenario.severity()));
                }
                for (int j = 0; j < scenario.roles().size(); j++) {
                    role(path + ".roles[" + j + "]", scenario.roles().get(j));
                }
                for (int j = 0; j < scenario.tasks().size(); j++) {
                    String task = scenario.tasks().get(j);
                    if (!index.hasTask(task)) {
                        add(path + ".tasks[" + j + "]", "rule.unknownTask", task);
                    }
                }
                for (int j = 0; j < scenario.statements().size(); j++) {
                    Statement statement = scenario.statements().get(j);
                    String at = path + ".statements[" + j + "]";
                    language(at + ".lang", statement.lang());
                    text(at + ".text", statement.text(), "rule.statementEmpty");
                }
            }
        }

        void escalation(List<EscalationCriterion> criteria) {
            Map<String, String> seen = new HashMap<>();
            for (int i = 0; i < criteria.size(); i++) {
                EscalationCriterion criterion = criteria.get(i);
                String path = "$.escalation[" + i + "]";
                id(seen, "thing.escalation", path, criterion.id());
                text(path + ".description", criterion.description(), "rule.criterionEmpty");
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
                    add(path + ".person", "rule.branchTwice", link.person(), first);
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
                id(seen, "thing.calendar", path, rule.id());
                text(path + ".what", rule.what(), "rule.calendarWhat");
            }
        }

        void facts(List<Fact> facts) {
            Map<String, String> seen = new HashMap<>();
            for (int i = 0; i < facts.size(); i++) {
                Fact fact = facts.get(i);
                String path = "$.facts[" + i + "]";
                id(seen, "thing.fact", path, fact.id());
                text(path + ".topic", fact.topic(), "rule.factTopic");
                text(path + ".text", fact.text(), "rule.factEmpty");
            }
        }

        void reviews(List<Review> reviews) {
            LocalDate previous = null;
            for (int i = 0; i < reviews.size(); i++) {
                Review review = reviews.get(i);
                String path = "$.reviews[" + i + "]";
                if (previous != null && review.date().isBefore(previous)) {
                    // ISO days, as in the file the path points into
                    add(path + ".date", "rule.reviewOrder", review.date().toString(), previous.toString());
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
                text(path + ".note", flag.note(), "rule.flagNote");
            }
        }

        /** @param thing the key of what has the id: "thing.person" */
        void id(Map<String, String> seen, String thing, String path, String id) {
            if (!ID.matcher(id).matches()) {
                add(path + ".id", "rule.idForm", texts.format(thing), id);
                return;
            }
            String first = seen.putIfAbsent(id, path);
            if (first != null) {
                add(path + ".id", "rule.idDuplicate", texts.format(thing), id, first);
            }
        }

        /** @param key the text saying what to fill in */
        void text(String path, String value, String key) {
            if (value.isBlank()) {
                add(path, key);
            }
        }

        void language(String path, String code) {
            if (!LANGUAGE.matcher(code).matches()) {
                add(path, "rule.languageCode", code);
            }
        }

        void person(String path, String id) {
            if (!index.hasPerson(id)) {
                add(path, "rule.unknownPerson", id);
            }
        }

        void role(String path, String id) {
            if (!index.hasRole(id)) {
                add(path, "rule.unknownRole", id);
            }
        }

        /** A person id in history: only its form is checked. */
        void reference(String path, String id) {
            if (!ID.matcher(id).matches()) {
                add(path, "rule.notPersonId", id);
            }
        }

        void itemRef(String path, String text, boolean mustExist) {
            ItemRef ref;
            try {
                ref = ItemRef.parse(text);
            } catch (IllegalArgumentException e) {
                // the model's message is English: say it in the plan's language, with the same facts
                add(path, "rule.notItemRef", text, Stream.of(ItemRef.Kind.values()).map(ItemRef.Kind::word)
                        .collect(Collectors.joining(", ")));
                return;
            }
            if (mustExist && !index.exists(ref)) {
                add(path, "rule.namesNothing", text);
            }
        }
    }
}

package webcare.plan.diff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Component;
import webcare.model.plan.CalendarRule;
import webcare.model.plan.ContactLink;
import webcare.model.plan.Durations;
import webcare.model.plan.EscalationCriterion;
import webcare.model.plan.Fact;
import webcare.model.plan.Flag;
import webcare.model.plan.ItemRef;
import webcare.model.plan.ItemRef.Kind;
import webcare.model.plan.Organisation;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;
import webcare.model.plan.PlanIndex;
import webcare.model.plan.Review;
import webcare.model.plan.ReviewItem;
import webcare.model.plan.Role;
import webcare.model.plan.Scenario;
import webcare.model.plan.Statement;
import webcare.model.plan.Task;
import webcare.plan.api.Change;
import webcare.plan.api.PlanDiff;
import webcare.plan.index.PlanNames;
import webcare.plan.index.Texts;

/**
 * What changed between two plans, element by element, matched by id (statements by scenario,
 * kind and language; reviews by date; flags as a whole). Values are written for people, in
 * English or Dutch: names instead of ids, "1 h" ("1 uur") instead of 60, "target time"
 * ("streeftijd") instead of {@code targetMinutes}, which stays in {@link Change#field()}. An element
 * added or removed is one change; what it holds (a role's tasks, a scenario's statements) is not
 * listed again. The order of a list is not compared, only what it holds. Thread-safe: it keeps no
 * state.
 */
@Component
public final class PlanComparison implements PlanDiff {

    @Override
    public List<Change> diff(Plan before, Plan after, Locale language) {
        return new Run(before, after, Texts.of(language)).changes;
    }

    private static final class Run {

        final List<Change> changes = new ArrayList<>();
        final Texts texts;
        final PlanNames old;
        final PlanNames now;

        Run(Plan before, Plan after, Texts texts) {
            this.texts = texts;
            old = new PlanNames(before, texts);
            now = new PlanNames(after, texts);
            organisation(before.organisation(), after.organisation());
            people(before.people(), after.people());
            roles(before, after);
            scenarios(before.scenarios(), after.scenarios());
            escalation(before.escalation(), after.escalation());
            contactTree(before.contactTree(), after.contactTree());
            calendar(before.contentCalendar(), after.contentCalendar());
            facts(before.facts(), after.facts());
            reviews(before.reviews(), after.reviews());
            flags(before.flags(), after.flags());
            field("review", texts.format("label.nextReview"), "nextReview", date(before.nextReview()),
                    date(after.nextReview()));
        }

        void organisation(Organisation before, Organisation after) {
            String item = "organisation";
            String label = texts.format("label.organisation");
            field(item, label, "name", before.name(), after.name());
            field(item, label, "website", before.website(), after.website());
            field(item, label, "notes", before.notes(), after.notes());
        }

        void people(List<Person> before, List<Person> after) {
            compare(before, after, Person::id, person -> ref(Kind.PERSON, person.id()),
                    person -> texts.format("label.person", person.name()), (label, item, was, is) -> {
                        field(item, label, "name", was.name(), is.name());
                        field(item, label, "function", was.function(), is.function());
                        field(item, label, "phone", was.phone(), is.phone());
                        field(item, label, "otherPhones", join(was.otherPhones()), join(is.otherPhones()));
                        field(item, label, "email", was.email(), is.email());
                        field(item, label, "languages", join(was.languages()), join(is.languages()));
                        field(item, label, "availability", was.availability(), is.availability());
                    });
        }

        void roles(Plan before, Plan after) {
            Map<String, Role> was = byId(before.roles(), Role::id);
            Set<String> tasksNow = new HashSet<>();
            after.roles().forEach(role -> role.tasks().forEach(task -> tasksNow.add(task.id())));
            Set<String> rolesNow = new HashSet<>();
            for (Role role : after.roles()) {
                rolesNow.add(role.id());
                String item = ref(Kind.ROLE, role.id());
                String label = texts.format("label.role", role.name());
                Role previous = was.get(role.id());
                if (previous == null) {
                    added(item, label);
                    // its new tasks come with it; one moved here from another role is a change of that task
                    role.tasks().stream().filter(task -> old.index().task(task.id()).isPresent())
                            .forEach(task -> task(task, role));
                    continue;
                }
                field(item, label, "name", previous.name(), role.name());
                field(item, label, "critical", yesNo(previous.critical()), yesNo(role.critical()));
                field(item, label, "primary", name(old, previous.primary()), name(now, role.primary()));
                field(item, label, "deputies", old.personNames(previous.deputies()), now.personNames(role.deputies()));
                field(item, label, "description", previous.description(), role.description());
                for (Task task : role.tasks()) {
                    task(task, role);
                }
                for (Task task : previous.tasks()) {
                    if (!tasksNow.contains(task.id())) {
                        removed(ref(Kind.TASK, task.id()), old.taskLabel(task, previous));
                    }
                }
            }
            for (Role role : before.roles()) {
                if (!rolesNow.contains(role.id())) {
                    removed(ref(Kind.ROLE, role.id()), texts.format("label.role", role.name()));
                }
            }
        }

        void task(Task task, Role role) {
            String item = ref(Kind.TASK, task.id());
            String label = now.taskLabel(task, role);
            Task previous = old.index().task(task.id()).orElse(null);
            if (previous == null) {
                added(item, label);
                return;
            }
            field(item, label, "title", previous.title(), task.title());
            field(item, label, "targetMinutes", minutes(previous.targetMinutes()), minutes(task.targetMinutes()));
            field(item, label, "repeatMinutes", minutes(previous.repeatMinutes()), minutes(task.repeatMinutes()));
            Role from = old.index().roleOfTask(task.id()).orElseThrow();
            if (!from.id().equals(role.id())) {
                field(item, label, "role", from.name(), role.name());
            }
        }

        void scenarios(List<Scenario> before, List<Scenario> after) {
            compare(before, after, Scenario::id, scenario -> ref(Kind.SCENARIO, scenario.id()),
                    scenario -> texts.format("label.scenario", scenario.name()), (label, item, was, is) -> {
                        field(item, label, "name", was.name(), is.name());
                        field(item, label, "severity", String.valueOf(was.severity()), String.valueOf(is.severity()));
                        field(item, label, "description", was.description(), is.description());
                        field(item, label, "roles", old.roleNames(was.roles()), now.roleNames(is.roles()));
                        field(item, label, "tasks", old.taskTitles(was.tasks()), now.taskTitles(is.tasks()));
                        statements(was, is);
                    });
        }

        /** Statements matched by kind and language, and by their order among those of the same kind and language. */
        void statements(Scenario before, Scenario after) {
            Map<String, Statement> was = statementKeys(before);
            Map<String, Statement> is = statementKeys(after);
            is.forEach((key, statement) -> {
                ItemRef ref = PlanIndex.statementRef(after, statement);
                String label = now.statementLabel(statement.kind(), statement.lang(), after.name());
                Statement previous = was.get(key);
                if (previous == null) {
                    added(ref.toString(), label);
                } else {
                    field(ref.toString(), label, "text", previous.text(), statement.text());
                }
            });
            was.forEach((key, statement) -> {
                if (!is.containsKey(key)) {
                    removed(PlanIndex.statementRef(after, statement).toString(),
                            old.statementLabel(statement.kind(), statement.lang(), after.name()));
                }
            });
        }

        static Map<String, Statement> statementKeys(Scenario scenario) {
            Map<String, Statement> keyed = new LinkedHashMap<>();
            Map<String, Integer> seen = new HashMap<>();
            for (Statement statement : scenario.statements()) {
                String key = statement.kind() + "/" + statement.lang();
                keyed.put(key + "/" + seen.merge(key, 1, Integer::sum), statement);
            }
            return keyed;
        }

        void escalation(List<EscalationCriterion> before, List<EscalationCriterion> after) {
            compare(before, after, EscalationCriterion::id, criterion -> ref(Kind.ESCALATION, criterion.id()),
                    criterion -> texts.format("label.escalation", criterion.description()), (label, item, was, is) -> {
                        field(item, label, "description", was.description(), is.description());
                        field(item, label, "role", was.role() == null ? null : old.roleName(was.role()),
                                is.role() == null ? null : now.roleName(is.role()));
                    });
        }

        void contactTree(List<ContactLink> before, List<ContactLink> after) {
            compare(before, after, ContactLink::person, link -> ref(Kind.CONTACT, link.person()),
                    link -> texts.format("label.contact",
                            (now.index().hasPerson(link.person()) ? now : old).personName(link.person())),
                    (label, item, was, is) ->
                            field(item, label, "calls", old.personNames(was.calls()), now.personNames(is.calls())));
        }

        void calendar(List<CalendarRule> before, List<CalendarRule> after) {
            compare(before, after, CalendarRule::id, rule -> ref(Kind.CALENDAR, rule.id()),
                    rule -> texts.format("label.calendar", rule.what()), (label, item, was, is) -> {
                        field(item, label, "what", was.what(), is.what());
                        field(item, label, "action", action(was.action()), action(is.action()));
                        field(item, label, "note", was.note(), is.note());
                    });
        }

        void facts(List<Fact> before, List<Fact> after) {
            compare(before, after, Fact::id, fact -> ref(Kind.FACT, fact.id()),
                    fact -> texts.format("label.fact", fact.topic()),
                    (label, item, was, is) -> {
                        field(item, label, "topic", was.topic(), is.topic());
                        field(item, label, "text", was.text(), is.text());
                    });
        }

        void reviews(List<Review> before, List<Review> after) {
            compare(before, after, review -> review.date().toString(),
                    review -> PlanIndex.reviewRef(review).toString(),
                    review -> texts.format("label.review", texts.date(review.date())),
                    (label, item, was, is) -> {
                        field(item, label, "approvedBy", old.personName(was.approvedBy()),
                                now.personName(is.approvedBy()));
                        field(item, label, "participants", old.personNames(was.participants()),
                                now.personNames(is.participants()));
                        field(item, label, "confirmedContacts", old.personNames(was.confirmedContacts()),
                                now.personNames(is.confirmedContacts()));
                        field(item, label, "items", items(was), items(is));
                    });
        }

        String items(Review review) {
            return review.items().isEmpty() ? null : review.items().stream()
                    .map(item -> item.item() + " " + outcome(item.outcome())
                            + (item.note() == null ? "" : ": " + item.note()))
                    .collect(Collectors.joining("; "));
        }

        void flags(List<Flag> before, List<Flag> after) {
            for (Flag flag : after) {
                if (!before.contains(flag)) {
                    added(flag.item(), flagLabel(now, flag));
                }
            }
            for (Flag flag : before) {
                if (!after.contains(flag)) {
                    removed(flag.item(), flagLabel(old, flag));
                }
            }
        }

        String flagLabel(PlanNames index, Flag flag) {
            String about;
            try {
                about = index.label(ItemRef.parse(flag.item()));
            } catch (IllegalArgumentException e) {
                about = flag.item();
            }
            return texts.format("label.flag", about, flag.note());
        }

        /** What both plans hold of one list: changed and added in the new order, then removed in the old. */
        <T> void compare(List<T> before, List<T> after, Function<T, String> id, Function<T, String> item,
                Function<T, String> label, Fields<T> fields) {
            Map<String, T> was = byId(before, id);
            Set<String> ids = new HashSet<>();
            for (T element : after) {
                ids.add(id.apply(element));
                T previous = was.get(id.apply(element));
                if (previous == null) {
                    added(item.apply(element), label.apply(element));
                } else if (!previous.equals(element)) {
                    fields.compare(label.apply(element), item.apply(element), previous, element);
                }
            }
            for (T element : before) {
                if (!ids.contains(id.apply(element))) {
                    removed(item.apply(element), label.apply(element));
                }
            }
        }

        @FunctionalInterface
        interface Fields<T> {
            void compare(String label, String item, T before, T after);
        }

        void added(String item, String label) {
            changes.add(new Change(item, label, Change.Kind.ADDED, null, null, null, texts.format("change.added")));
        }

        void removed(String item, String label) {
            changes.add(new Change(item, label, Change.Kind.REMOVED, null, null, null, texts.format("change.removed")));
        }

        /** A change when the values differ; the field named for people by its text {@code field.NAME}. */
        void field(String item, String label, String field, String before, String after) {
            if (!Objects.equals(before, after)) {
                changes.add(new Change(item, label, Change.Kind.CHANGED, field, before, after, texts.format(
                        "change.changed", texts.format("field." + field), value(before), value(after))));
            }
        }

        static <T> Map<String, T> byId(List<T> list, Function<T, String> id) {
            Map<String, T> map = new HashMap<>();
            list.forEach(element -> map.putIfAbsent(id.apply(element), element));
            return map;
        }

        static String name(PlanNames index, String person) {
            return person == null ? null : index.personName(person);
        }

        static String join(List<String> values) {
            return values.isEmpty() ? null : String.join(", ", values);
        }

        /** "(none)" for no value. */
        String value(String value) {
            return value == null ? texts.format("none") : value;
        }

        String minutes(Integer minutes) {
            return minutes == null ? null : Durations.format(minutes, texts.language());
        }

        String yesNo(boolean value) {
            return texts.format(value ? "yes" : "no");
        }

        String date(LocalDate day) {
            return day == null ? null : texts.date(day);
        }

        String action(CalendarRule.Action action) {
            return switch (action) {
                case PAUSE -> texts.format("action.pause");
                case REVIEW -> texts.format("action.review");
                case CONTINUE -> texts.format("action.continue");
            };
        }

        String outcome(ReviewItem.Outcome outcome) {
            return switch (outcome) {
                case CONFIRMED -> texts.format("outcome.confirmed");
                case CHANGED -> texts.format("outcome.changed");
                case FLAGGED -> texts.format("outcome.flagged");
            };
        }

        static String ref(Kind kind, String id) {
            return new ItemRef(kind, id).toString();
        }
    }
}

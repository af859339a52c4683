package webcare.plan.json;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import webcare.model.plan.CalendarRule;
import webcare.model.plan.ContactLink;
import webcare.model.plan.EscalationCriterion;
import webcare.model.plan.Fact;
import webcare.model.plan.Flag;
import webcare.model.plan.Organisation;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;
import webcare.model.plan.Review;
import webcare.model.plan.ReviewItem;
import webcare.model.plan.Role;
import webcare.model.plan.Scenario;
import webcare.model.plan.Statement;
import webcare.model.plan.Task;

/**
 * The canonical text of a plan. Written by hand rather than by a Jackson pretty printer so that
 * the bytes depend on nothing but the plan: keys in a fixed order, absent optional values left
 * out, lists always written ({@code []} when empty), lists of texts on one line, objects one key a
 * line, two-space indents, "\n", a final newline, non-ASCII as is.
 */
final class PlanJsonWriter {

    static final String FORMAT = "webcare-plan";
    static final int FORMAT_VERSION = 1;

    private PlanJsonWriter() {}

    static String write(Plan plan) {
        StringBuilder out = new StringBuilder(4096);
        value(out, tree(plan), 0);
        return out.append('\n').toString();
    }

    /** The plan as nested maps (key order kept), lists, texts, integers and booleans. */
    static Map<String, Object> tree(Plan plan) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("organisation", organisation(plan.organisation()));
        root.put("people", list(plan.people(), PlanJsonWriter::person));
        root.put("roles", list(plan.roles(), PlanJsonWriter::role));
        root.put("scenarios", list(plan.scenarios(), PlanJsonWriter::scenario));
        root.put("escalation", list(plan.escalation(), PlanJsonWriter::escalation));
        root.put("contactTree", list(plan.contactTree(), PlanJsonWriter::contact));
        root.put("contentCalendar", list(plan.contentCalendar(), PlanJsonWriter::calendar));
        root.put("facts", list(plan.facts(), PlanJsonWriter::fact));
        root.put("reviews", list(plan.reviews(), PlanJsonWriter::review));
        root.put("flags", list(plan.flags(), PlanJsonWriter::flag));
        optional(root, "nextReview", plan.nextReview());
        return root;
    }

    private static Map<String, Object> organisation(Organisation organisation) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("name", organisation.name());
        optional(object, "website", organisation.website());
        optional(object, "notes", organisation.notes());
        return object;
    }

    private static Map<String, Object> person(Person person) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("id", person.id());
        object.put("name", person.name());
        optional(object, "function", person.function());
        optional(object, "phone", person.phone());
        object.put("otherPhones", person.otherPhones());
        optional(object, "email", person.email());
        object.put("languages", person.languages());
        optional(object, "availability", person.availability());
        return object;
    }

    private static Map<String, Object> role(Role role) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("id", role.id());
        object.put("name", role.name());
        object.put("critical", role.critical());
        optional(object, "primary", role.primary());
        object.put("deputies", role.deputies());
        optional(object, "description", role.description());
        object.put("tasks", list(role.tasks(), PlanJsonWriter::task));
        return object;
    }

    private static Map<String, Object> task(Task task) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("id", task.id());
        object.put("title", task.title());
        optional(object, "targetMinutes", task.targetMinutes());
        optional(object, "repeatMinutes", task.repeatMinutes());
        return object;
    }

    private static Map<String, Object> scenario(Scenario scenario) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("id", scenario.id());
        object.put("name", scenario.name());
        object.put("severity", scenario.severity());
        optional(object, "description", scenario.description());
        object.put("roles", scenario.roles());
        object.put("tasks", scenario.tasks());
        object.put("statements", list(scenario.statements(), PlanJsonWriter::statement));
        return object;
    }

    private static Map<String, Object> statement(Statement statement) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("kind", word(statement.kind()));
        object.put("lang", statement.lang());
        object.put("text", statement.text());
        return object;
    }

    private static Map<String, Object> escalation(EscalationCriterion criterion) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("id", criterion.id());
        object.put("description", criterion.description());
        optional(object, "role", criterion.role());
        return object;
    }

    private static Map<String, Object> contact(ContactLink link) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("person", link.person());
        object.put("calls", link.calls());
        return object;
    }

    private static Map<String, Object> calendar(CalendarRule rule) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("id", rule.id());
        object.put("what", rule.what());
        object.put("action", word(rule.action()));
        optional(object, "note", rule.note());
        return object;
    }

    private static Map<String, Object> fact(Fact fact) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("id", fact.id());
        object.put("topic", fact.topic());
        object.put("text", fact.text());
        return object;
    }

    private static Map<String, Object> review(Review review) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("date", review.date().toString());
        object.put("approvedBy", review.approvedBy());
        object.put("participants", review.participants());
        object.put("confirmedContacts", review.confirmedContacts());
        object.put("items", list(review.items(), PlanJsonWriter::reviewItem));
        return object;
    }

    private static Map<String, Object> reviewItem(ReviewItem item) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("item", item.item());
        object.put("outcome", word(item.outcome()));
        optional(object, "note", item.note());
        return object;
    }

    private static Map<String, Object> flag(Flag flag) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("item", flag.item());
        object.put("note", flag.note());
        optional(object, "source", flag.source());
        object.put("raised", flag.raised().toString());
        return object;
    }

    /** An enum constant as the file writes it: "holding", "pause", "flagged". */
    static String word(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    private static void optional(Map<String, Object> object, String key, Object value) {
        if (value != null) {
            object.put(key, value instanceof LocalDate date ? date.toString() : value);
        }
    }

    private static <T> List<Object> list(List<T> elements, Function<T, Object> each) {
        List<Object> list = new ArrayList<>(elements.size());
        elements.forEach(element -> list.add(each.apply(element)));
        return list;
    }

    private static void value(StringBuilder out, Object value, int depth) {
        if (value instanceof Map<?, ?> object) {
            out.append('{');
            String separator = "\n";
            for (Map.Entry<?, ?> entry : object.entrySet()) {
                out.append(separator);
                indent(out, depth + 1);
                text(out, (String) entry.getKey());
                out.append(": ");
                value(out, entry.getValue(), depth + 1);
                separator = ",\n";
            }
            out.append('\n');
            indent(out, depth);
            out.append('}');
        } else if (value instanceof List<?> list) {
            array(out, list, depth);
        } else if (value instanceof String text) {
            text(out, text);
        } else {
            out.append(value); // Integer or Boolean
        }
    }

    private static void array(StringBuilder out, List<?> list, int depth) {
        if (list.isEmpty()) {
            out.append("[]");
        } else if (list.stream().allMatch(String.class::isInstance)) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                text(out, (String) list.get(i));
            }
            out.append(']');
        } else {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "\n" : ",\n");
                indent(out, depth + 1);
                value(out, list.get(i), depth + 1);
            }
            out.append('\n');
            indent(out, depth);
            out.append(']');
        }
    }

    private static void text(StringBuilder out, String text) {
        out.append('"');
        JsonStringEncoder.getInstance().quoteAsString(text, out);
        out.append('"');
    }

    private static void indent(StringBuilder out, int depth) {
        out.append("  ".repeat(depth));
    }
}

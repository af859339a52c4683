package webcare.plan.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
import webcare.plan.api.PlanError;
import webcare.plan.api.PlanNote;
import webcare.plan.index.Texts;

/**
 * Turns a parsed plan file into a plan, noting every structural error (unknown or missing
 * fields, wrong types, bad enum values and dates) with its path instead of stopping at the
 * first. The plain shape people write (docs/PLAN.md) is read too, each assumption made noted in
 * {@link #notes}: an organisation given as its name, a severity as a word, a statement without a
 * kind taken as the holding statement when it is the only one of its language, no format
 * marker. Where a value is unusable a placeholder stands in, so that every list keeps its length
 * and the validator's paths still match the file; a placeholder id is made from the path with a
 * leading NUL, so it never equals a real id. The plan read is only handed on when there were no
 * errors. Errors and notes are said in the language of its {@link Texts}; paths, field names and
 * the file's own values stay as written.
 */
final class PlanJsonReader {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Severity words, Dutch and English, by level; the English one names the level in notes. */
    private static final List<List<String>> SEVERITY_WORDS = List.of(List.of("laag", "low"),
            List.of("midden", "medium"), List.of("hoog", "high"), List.of("kritiek", "critical"));
    private static final Map<String, Integer> SEVERITIES = severities();
    /** How a plan file starts, for messages. */
    static final String START = "{\"format\": \"webcare-plan\", …}";
    /** The words, for messages: the Dutch ones, then the English. */
    private static final String SEVERITY_CHOICES = Stream.of(0, 1).flatMap(language -> SEVERITY_WORDS.stream()
            .map(words -> words.get(language))).collect(Collectors.joining(", "));

    final List<PlanError> errors = new ArrayList<>();
    final List<PlanNote> notes = new ArrayList<>();
    /** Paths of the statements read without a kind, taken as holding statements for now. */
    private final Set<String> kindless = new HashSet<>();
    private final Texts texts;

    /** @param texts the language errors and notes are said in */
    PlanJsonReader(Texts texts) {
        this.texts = texts;
    }

    /** The plan, or null when the root is unusable (then {@link #errors} says why). */
    Plan read(JsonNode root) {
        if (root == null || root.isMissingNode()) {
            error("$", "file.empty", START);
            return null;
        }
        if (!root.isObject()) {
            error("$", "file.notObject", kind(root), START);
            return null;
        }
        JsonNode format = root.get("format");
        // without the marker, an organisation is what makes a file a plan: anything else is some other JSON
        if (format == null && !root.has("organisation")
                || format != null && (!format.isTextual() || !format.textValue().equals(PlanJsonWriter.FORMAT))) {
            if (format == null) {
                error("$.format", "file.formatMissing", START);
            } else {
                error("$.format", "file.formatWrong", format.toString(), START);
            }
            return null;
        }
        fields(root, "$", "format", "formatVersion", "organisation", "people", "roles", "scenarios", "escalation",
                "contactTree", "contentCalendar", "facts", "reviews", "flags", "nextReview");
        JsonNode version = root.get("formatVersion");
        if (version == null) {
            note("$", format == null ? "note.noMarker" : "note.noVersion", PlanJsonWriter.FORMAT_VERSION);
        } else if (!version.isInt() || version.intValue() < 1) {
            error("$.formatVersion", "file.formatVersionBad", version.toString());
        } else if (version.intValue() > PlanJsonWriter.FORMAT_VERSION) {
            error("$.formatVersion", "file.formatVersionNewer", version.intValue());
            return null;
        } else if (format == null) {
            note("$", "note.noMarker", version.intValue());
        }
        Organisation organisation = organisation(root.get("organisation"));
        return new Plan(organisation,
                list(root, "$", "people", this::person),
                list(root, "$", "roles", this::role),
                list(root, "$", "scenarios", this::scenario),
                list(root, "$", "escalation", this::escalation),
                list(root, "$", "contactTree", this::contact),
                list(root, "$", "contentCalendar", this::calendar),
                list(root, "$", "facts", this::fact),
                list(root, "$", "reviews", this::review),
                list(root, "$", "flags", this::flag),
                optionalDate(root, "$", "nextReview"));
    }

    private Organisation organisation(JsonNode node) {
        String path = "$.organisation";
        if (node == null) {
            missing("$", "organisation", texts.format("file.addAs", "\"organisation\": {\"name\": …}"));
            return new Organisation(placeholder(path), null, null);
        }
        if (node.isTextual()) {
            if (node.textValue().isBlank()) {
                error(path, "rule.organisationName");
                return new Organisation(placeholder(path), null, null);
            }
            note(path, "note.organisationText", node.toString());
            return new Organisation(node.textValue(), null, null);
        }
        if (!node.isObject()) {
            error(path, "file.organisationNotObject", "{\"name\": …}", kind(node));
            return new Organisation(placeholder(path), null, null);
        }
        fields(node, path, "name", "website", "notes");
        return new Organisation(text(node, path, "name"), optionalText(node, path, "website"),
                optionalText(node, path, "notes"));
    }

    private Person person(JsonNode node, String path) {
        if (!object(node, path, "element.person")) {
            return new Person(placeholder(path), "?", null, null, List.of(), null, List.of(), null);
        }
        fields(node, path, "id", "name", "function", "phone", "otherPhones", "email", "languages", "availability");
        return new Person(text(node, path, "id"), text(node, path, "name"), optionalText(node, path, "function"),
                optionalText(node, path, "phone"), texts(node, path, "otherPhones"), optionalText(node, path, "email"),
                texts(node, path, "languages"), optionalText(node, path, "availability"));
    }

    private Role role(JsonNode node, String path) {
        if (!object(node, path, "element.role")) {
            return new Role(placeholder(path), "?", false, null, List.of(), null, List.of());
        }
        fields(node, path, "id", "name", "critical", "primary", "deputies", "description", "tasks");
        return new Role(text(node, path, "id"), text(node, path, "name"), bool(node, path, "critical"),
                optionalText(node, path, "primary"), texts(node, path, "deputies"),
                optionalText(node, path, "description"), list(node, path, "tasks", this::task));
    }

    private Task task(JsonNode node, String path) {
        if (!object(node, path, "element.task")) {
            return new Task(placeholder(path), "?", null, null);
        }
        fields(node, path, "id", "title", "targetMinutes", "repeatMinutes");
        return new Task(text(node, path, "id"), text(node, path, "title"), optionalInt(node, path, "targetMinutes"),
                optionalInt(node, path, "repeatMinutes"));
    }

    private Scenario scenario(JsonNode node, String path) {
        if (!object(node, path, "element.scenario")) {
            return new Scenario(placeholder(path), "?", Scenario.MIN_SEVERITY, null, List.of(), List.of(), List.of());
        }
        fields(node, path, "id", "name", "severity", "description", "roles", "tasks", "statements");
        String id = text(node, path, "id");
        String name = text(node, path, "name");
        int severity = severity(node, path);
        String description = optionalText(node, path, "description");
        List<String> roles = texts(node, path, "roles");
        List<String> tasks = texts(node, path, "tasks");
        List<Statement> statements = list(node, path, "statements", this::statement);
        holdingWithoutKind(statements, path + ".statements");
        return new Scenario(id, name, severity, description, roles, tasks, statements);
    }

    /** A number, or a word of {@link #SEVERITY_WORDS} in any case, or a number in quotes. */
    private int severity(JsonNode node, String path) {
        JsonNode value = node.get("severity");
        if (value == null || !value.isTextual()) {
            Integer severity = integer(node, path, "severity", true);
            return severity == null ? Scenario.MIN_SEVERITY : severity;
        }
        String at = path + ".severity";
        Integer severity = SEVERITIES.get(value.textValue().strip().toLowerCase(Locale.ROOT));
        if (severity == null) {
            error(at, "file.severity", value.toString(), SEVERITY_CHOICES);
            return Scenario.MIN_SEVERITY;
        }
        // the level's word in the language of the note: Dutch first in SEVERITY_WORDS
        int language = texts.language().getLanguage().equals("nl") ? 0 : 1;
        note(at, "note.severity", value.toString(), severity, SEVERITY_WORDS.get(severity - 1).get(language));
        return severity;
    }

    private static Map<String, Integer> severities() {
        Map<String, Integer> severities = new HashMap<>();
        for (int level = Scenario.MIN_SEVERITY; level <= Scenario.MAX_SEVERITY; level++) {
            severities.put(String.valueOf(level), level);
            for (String word : SEVERITY_WORDS.get(level - 1)) {
                severities.put(word, level);
            }
        }
        return Map.copyOf(severities);
    }

    private Statement statement(JsonNode node, String path) {
        if (!object(node, path, "element.statement")) {
            return new Statement(Statement.Kind.HOLDING, "??", "?");
        }
        fields(node, path, "kind", "lang", "text");
        Statement.Kind kind;
        if (node.has("kind")) {
            kind = constant(node, path, "kind", Statement.Kind.class, Statement.Kind.HOLDING);
        } else {
            kindless.add(path);
            kind = Statement.Kind.HOLDING;
        }
        return new Statement(kind, text(node, path, "lang"), text(node, path, "text"));
    }

    /**
     * A statement without a kind is the scenario's holding statement in its language, unless
     * another statement could be that too: then which is which is the author's to say.
     */
    private void holdingWithoutKind(List<Statement> statements, String path) {
        for (int i = 0; i < statements.size(); i++) {
            String at = path + "[" + i + "]";
            if (!kindless.contains(at)) {
                continue;
            }
            Statement statement = statements.get(i);
            String other = null;
            for (int j = 0; j < statements.size() && other == null; j++) {
                Statement candidate = statements.get(j);
                if (j != i && candidate.kind() == Statement.Kind.HOLDING && candidate.lang().equals(statement.lang())) {
                    other = path + "[" + j + "]";
                }
            }
            if (other == null) {
                note(at, "note.holding");
            } else if (kindless.contains(other)) {
                error(at, "file.kindAsFor", other);
            } else {
                error(at, "file.kindBeside", other);
            }
        }
    }

    private EscalationCriterion escalation(JsonNode node, String path) {
        if (!object(node, path, "element.escalation")) {
            return new EscalationCriterion(placeholder(path), "?", null);
        }
        fields(node, path, "id", "description", "role");
        return new EscalationCriterion(text(node, path, "id"), text(node, path, "description"),
                optionalText(node, path, "role"));
    }

    private ContactLink contact(JsonNode node, String path) {
        if (!object(node, path, "element.contact")) {
            return new ContactLink(placeholder(path), List.of());
        }
        fields(node, path, "person", "calls");
        return new ContactLink(text(node, path, "person"), texts(node, path, "calls"));
    }

    private CalendarRule calendar(JsonNode node, String path) {
        if (!object(node, path, "element.calendar")) {
            return new CalendarRule(placeholder(path), "?", CalendarRule.Action.PAUSE, null);
        }
        fields(node, path, "id", "what", "action", "note");
        return new CalendarRule(text(node, path, "id"), text(node, path, "what"),
                constant(node, path, "action", CalendarRule.Action.class, CalendarRule.Action.PAUSE),
                optionalText(node, path, "note"));
    }

    private Fact fact(JsonNode node, String path) {
        if (!object(node, path, "element.fact")) {
            return new Fact(placeholder(path), "?", "?");
        }
        fields(node, path, "id", "topic", "text");
        return new Fact(text(node, path, "id"), text(node, path, "topic"), text(node, path, "text"));
    }

    private Review review(JsonNode node, String path) {
        if (!object(node, path, "element.review")) {
            return new Review(LocalDate.MIN, placeholder(path), List.of(), List.of(), List.of());
        }
        fields(node, path, "date", "approvedBy", "participants", "confirmedContacts", "items");
        return new Review(date(node, path, "date"), text(node, path, "approvedBy"), texts(node, path, "participants"),
                texts(node, path, "confirmedContacts"), list(node, path, "items", this::reviewItem));
    }

    private ReviewItem reviewItem(JsonNode node, String path) {
        if (!object(node, path, "element.reviewItem")) {
            return new ReviewItem("organisation", ReviewItem.Outcome.CONFIRMED, null);
        }
        fields(node, path, "item", "outcome", "note");
        return new ReviewItem(text(node, path, "item"),
                constant(node, path, "outcome", ReviewItem.Outcome.class, ReviewItem.Outcome.CONFIRMED),
                optionalText(node, path, "note"));
    }

    private Flag flag(JsonNode node, String path) {
        if (!object(node, path, "element.flag")) {
            return new Flag("organisation", "?", null, LocalDate.MIN);
        }
        fields(node, path, "item", "note", "source", "raised");
        return new Flag(text(node, path, "item"), text(node, path, "note"), optionalText(node, path, "source"),
                date(node, path, "raised"));
    }

    // --- building blocks ---------------------------------------------------------------------

    /** @param element the key of what {@code node} should be: "element.person" */
    private boolean object(JsonNode node, String path, String element) {
        if (node.isObject()) {
            return true;
        }
        error(path, "file.objectExpected", texts.format(element), "{…}", kind(node));
        return false;
    }

    private void error(String path, String key, Object... arguments) {
        errors.add(new PlanError(path, texts.format(key, arguments)));
    }

    private void note(String path, String key, Object... arguments) {
        notes.add(new PlanNote(path, texts.format(key, arguments)));
    }

    /** Notes every field of {@code node} that is not one of {@code known}. */
    private void fields(JsonNode node, String path, String... known) {
        List<String> names = List.of(known);
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!names.contains(name)) {
                error(path + "." + name, "file.unknownField", name, String.join(", ", names));
            }
        }
    }

    private void missing(String path, String field, String todo) {
        error(path + "." + field, "file.missing", field, todo);
    }

    private String text(JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            missing(path, field, texts.format("file.addIt"));
            return placeholder(path + "." + field);
        }
        if (!value.isTextual()) {
            error(path + "." + field, "file.text", kind(value));
            return placeholder(path + "." + field);
        }
        return value.textValue();
    }

    private String optionalText(JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            error(path + "." + field, value.isNull() ? "file.textOrLeaveOut" : "file.text", kind(value));
            return null;
        }
        return value.textValue();
    }

    private List<String> texts(JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return List.of();
        }
        String at = path + "." + field;
        if (!value.isArray()) {
            error(at, "file.texts", kind(value));
            return List.of();
        }
        List<String> texts = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            if (element.isTextual()) {
                texts.add(element.textValue());
            } else {
                error(at + "[" + i + "]", "file.text", kind(element));
                texts.add(placeholder(at + "[" + i + "]"));
            }
        }
        return texts;
    }

    private <T> List<T> list(JsonNode node, String path, String field, BiFunction<JsonNode, String, T> each) {
        JsonNode value = node.get(field);
        if (value == null) {
            return List.of();
        }
        String at = path + "." + field;
        if (!value.isArray()) {
            error(at, "file.list", kind(value));
            return List.of();
        }
        List<T> list = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            list.add(each.apply(value.get(i), at + "[" + i + "]"));
        }
        return list;
    }

    private boolean bool(JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            error(path + "." + field, "file.boolean", kind(value));
            return false;
        }
        return value.booleanValue();
    }

    private Integer optionalInt(JsonNode node, String path, String field) {
        return integer(node, path, field, false);
    }

    private Integer integer(JsonNode node, String path, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null) {
            if (required) {
                missing(path, field, texts.format("file.addIt"));
            }
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            error(path + "." + field, "file.wholeNumber", kind(value));
            return null;
        }
        return value.intValue();
    }

    private <E extends Enum<E>> E constant(JsonNode node, String path, String field, Class<E> type, E fallback) {
        String word = text(node, path, field);
        for (E constant : type.getEnumConstants()) {
            if (PlanJsonWriter.word(constant).equals(word)) {
                return constant;
            }
        }
        if (!word.startsWith("\0")) {
            error(path + "." + field, "file.notOneOf", word, Stream.of(type.getEnumConstants())
                    .map(PlanJsonWriter::word).collect(Collectors.joining(", ")));
        }
        return fallback;
    }

    private LocalDate date(JsonNode node, String path, String field) {
        if (node.get(field) == null) {
            missing(path, field, texts.format("file.addDate"));
            return LocalDate.MIN;
        }
        LocalDate date = optionalDate(node, path, field);
        return date == null ? LocalDate.MIN : date;
    }

    private LocalDate optionalDate(JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        if (value.isTextual() && DATE.matcher(value.textValue()).matches()) {
            try {
                return LocalDate.parse(value.textValue());
            } catch (DateTimeParseException e) {
                // falls through to the error below: e.g. 2026-02-30
            }
        }
        error(path + "." + field, "file.date", value.toString());
        return null;
    }

    private static String placeholder(String path) {
        return "\0" + path;
    }

    /** The JSON type of {@code node}, for messages. */
    private String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> texts.format("json.list");
            case OBJECT -> texts.format("json.object");
            case STRING -> texts.format("json.text", node.toString());
            case NUMBER -> texts.format("json.number", node.toString());
            case BOOLEAN -> node.toString();
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}

package webcare.plan.index;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import webcare.model.plan.CalendarRule;
import webcare.model.plan.EscalationCriterion;
import webcare.model.plan.Fact;
import webcare.model.plan.ItemRef;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;
import webcare.model.plan.PlanIndex;
import webcare.model.plan.Role;
import webcare.model.plan.Scenario;
import webcare.model.plan.Statement;
import webcare.model.plan.Task;

/**
 * A plan's elements named for people in the language of its {@link Texts}: "Person Anna de Vries",
 * "Rol Woordvoerder", "'jan' (not in the plan)". Finding them by id is {@link PlanIndex}'s job.
 */
public final class PlanNames {

    private final PlanIndex index;
    private final Texts texts;

    /** @param texts the language names and labels are given in */
    public PlanNames(Plan plan, Texts texts) {
        this.index = new PlanIndex(plan);
        this.texts = texts;
    }

    /** The plan's elements by id. */
    public PlanIndex index() {
        return index;
    }

    /** The texts names and labels are given in. */
    public Texts texts() {
        return texts;
    }

    /** A person's name; for an unknown id the id in quotes, marked as unknown. */
    public String personName(String id) {
        return index.person(id).map(Person::name).orElseGet(() -> unknown(id));
    }

    /** "Piet Jansen, Eva Bakker"; null when the list is empty. */
    public String personNames(List<String> ids) {
        return ids.isEmpty() ? null : ids.stream().map(this::personName).collect(Collectors.joining(", "));
    }

    public String roleName(String id) {
        return index.role(id).map(Role::name).orElseGet(() -> unknown(id));
    }

    /** "Crisis lead, Spokesperson"; null when the list is empty. */
    public String roleNames(List<String> ids) {
        return ids.isEmpty() ? null : ids.stream().map(this::roleName).collect(Collectors.joining(", "));
    }

    public String taskTitle(String id) {
        return index.task(id).map(Task::title).orElseGet(() -> unknown(id));
    }

    /** "Acknowledge publicly, Post an update"; null when the list is empty. */
    public String taskTitles(List<String> ids) {
        return ids.isEmpty() ? null : ids.stream().map(this::taskTitle).collect(Collectors.joining(", "));
    }

    /** "Holding statement" or "Update template". */
    public String statementName(Statement.Kind kind) {
        return switch (kind) {
            case HOLDING -> texts.format("statement.holding");
            case UPDATE -> texts.format("statement.update");
        };
    }

    /** "Holding statement nl (Data leak)": a statement by its kind and language, and its scenario's name. */
    public String statementLabel(Statement.Kind kind, String lang, String scenario) {
        return statementName(kind) + " " + lang + " (" + scenario + ")";
    }

    /** "Task Acknowledge publicly (Webcare lead)": a task with the role whose checklist holds it. */
    public String taskLabel(Task task, Role role) {
        return texts.format("label.task", task.title(), role.name());
    }

    /**
     * The element for people: "Person Anna de Vries", "Role Spokesperson", "Task Acknowledge
     * publicly (Webcare lead)", "Holding statement nl (Data leak)"; in Dutch "Persoon Anna de
     * Vries", "Rol Woordvoerder". For what the plan does not hold, the reference itself:
     * "Person person:jan".
     */
    public String label(ItemRef ref) {
        String id = ref.id();
        String unknown = ref.toString();
        return switch (ref.kind()) {
            case ORGANISATION -> texts.format("label.organisation");
            case PERSON -> texts.format("label.person", index.person(id).map(Person::name).orElse(unknown));
            case ROLE -> texts.format("label.role", index.role(id).map(Role::name).orElse(unknown));
            case TASK -> index.task(id).map(task -> taskLabel(task, index.roleOfTask(id).orElseThrow()))
                    .orElseGet(() -> texts.format("label.task.unknown", unknown));
            case SCENARIO -> texts.format("label.scenario", index.scenario(id).map(Scenario::name).orElse(unknown));
            case STATEMENT -> statementLabel(id);
            case ESCALATION -> texts.format("label.escalation",
                    index.escalation(id).map(EscalationCriterion::description).orElse(unknown));
            case CONTACT -> texts.format("label.contact", personName(id));
            case CALENDAR -> texts.format("label.calendar", index.calendarRule(id).map(CalendarRule::what).orElse(unknown));
            case FACT -> texts.format("label.fact", index.fact(id).map(Fact::topic).orElse(unknown));
            case REVIEW -> id.isEmpty() ? texts.format("label.nextReview")
                    : texts.format("label.review", PlanIndex.reviewDate(id).map(texts::date).orElse(id));
        };
    }

    private String statementLabel(String id) {
        String[] parts = id.split("/", -1);
        Optional<Scenario> scenario = parts.length == 3 ? index.scenario(parts[0]) : Optional.empty();
        if (scenario.isPresent()) {
            for (Statement.Kind kind : Statement.Kind.values()) {
                if (PlanIndex.word(kind).equals(parts[1])) {
                    return statementLabel(kind, parts[2], scenario.get().name());
                }
            }
        }
        return texts.format("label.statement.unknown", id);
    }

    /** "'jan' (not in the plan)". */
    private String unknown(String id) {
        return texts.format("unknown", id);
    }
}

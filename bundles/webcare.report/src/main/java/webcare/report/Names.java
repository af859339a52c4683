package webcare.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import webcare.model.plan.CalendarRule;
import webcare.model.plan.EscalationCriterion;
import webcare.model.plan.Fact;
import webcare.model.plan.ItemRef;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;
import webcare.model.plan.PlanIndex;
import webcare.model.plan.Role;
import webcare.model.plan.Scenario;

/**
 * A plan's people, roles and items as a document prints them, in the document's language: names
 * instead of ids, phone numbers that do not wrap, a visible note for a reference to nobody.
 * Finding elements by id is {@link PlanIndex}'s job; built once per document.
 */
final class Names {

    private final PlanIndex index;
    private final Labels labels;

    Names(Plan plan, Labels labels) {
        this.index = new PlanIndex(plan);
        this.labels = labels;
    }

    /** The plan's elements by id. */
    PlanIndex index() {
        return index;
    }

    /** The person's name; a visible "unknown person" note for a reference to nobody. */
    String name(String personId) {
        return index.person(personId).map(Person::name).orElseGet(() -> labels.format("unknown.person", personId));
    }

    String roleName(String roleId) {
        return index.role(roleId).map(Role::name).orElseGet(() -> labels.format("unknown.role", roleId));
    }

    /**
     * Every number of a person, the first first; spaces inside a number do not break, so a printed
     * number never wraps halfway.
     */
    String phones(Person person) {
        List<String> numbers = new ArrayList<>();
        if (person.phone() != null && !person.phone().isBlank()) {
            numbers.add(person.phone());
        }
        person.otherPhones().stream().filter(phone -> !phone.isBlank()).forEach(numbers::add);
        if (numbers.isEmpty()) {
            return labels.text("person.noPhone");
        }
        return String.join(", ", numbers.stream().map(Names::unbroken).toList());
    }

    /** "Zoë Ëlberts — +31 6 1234 5678, +31 20 555 0101"; the unknown-person note for nobody. */
    String contact(String personId) {
        return index.person(personId).map(person -> person.name() + " — " + phones(person)).orElseGet(() -> name(personId));
    }

    /** "Zoë Ëlberts — +31 6 1234 5678": the number to call first only, for where room is short. */
    String firstContact(String personId) {
        return index.person(personId).map(person -> {
            String first = person.phone() != null && !person.phone().isBlank() ? person.phone()
                    : person.otherPhones().stream().filter(phone -> !phone.isBlank()).findFirst().orElse(null);
            return person.name() + " — " + (first == null ? labels.text("person.noPhone") : unbroken(first));
        }).orElseGet(() -> name(personId));
    }

    /**
     * The crisis lead: the role with id "crisis-lead", else one whose name says crisis lead or
     * crisis manager (Dutch or English), else the first critical role, else the first role.
     */
    Optional<Role> crisisLead() {
        Optional<Role> byId = index.role("crisis-lead");
        if (byId.isPresent()) {
            return byId;
        }
        Plan plan = index.plan();
        for (Role role : plan.roles()) {
            String name = role.name().toLowerCase(Locale.ROOT).replace(" ", "").replace("-", "");
            if (name.contains("crisislead") || name.contains("crisisleider") || name.contains("crisismanager")
                    || name.contains("crisiscoördinator") || name.contains("crisiscoordinator")) {
                return Optional.of(role);
            }
        }
        return plan.roles().stream().filter(Role::critical).findFirst().or(() -> plan.roles().stream().findFirst());
    }

    /** What a reference is about, for people: "Rol: Woordvoerder", "Persoon: Zoë Ëlberts". */
    String describe(String reference) {
        ItemRef ref;
        try {
            ref = ItemRef.parse(reference);
        } catch (IllegalArgumentException notAReference) {
            return reference;
        }
        String kind = labels.text("kind." + ref.kind().name());
        String what = switch (ref.kind()) {
            case ORGANISATION -> index.plan().organisation().name();
            case PERSON, CONTACT -> name(ref.id());
            case ROLE -> roleName(ref.id());
            case TASK -> index.task(ref.id())
                    .map(task -> task.title() + " (" + index.roleOfTask(ref.id()).orElseThrow().name() + ")")
                    .orElse(ref.id());
            case SCENARIO -> index.scenario(ref.id()).map(Scenario::name).orElse(ref.id());
            case ESCALATION -> index.escalation(ref.id()).map(EscalationCriterion::description).orElse(ref.id());
            case CALENDAR -> index.calendarRule(ref.id()).map(CalendarRule::what).orElse(ref.id());
            case FACT -> index.fact(ref.id()).map(Fact::topic).orElse(ref.id());
            case STATEMENT, REVIEW -> ref.id();
        };
        return what.isEmpty() ? kind : kind + ": " + what;
    }

    /** Spaces inside a phone number or date become no-break spaces for wrapping; renderers print spaces. */
    static String unbroken(String text) {
        return text.replace(' ', Report.NO_BREAK);
    }
}

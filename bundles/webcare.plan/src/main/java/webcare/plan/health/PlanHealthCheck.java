package webcare.plan.health;

import static webcare.plan.api.Finding.Level.ERROR;
import static webcare.plan.api.Finding.Level.WARN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Component;
import webcare.model.plan.ContactLink;
import webcare.model.plan.Flag;
import webcare.model.plan.ItemRef;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;
import webcare.model.plan.Review;
import webcare.model.plan.Role;
import webcare.model.plan.Scenario;
import webcare.model.plan.Statement;
import webcare.model.plan.Task;
import webcare.plan.api.Finding;
import webcare.plan.api.PlanHealth;
import webcare.plan.index.PlanNames;
import webcare.plan.index.Texts;

/**
 * The health check of docs/PLAN.md. Works on any plan, also one the validator would refuse
 * (the editor checks as you type): a reference to nobody is the finding {@code unknown-person}.
 * A missing deputy is an ERROR for a critical role (the crisis stops when its only holder is
 * ill) and a WARN otherwise. Messages are in English or Dutch (messages.properties of
 * {@link Texts}); codes are the same in both. Thread-safe: it keeps no state.
 */
@Component
public final class PlanHealthCheck implements PlanHealth {

    /** Reviews are due a year apart. */
    static final int REVIEW_MONTHS = 12;
    /** How long before its due date a review is "due soon". */
    static final int DUE_SOON_DAYS = 30;

    /** Holding statements must exist in these languages. */
    static final List<String> LANGUAGES = List.of("nl", "en");

    @Override
    public List<Finding> check(Plan plan, LocalDate today, Locale language) {
        Texts texts = Texts.of(language);
        PlanNames names = new PlanNames(plan, texts);
        List<Finding> findings = new ArrayList<>();
        people(plan, texts, findings);
        singlePointsOfFailure(plan, names, findings);
        roles(plan, names, findings);
        scenarios(plan, texts, findings);
        contactTree(plan, names, findings);
        flags(plan, names, findings);
        review(plan, today, texts, findings);
        // errors first; a stable sort keeps plan order within each level
        findings.sort(Comparator.comparing(Finding::level));
        return List.copyOf(findings);
    }

    /** Each person's reachability, and whether the last review confirmed the details of those in roles. */
    private static void people(Plan plan, Texts texts, List<Finding> findings) {
        Optional<Review> last = plan.lastReview();
        Set<String> confirmed = last.map(review -> Set.copyOf(review.confirmedContacts())).orElse(Set.of());
        Set<String> named = new HashSet<>();
        for (Role role : plan.roles()) {
            if (role.primary() != null) {
                named.add(role.primary());
            }
            named.addAll(role.deputies());
        }
        for (Person person : plan.people()) {
            String item = ref(ItemRef.Kind.PERSON, person.id());
            if (blank(person.phone())) {
                findings.add(new Finding(WARN, "person-without-phone", item,
                        texts.format("health.personWithoutPhone", person.name())));
            }
            if (blank(person.email())) {
                findings.add(new Finding(WARN, "person-without-email", item,
                        texts.format("health.personWithoutEmail", person.name())));
            }
            // without any review, review-overdue already says that nothing was ever confirmed
            if (last.isPresent() && named.contains(person.id()) && !confirmed.contains(person.id())) {
                findings.add(new Finding(WARN, "contact-unconfirmed", item, texts.format(
                        "health.contactUnconfirmed", person.name(), texts.date(last.get().date()))));
            }
        }
    }

    /** One person as primary of more than one critical role. */
    private static void singlePointsOfFailure(Plan plan, PlanNames names, List<Finding> findings) {
        Map<String, List<Role>> critical = new LinkedHashMap<>();
        for (Role role : plan.roles()) {
            if (role.critical() && role.primary() != null && names.index().hasPerson(role.primary())) {
                critical.computeIfAbsent(role.primary(), id -> new ArrayList<>()).add(role);
            }
        }
        critical.forEach((person, roles) -> {
            if (roles.size() > 1) {
                findings.add(new Finding(ERROR, "single-point-of-failure", ref(ItemRef.Kind.PERSON, person),
                        names.texts().format("health.primaryForCriticalRoles", names.personName(person),
                                roles.size(), roles.stream().map(Role::name).collect(Collectors.joining(", ")))));
            }
        });
    }

    private static void roles(Plan plan, PlanNames names, List<Finding> findings) {
        Texts texts = names.texts();
        for (Role role : plan.roles()) {
            String item = ref(ItemRef.Kind.ROLE, role.id());
            if (role.primary() == null) {
                findings.add(new Finding(role.critical() ? ERROR : WARN, "role-without-primary", item,
                        texts.format(role.critical() ? "health.criticalRoleWithoutPrimary"
                                : "health.roleWithoutPrimary", role.name())));
            } else if (!names.index().hasPerson(role.primary())) {
                findings.add(unknownPerson(item, texts.format("health.unknownPrimary", role.name(), role.primary())));
            }
            for (String deputy : role.deputies()) {
                if (!names.index().hasPerson(deputy)) {
                    findings.add(unknownPerson(item, texts.format("health.unknownDeputy", role.name(), deputy)));
                }
            }
            if (role.primary() != null && names.index().hasPerson(role.primary())
                    && role.deputies().contains(role.primary())) {
                findings.add(new Finding(ERROR, "single-point-of-failure", item, texts.format(
                        "health.primaryAndDeputy", names.personName(role.primary()), role.name())));
            }
            if (role.deputies().isEmpty()) {
                findings.add(new Finding(role.critical() ? ERROR : WARN, "role-without-deputy", item,
                        texts.format(role.critical() ? "health.criticalRoleWithoutDeputy" : "health.roleWithoutDeputy",
                                role.name())));
            }
            for (Task task : role.tasks()) {
                if (task.targetMinutes() == null && task.repeatMinutes() == null) {
                    findings.add(new Finding(WARN, "task-without-target-time", ref(ItemRef.Kind.TASK, task.id()),
                            texts.format("health.taskWithoutTargetTime", task.title(), role.name())));
                }
            }
        }
    }

    private static void scenarios(Plan plan, Texts texts, List<Finding> findings) {
        for (Scenario scenario : plan.scenarios()) {
            String item = ref(ItemRef.Kind.SCENARIO, scenario.id());
            if (scenario.roles().isEmpty()) {
                findings.add(new Finding(ERROR, "scenario-without-roles", item,
                        texts.format("health.scenarioWithoutRoles", scenario.name())));
            }
            for (String lang : LANGUAGES) {
                boolean present = scenario.statements().stream()
                        .anyMatch(s -> s.kind() == Statement.Kind.HOLDING && s.lang().equals(lang) && !s.text().isBlank());
                if (!present) {
                    findings.add(new Finding(WARN, "statement-missing-language", item, texts.format(
                            "health.statementMissingLanguage", scenario.name(), language(lang, texts))));
                }
            }
        }
    }

    private static void contactTree(Plan plan, PlanNames names, List<Finding> findings) {
        for (ContactLink link : plan.contactTree()) {
            String item = ref(ItemRef.Kind.CONTACT, link.person());
            if (!names.index().hasPerson(link.person())) {
                findings.add(unknownPerson(item, names.texts().format("health.unknownCaller", link.person())));
            }
            for (String called : link.calls()) {
                if (!names.index().hasPerson(called)) {
                    findings.add(unknownPerson(item, names.texts().format("health.unknownCalled",
                            names.personName(link.person()), called)));
                }
            }
        }
    }

    /** Flags about a person who is not in the plan. */
    private static void flags(Plan plan, PlanNames names, List<Finding> findings) {
        for (Flag flag : plan.flags()) {
            try {
                ItemRef ref = ItemRef.parse(flag.item());
                if (ref.kind() == ItemRef.Kind.PERSON && !names.index().hasPerson(ref.id())) {
                    findings.add(unknownPerson(flag.item(), names.texts().format("health.unknownFlagged", ref.id())));
                }
            } catch (IllegalArgumentException e) {
                // not a reference at all: the validator reports it
            }
        }
    }

    private static void review(Plan plan, LocalDate today, Texts texts, List<Finding> findings) {
        Optional<LocalDate> last = plan.reviews().stream().map(Review::date).max(Comparator.naturalOrder());
        String item = ItemRef.Kind.REVIEW.word();
        if (last.isEmpty()) {
            findings.add(new Finding(ERROR, "review-overdue", item, texts.format("health.neverReviewed")));
            return;
        }
        LocalDate yearAfter = last.get().plusMonths(REVIEW_MONTHS);
        if (yearAfter.isBefore(today)) {
            findings.add(new Finding(ERROR, "review-overdue", item,
                    texts.format("health.reviewOverdue", texts.date(last.get()), REVIEW_MONTHS)));
            return;
        }
        LocalDate due = plan.nextReview() != null ? plan.nextReview() : yearAfter;
        if (due.isBefore(today)) {
            findings.add(new Finding(WARN, "review-due-soon", item,
                    texts.format("health.reviewNotHeld", texts.date(due))));
        } else if (!due.isAfter(today.plusDays(DUE_SOON_DAYS))) {
            findings.add(new Finding(WARN, "review-due-soon", item,
                    texts.format("health.reviewDueSoon", texts.date(due))));
        }
    }

    private static Finding unknownPerson(String item, String message) {
        return new Finding(ERROR, "unknown-person", item, message);
    }

    private static String ref(ItemRef.Kind kind, String id) {
        return new ItemRef(kind, id).toString();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String language(String code, Texts texts) {
        return switch (code) {
            case "nl" -> texts.format("language.nl");
            case "en" -> texts.format("language.en");
            default -> code;
        };
    }
}

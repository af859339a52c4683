package webcare.ui.plan.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import webcare.model.plan.ContactLink;
import webcare.model.plan.Durations;
import webcare.model.plan.EscalationCriterion;
import webcare.model.plan.Fact;
import webcare.model.plan.ItemRef;
import webcare.model.plan.ItemRef.Kind;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;
import webcare.model.plan.Role;
import webcare.model.plan.Scenario;
import webcare.model.plan.Statement;
import webcare.model.plan.Task;

/**
 * The plan as the editor's tree shows it: the organisation, then a section per kind of element,
 * with tasks under their role and statements under their scenario; filtered by what is typed in
 * the search box. Made without SWT, so the tree widget only copies it.
 */
public final class PlanOutline {

    private static final int LONG_LABEL = 60;

    /** The sections of the tree, each holding one kind of element. */
    public enum Section {
        PEOPLE(Kind.PERSON),
        ROLES(Kind.ROLE),
        SCENARIOS(Kind.SCENARIO),
        ESCALATION(Kind.ESCALATION),
        CONTACTS(Kind.CONTACT),
        CALENDAR(Kind.CALENDAR),
        FACTS(Kind.FACT);

        private final Kind kind;

        Section(Kind kind) {
            this.kind = kind;
        }

        /** The kind of element listed here. */
        public Kind kind() {
            return kind;
        }

        public String key() {
            return "section:" + name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Section> of(Kind kind) {
            return Stream.of(values()).filter(section -> section.kind == kind).findFirst();
        }
    }

    /**
     * One line of the tree.
     *
     * @param key      stable while the element exists: its ItemRef text, or {@code section:people}
     * @param ref      the element; null for a section
     * @param section  the section; null for an element
     * @param label    what the line says
     * @param children lines below it
     * @param found    whether a search found something below it, so the tree opens it
     */
    public record Node(String key, ItemRef ref, Section section, String label, List<Node> children, boolean found) {
        public Node {
            children = List.copyOf(children);
        }
    }

    private final Plan plan;
    private final ResourceBundle texts;
    private final Locale locale;

    public PlanOutline(Plan plan, ResourceBundle texts, Locale locale) {
        this.plan = plan;
        this.texts = texts;
        this.locale = locale;
    }

    /** The tree's top-level lines; with a {@code query} only what matches it and what leads there. */
    public List<Node> nodes(String query) {
        Query matcher = new Query(query);
        List<Node> top = new ArrayList<>();
        ItemRef organisation = new ItemRef(Kind.ORGANISATION, "");
        if (matcher.matches(plan.organisation().name(), texts.getString("kind.ORGANISATION"))) {
            top.add(new Node(organisation.toString(), organisation, null, plan.organisation().name(), List.of(),
                    false));
        }
        for (Section section : Section.values()) {
            List<Node> children = new ArrayList<>();
            boolean all = !matcher.isEmpty() && matcher.matches(sectionTitle(section));
            for (ItemRef ref : elements(section)) {
                List<Node> below = new ArrayList<>();
                boolean match = all || matcher.matches(searchable(ref));
                boolean childFound = false;
                for (Node child : childrenOf(ref)) {
                    boolean found = !matcher.isEmpty() && matcher.matches(searchable(child.ref()));
                    if (match || found) {
                        below.add(child);
                    }
                    childFound |= found;
                }
                if (match || !below.isEmpty()) {
                    children.add(new Node(ref.toString(), ref, null, label(ref), below, childFound));
                }
            }
            if (matcher.isEmpty() || !children.isEmpty()) {
                top.add(new Node(section.key(), null, section,
                        Messages.format(locale, texts.getString("section.count"), sectionTitle(section),
                                elements(section).size()), children, !matcher.isEmpty()));
            }
        }
        return top;
    }

    public String sectionTitle(Section section) {
        return texts.getString("section." + section.name());
    }

    private List<ItemRef> elements(Section section) {
        return switch (section) {
            case PEOPLE -> plan.people().stream().map(p -> new ItemRef(Kind.PERSON, p.id())).toList();
            case ROLES -> plan.roles().stream().map(r -> new ItemRef(Kind.ROLE, r.id())).toList();
            case SCENARIOS -> plan.scenarios().stream().map(s -> new ItemRef(Kind.SCENARIO, s.id())).toList();
            case ESCALATION -> plan.escalation().stream().map(e -> new ItemRef(Kind.ESCALATION, e.id())).toList();
            case CONTACTS -> plan.contactTree().stream().map(c -> new ItemRef(Kind.CONTACT, c.person())).toList();
            case CALENDAR -> plan.contentCalendar().stream().map(c -> new ItemRef(Kind.CALENDAR, c.id())).toList();
            case FACTS -> plan.facts().stream().map(f -> new ItemRef(Kind.FACT, f.id())).toList();
        };
    }

    private List<Node> childrenOf(ItemRef ref) {
        List<Node> children = new ArrayList<>();
        if (ref.kind() == Kind.ROLE) {
            plan.role(ref.id()).ifPresent(role -> role.tasks().forEach(task -> {
                ItemRef child = new ItemRef(Kind.TASK, task.id());
                children.add(new Node(child.toString(), child, null, label(child), List.of(), false));
            }));
        } else if (ref.kind() == Kind.SCENARIO) {
            plan.scenario(ref.id()).ifPresent(scenario -> {
                for (int i = 0; i < scenario.statements().size(); i++) {
                    ItemRef child = PlanEdits.statementRef(scenario.id(), i);
                    children.add(new Node(child.toString(), child, null, label(child), List.of(), false));
                }
            });
        }
        return children;
    }

    /** The line the tree shows for an element. */
    public String label(ItemRef ref) {
        String id = ref.id();
        return switch (ref.kind()) {
            case ORGANISATION -> plan.organisation().name();
            case PERSON -> plan.person(id).map(Person::name).orElse(id);
            case ROLE -> plan.role(id).map(role -> role.primary() == null ? role.name()
                    : role.name() + "  \u2014 " + personName(role.primary())).orElse(id);
            case TASK -> PlanEdits.findTask(plan, id).map(task -> task.targetMinutes() == null ? task.title()
                    : task.title() + "  \u00b7 " + Durations.format(task.targetMinutes(), locale)).orElse(id);
            case SCENARIO -> plan.scenario(id).map(Scenario::name).orElse(id);
            case STATEMENT -> statement(ref).map(statement -> texts.getString("statement." + statement.kind())
                    + " (" + statement.lang().toUpperCase(Locale.ROOT) + ")").orElse(id);
            case ESCALATION -> plan.escalation().stream().filter(e -> e.id().equals(id)).findFirst()
                    .map(e -> shorten(e.description())).orElse(id);
            case CONTACT -> plan.contactTree().stream().filter(c -> c.person().equals(id)).findFirst()
                    .map(this::contactLabel).orElse(id);
            case CALENDAR -> plan.contentCalendar().stream().filter(c -> c.id().equals(id)).findFirst()
                    .map(rule -> shorten(rule.what())).orElse(id);
            case FACT -> plan.facts().stream().filter(f -> f.id().equals(id)).findFirst().map(Fact::topic)
                    .orElse(id);
            case REVIEW -> id;
        };
    }

    /** The element's name with its kind, as lists outside the tree show it: "Role Spokesperson". */
    public String describe(ItemRef ref) {
        String kind = texts.getString("kind." + ref.kind().name());
        if (ref.kind() == Kind.ORGANISATION) {
            return kind;
        }
        String name = switch (ref.kind()) {
            case ROLE -> plan.role(ref.id()).map(Role::name).orElse(ref.id());
            case STATEMENT -> PlanEdits.StatementAt.of(ref).flatMap(at -> plan.scenario(at.scenario()))
                    .map(s -> label(ref) + ", " + s.name()).orElse(ref.id());
            case CONTACT -> personName(ref.id());
            default -> label(ref);
        };
        return kind + " " + name;
    }

    public String personName(String personId) {
        return plan.person(personId).map(Person::name).orElse(texts.getString("person.unknown"));
    }

    private String contactLabel(ContactLink link) {
        return Messages.format(locale, texts.getString("contact.label"), personName(link.person()),
                link.calls().isEmpty() ? texts.getString("contact.nobody")
                        : String.join(", ", link.calls().stream().map(this::personName).toList()));
    }

    private Optional<Statement> statement(ItemRef ref) {
        return PlanEdits.StatementAt.of(ref).flatMap(at -> plan.scenario(at.scenario())
                .filter(s -> at.index() >= 0 && at.index() < s.statements().size())
                .map(s -> s.statements().get(at.index())));
    }

    /** The texts of an element that search looks at: names, titles, phone numbers, e-mail, … */
    private List<String> searchable(ItemRef ref) {
        String id = ref.id();
        List<String> texts = new ArrayList<>();
        switch (ref.kind()) {
            case PERSON -> plan.person(id).ifPresent(p -> {
                texts.add(p.name());
                texts.add(p.function());
                texts.add(p.phone());
                texts.addAll(p.otherPhones());
                texts.add(p.email());
            });
            case ROLE -> plan.role(id).ifPresent(role -> {
                texts.add(role.name());
                // searching for someone shows the roles they hold
                Stream.concat(Stream.ofNullable(role.primary()), role.deputies().stream())
                        .map(plan::person).flatMap(Optional::stream).map(Person::name).forEach(texts::add);
            });
            case TASK -> PlanEdits.findTask(plan, id).map(Task::title).ifPresent(texts::add);
            case SCENARIO -> plan.scenario(id).ifPresent(s -> {
                texts.add(s.name());
                texts.add(s.description());
            });
            case STATEMENT -> statement(ref).map(Statement::text).ifPresent(texts::add);
            case ESCALATION -> plan.escalation().stream().filter(e -> e.id().equals(id))
                    .map(EscalationCriterion::description).forEach(texts::add);
            case CONTACT -> texts.add(label(ref));
            case CALENDAR -> plan.contentCalendar().stream().filter(c -> c.id().equals(id)).forEach(rule -> {
                texts.add(rule.what());
                texts.add(rule.note());
            });
            case FACT -> plan.facts().stream().filter(f -> f.id().equals(id)).forEach(fact -> {
                texts.add(fact.topic());
                texts.add(fact.text());
            });
            default -> texts.add(label(ref));
        }
        return texts;
    }

    /**
     * The tree key for what a health finding or a change is about: the element itself, or the
     * nearest element the tree has (a statement named some other way selects its scenario, a
     * review the organisation). Empty when the plan has no such element.
     */
    public Optional<String> keyOf(String item) {
        ItemRef ref;
        try {
            ref = ItemRef.parse(item);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (ref.kind() == Kind.REVIEW) {
            return Optional.of(new ItemRef(Kind.ORGANISATION, "").toString());
        }
        if (PlanEdits.exists(plan, ref)) {
            return Optional.of(ref.toString());
        }
        if (ref.kind() == Kind.STATEMENT) {
            // another service may name statements differently, e.g. "statement:data-leak/en"
            String scenario = ref.id().split("[/:#.]", 2)[0];
            if (plan.scenario(scenario).isPresent()) {
                return Optional.of(new ItemRef(Kind.SCENARIO, scenario).toString());
            }
        }
        return Optional.empty();
    }

    private static String shorten(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= LONG_LABEL ? line : line.substring(0, LONG_LABEL - 1) + "\u2026";
    }

    /** What is typed in the search box: words that must all occur, or a phone number. */
    public static final class Query {
        private final List<String> words;
        private final String digits;

        public Query(String text) {
            String folded = fold(text == null ? "" : text).strip();
            this.digits = folded.matches("\\+?[0-9 ()\\-./]*") && folded.chars().filter(Character::isDigit)
                    .count() >= 3 ? phoneDigits(folded) : null;
            // a number is one thing, not words: "+31 6 2345" must not find every text with a 6 in it
            this.words = folded.isEmpty() ? List.of() : digits != null ? List.of(folded)
                    : List.of(folded.split("\\s+"));
        }

        public boolean isEmpty() {
            return words.isEmpty();
        }

        public boolean matches(String... texts) {
            return matches(java.util.Arrays.asList(texts));
        }

        /** Whether every word occurs in one of {@code texts} (nulls skipped), or the number in one of them. */
        public boolean matches(List<String> texts) {
            if (words.isEmpty()) {
                return true;
            }
            List<String> present = texts.stream().filter(text -> text != null).toList();
            if (digits != null && present.stream().anyMatch(text -> phoneDigits(text).contains(digits))) {
                return true;
            }
            String all = fold(String.join(" \u0000 ", present));
            return words.stream().allMatch(all::contains);
        }

        /** "+31 6 1234 5678" and "06-12345678" both become "0612345678", so either finds the other. */
        public static String phoneDigits(String text) {
            String digits = text.replaceAll("[^0-9+]", "");
            if (digits.startsWith("+31")) {
                digits = "0" + digits.substring(3);
            } else if (digits.startsWith("0031")) {
                digits = "0" + digits.substring(4);
            }
            return digits.replace("+", "");
        }

        public static String fold(String text) {
            return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        }
    }
}

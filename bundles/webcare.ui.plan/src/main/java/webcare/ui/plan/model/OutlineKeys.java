package webcare.ui.plan.model;

import java.util.Optional;
import webcare.model.plan.ItemRef;
import webcare.model.plan.ItemRef.Kind;
import webcare.model.plan.Plan;
import webcare.ui.plan.model.PlanOutline.Section;

/**
 * The keys of the tree's lines ({@code section:people}, {@code person:anna-de-vries}, …): which
 * exist in a plan, which element one names, and where the selection goes when its element is gone.
 */
public final class OutlineKeys {

    /** The organisation's line: the top of the tree, and where a selection goes when nothing else fits. */
    public static final String ORGANISATION = new ItemRef(Kind.ORGANISATION, "").toString();

    private OutlineKeys() {}

    /** The section whose line has this key; empty for an element's line. */
    public static Optional<Section> section(String key) {
        for (Section section : Section.values()) {
            if (section.key().equals(key)) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }

    /** The element a line stands for; empty for a section, or a key that names nothing. */
    public static Optional<ItemRef> element(String key) {
        if (key == null || section(key).isPresent()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ItemRef.parse(key));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether the tree of {@code plan} has a line with this key; false without a plan. */
    public static boolean exists(Plan plan, String key) {
        if (plan == null || key == null) {
            return false;
        }
        if (section(key).isPresent()) {
            return true;
        }
        try {
            return PlanEdits.exists(plan, ItemRef.parse(key));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** An element other than the organisation: the one thing that can be moved or deleted. */
    public static boolean deletable(String key) {
        return element(key).filter(ref -> ref.kind() != Kind.ORGANISATION).isPresent();
    }

    /** Where the selection goes when its element is gone: its scenario, else its section. */
    public static String fallback(Plan plan, String key) {
        ItemRef ref;
        try {
            ref = ItemRef.parse(key);
        } catch (IllegalArgumentException e) {
            return ORGANISATION;
        }
        if (ref.kind() == Kind.STATEMENT) {
            Optional<PlanEdits.StatementAt> at = PlanEdits.StatementAt.of(ref);
            if (at.isPresent() && plan.scenario(at.get().scenario()).isPresent()) {
                return new ItemRef(Kind.SCENARIO, at.get().scenario()).toString();
            }
        }
        Kind sectionKind = ref.kind() == Kind.TASK ? Kind.ROLE : ref.kind() == Kind.STATEMENT ? Kind.SCENARIO
                : ref.kind();
        return Section.of(sectionKind).map(Section::key).orElse(ORGANISATION);
    }

    /** The role a new task goes into when {@code near} is selected: that role, or the selected task's. */
    public static Optional<String> roleFor(Plan plan, ItemRef near) {
        if (near == null || plan == null) {
            return Optional.empty();
        }
        return switch (near.kind()) {
            case ROLE -> plan.role(near.id()).map(role -> role.id());
            case TASK -> PlanEdits.roleOfTask(plan, near.id()).map(role -> role.id());
            default -> Optional.empty();
        };
    }

    /** The scenario a new statement goes into when {@code near} is selected. */
    public static Optional<String> scenarioFor(Plan plan, ItemRef near) {
        if (near == null || plan == null) {
            return Optional.empty();
        }
        return switch (near.kind()) {
            case SCENARIO -> plan.scenario(near.id()).map(scenario -> scenario.id());
            case STATEMENT -> PlanEdits.StatementAt.of(near).map(PlanEdits.StatementAt::scenario);
            default -> Optional.empty();
        };
    }

    /**
     * Whether an element of {@code kind} can be added with {@code near} selected: a task needs a
     * role, a statement a scenario, a contact-tree branch someone not yet in the tree.
     */
    public static boolean canAdd(Plan plan, Kind kind, ItemRef near) {
        return switch (kind) {
            case TASK -> roleFor(plan, near).isPresent();
            case STATEMENT -> scenarioFor(plan, near).isPresent();
            case CONTACT -> PlanEdits.addContact(plan).isPresent();
            default -> true;
        };
    }
}

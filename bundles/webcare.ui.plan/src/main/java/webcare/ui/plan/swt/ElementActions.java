package webcare.ui.plan.swt;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import webcare.model.plan.ItemRef;
import webcare.model.plan.ItemRef.Kind;
import webcare.model.plan.Plan;
import webcare.ui.plan.model.EditorState;
import webcare.ui.plan.model.OutlineKeys;
import webcare.ui.plan.model.PlanEdits;
import webcare.ui.plan.model.PlanEdits.Added;
import webcare.ui.plan.model.PlanOutline;
import webcare.ui.plan.model.PlanOutline.Section;

/**
 * Adding, deleting and moving the elements of the plan: from the tool bar, the tree's context
 * menu and the keys. Each ends in one {@link FormContext#change}, so it is one undo step, with the
 * element to select next. UI thread only.
 */
final class ElementActions {

    /** Which field to type in first after adding an element whose name was already asked. */
    private static final Map<Kind, String> FIRST_FIELD = Map.of(Kind.PERSON, "phone", Kind.TASK, "target",
            Kind.STATEMENT, "text", Kind.FACT, "text", Kind.CONTACT, "calls.candidates");
    /** The Add menu's kinds, in the tree's order, each task after the roles and statement after the scenarios. */
    private static final List<Kind> KINDS = List.of(Kind.PERSON, Kind.ROLE, Kind.TASK, Kind.SCENARIO, Kind.STATEMENT,
            Kind.ESCALATION, Kind.CONTACT, Kind.CALENDAR, Kind.FACT);

    private final EditorSite site;
    private final EditorState state;
    private final FormContext editor;
    private final Supplier<String> selectedKey;
    private final OutlinePanel outline;
    private final FormArea form;
    private Runnable openAddMenu = () -> { };

    ElementActions(EditorSite site, EditorState state, FormContext editor, Supplier<String> selectedKey,
            OutlinePanel outline, FormArea form) {
        this.site = site;
        this.state = state;
        this.editor = editor;
        this.selectedKey = selectedKey;
        this.outline = outline;
        this.form = form;
    }

    /** Where Add on the organisation opens its menu: the tool bar, built after this. */
    void addMenuAt(Runnable open) {
        this.openAddMenu = open;
    }

    /** The selected element; empty for a section. */
    private Optional<ItemRef> selected() {
        return OutlineKeys.element(selectedKey.get());
    }

    /** Whether the selection can be moved and deleted: an element other than the organisation. */
    boolean deletable() {
        return state.session() != null && OutlineKeys.deletable(selectedKey.get());
    }

    /**
     * Ctrl+N and the Add button: a new element of the kind selected, at the end of its list (a task
     * in the selected task's role, a statement in the selected statement's scenario).
     */
    void addForSelection() {
        if (state.session() == null) {
            return;
        }
        Optional<Section> section = OutlineKeys.section(selectedKey.get());
        if (section.isPresent()) {
            add(section.get().kind(), null);
            return;
        }
        ItemRef ref = ItemRef.parse(selectedKey.get());
        if (ref.kind() == Kind.ORGANISATION) {
            openAddMenu.run();
        } else {
            add(ref.kind(), ref);
        }
    }

    void fillAddMenu(Menu menu) {
        Optional<ItemRef> near = selected();
        for (Kind kind : KINDS) {
            MenuItem item = new MenuItem(menu, SWT.PUSH);
            item.setText(site.text("add." + kind.name()));
            item.setEnabled(state.session() != null && canAdd(kind, near.orElse(null)));
            item.addListener(SWT.Selection, event -> add(kind, near.orElse(null)));
        }
    }

    private boolean canAdd(Kind kind, ItemRef near) {
        return OutlineKeys.canAdd(state.session().plan(), kind, near != null ? near : selected().orElse(null));
    }

    /** Adds an element of {@code kind} next to or under {@code near} (null: the selection), asking its name first. */
    void add(Kind kind, ItemRef near) {
        if (state.session() == null) {
            return;
        }
        Plan plan = state.session().plan();
        ItemRef at = near != null ? near : selected().orElse(null);
        Optional<Added> added = switch (kind) {
            case PERSON -> askName(kind).map(name -> PlanEdits.addPerson(plan, name));
            case ROLE -> askName(kind).map(name -> PlanEdits.addRole(plan, name));
            case TASK -> {
                Optional<String> role = OutlineKeys.roleFor(plan, at);
                if (role.isEmpty()) {
                    site.inform(SWT.ICON_INFORMATION, "add.title", site.text("add.TASK.needsRole"));
                    yield Optional.empty();
                }
                yield askName(kind).map(title -> PlanEdits.addTask(plan, role.get(), title));
            }
            case SCENARIO -> askName(kind).map(name -> PlanEdits.addScenario(plan, name));
            case STATEMENT -> {
                Optional<String> scenario = OutlineKeys.scenarioFor(plan, at);
                if (scenario.isEmpty()) {
                    site.inform(SWT.ICON_INFORMATION, "add.title", site.text("add.STATEMENT.needsScenario"));
                }
                yield scenario.map(id -> PlanEdits.addStatement(plan, id));
            }
            case ESCALATION -> askName(kind).map(text -> PlanEdits.addEscalation(plan, text));
            case CONTACT -> {
                Optional<Added> branch = PlanEdits.addContact(plan);
                if (branch.isEmpty()) {
                    site.inform(SWT.ICON_INFORMATION, "add.title", site.text("add.CONTACT.none"));
                }
                yield branch;
            }
            case CALENDAR -> askName(kind).map(what -> PlanEdits.addCalendarRule(plan, what));
            case FACT -> askName(kind).map(topic -> PlanEdits.addFact(plan, topic));
            default -> Optional.empty();
        };
        added.ifPresent(result -> {
            editor.selectAfterChange(result.ref().toString());
            editor.change(result.plan());
            form.focus("plan.field." + FIRST_FIELD.getOrDefault(kind, "none"));
        });
    }

    private Optional<String> askName(Kind kind) {
        return Dialogs.name(site.shell(), site.texts(), site.text("add." + kind.name() + ".title"),
                site.text("add." + kind.name() + ".label"), site.text("add." + kind.name() + ".hint"));
    }

    /** Delete: always asks, and says where the element is referred to (those references go too). */
    void delete() {
        if (!deletable()) {
            return;
        }
        ItemRef ref = selected().orElseThrow();
        Plan plan = state.session().plan();
        PlanOutline names = outline.outline();
        List<PlanEdits.Use> uses = PlanEdits.uses(plan, ref);
        StringBuilder question = new StringBuilder(site.format("delete.message", names.describe(ref)));
        if (!uses.isEmpty()) {
            question.append("\n\n").append(site.text("delete.uses")).append('\n');
            for (PlanEdits.Use use : uses) {
                question.append("\u2022 ").append(names.describe(use.where())).append(" (")
                        .append(site.text("use." + use.how())).append(")\n");
            }
            question.append('\n').append(site.text("delete.usesGo"));
        }
        if (ref.kind() == Kind.ROLE && plan.role(ref.id()).map(role -> !role.tasks().isEmpty()).orElse(false)) {
            question.append("\n\n").append(site.text("delete.tasksGo"));
        }
        if (!site.ask(SWT.ICON_WARNING, "delete.title", question.toString())) {
            return;
        }
        editor.selectAfterChange(outline.tree().neighbour(selectedKey.get()).orElse(null));
        editor.change(PlanEdits.delete(plan, ref));
    }

    /** Alt+↑ and Alt+↓: one place up or down in its list. */
    void move(int delta) {
        Optional<ItemRef> ref = selected().filter(r -> r.kind() != Kind.ORGANISATION);
        if (state.session() == null || ref.isEmpty()) {
            return;
        }
        PlanEdits.StatementAt.of(ref.get()).ifPresent(at -> editor.selectAfterChange(
                PlanEdits.statementRef(at.scenario(), at.index() + delta).toString()));
        editor.change(PlanEdits.move(state.session().plan(), ref.get(), delta));
    }

    /** The tree's context menu: made anew each time it opens, for the line selected then. */
    Menu contextMenu(Control tree) {
        Menu menu = new Menu(tree);
        menu.addListener(SWT.Show, event -> {
            for (MenuItem old : menu.getItems()) {
                old.dispose();
            }
            if (state.session() == null) {
                return;
            }
            Optional<ItemRef> near = selected();
            Kind kind = OutlineKeys.section(selectedKey.get()).map(Section::kind).orElse(null);
            if (near.isPresent() && near.get().kind() != Kind.ORGANISATION) {
                kind = near.get().kind();
            }
            if (kind != null) {
                Kind chosen = kind;
                menuItem(menu, site.text("add." + kind.name()) + "\tCtrl+N", () -> add(chosen, near.orElse(null)));
            }
            if (near.isPresent() && near.get().kind() == Kind.ROLE) {
                menuItem(menu, site.text("add.TASK"), () -> add(Kind.TASK, near.get()));
            }
            if (near.isPresent() && near.get().kind() == Kind.SCENARIO) {
                menuItem(menu, site.text("add.STATEMENT"), () -> add(Kind.STATEMENT, near.get()));
            }
            if (deletable()) {
                new MenuItem(menu, SWT.SEPARATOR);
                menuItem(menu, site.text("menu.moveUp") + "\tAlt+\u2191", () -> move(-1));
                menuItem(menu, site.text("menu.moveDown") + "\tAlt+\u2193", () -> move(1));
                new MenuItem(menu, SWT.SEPARATOR);
                menuItem(menu, site.text("menu.delete") + "\t" + site.text("key.delete"), this::delete);
            }
        });
        return menu;
    }

    private static void menuItem(Menu menu, String text, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, event -> action.run());
    }
}

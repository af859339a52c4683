package webcare.ui.plan.swt;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;
import webcare.model.plan.ItemRef;
import webcare.model.plan.ItemRef.Kind;
import webcare.model.plan.Plan;
import webcare.plan.api.WorkingPlan;
import webcare.ui.api.ViewSite;
import webcare.ui.api.WorkbenchView;
import webcare.ui.plan.model.EditSession;
import webcare.ui.plan.model.EditorState;
import webcare.ui.plan.model.OutlineKeys;
import webcare.ui.plan.model.PlanEdits;
import webcare.ui.plan.model.PlanOutline;
import webcare.ui.plan.model.PlanServices;
import webcare.ui.plan.model.StoredPlanPoll;

/**
 * The plan editor: wires its parts together. The tool bar ({@link EditorToolBar}), the tree with
 * search ({@link OutlinePanel}), the selected element's form ({@link FormArea}), the live health
 * check ({@link LiveHealth}), and the Versions and History pages each do their own job; saving,
 * importing and the kept draft are flows of their own. The plan lives in an {@link EditSession},
 * and where the editor stands in {@link EditorState}. UI thread only.
 */
final class PlanEditor implements FormContext, Editor {

    private static final int EDITOR_TAB = 0;
    private static final int VERSIONS_TAB = 1;
    private static final int HISTORY_TAB = 2;
    /** How often the stored plan's revision is looked at, for changes made elsewhere. */
    private static final java.time.Duration STORED_POLL = java.time.Duration.ofSeconds(5);

    private final Composite parent;
    private final EditorSite site;
    private final EditorState state = new EditorState();
    private final Consumer<EditSession> keep;
    private final Map<String, Object> memory = new HashMap<>();
    private final DraftFlow drafts;
    private final SaveFlow saves;
    private final PlanImport imports;
    private final PlanLoading loading;

    private final EditorToolBar toolbar;
    private final TabFolder tabs;
    private OutlinePanel outline;
    private FormArea form;
    private LiveHealth health;
    private HealthPanel healthPanel;
    private ElementActions elements;
    private VersionsPage versions;
    private HistoryPage history;

    private String selectedKey = OutlineKeys.ORGANISATION;
    private String pendingSelect;
    /** What the tab's unsaved mark shows; null before the first update. */
    private Boolean markedUnsaved;

    /**
     * @param carried unsaved edits of an earlier editor in this process (null: load the stored plan)
     * @param keep    takes the session when the editor closes with unsaved edits
     */
    PlanEditor(Composite parent, ViewSite workbench, PlanServices services, EditSession carried,
            Consumer<EditSession> keep) {
        this.parent = parent;
        ResourceBundle texts = WorkbenchView.texts(PlanEditor.class, workbench.locale());
        this.site = new EditorSite(parent, workbench, services, texts, workbench.locale(), new Looks(parent));
        this.keep = keep;
        this.drafts = new DraftFlow(site, state, this);
        this.saves = new SaveFlow(site, state, this, drafts);
        this.imports = new PlanImport(site, state, this);
        this.loading = new PlanLoading(site, state, this, drafts, text -> form.message(text),
                () -> outline.tree().widget().setFocus());

        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 8;
        layout.marginHeight = 6;
        layout.verticalSpacing = 6;
        parent.setLayout(layout);
        EditorCommands commands = new EditorCommands(this::save, this::undo, this::redo, this::reload,
                this::find, this::addNew, () -> elements.delete(), () -> elements.move(-1),
                () -> elements.move(1), imports::choose);
        toolbar = new EditorToolBar(parent, site, commands, () -> elements.addForSelection(),
                menu -> elements.fillAddMenu(menu), this::planOrNull, state::dirty);
        tabs = new TabFolder(parent, SWT.TOP);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tabs.setData(FormBuilder.ID, "plan.tabs");
        tab("tab.editor", buildEditor(tabs));
        versions = new VersionsPage(tabs, workbench, services, texts, site.locale(), site.looks(), this::planOrNull);
        tab("tab.versions", versions.control());
        history = new HistoryPage(tabs, workbench, services, texts, site.locale(), site.looks(), this::planOrNull);
        tab("tab.history", history.control());
        tabs.addListener(SWT.Selection, event -> refreshPages());
        elements.addMenuAt(toolbar::openAddMenu);
        updateState();

        EditorKeys.install(parent, () -> outline.tree().widget(), commands);
        parent.addListener(SWT.Dispose, event -> closing());
        parent.layout(true, true); // the parent may have its size already, and get no resize to lay it out
        if (carried != null) {
            state.session(carried);
            showSession();
        } else {
            load();
        }
        // a review approved in the session window, or a save in another workbench, shows up here
        StoredPlanPoll stored = new StoredPlanPoll(services::book, state.storedSettledUpTo());
        workbench.poll(STORED_POLL, stored, plan -> {
            storedChanged(plan);
            stored.settledUpTo(state.storedSettledUpTo());
        });
    }

    /**
     * The stored plan as read in the background: a newer revision replaces the plan on screen when
     * nothing is unsaved, and is otherwise announced in the state line; the next save then asks
     * before it replaces theirs.
     */
    void storedChanged(WorkingPlan stored) {
        if (parent.isDisposed()) {
            return;
        }
        switch (state.storedNow(stored)) {
            case RELOAD -> {
                replaceWith(stored);
                refreshPages();
            }
            case NOTICE -> {
                String who = stored.savedBy() == null ? site.text("conflict.someone") : stored.savedBy();
                state.overwrite(new EditorState.Overwrite(stored.revision(), who, stored.savedAt()));
                updateState();
            }
            case NOTHING -> {
                // the plan on screen is the stored one, or this is not the moment
            }
        }
    }

    private void tab(String key, Control page) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(site.text(key));
        item.setControl(page);
    }

    /** The Editor tab: the tree on the left; on the right the form above the health check. */
    private Control buildEditor(Composite folder) {
        SashForm sides = new SashForm(folder, SWT.HORIZONTAL | SWT.SMOOTH);
        sides.setSashWidth(6);
        outline = new OutlinePanel(sides, site, this::planOrNull, () -> selectedKey, this::showSelected);
        SashForm right = new SashForm(sides, SWT.VERTICAL | SWT.SMOOTH);
        right.setSashWidth(6);
        form = new FormArea(right);
        healthPanel = new HealthPanel(right, site.texts(), site.locale(), site.looks(), this::openItem);
        health = new LiveHealth(site, healthPanel, this::planOrNull, outline::outline);
        elements = new ElementActions(site, state, this, () -> selectedKey, outline, form);
        outline.tree().widget().setMenu(elements.contextMenu(outline.tree().widget()));
        outline.tree().dragPeopleOntoRoles((person, role) -> {
            if (state.session() != null) {
                pendingSelect = "role:" + role;
                change(PlanEdits.assign(state.session().plan(), person, role));
            }
        });
        right.setWeights(74, 26);
        sides.setWeights(28, 72);
        form.message(site.text("loading"));
        return sides;
    }

    private Plan planOrNull() {
        return state.session() == null ? null : state.session().plan();
    }

    // ---- the session shown ---------------------------------------------------------------------

    /** A plan service came or went. */
    /** Import…, as its tool button starts it. */
    void chooseImport() {
        imports.choose();
    }

    void servicesChanged() {
        if (parent.isDisposed()) {
            return;
        }
        if (state.session() == null && !state.loading()) {
            load();
        } else if (state.session() != null) {
            drafts.offerPending();
        }
        health.schedule();
        updateState();
    }

    @Override
    public void load() {
        loading.load();
    }

    @Override
    public void showSession() {
        memory.clear();
        if (!OutlineKeys.exists(planOrNull(), selectedKey)) {
            selectedKey = OutlineKeys.ORGANISATION;
        }
        outline.tree().clear();
        outline.refresh();
        outline.tree().select(selectedKey);
        showForm();
        health.now();
        updateState();
        versions.refresh(); // filled before the tab is first opened, and again after a reload or import
    }

    @Override
    public void reload() {
        loading.reload();
    }

    @Override
    public void replaceWith(WorkingPlan working) {
        state.session().reset(working.plan(), working.revision());
        state.stored(working);
        state.overwrite(null);
        showSession();
    }

    @Override
    public void refreshPages() {
        if (tabs.getSelectionIndex() == VERSIONS_TAB) {
            versions.refresh();
        } else if (tabs.getSelectionIndex() == HISTORY_TAB) {
            history.refresh();
        }
    }

    /** The editor goes: unsaved edits are kept (see {@link DraftFlow#keep}), nothing is left waiting. */
    private void closing() {
        toolbar.closeMenu();
        health.cancel();
        outline.close();
        if (state.session() != null) {
            drafts.keep(state.session(), keep);
        }
    }

    // ---- commands ------------------------------------------------------------------------------

    /** Imports the plan file {@code file}, as Import… does after the file dialog. */
    void importFile(Path file) {
        imports.importFile(file);
    }

    void save() {
        saves.save(form.problemFields());
    }

    void undo() {
        if (state.session() != null && state.session().canUndo()) {
            state.session().undo();
            afterChange(true);
        }
    }

    void redo() {
        if (state.session() != null && state.session().canRedo()) {
            state.session().redo();
            afterChange(true);
        }
    }

    /** Ctrl+F. */
    private void find() {
        tabs.setSelection(EDITOR_TAB);
        outline.focusSearch();
    }

    /** Ctrl+N: whichever page is shown, the new element's form is. */
    private void addNew() {
        tabs.setSelection(EDITOR_TAB);
        elements.addForSelection();
    }

    // ---- FormContext ---------------------------------------------------------------------------

    @Override
    public Plan plan() {
        return state.session().plan();
    }

    @Override
    public ResourceBundle texts() {
        return site.texts();
    }

    @Override
    public Locale locale() {
        return site.locale();
    }

    @Override
    public Looks looks() {
        return site.looks();
    }

    @Override
    public PlanOutline outline() {
        return outline.outline();
    }

    @Override
    public void edit(Plan next, String coalesceKey) {
        if (state.session() != null && state.session().apply(next, coalesceKey)) {
            outline.refreshAfterTyping();
            health.schedule();
            updateState();
        }
    }

    @Override
    public void change(Plan next) {
        if (state.session() == null) {
            return;
        }
        state.session().seal();
        if (state.session().apply(next, null)) {
            afterChange(false);
        } else {
            pendingSelect = null;
        }
    }

    @Override
    public void selectAfterChange(String key) {
        pendingSelect = key;
    }

    @Override
    public void seal() {
        if (state.session() != null) {
            state.session().seal();
        }
    }

    @Override
    public void select(String key) {
        if (!OutlineKeys.exists(planOrNull(), key)) {
            return;
        }
        outline.reveal(key);
        showSelected(key);
    }

    @Override
    public void add(Kind kind, ItemRef near) {
        elements.add(kind, near);
    }

    @Override
    public Map<String, Object> memory() {
        return memory;
    }

    /**
     * The plan changed other than by typing (a choice, an added or deleted element, undo): the
     * tree, the form and the health check follow, and the focus stays on the same field.
     */
    private void afterChange(boolean external) {
        String focused = form.focusedId();
        if (pendingSelect != null) {
            selectedKey = pendingSelect;
            memory.clear();
            pendingSelect = null;
        } else if (!OutlineKeys.exists(planOrNull(), selectedKey)) {
            selectedKey = OutlineKeys.fallback(planOrNull(), selectedKey);
            memory.clear();
        }
        outline.refresh();
        outline.tree().select(selectedKey);
        int scroll = form.scrollTop();
        showForm();
        if (!external) {
            form.scrollTo(scroll);
        }
        form.focus(focused);
        health.schedule();
        updateState();
    }

    private void showSelected(String key) {
        if (key.equals(selectedKey) && form.showsForm()) {
            return;
        }
        seal();
        selectedKey = key;
        memory.clear();
        showForm();
        updateState();
    }

    private void showForm() {
        if (state.session() != null) {
            outline.outline(); // the form names other elements through it
            form.show(this, selectedKey);
        }
    }

    /** A finding's element, from the health panel. */
    private void openItem(String item) {
        PlanOutline names = outline.outline();
        if (names == null) {
            return;
        }
        names.keyOf(item).ifPresent(key -> {
            tabs.setSelection(EDITOR_TAB);
            select(key);
            outline.tree().widget().setFocus();
        });
    }

    @Override
    public void updateState() {
        if (parent.isDisposed()) {
            return;
        }
        boolean dirty = state.dirty();
        if (markedUnsaved == null || markedUnsaved != dirty) {
            markedUnsaved = dirty;
            site.workbench().markUnsaved(dirty);
        }
        toolbar.show(state, elements.deletable());
    }

    // ---- for the preview and UI tests ----------------------------------------------------------

    /** The key of the selected tree line. */
    String selectedKey() {
        return selectedKey;
    }

    void showTab(int index) {
        tabs.setSelection(index);
        refreshPages();
    }

    Control formControl() {
        return form.control();
    }

    HealthPanel healthPanel() {
        return healthPanel;
    }

    void typeSearch(String text) {
        outline.typeSearch(text);
    }

    Optional<Control> field(String key) {
        return form.field(key);
    }

    /** Simulates the user changing a field: sets its text, as typing would, and lets the form react. */
    void type(String key, String text) {
        field(key).filter(Text.class::isInstance).map(Text.class::cast).ifPresent(field -> {
            field.setText(text);
            field.notifyListeners(SWT.FocusOut, new Event());
        });
    }
}

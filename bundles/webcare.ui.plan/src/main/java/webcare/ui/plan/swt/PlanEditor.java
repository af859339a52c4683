package webcare.ui.plan.swt;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.TreeItem;
import webcare.model.plan.ItemRef;
import webcare.model.plan.ItemRef.Kind;
import webcare.model.plan.Plan;
import webcare.plan.api.Finding;
import webcare.plan.api.PlanBook;
import webcare.plan.api.PlanChangedException;
import webcare.plan.api.PlanCodec;
import webcare.plan.api.PlanError;
import webcare.plan.api.PlanException;
import webcare.plan.api.PlanHealth;
import webcare.plan.api.PlanInvalidException;
import webcare.plan.api.WorkingPlan;
import webcare.ui.api.ViewSite;
import webcare.ui.plan.model.ChangeText;
import webcare.ui.plan.model.Draft;
import webcare.ui.plan.model.EditSession;
import webcare.ui.plan.model.Messages;
import webcare.ui.plan.model.PlanEdits;
import webcare.ui.plan.model.PlanEdits.Added;
import webcare.ui.plan.model.PlanOutline;
import webcare.ui.plan.model.PlanOutline.Section;
import webcare.ui.plan.model.PlanServices;

/**
 * The editor's controls and what they do: tool bar, tree with search, the form of the selected
 * element, the live health check, and the Versions and History pages. The plan itself lives in
 * an {@link EditSession}; everything here reads it and hands it new plans. UI thread only.
 */
final class PlanEditor implements FormContext {

    private static final Logger LOG = System.getLogger(PlanEditor.class.getName());
    private static final int HEALTH_DELAY_MILLIS = 300;
    private static final int SEARCH_DELAY_MILLIS = 150;
    /** The outline follows typing after this pause: rebuilding the whole tree per key is too slow for a big plan. */
    private static final int TREE_DELAY_MILLIS = 300;
    private static final String ORGANISATION = new ItemRef(Kind.ORGANISATION, "").toString();
    /** Which field to type in first after adding an element whose name was already asked. */
    private static final Map<Kind, String> FIRST_FIELD = Map.of(Kind.PERSON, "phone", Kind.TASK, "target",
            Kind.STATEMENT, "text", Kind.FACT, "text", Kind.CONTACT, "calls.candidates");

    /** What a save came to; every way ends here, so the editor never stays "saving". */
    private sealed interface SaveOutcome permits Saved, Changed, Invalid, Failed {}

    private record Saved(WorkingPlan stored) implements SaveOutcome {}

    private record Changed(PlanChangedException conflict) implements SaveOutcome {}

    private record Invalid(PlanInvalidException errors) implements SaveOutcome, ImportRead {}

    private record Failed(String message) implements SaveOutcome, ImportRead {}

    /** What reading a plan file to import came to; storing it comes to a {@link SaveOutcome}. */
    private sealed interface ImportRead permits Parsed, Invalid, Failed {}

    private record Parsed(Plan plan) implements ImportRead {}

    /** The working plan as read, with what became of the draft kept from an earlier session. */
    private record Loaded(WorkingPlan working, DraftRead draft, String problem) {}

    /**
     * The draft kept by an earlier session: {@code kept} when it can be offered; {@code pending} when
     * there is one that cannot be offered yet (no codec, unreadable), so it must stay on disk.
     */
    private record DraftRead(Optional<Kept> kept, boolean pending) {
        static final DraftRead NONE = new DraftRead(Optional.empty(), false);
    }

    private record Kept(Plan plan, long basedOn, Instant keptAt) {}

    /** After "Keep editing": the next save replaces this revision, once the user confirms. */
    private record Overwrite(long revision, String who, Instant at) {}

    private final Composite parent;
    private final ViewSite site;
    private final PlanServices services;
    private final ResourceBundle texts;
    private final Locale locale;
    private final Looks looks;
    private final Consumer<EditSession> keep;
    private final Draft draft;
    private final Map<String, Object> memory = new HashMap<>();
    private final Runnable healthCheck = this::checkHealth;
    private final Runnable searchRefresh = this::refreshTree;
    private final Runnable typingRefresh = this::refreshTree;

    private EditSession session;
    private PlanOutline outline;
    private String selectedKey = ORGANISATION;
    private String pendingSelect;
    private Overwrite overwrite;
    private boolean loading;
    private boolean saving;
    /** A pending draft is being read again, now that a codec is there. */
    private boolean readingDraft;
    private String savedBy;
    /** What the tab's unsaved mark shows; null before the first update. */
    private Boolean markedUnsaved;
    private Instant savedAt;

    private ToolItem saveItem;
    private ToolItem undoItem;
    private ToolItem redoItem;
    private ToolItem reloadItem;
    private ToolItem addItem;
    private ToolItem deleteItem;
    private ToolItem importItem;
    private ToolItem exportItem;
    /** The menu last opened below a tool item; it belongs to the shell, so the editor disposes it. */
    private Menu dropDownMenu;
    private Label state;
    private TabFolder tabs;
    private Text search;
    private OutlineTree tree;
    private ScrolledComposite scroller;
    private Composite formBody;
    private FormBuilder form;
    private HealthPanel health;
    private VersionsPage versions;
    private HistoryPage history;

    /**
     * @param carried unsaved edits of an earlier editor in this process (null: load the stored plan)
     * @param keep    takes the session when the editor closes with unsaved edits
     */
    PlanEditor(Composite parent, ViewSite site, PlanServices services, EditSession carried,
            Consumer<EditSession> keep) {
        this.parent = parent;
        this.site = site;
        this.services = services;
        this.texts = webcare.ui.api.WorkbenchView.texts(PlanEditor.class, site.locale());
        this.locale = site.locale();
        this.looks = new Looks(parent);
        this.keep = keep;
        this.draft = new Draft(services.home().resolve("data"));
        build();
        installKeys();
        parent.addListener(SWT.Dispose, event -> closing());
        parent.layout(true, true); // the parent may have its size already, and get no resize to lay it out
        if (carried != null) {
            session = carried;
            showSession();
        } else {
            load();
        }
    }

    // ---- building ------------------------------------------------------------------------------

    private void build() {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 8;
        layout.marginHeight = 6;
        layout.verticalSpacing = 6;
        parent.setLayout(layout);

        Composite top = new Composite(parent, SWT.NONE);
        GridLayout topLayout = new GridLayout(2, false);
        topLayout.marginWidth = 0;
        topLayout.marginHeight = 0;
        top.setLayout(topLayout);
        top.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        ToolBar toolbar = new ToolBar(top, SWT.FLAT | SWT.RIGHT | SWT.WRAP);
        toolbar.setData(FormBuilder.ID, "plan.toolbar");
        toolbar.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        saveItem = tool(toolbar, SWT.PUSH, "save", this::save);
        undoItem = tool(toolbar, SWT.PUSH, "undo", this::undo);
        redoItem = tool(toolbar, SWT.PUSH, "redo", this::redo);
        reloadItem = tool(toolbar, SWT.PUSH, "reload", this::reload);
        new ToolItem(toolbar, SWT.SEPARATOR);
        addItem = tool(toolbar, SWT.DROP_DOWN, "add", null);
        addItem.addListener(SWT.Selection, event -> {
            if (event.detail == SWT.ARROW) {
                dropDown(addItem, this::fillAddMenu);
            } else {
                addForSelection();
            }
        });
        deleteItem = tool(toolbar, SWT.PUSH, "delete", this::delete);
        new ToolItem(toolbar, SWT.SEPARATOR);
        importItem = tool(toolbar, SWT.PUSH, "import", this::chooseImport);
        exportItem = tool(toolbar, SWT.DROP_DOWN, "export", null);
        ExportMenu exports = new ExportMenu(parent.getShell(), site, services, texts, locale);
        exportItem.addListener(SWT.Selection, event -> dropDown(exportItem, menu -> exports.fill(menu,
                () -> session == null ? null : session.plan(), () -> session != null && session.dirty())));
        // the tool bar keeps its width; the state takes what is left, and is cut rather than push it
        state = new Label(top, SWT.RIGHT);
        GridData stateData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        stateData.widthHint = 50;
        state.setLayoutData(stateData);
        state.setData(FormBuilder.ID, "plan.dirty");

        tabs = new TabFolder(parent, SWT.TOP);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tabs.setData(FormBuilder.ID, "plan.tabs");
        TabItem editorTab = new TabItem(tabs, SWT.NONE);
        editorTab.setText(texts.getString("tab.editor"));
        editorTab.setControl(buildEditor(tabs));
        TabItem versionsTab = new TabItem(tabs, SWT.NONE);
        versionsTab.setText(texts.getString("tab.versions"));
        versions = new VersionsPage(tabs, site, services, texts, locale, looks,
                () -> session == null ? null : session.plan());
        versionsTab.setControl(versions.control());
        TabItem historyTab = new TabItem(tabs, SWT.NONE);
        historyTab.setText(texts.getString("tab.history"));
        history = new HistoryPage(tabs, site, services, texts, locale, looks);
        historyTab.setControl(history.control());
        tabs.addListener(SWT.Selection, event -> {
            if (tabs.getSelectionIndex() == 1) {
                versions.refresh();
            } else if (tabs.getSelectionIndex() == 2) {
                history.refresh();
            }
        });
        updateState();
    }

    private Control buildEditor(Composite folder) {
        SashForm sides = new SashForm(folder, SWT.HORIZONTAL | SWT.SMOOTH);
        sides.setSashWidth(6);

        Composite left = new Composite(sides, SWT.NONE);
        GridLayout leftLayout = new GridLayout(1, false);
        leftLayout.marginWidth = 6;
        leftLayout.marginHeight = 8;
        left.setLayout(leftLayout);
        search = new Text(left, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        search.setMessage(texts.getString("search.hint"));
        search.setToolTipText(texts.getString("search.tooltip"));
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        search.setData(FormBuilder.ID, "plan.search");
        search.addListener(SWT.Modify, event -> {
            parent.getDisplay().timerExec(-1, searchRefresh);
            parent.getDisplay().timerExec(SEARCH_DELAY_MILLIS, searchRefresh);
        });
        search.addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.ARROW_DOWN || event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR) {
                refreshTree();
                tree.widget().setFocus();
                if (tree.selected().isEmpty()) {
                    tree.firstFound().ifPresent(key -> {
                        tree.select(key);
                        showSelected(key);
                    });
                }
            } else if (event.keyCode == SWT.ESC) {
                search.setText("");
            }
        });
        tree = new OutlineTree(left, looks);
        tree.widget().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tree.widget().addListener(SWT.Selection, event -> {
            if (event.item instanceof TreeItem item && item.getData() instanceof String key) {
                showSelected(key);
            }
        });
        tree.widget().setMenu(contextMenu());
        tree.dragPeopleOntoRoles((person, role) -> {
            if (session != null) {
                pendingSelect = "role:" + role;
                change(PlanEdits.assign(session.plan(), person, role));
            }
        });

        SashForm right = new SashForm(sides, SWT.VERTICAL | SWT.SMOOTH);
        right.setSashWidth(6);
        scroller = new ScrolledComposite(right, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        formBody = new Composite(scroller, SWT.NONE);
        formBody.setData(FormBuilder.ID, "plan.form");
        scroller.setContent(formBody);
        scroller.addListener(SWT.Resize, event -> fitForm());
        health = new HealthPanel(right, texts, locale, looks, this::openItem);
        right.setWeights(68, 32);
        sides.setWeights(28, 72);
        message(texts.getString("loading"));
        return sides;
    }

    private ToolItem tool(ToolBar toolbar, int style, String key, Runnable action) {
        ToolItem item = new ToolItem(toolbar, style);
        item.setText(texts.getString("tool." + key));
        item.setToolTipText(texts.getString("tool." + key + ".tooltip"));
        item.setData(FormBuilder.ID, "plan." + key);
        if (action != null) {
            item.addListener(SWT.Selection, event -> action.run());
        }
        return item;
    }

    /**
     * Opens a menu below a tool item. The previous one is disposed only now: on GTK a menu item's
     * selection may arrive after its menu was hidden.
     */
    private void dropDown(ToolItem item, Consumer<Menu> fill) {
        if (dropDownMenu != null && !dropDownMenu.isDisposed()) {
            dropDownMenu.dispose();
        }
        dropDownMenu = new Menu(parent.getShell(), SWT.POP_UP);
        fill.accept(dropDownMenu);
        Rectangle bounds = item.getBounds();
        dropDownMenu.setLocation(item.getParent().toDisplay(bounds.x, bounds.y + bounds.height));
        dropDownMenu.setVisible(true);
    }

    /** Lays the form out at the scroller's width, so long texts wrap instead of widening it. */
    private void fitForm() {
        Rectangle area = scroller.getClientArea();
        if (area.width > 0) {
            scroller.setMinSize(formBody.computeSize(area.width, SWT.DEFAULT));
            formBody.layout(true, true);
        }
    }

    /** Shows one line of text where the form goes: while loading, or when the plan cannot be read. */
    private void message(String text) {
        for (Control child : formBody.getChildren()) {
            child.dispose();
        }
        form = null;
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 14;
        layout.marginHeight = 14;
        formBody.setLayout(layout);
        Label label = new Label(formBody, SWT.WRAP);
        label.setText(text);
        label.setData(FormBuilder.ID, "plan.form.message");
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 300;
        label.setLayoutData(data);
        fitForm();
    }

    // ---- loading -------------------------------------------------------------------------------

    /** A plan service came or went. */
    void servicesChanged() {
        if (parent.isDisposed()) {
            return;
        }
        if (session == null && !loading) {
            load();
        } else if (session != null && !session.ownsDraft()) {
            offerPendingDraft();
        }
        scheduleHealth();
        updateState();
    }

    private void load() {
        Optional<PlanBook> book = services.book();
        if (book.isEmpty()) {
            message(texts.getString("service.missing"));
            updateState();
            return;
        }
        Optional<PlanCodec> codec = services.codec();
        loading = true;
        updateState();
        site.load(texts.getString("loading"), () -> {
            WorkingPlan working;
            try {
                working = book.get().working();
            } catch (PlanException | RuntimeException e) {
                return new Loaded(null, DraftRead.NONE, e.getMessage());
            }
            return new Loaded(working, readDraft(codec), null);
        }, this::loaded);
    }

    /** Off the UI thread: the draft kept by an earlier session, if there is one, and whether it can be offered. */
    private DraftRead readDraft(Optional<PlanCodec> codec) {
        try {
            Optional<Draft.Kept> kept = draft.read();
            if (kept.isEmpty()) {
                return DraftRead.NONE;
            }
            if (codec.isEmpty()) {
                return new DraftRead(Optional.empty(), true);
            }
            return new DraftRead(Optional.of(new Kept(codec.get().read(kept.get().json()), kept.get().basedOn(),
                    kept.get().keptAt())), false);
        } catch (IOException | PlanException | RuntimeException e) {
            LOG.log(Level.WARNING, "The kept draft {0} cannot be read, and is left as it is: {1}", draft.file(),
                    e.getMessage());
            return new DraftRead(Optional.empty(), true);
        }
    }

    /**
     * The codec arrived after the plan was loaded: the draft that could not be offered then is
     * offered now, unless the user has edits of their own by now (those would be lost).
     */
    private void offerPendingDraft() {
        Optional<PlanCodec> codec = services.codec();
        if (readingDraft || loading || codec.isEmpty() || session.dirty()) {
            return;
        }
        readingDraft = true;
        site.load(texts.getString("loading"), () -> readDraft(codec), read -> {
            readingDraft = false;
            if (parent.isDisposed() || session == null || session.ownsDraft() || session.dirty()) {
                return;
            }
            if (read.kept().isPresent()) {
                offerDraft(session.plan(), read.kept().get());
            } else if (!read.pending()) {
                session.ownDraft();
            }
        });
    }

    private void loaded(Loaded loaded) {
        loading = false;
        if (loaded.working() == null) {
            message(Messages.format(locale, texts.getString("load.failed"), loaded.problem()));
            updateState();
            return;
        }
        WorkingPlan working = loaded.working();
        session = new EditSession(working.plan(), working.revision());
        savedBy = working.savedBy();
        savedAt = working.savedAt();
        showSession();
        tree.widget().setFocus();
        if (loaded.draft().kept().isPresent()) {
            offerDraft(working.plan(), loaded.draft().kept().get());
        } else if (!loaded.draft().pending()) {
            session.ownDraft();
        }
    }

    /** Offers the kept draft over {@code stored}; taken or declined, the draft file is this session's from now on. */
    private void offerDraft(Plan stored, Kept kept) {
        session.ownDraft();
        if (kept.plan().equals(stored)) {
            discardDraft();
            return;
        }
        MessageBox box = new MessageBox(parent.getShell(), SWT.ICON_QUESTION | SWT.YES | SWT.NO);
        box.setText(texts.getString("draft.title"));
        box.setMessage(Messages.format(locale, texts.getString("draft.message"), ChangeText.when(kept.keptAt(), locale)));
        if (box.open() == SWT.YES) {
            session.restore(stored, kept.plan(), kept.basedOn());
            showSession();
        } else {
            discardDraft();
        }
    }

    private void discardDraft() {
        site.load(texts.getString("draft.discarding"), () -> {
            draft.discard();
            return Boolean.TRUE;
        }, done -> { });
    }

    /** The session is new or was replaced: everything shows it anew. */
    private void showSession() {
        memory.clear();
        if (!keyExists(selectedKey)) {
            selectedKey = ORGANISATION;
        }
        tree.clear();
        refreshTree();
        tree.select(selectedKey);
        showForm();
        // at once, not after the typing pause: a plan just opened shows its findings with it
        parent.getDisplay().timerExec(-1, healthCheck);
        checkHealth();
        updateState();
    }

    private void reload() {
        if (saving || loading) {
            return;
        }
        if (session == null) {
            load();
            return;
        }
        if (session.dirty() && !ask(SWT.ICON_QUESTION, "reload.title", texts.getString("reload.message"))) {
            return;
        }
        Optional<PlanBook> book = services.book();
        if (book.isEmpty()) {
            inform(SWT.ICON_WARNING, "reload.title", texts.getString("service.missing"));
            return;
        }
        loading = true;
        updateState();
        site.load(texts.getString("loading"), () -> {
            try {
                return new Loaded(book.get().working(), DraftRead.NONE, null);
            } catch (PlanException | RuntimeException e) {
                return new Loaded(null, DraftRead.NONE, e.getMessage());
            }
        }, loaded -> {
            loading = false;
            if (loaded.working() == null) {
                inform(SWT.ICON_ERROR, "reload.title",
                        Messages.format(locale, texts.getString("load.failed"), loaded.problem()));
                updateState();
                return;
            }
            replaceWith(loaded.working());
            refreshPages();
        });
    }

    /** Starts over from the stored plan: no unsaved edits, no undo history. */
    private void replaceWith(WorkingPlan working) {
        session.reset(working.plan(), working.revision());
        savedBy = working.savedBy();
        savedAt = working.savedAt();
        overwrite = null;
        showSession();
    }

    private void refreshPages() {
        if (tabs.getSelectionIndex() == 1) {
            versions.refresh();
        } else if (tabs.getSelectionIndex() == 2) {
            history.refresh();
        }
    }

    // ---- importing -----------------------------------------------------------------------------

    private void chooseImport() {
        FileDialog dialog = new FileDialog(parent.getShell(), SWT.OPEN);
        dialog.setText(texts.getString("import.dialog"));
        dialog.setFilterExtensions(new String[] {"*.json", "*.*"});
        String chosen = dialog.open();
        if (chosen != null) {
            importFile(Path.of(chosen).toAbsolutePath());
        }
    }

    /**
     * Imports the plan file {@code file}: read and checked in the background, and stored only when
     * it has no errors and the user agrees to lose unsaved edits; then the editor shows it as stored.
     */
    void importFile(Path file) {
        Optional<PlanBook> book = services.book();
        Optional<PlanCodec> codec = services.codec();
        if (loading || saving || book.isEmpty() || codec.isEmpty()) {
            return;
        }
        loading = true;
        updateState();
        site.load(Messages.format(locale, texts.getString("import.reading"), file.getFileName()), () -> {
            try {
                return new Parsed(codec.get().read(Files.readString(file, StandardCharsets.UTF_8)));
            } catch (PlanInvalidException e) {
                return new Invalid(e);
            } catch (NoSuchFileException e) {
                return new Failed(texts.getString("import.notFound"));
            } catch (CharacterCodingException e) {
                return new Failed(texts.getString("import.notText"));
            } catch (IOException | RuntimeException e) {
                return new Failed(String.valueOf(e.getMessage()));
            }
        }, read -> importRead(file, book.get(), read));
    }

    private void importRead(Path file, PlanBook book, ImportRead read) {
        loading = false;
        updateState();
        if (read instanceof Invalid invalid) {
            Dialogs.importErrors(parent.getShell(), texts, locale, String.valueOf(file.getFileName()),
                    invalid.errors().errors());
        } else if (read instanceof Failed failed) {
            inform(SWT.ICON_ERROR, "import.title", Messages.format(locale, texts.getString("import.unreadable"),
                    file.toString(), failed.message()));
        } else if (read instanceof Parsed parsed) {
            if (saving || loading || session != null && session.dirty()
                    && !ask(SWT.ICON_QUESTION, "import.title", texts.getString("import.replace"))) {
                return;
            }
            storeImport(file, book, parsed.plan());
        }
    }

    private void storeImport(Path file, PlanBook book, Plan plan) {
        String who = services.user();
        loading = true;
        updateState();
        site.load(Messages.format(locale, texts.getString("import.storing"), file.getFileName()), () -> {
            try {
                return new Saved(book.replace(plan, who));
            } catch (PlanInvalidException e) {
                return new Invalid(e);
            } catch (PlanException | RuntimeException e) {
                return new Failed(e.getMessage());
            }
        }, outcome -> imported(file, outcome));
    }

    private void imported(Path file, SaveOutcome outcome) {
        loading = false;
        if (outcome instanceof Saved saved) {
            if (session == null) {
                load(); // nothing was shown yet: load it as on opening, kept draft and all
                return;
            }
            replaceWith(saved.stored());
            refreshPages();
        } else if (outcome instanceof Invalid invalid) {
            Dialogs.importErrors(parent.getShell(), texts, locale, String.valueOf(file.getFileName()),
                    invalid.errors().errors());
        } else if (outcome instanceof Failed failed) {
            inform(SWT.ICON_ERROR, "import.title", Messages.format(locale, texts.getString("import.failed"),
                    file.toString(), failed.message()));
        }
        updateState();
    }

    // ---- saving --------------------------------------------------------------------------------

    void save() {
        if (session == null || saving || loading || !session.dirty()) {
            return;
        }
        Optional<PlanBook> book = services.book();
        if (book.isEmpty()) {
            inform(SWT.ICON_WARNING, "save.title", texts.getString("service.missing"));
            return;
        }
        if (form != null && form.hasProblems() && !ask(SWT.ICON_WARNING, "save.title", Messages.format(locale, 
                texts.getString("save.problems"), String.join(", ", form.problemFields())))) {
            return;
        }
        long basedOn = session.basedOn();
        if (overwrite != null) {
            if (!ask(SWT.ICON_WARNING, "save.title", Messages.format(locale, texts.getString("save.overwrite"),
                    overwrite.who(), ChangeText.clock(overwrite.at())))) {
                return;
            }
            basedOn = overwrite.revision();
        }
        session.seal();
        Plan sent = session.plan();
        long revision = basedOn;
        String who = services.user();
        EditSession edited = session;
        Display display = parent.getDisplay();
        saving = true;
        updateState();
        site.load(texts.getString("saving"), () -> {
            WorkingPlan stored;
            try {
                stored = book.get().save(sent, revision, who, locale);
            } catch (PlanChangedException e) {
                return new Changed(e);
            } catch (PlanInvalidException e) {
                return new Invalid(e);
            } catch (PlanException | RuntimeException e) {
                return new Failed(e.getMessage());
            }
            // Not through the view's callback, which is skipped once the tab has closed: the session
            // lives on in the view (and its next save is checked against this revision) either way.
            if (!display.isDisposed()) {
                display.asyncExec(() -> recordSave(edited, sent, stored.revision()));
            }
            return new Saved(stored);
        }, outcome -> saved(outcome));
    }

    /**
     * UI thread, whether or not the editor is still there: {@code edited} was saved as {@code revision}.
     * The draft goes only when nothing is left unsaved; edits made meanwhile (and written as the
     * draft by a closing editor) stay in it.
     */
    private void recordSave(EditSession edited, Plan sent, long revision) {
        edited.saved(sent, revision);
        if (edited.mayDiscardDraft()) {
            try {
                draft.discard();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "The draft {0} is left behind: {1}", draft.file(), e.getMessage());
            }
        }
    }

    private void saved(SaveOutcome outcome) {
        saving = false;
        if (parent.isDisposed()) {
            return;
        }
        if (outcome instanceof Saved saved) {
            savedBy = saved.stored().savedBy();
            savedAt = saved.stored().savedAt();
            overwrite = null;
            refreshPages();
        } else if (outcome instanceof Changed changed) {
            PlanChangedException conflict = changed.conflict();
            if (Dialogs.reloadTheirs(parent.getShell(), texts, locale, conflict)) {
                if (conflict.current() != null) {
                    replaceWith(conflict.current());
                } else {
                    reload();
                }
            } else if (conflict.current() != null) {
                String who = conflict.current().savedBy();
                overwrite = new Overwrite(conflict.current().revision(),
                        who == null ? texts.getString("conflict.someone") : who, conflict.current().savedAt());
            }
        } else if (outcome instanceof Invalid invalid) {
            inform(SWT.ICON_ERROR, "save.title", Messages.format(locale, texts.getString("save.invalid"),
                    errors(invalid.errors().errors())));
        } else if (outcome instanceof Failed failed) {
            inform(SWT.ICON_ERROR, "save.title", Messages.format(locale, texts.getString("save.failed"),
                    failed.message()));
        }
        updateState();
    }

    private static String errors(List<PlanError> errors) {
        int shown = Math.min(20, errors.size());
        StringBuilder text = new StringBuilder();
        for (PlanError error : errors.subList(0, shown)) {
            text.append("\u2022 ").append(error.message()).append("  (").append(error.path()).append(")\n");
        }
        if (errors.size() > shown) {
            text.append("\u2026 +").append(errors.size() - shown);
        }
        return text.toString().strip();
    }

    /**
     * The editor goes (tab closed, language switched, workbench quitting): unsaved edits are kept,
     * for this process in memory and for the next in the draft file. Written on the UI thread
     * because after this there is no editor left to come back to; it is one small file.
     */
    private void closing() {
        if (dropDownMenu != null && !dropDownMenu.isDisposed()) {
            dropDownMenu.dispose();
        }
        parent.getDisplay().timerExec(-1, healthCheck);
        parent.getDisplay().timerExec(-1, searchRefresh);
        parent.getDisplay().timerExec(-1, typingRefresh);
        if (session == null) {
            return;
        }
        Optional<PlanCodec> codec = services.codec();
        try {
            if (session.dirty()) {
                keep.accept(session);
                if (codec.isPresent()) {
                    draft.write(codec.get().write(session.plan()), session.basedOn(), Instant.now());
                    session.ownDraft();
                } else {
                    LOG.log(Level.WARNING, "Unsaved plan edits are kept in memory only: no plan codec to write them");
                }
            } else if (session.mayDiscardDraft()) {
                // only a draft this session offered or wrote: one never offered holds an earlier session's edits
                draft.discard();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.ERROR, "Unsaved plan edits could not be kept in " + draft.file(), e);
        }
    }

    // ---- undo ----------------------------------------------------------------------------------

    void undo() {
        if (session != null && session.canUndo()) {
            session.undo();
            afterChange(true);
        }
    }

    void redo() {
        if (session != null && session.canRedo()) {
            session.redo();
            afterChange(true);
        }
    }

    // ---- FormContext ---------------------------------------------------------------------------

    @Override
    public Plan plan() {
        return session.plan();
    }

    @Override
    public ResourceBundle texts() {
        return texts;
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public Looks looks() {
        return looks;
    }

    @Override
    public PlanOutline outline() {
        return outline;
    }

    @Override
    public void edit(Plan next, String coalesceKey) {
        if (session != null && session.apply(next, coalesceKey)) {
            parent.getDisplay().timerExec(-1, typingRefresh);
            parent.getDisplay().timerExec(TREE_DELAY_MILLIS, typingRefresh);
            scheduleHealth();
            updateState();
        }
    }

    @Override
    public void change(Plan next) {
        if (session == null) {
            return;
        }
        session.seal();
        if (session.apply(next, null)) {
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
        if (session != null) {
            session.seal();
        }
    }

    @Override
    public void select(String key) {
        if (!keyExists(key)) {
            return;
        }
        if (!tree.shows(key) && !search.getText().isEmpty()) {
            search.setText(""); // the search hides it: show everything again
            refreshTree();
        }
        tree.select(key);
        showSelected(key);
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
        String focused = focusedId();
        if (pendingSelect != null) {
            selectedKey = pendingSelect;
            memory.clear();
            pendingSelect = null;
        } else if (!keyExists(selectedKey)) {
            selectedKey = fallback(selectedKey);
            memory.clear();
        }
        refreshTree();
        tree.select(selectedKey);
        int scroll = scroller.getOrigin().y;
        showForm();
        if (!external) {
            scroller.setOrigin(0, scroll);
        }
        focus(focused);
        scheduleHealth();
        updateState();
    }

    private String focusedId() {
        Control focus = parent.getDisplay().getFocusControl();
        return focus != null && within(focus, formBody) ? (String) focus.getData(FormBuilder.ID) : null;
    }

    private void focus(String id) {
        if (id != null && form != null) {
            form.controls().entrySet().stream().filter(entry -> id.equals(entry.getKey())).findFirst()
                    .ifPresent(entry -> entry.getValue().setFocus());
        }
    }

    // ---- tree ----------------------------------------------------------------------------------

    private void refreshTree() {
        if (session == null || tree.widget().isDisposed()) {
            return;
        }
        outline = new PlanOutline(session.plan(), texts, locale);
        tree.show(outline.nodes(search.getText()), selectedKey, !search.getText().isBlank());
    }

    private void showSelected(String key) {
        if (key.equals(selectedKey) && form != null) {
            return;
        }
        seal();
        selectedKey = key;
        memory.clear();
        showForm();
        updateState();
    }

    private void showForm() {
        if (session == null) {
            return;
        }
        formBody.setRedraw(false);
        try {
            for (Control child : formBody.getChildren()) {
                child.dispose();
            }
            if (outline == null) {
                outline = new PlanOutline(session.plan(), texts, locale);
            }
            form = new FormBuilder(formBody, this, selectedKey, this::fitForm);
            PlanForms.build(form, this, selectedKey);
            fitForm();
            scroller.setOrigin(0, 0);
        } finally {
            formBody.setRedraw(true);
        }
    }

    private boolean keyExists(String key) {
        if (session == null || key == null) {
            return false;
        }
        for (Section section : Section.values()) {
            if (section.key().equals(key)) {
                return true;
            }
        }
        try {
            return PlanEdits.exists(session.plan(), ItemRef.parse(key));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Where the selection goes when its element is gone: its scenario, else its section. */
    private String fallback(String key) {
        ItemRef ref;
        try {
            ref = ItemRef.parse(key);
        } catch (IllegalArgumentException e) {
            return ORGANISATION;
        }
        if (ref.kind() == Kind.STATEMENT) {
            Optional<PlanEdits.StatementAt> at = PlanEdits.StatementAt.of(ref);
            if (at.isPresent() && session.plan().scenario(at.get().scenario()).isPresent()) {
                return new ItemRef(Kind.SCENARIO, at.get().scenario()).toString();
            }
        }
        Kind sectionKind = ref.kind() == Kind.TASK ? Kind.ROLE : ref.kind() == Kind.STATEMENT ? Kind.SCENARIO
                : ref.kind();
        return Section.of(sectionKind).map(Section::key).orElse(ORGANISATION);
    }

    /** A finding's element, from the health panel. */
    private void openItem(String item) {
        if (outline == null) {
            return;
        }
        outline.keyOf(item).ifPresent(key -> {
            tabs.setSelection(0);
            select(key);
            tree.widget().setFocus();
        });
    }

    // ---- adding, deleting, moving --------------------------------------------------------------

    /**
     * Ctrl+N and the Add button: a new element of the kind selected, at the end of its list (a task
     * in the selected task's role, a statement in the selected statement's scenario).
     */
    private void addForSelection() {
        if (session == null) {
            return;
        }
        for (Section section : Section.values()) {
            if (section.key().equals(selectedKey)) {
                add(section.kind(), null);
                return;
            }
        }
        ItemRef ref = ItemRef.parse(selectedKey);
        if (ref.kind() == Kind.ORGANISATION) {
            dropDown(addItem, this::fillAddMenu);
        } else {
            add(ref.kind(), ref);
        }
    }

    private void fillAddMenu(Menu menu) {
        Optional<ItemRef> near = selectedRef();
        for (Kind kind : List.of(Kind.PERSON, Kind.ROLE, Kind.TASK, Kind.SCENARIO, Kind.STATEMENT, Kind.ESCALATION,
                Kind.CONTACT, Kind.CALENDAR, Kind.FACT)) {
            MenuItem item = new MenuItem(menu, SWT.PUSH);
            item.setText(texts.getString("add." + kind.name()));
            item.setEnabled(session != null && canAdd(kind, near.orElse(null)));
            item.addListener(SWT.Selection, event -> add(kind, near.orElse(null)));
        }
    }

    private boolean canAdd(Kind kind, ItemRef near) {
        return switch (kind) {
            case TASK -> roleFor(near).isPresent();
            case STATEMENT -> scenarioFor(near).isPresent();
            case CONTACT -> PlanEdits.addContact(session.plan()).isPresent();
            default -> true;
        };
    }

    @Override
    public void add(Kind kind, ItemRef near) {
        if (session == null) {
            return;
        }
        Plan plan = session.plan();
        Optional<Added> added = switch (kind) {
            case PERSON -> askName(kind).map(name -> PlanEdits.addPerson(plan, name));
            case ROLE -> askName(kind).map(name -> PlanEdits.addRole(plan, name));
            case TASK -> {
                Optional<String> role = roleFor(near);
                if (role.isEmpty()) {
                    inform(SWT.ICON_INFORMATION, "add.title", texts.getString("add.TASK.needsRole"));
                    yield Optional.empty();
                }
                yield askName(kind).map(title -> PlanEdits.addTask(plan, role.get(), title));
            }
            case SCENARIO -> askName(kind).map(name -> PlanEdits.addScenario(plan, name));
            case STATEMENT -> {
                Optional<String> scenario = scenarioFor(near);
                if (scenario.isEmpty()) {
                    inform(SWT.ICON_INFORMATION, "add.title", texts.getString("add.STATEMENT.needsScenario"));
                }
                yield scenario.map(id -> PlanEdits.addStatement(plan, id));
            }
            case ESCALATION -> askName(kind).map(text -> PlanEdits.addEscalation(plan, text));
            case CONTACT -> {
                Optional<Added> branch = PlanEdits.addContact(plan);
                if (branch.isEmpty()) {
                    inform(SWT.ICON_INFORMATION, "add.title", texts.getString("add.CONTACT.none"));
                }
                yield branch;
            }
            case CALENDAR -> askName(kind).map(what -> PlanEdits.addCalendarRule(plan, what));
            case FACT -> askName(kind).map(topic -> PlanEdits.addFact(plan, topic));
            default -> Optional.empty();
        };
        added.ifPresent(result -> {
            pendingSelect = result.ref().toString();
            change(result.plan());
            focus("plan.field." + FIRST_FIELD.getOrDefault(kind, "none"));
        });
    }

    private Optional<String> askName(Kind kind) {
        return Dialogs.name(parent.getShell(), texts, texts.getString("add." + kind.name() + ".title"),
                texts.getString("add." + kind.name() + ".label"), texts.getString("add." + kind.name() + ".hint"));
    }

    private Optional<String> roleFor(ItemRef near) {
        ItemRef ref = near != null ? near : selectedRef().orElse(null);
        if (ref == null || session == null) {
            return Optional.empty();
        }
        return switch (ref.kind()) {
            case ROLE -> session.plan().role(ref.id()).map(role -> role.id());
            case TASK -> PlanEdits.roleOfTask(session.plan(), ref.id()).map(role -> role.id());
            default -> Optional.empty();
        };
    }

    private Optional<String> scenarioFor(ItemRef near) {
        ItemRef ref = near != null ? near : selectedRef().orElse(null);
        if (ref == null || session == null) {
            return Optional.empty();
        }
        return switch (ref.kind()) {
            case SCENARIO -> session.plan().scenario(ref.id()).map(scenario -> scenario.id());
            case STATEMENT -> PlanEdits.StatementAt.of(ref).map(PlanEdits.StatementAt::scenario);
            default -> Optional.empty();
        };
    }

    /** The selected element; empty for a section. */
    private Optional<ItemRef> selectedRef() {
        for (Section section : Section.values()) {
            if (section.key().equals(selectedKey)) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(ItemRef.parse(selectedKey));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private boolean deletable() {
        return session != null && selectedRef().filter(ref -> ref.kind() != Kind.ORGANISATION).isPresent();
    }

    /** Delete: always asks, and says where the element is referred to (those references go too). */
    private void delete() {
        if (!deletable()) {
            return;
        }
        ItemRef ref = selectedRef().orElseThrow();
        Plan plan = session.plan();
        List<PlanEdits.Use> uses = PlanEdits.uses(plan, ref);
        StringBuilder question = new StringBuilder(Messages.format(locale, texts.getString("delete.message"),
                outline.describe(ref)));
        if (!uses.isEmpty()) {
            question.append("\n\n").append(texts.getString("delete.uses")).append('\n');
            for (PlanEdits.Use use : uses) {
                question.append("\u2022 ").append(outline.describe(use.where())).append(" (")
                        .append(texts.getString("use." + use.how())).append(")\n");
            }
            question.append('\n').append(texts.getString("delete.usesGo"));
        }
        if (ref.kind() == Kind.ROLE && plan.role(ref.id()).map(role -> !role.tasks().isEmpty()).orElse(false)) {
            question.append("\n\n").append(texts.getString("delete.tasksGo"));
        }
        if (!ask(SWT.ICON_WARNING, "delete.title", question.toString())) {
            return;
        }
        pendingSelect = tree.neighbour(selectedKey).orElse(null);
        change(PlanEdits.delete(plan, ref));
    }

    private void move(int delta) {
        Optional<ItemRef> ref = selectedRef().filter(r -> r.kind() != Kind.ORGANISATION);
        if (session == null || ref.isEmpty()) {
            return;
        }
        PlanEdits.StatementAt.of(ref.get()).ifPresent(at -> pendingSelect = PlanEdits.statementRef(at.scenario(),
                at.index() + delta).toString());
        change(PlanEdits.move(session.plan(), ref.get(), delta));
    }

    private Menu contextMenu() {
        Menu menu = new Menu(tree.widget());
        menu.addListener(SWT.Show, event -> {
            for (MenuItem old : menu.getItems()) {
                old.dispose();
            }
            if (session == null) {
                return;
            }
            Optional<ItemRef> near = selectedRef();
            Kind kind = null;
            for (Section section : Section.values()) {
                if (section.key().equals(selectedKey)) {
                    kind = section.kind();
                }
            }
            if (near.isPresent() && near.get().kind() != Kind.ORGANISATION) {
                kind = near.get().kind();
            }
            if (kind != null) {
                Kind chosen = kind;
                menuItem(menu, texts.getString("add." + kind.name()) + "\tCtrl+N", () -> add(chosen,
                        near.orElse(null)));
            }
            if (near.isPresent() && near.get().kind() == Kind.ROLE) {
                menuItem(menu, texts.getString("add.TASK"), () -> add(Kind.TASK, near.get()));
            }
            if (near.isPresent() && near.get().kind() == Kind.SCENARIO) {
                menuItem(menu, texts.getString("add.STATEMENT"), () -> add(Kind.STATEMENT, near.get()));
            }
            if (deletable()) {
                new MenuItem(menu, SWT.SEPARATOR);
                menuItem(menu, texts.getString("menu.moveUp") + "\tAlt+\u2191", () -> move(-1));
                menuItem(menu, texts.getString("menu.moveDown") + "\tAlt+\u2193", () -> move(1));
                new MenuItem(menu, SWT.SEPARATOR);
                menuItem(menu, texts.getString("menu.delete") + "\t" + texts.getString("key.delete"), this::delete);
            }
        });
        return menu;
    }

    private static void menuItem(Menu menu, String text, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, event -> action.run());
    }

    // ---- health --------------------------------------------------------------------------------

    private void scheduleHealth() {
        parent.getDisplay().timerExec(-1, healthCheck);
        parent.getDisplay().timerExec(HEALTH_DELAY_MILLIS, healthCheck);
    }

    /**
     * Checks the plan as it is on screen, saved or not. On the UI thread: the check is a pure
     * computation over records (no I/O), and it runs at most once per pause in typing.
     */
    private void checkHealth() {
        if (parent.isDisposed() || session == null) {
            return;
        }
        Optional<PlanHealth> checker = services.health();
        if (checker.isEmpty()) {
            health.unavailable(texts.getString("health.missing"));
            return;
        }
        try {
            List<Finding> findings = checker.get().check(session.plan(), LocalDate.now(ChangeText.ZONE), locale);
            health.show(findings, outline == null ? new PlanOutline(session.plan(), texts, locale) : outline);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The plan health check failed", e);
            health.unavailable(Messages.format(locale, texts.getString("health.failed"), e.getMessage()));
        }
    }

    // ---- state, keys, messages ---------------------------------------------------------------

    private void updateState() {
        if (state == null || state.isDisposed()) {
            return;
        }
        boolean ready = session != null && !loading;
        boolean dirty = session != null && session.dirty();
        if (markedUnsaved == null || markedUnsaved != dirty) {
            markedUnsaved = dirty;
            site.markUnsaved(dirty);
        }
        saveItem.setEnabled(ready && dirty && !saving);
        undoItem.setEnabled(ready && session.canUndo());
        redoItem.setEnabled(ready && session.canRedo());
        reloadItem.setEnabled(!loading && !saving && services.book().isPresent());
        addItem.setEnabled(ready);
        deleteItem.setEnabled(ready && deletable());
        importItem.setEnabled(!loading && !saving && services.book().isPresent() && services.codec().isPresent());
        exportItem.setEnabled(ready);
        state.setToolTipText(null);
        if (saving) {
            state.setText(texts.getString("state.saving"));
            state.setForeground(looks.quiet);
            state.setFont(null);
        } else if (dirty) {
            state.setText("\u25cf " + (overwrite == null ? texts.getString("state.dirty")
                    : Messages.format(locale, texts.getString("state.conflict"), overwrite.who())));
            state.setToolTipText(overwrite == null ? null : Messages.format(locale, 
                    texts.getString("state.conflict.tooltip"), overwrite.who(), ChangeText.clock(overwrite.at())));
            state.setForeground(looks.warning);
            state.setFont(looks.bold);
        } else if (session != null) {
            state.setText(savedAt == null ? texts.getString("state.clean")
                    : Messages.format(locale, texts.getString("state.saved"), ChangeText.when(savedAt, locale),
                            savedBy == null ? "?" : savedBy));
            state.setForeground(looks.quiet);
            state.setFont(null);
        } else {
            state.setText("");
        }
        state.getParent().layout(true);
    }

    private void installKeys() {
        Listener keys = event -> {
            if (!(event.widget instanceof Control focus) || !within(focus, parent)
                    || focus.getShell() != parent.getShell()) {
                return;
            }
            int modifiers = event.stateMask & SWT.MODIFIER_MASK;
            int key = Character.toLowerCase(event.keyCode);
            boolean handled = true;
            if (modifiers == SWT.MOD1 && key == 's') {
                save();
            } else if (modifiers == SWT.MOD1 && key == 'z') {
                undo();
            } else if (modifiers == SWT.MOD1 && key == 'y' || modifiers == (SWT.MOD1 | SWT.SHIFT) && key == 'z') {
                redo();
            } else if (modifiers == SWT.MOD1 && key == 'f') {
                tabs.setSelection(0);
                search.setFocus();
                search.selectAll();
            } else if (modifiers == SWT.MOD1 && key == 'n') {
                tabs.setSelection(0);
                addForSelection();
            } else if (modifiers == 0 && event.keyCode == SWT.F5) {
                reload();
            } else if (modifiers == 0 && event.keyCode == SWT.DEL && focus == tree.widget()) {
                delete();
            } else if (modifiers == SWT.ALT && event.keyCode == SWT.ARROW_UP && focus == tree.widget()) {
                move(-1);
            } else if (modifiers == SWT.ALT && event.keyCode == SWT.ARROW_DOWN && focus == tree.widget()) {
                move(1);
            } else {
                handled = false;
            }
            if (handled) {
                event.doit = false;
            }
        };
        parent.getDisplay().addFilter(SWT.KeyDown, keys);
        parent.addListener(SWT.Dispose, event -> event.display.removeFilter(SWT.KeyDown, keys));
    }

    private static boolean within(Control control, Composite ancestor) {
        for (Control at = control; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    private boolean ask(int icon, String titleKey, String message) {
        MessageBox box = new MessageBox(parent.getShell(), icon | SWT.YES | SWT.NO);
        box.setText(texts.getString(titleKey));
        box.setMessage(message);
        return box.open() == SWT.YES;
    }

    private void inform(int icon, String titleKey, String message) {
        MessageBox box = new MessageBox(parent.getShell(), icon | SWT.OK);
        box.setText(texts.getString(titleKey));
        box.setMessage(message);
        box.open();
    }

    // ---- for the preview and UI tests ----------------------------------------------------------

    /** The key of the selected tree line. */
    String selectedKey() {
        return selectedKey;
    }

    void showTab(int index) {
        tabs.setSelection(index);
        if (index == 1) {
            versions.refresh();
        } else if (index == 2) {
            history.refresh();
        }
    }

    void typeSearch(String text) {
        search.setText(text);
        refreshTree();
    }

    Optional<Control> field(String key) {
        return form == null ? Optional.empty() : form.control(key);
    }

    /** Simulates the user changing a field: sets its text, as typing would, and lets the form react. */
    void type(String key, String text) {
        field(key).filter(Text.class::isInstance).map(Text.class::cast).ifPresent(field -> {
            field.setText(text);
            field.notifyListeners(SWT.FocusOut, new Event());
        });
    }
}

package webcare.ui.plan.swt;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import webcare.model.plan.Plan;
import webcare.ui.plan.model.ChangeText;
import webcare.ui.plan.model.EditorState;
import webcare.ui.plan.model.WhoSaved;

/**
 * The editor's tool bar and, beside it, the line that says whether the plan is saved (and by whom,
 * or whose save the next one overwrites). {@link #show} enables the buttons for where the editor
 * stands. UI thread only.
 */
final class EditorToolBar {

    private final EditorSite site;
    private final ToolItem saveItem;
    private final ToolItem undoItem;
    private final ToolItem redoItem;
    private final ToolItem reloadItem;
    private final ToolItem addItem;
    private final ToolItem deleteItem;
    private final ToolItem importItem;
    private final ToolItem exportItem;
    private final Consumer<Menu> fillAddMenu;
    private final Supplier<Plan> plan;
    private final Label state;
    /** The menu last opened below a tool item; it belongs to the shell, so the tool bar disposes it. */
    private Menu dropDownMenu;

    /**
     * @param addForSelection the Add button itself: an element of the selected kind
     * @param fillAddMenu     the Add button's arrow: one entry per kind of element
     * @param plan            the plan to export; null while there is none
     * @param unsaved         whether the plan has unsaved edits (the export says so)
     */
    EditorToolBar(Composite parent, EditorSite site, EditorCommands commands, Runnable addForSelection,
            Consumer<Menu> fillAddMenu, Supplier<Plan> plan, BooleanSupplier unsaved) {
        this.site = site;
        this.fillAddMenu = fillAddMenu;
        this.plan = plan;
        Composite top = new Composite(parent, SWT.NONE);
        GridLayout topLayout = new GridLayout(2, false);
        topLayout.marginWidth = 0;
        topLayout.marginHeight = 0;
        top.setLayout(topLayout);
        top.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        ToolBar toolbar = new ToolBar(top, SWT.FLAT | SWT.RIGHT | SWT.WRAP);
        toolbar.setData(FormBuilder.ID, "plan.toolbar");
        toolbar.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        // grouped by what the buttons do to the plan: keep it | step back and forth | change its
        // elements | exchange it with a file | take the stored one again
        saveItem = tool(toolbar, SWT.PUSH, "save", commands.save());
        new ToolItem(toolbar, SWT.SEPARATOR);
        undoItem = tool(toolbar, SWT.PUSH, "undo", commands.undo());
        redoItem = tool(toolbar, SWT.PUSH, "redo", commands.redo());
        new ToolItem(toolbar, SWT.SEPARATOR);
        addItem = tool(toolbar, SWT.DROP_DOWN, "add", null);
        addItem.addListener(SWT.Selection, event -> {
            if (event.detail == SWT.ARROW) {
                openAddMenu();
            } else {
                addForSelection.run();
            }
        });
        deleteItem = tool(toolbar, SWT.PUSH, "delete", commands.delete());
        new ToolItem(toolbar, SWT.SEPARATOR);
        importItem = tool(toolbar, SWT.PUSH, "import", commands.importFile());
        exportItem = tool(toolbar, SWT.DROP_DOWN, "export", null);
        ExportMenu exports = new ExportMenu(site.shell(), site.workbench(), site.services(), site.texts(),
                site.locale());
        exportItem.addListener(SWT.Selection, event -> dropDown(exportItem,
                menu -> exports.fill(menu, plan, unsaved)));
        new ToolItem(toolbar, SWT.SEPARATOR);
        reloadItem = tool(toolbar, SWT.PUSH, "reload", commands.reload());
        // the tool bar keeps its width; the state takes what is left, and is cut rather than push it
        state = new Label(top, SWT.RIGHT);
        GridData stateData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        stateData.widthHint = 50;
        state.setLayoutData(stateData);
        state.setData(FormBuilder.ID, "plan.dirty");
    }

    private ToolItem tool(ToolBar toolbar, int style, String key, Runnable action) {
        ToolItem item = new ToolItem(toolbar, style);
        item.setText(site.text("tool." + key));
        item.setToolTipText(site.text("tool." + key + ".tooltip"));
        item.setData(FormBuilder.ID, "plan." + key);
        if (action != null) {
            item.addListener(SWT.Selection, event -> action.run());
        }
        return item;
    }

    /** The Add menu below its button: from its arrow, or Ctrl+N on the organisation. */
    void openAddMenu() {
        dropDown(addItem, fillAddMenu);
    }

    /**
     * Opens a menu below a tool item. The previous one is disposed only now: on GTK a menu item's
     * selection may arrive after its menu was hidden.
     */
    private void dropDown(ToolItem item, Consumer<Menu> fill) {
        closeMenu();
        dropDownMenu = new Menu(site.shell(), SWT.POP_UP);
        fill.accept(dropDownMenu);
        Rectangle bounds = item.getBounds();
        dropDownMenu.setLocation(item.getParent().toDisplay(bounds.x, bounds.y + bounds.height));
        dropDownMenu.setVisible(true);
    }

    /** The editor goes: the last drop-down menu, which belongs to the shell, goes with it. */
    void closeMenu() {
        if (dropDownMenu != null && !dropDownMenu.isDisposed()) {
            dropDownMenu.dispose();
        }
    }

    /** Enables the buttons and writes the state line for where the editor stands. */
    void show(EditorState editor, boolean deletable) {
        if (state.isDisposed()) {
            return;
        }
        boolean ready = editor.ready();
        boolean dirty = editor.dirty();
        boolean idle = !editor.loading() && !editor.saving();
        boolean book = site.services().book().isPresent();
        saveItem.setEnabled(ready && dirty && !editor.saving());
        undoItem.setEnabled(ready && editor.session().canUndo());
        redoItem.setEnabled(ready && editor.session().canRedo());
        reloadItem.setEnabled(idle && book);
        addItem.setEnabled(ready);
        deleteItem.setEnabled(ready && deletable);
        importItem.setEnabled(idle && book && site.services().codec().isPresent());
        exportItem.setEnabled(ready);
        state.setToolTipText(null);
        Looks looks = site.looks();
        EditorState.Overwrite overwrite = editor.overwrite();
        if (editor.saving()) {
            state.setText(site.text("state.saving"));
            state.setForeground(looks.quiet);
            state.setFont(null);
        } else if (dirty) {
            String theirs = overwrite == null ? null : WhoSaved.name(plan.get(), overwrite.who());
            state.setText("\u25cf " + (overwrite == null ? site.text("state.dirty")
                    : site.format("state.conflict", theirs)));
            state.setToolTipText(overwrite == null ? null
                    : site.format("state.conflict.tooltip", theirs, ChangeText.clock(overwrite.at())));
            state.setForeground(looks.warning);
            state.setFont(looks.bold);
        } else if (editor.session() != null) {
            state.setText(editor.savedAt() == null ? site.text("state.clean")
                    : site.format("state.saved", ChangeText.when(editor.savedAt(), site.locale()),
                            editor.savedBy() == null ? "?" : WhoSaved.name(plan.get(), editor.savedBy())));
            state.setForeground(looks.quiet);
            state.setFont(null);
        } else {
            state.setText("");
        }
        state.getParent().layout(true);
    }
}

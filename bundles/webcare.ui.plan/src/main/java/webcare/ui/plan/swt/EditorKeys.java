package webcare.ui.plan.swt;

import java.util.function.Supplier;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Listener;

/**
 * The editor's keys: Ctrl+S save, Ctrl+Z undo, Ctrl+Y / Ctrl+Shift+Z redo, Ctrl+F search, Ctrl+N
 * add, F5 reload; on the tree Delete, Alt+↑ and Alt+↓. A display filter, so they work whichever
 * field has the focus, but only inside the editor: another view keeps its own Ctrl+S.
 */
final class EditorKeys {

    private EditorKeys() {}

    /** Until {@code parent} is disposed. */
    static void install(Composite parent, Supplier<Control> tree, EditorCommands commands) {
        Listener keys = event -> {
            if (!(event.widget instanceof Control focus) || !EditorSite.within(focus, parent)
                    || focus.getShell() != parent.getShell()) {
                return;
            }
            int modifiers = event.stateMask & SWT.MODIFIER_MASK;
            int key = Character.toLowerCase(event.keyCode);
            boolean onTree = focus == tree.get();
            Runnable command;
            if (modifiers == SWT.MOD1 && key == 's') {
                command = commands.save();
            } else if (modifiers == SWT.MOD1 && key == 'z') {
                command = commands.undo();
            } else if (modifiers == SWT.MOD1 && key == 'y' || modifiers == (SWT.MOD1 | SWT.SHIFT) && key == 'z') {
                command = commands.redo();
            } else if (modifiers == SWT.MOD1 && key == 'f') {
                command = commands.find();
            } else if (modifiers == SWT.MOD1 && key == 'n') {
                command = commands.add();
            } else if (modifiers == 0 && event.keyCode == SWT.F5) {
                command = commands.reload();
            } else if (modifiers == 0 && event.keyCode == SWT.DEL && onTree) {
                command = commands.delete();
            } else if (modifiers == SWT.ALT && event.keyCode == SWT.ARROW_UP && onTree) {
                command = commands.moveUp();
            } else if (modifiers == SWT.ALT && event.keyCode == SWT.ARROW_DOWN && onTree) {
                command = commands.moveDown();
            } else {
                command = null;
            }
            if (command != null) {
                command.run();
                event.doit = false;
            }
        };
        parent.getDisplay().addFilter(SWT.KeyDown, keys);
        parent.addListener(SWT.Dispose, event -> event.display.removeFilter(SWT.KeyDown, keys));
    }
}

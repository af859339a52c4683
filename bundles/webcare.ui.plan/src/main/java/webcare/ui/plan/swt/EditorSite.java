package webcare.ui.plan.swt;

import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Shell;
import webcare.ui.api.ViewSite;
import webcare.ui.plan.model.Messages;
import webcare.ui.plan.model.PlanServices;

/**
 * What every part of the editor shares: the composite it fills, the workbench's side of the view,
 * the plan services, its texts and colours, and the questions it asks the user. UI thread only.
 *
 * @param parent    the editor's composite
 * @param workbench loads off the UI thread, marks the tab unsaved
 */
record EditorSite(Composite parent, ViewSite workbench, PlanServices services, ResourceBundle texts, Locale locale,
        Looks looks) {

    Shell shell() {
        return parent.getShell();
    }

    Display display() {
        return parent.getDisplay();
    }

    String text(String key) {
        return texts.getString(key);
    }

    /** The message {@code key} filled in, in the view's language. */
    String format(String key, Object... arguments) {
        return Messages.format(locale, texts.getString(key), arguments);
    }

    /** A yes/no question; true for yes. */
    boolean ask(int icon, String titleKey, String message) {
        MessageBox box = new MessageBox(shell(), icon | SWT.YES | SWT.NO);
        box.setText(text(titleKey));
        box.setMessage(message);
        return box.open() == SWT.YES;
    }

    void inform(int icon, String titleKey, String message) {
        MessageBox box = new MessageBox(shell(), icon | SWT.OK);
        box.setText(text(titleKey));
        box.setMessage(message);
        box.open();
    }

    static boolean within(Control control, Composite ancestor) {
        for (Control at = control; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }
}

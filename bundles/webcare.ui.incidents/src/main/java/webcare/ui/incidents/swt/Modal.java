package webcare.ui.incidents.swt;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/** Shows a dialog the view built and runs the event loop until it closes: the one way this view's dialogs are shown. */
final class Modal {

    private Modal() {}

    static void show(Shell dialog, Control focus) {
        dialog.pack();
        dialog.open();
        if (!focus.isDisposed()) { // opening runs the event loop: the dialog may have been answered already
            focus.setFocus();
        }
        while (!dialog.isDisposed()) {
            if (!dialog.getDisplay().readAndDispatch()) {
                dialog.getDisplay().sleep();
            }
        }
    }
}

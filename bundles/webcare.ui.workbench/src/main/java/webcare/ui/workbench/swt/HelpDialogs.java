package webcare.ui.workbench.swt;

import java.util.List;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Shell;
import webcare.ui.api.Shortcut;
import webcare.ui.api.WorkbenchView;

/** The Help menu's two windows. UI thread only. */
final class HelpDialogs {

    private HelpDialogs() {}

    /** Help ▸ About: the version, the Java, the home folder and the database. */
    static void about(Shell shell, Messages messages, WorkbenchHost host) {
        MessageBox box = new MessageBox(shell, SWT.ICON_INFORMATION | SWT.OK);
        box.setText(messages.get("about.title"));
        String database = host.store().map(store -> store.location()).orElse("-");
        box.setMessage(messages.get("about.text", host.productVersion(), System.getProperty("java.version"),
                host.home().toString(), database));
        box.open();
    }

    /** F1: the keys of the view in front ({@code front}, null when none), then the workbench's own, aligned. */
    static void keys(Shell shell, Messages messages, WorkbenchView front) {
        List<Shortcut> viewKeys = front == null ? List.of() : front.shortcuts(messages.locale());
        String viewTitle = front == null ? "" : front.title(messages.locale());
        List<Shortcut> workbenchKeys = messages.get("keys.text").lines()
                .map(line -> line.split("\t", 2))
                .map(parts -> new Shortcut(parts[0], parts.length > 1 ? parts[1] : ""))
                .toList();
        new KeysDialog(shell, messages.get("keys.title"), viewTitle, viewKeys, messages.get("keys.workbench"),
                workbenchKeys).open();
    }
}

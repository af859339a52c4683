package webcare.ui.workbench.swt;

import java.util.List;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import webcare.ui.api.Shortcut;

/**
 * The F1 list: the keys of the view in front, then the workbench's own, keys in one column and
 * what they do in the next, so they line up whatever the font. Closes with Esc, Enter or F1.
 */
final class KeysDialog {

    private final Shell shell;

    KeysDialog(Shell parent, String title, String viewTitle, List<Shortcut> viewKeys, String workbenchTitle,
            List<Shortcut> workbenchKeys) {
        shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL);
        shell.setText(title);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 20;
        layout.marginHeight = 16;
        layout.horizontalSpacing = 24;
        layout.verticalSpacing = 4;
        shell.setLayout(layout);
        FontData[] bold = parent.getFont().getFontData();
        for (FontData data : bold) {
            data.setStyle(SWT.BOLD);
        }
        Font headingFont = new Font(shell.getDisplay(), bold);
        shell.addListener(SWT.Dispose, event -> headingFont.dispose());
        if (!viewKeys.isEmpty()) {
            section(viewTitle, viewKeys, headingFont);
        }
        section(workbenchTitle, workbenchKeys, headingFont);
        Button close = new Button(shell, SWT.PUSH);
        close.setText("OK");
        close.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false, 2, 1));
        close.addListener(SWT.Selection, event -> shell.close());
        shell.setDefaultButton(close);
        shell.addListener(SWT.Traverse, event -> {
            if (event.detail == SWT.TRAVERSE_ESCAPE) {
                shell.close();
            }
        });
        close.addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.F1) {
                shell.close();
            }
        });
        shell.pack();
    }

    private void section(String heading, List<Shortcut> keys, Font headingFont) {
        Label title = new Label(shell, SWT.NONE);
        title.setText(heading);
        title.setFont(headingFont);
        GridData span = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        span.verticalIndent = 8;
        title.setLayoutData(span);
        for (Shortcut shortcut : keys) {
            new Label(shell, SWT.NONE).setText(shortcut.keys());
            new Label(shell, SWT.NONE).setText(shortcut.action());
        }
    }

    void open() {
        Composite parent = shell.getParent();
        shell.setLocation(parent.getLocation().x + (parent.getSize().x - shell.getSize().x) / 2,
                parent.getLocation().y + (parent.getSize().y - shell.getSize().y) / 3);
        shell.open();
    }
}

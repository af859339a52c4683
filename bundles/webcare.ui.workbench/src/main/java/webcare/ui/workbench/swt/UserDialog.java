package webcare.ui.workbench.swt;

import java.util.function.Consumer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * View ▸ Your name…: one field for the name saves and approvals are recorded under, as the crisis
 * plan knows the user; left empty, the computer's login is used. Enter saves, Esc cancels.
 */
final class UserDialog {

    private final Shell shell;
    private final Text name;
    private final Button save;

    /**
     * @param current the setting as it stands; empty when none
     * @param login   the computer's login, named as what an empty field means
     */
    UserDialog(Shell parent, Messages messages, String current, String login) {
        shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL);
        shell.setText(messages.get("user.title"));
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 20;
        layout.marginHeight = 16;
        layout.verticalSpacing = 8;
        shell.setLayout(layout);
        Label prompt = new Label(shell, SWT.WRAP);
        prompt.setText(messages.get("user.prompt", login));
        GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        wide.widthHint = 420;
        prompt.setLayoutData(wide);
        name = new Text(shell, SWT.BORDER | SWT.SINGLE);
        name.setText(current);
        name.setMessage(login);
        name.selectAll();
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Composite buttons = new Composite(shell, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false, 2, 1));
        buttons.setLayout(new GridLayout(2, true));
        save = new Button(buttons, SWT.PUSH);
        save.setText(messages.get("user.save"));
        save.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button cancel = new Button(buttons, SWT.PUSH);
        cancel.setText(messages.get("user.cancel"));
        cancel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        cancel.addListener(SWT.Selection, event -> shell.close());
        shell.setDefaultButton(save);
        shell.pack();
    }

    /** Shows the dialog; {@code chosen} gets the name typed (stripped, maybe empty) when the user saves. */
    void open(Consumer<String> chosen) {
        save.addListener(SWT.Selection, event -> {
            String typed = name.getText().strip();
            shell.close();
            chosen.accept(typed);
        });
        Composite parent = shell.getParent();
        shell.setLocation(parent.getLocation().x + (parent.getSize().x - shell.getSize().x) / 2,
                parent.getLocation().y + (parent.getSize().y - shell.getSize().y) / 3);
        shell.open();
        name.setFocus();
    }
}

package webcare.ui.inbox.swt;

import java.util.function.Consumer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks why a person changes triage's decision: the reason is kept with the override, to tune the
 * rules. Opens without a nested event loop; {@code confirmed} runs with the reason when the user
 * confirms, nothing happens on cancel. UI thread only.
 */
final class WhyDialog {

    /** Marks the dialog's shell (its data under this key is the decision asked about). */
    static final String MARK = WhyDialog.class.getName();

    private WhyDialog() {}

    static Shell open(Shell parent, Words words, String from, String to, Consumer<String> confirmed) {
        Shell shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL | SWT.RESIZE);
        shell.setData(MARK, to);
        shell.setText(words.format("why.title", words.decision(to)));
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 14;
        layout.marginHeight = 12;
        layout.verticalSpacing = 10;
        shell.setLayout(layout);

        Label prompt = new Label(shell, SWT.WRAP);
        prompt.setText(words.format("why.prompt", words.decision(to), words.decision(from)));
        GridData promptData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        promptData.widthHint = 440;
        prompt.setLayoutData(promptData);
        Text why = new Text(shell, SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL);
        GridData whyData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        whyData.heightHint = 80;
        why.setLayoutData(whyData);

        Button cancel = new Button(shell, SWT.PUSH);
        cancel.setText(words.get("why.cancel"));
        cancel.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
        Button ok = new Button(shell, SWT.PUSH);
        ok.setText(words.get("why.ok"));
        ok.setEnabled(false);
        why.addListener(SWT.Modify, event -> ok.setEnabled(!why.getText().isBlank()));
        // Enter confirms, as in every dialog; Shift+Enter starts a new line
        why.addListener(SWT.Traverse, event -> {
            if (event.detail == SWT.TRAVERSE_RETURN && (event.stateMask & SWT.SHIFT) == 0) {
                event.doit = ok.isEnabled();
                event.detail = SWT.TRAVERSE_NONE;
                if (ok.isEnabled()) {
                    ok.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                }
            }
        });
        ok.addListener(SWT.Selection, event -> {
            String reason = why.getText().strip();
            shell.close();
            confirmed.accept(reason);
        });
        cancel.addListener(SWT.Selection, event -> shell.close());

        shell.pack();
        Rectangle owner = parent.getBounds();
        Point size = shell.getSize();
        shell.setLocation(owner.x + (owner.width - size.x) / 2, owner.y + (owner.height - size.y) / 3);
        shell.open();
        why.setFocus();
        return shell;
    }
}

package webcare.ui.review.swt;

import java.util.function.Consumer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A question over the session in the session's large type: a note to write, or a yes/no. Does
 * not block: {@code answered} runs when the user confirms; Esc or closing cancels.
 */
final class Prompt {

    private final Shell shell;
    private final Text text;

    private Prompt(Shell parent, Look look, String title, String message, String initial, boolean required,
            String ok, String cancel, Consumer<String> answered) {
        shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL);
        shell.setText(title);
        shell.setBackground(look.background);
        shell.setData(ReviewView.ID, "prompt");
        // a frame of its own: over a full-screen session there may be no window manager frame to see
        shell.addListener(SWT.Paint, event -> {
            Rectangle area = shell.getClientArea();
            event.gc.setForeground(look.text);
            event.gc.setLineWidth(4);
            event.gc.drawRectangle(area.x + 2, area.y + 2, area.width - 4, area.height - 4);
        });
        GridLayout layout = new GridLayout(2, false);
        int margin = look.body(0).getFontData()[0].getHeight();
        layout.marginWidth = margin;
        layout.marginHeight = margin;
        layout.verticalSpacing = margin / 2;
        layout.horizontalSpacing = margin / 2;
        shell.setLayout(layout);

        Label heading = new Label(shell, SWT.WRAP);
        heading.setText(title);
        heading.setFont(look.bodyBold(0));
        heading.setBackground(look.background);
        heading.setForeground(look.text);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        if (message != null && !message.isEmpty()) {
            Label body = new Label(shell, SWT.WRAP);
            body.setText(message);
            body.setFont(look.label());
            body.setBackground(look.background);
            body.setForeground(look.text);
            body.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        }
        if (initial != null) {
            text = new Text(shell, SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL);
            text.setData(ReviewView.ID, "prompt.text");
            text.setFont(look.body(1));
            text.setText(initial);
            text.selectAll();
            GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
            data.heightHint = text.getLineHeight() * 3 + 8;
            text.setLayoutData(data);
        } else {
            text = null;
        }
        Button yes = new Button(shell, SWT.PUSH);
        yes.setText(ok);
        yes.setFont(look.labelBold());
        yes.setData(ReviewView.ID, "prompt.ok");
        yes.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
        Button no = new Button(shell, SWT.PUSH);
        no.setText(cancel);
        no.setFont(look.label());
        no.setData(ReviewView.ID, "prompt.cancel");
        no.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        shell.setDefaultButton(yes);

        Runnable accept = () -> {
            String answer = text == null ? "" : text.getText().strip();
            if (required && answer.isEmpty()) {
                text.setFocus();
                return;
            }
            shell.dispose();
            answered.accept(answer);
        };
        if (text != null) {
            yes.setEnabled(!required || !initial.isBlank());
            text.addListener(SWT.Modify, event -> yes.setEnabled(!required || !text.getText().isBlank()));
            // Enter saves the note; Shift+Enter starts a new line.
            text.addListener(SWT.Traverse, event -> {
                if (event.detail == SWT.TRAVERSE_RETURN && (event.stateMask & SWT.SHIFT) == 0) {
                    event.doit = false;
                    event.detail = SWT.TRAVERSE_NONE;
                    accept.run();
                }
            });
        }
        yes.addListener(SWT.Selection, event -> accept.run());
        no.addListener(SWT.Selection, event -> shell.dispose());

        Rectangle area = parent.getBounds();
        int width = Math.max(400, area.width * 2 / 3);
        shell.setSize(shell.computeSize(width, SWT.DEFAULT));
        Rectangle size = shell.getBounds();
        shell.setLocation(area.x + (area.width - size.width) / 2, area.y + (area.height - size.height) / 3);
        shell.open();
        if (text != null) {
            text.setFocus();
        } else {
            yes.setFocus();
        }
    }

    /** Asks for a text (a note); {@code required}: OK only once something is written. */
    static Prompt text(Shell parent, Look look, String title, String message, String initial, boolean required,
            String ok, String cancel, Consumer<String> answered) {
        return new Prompt(parent, look, title, message, initial == null ? "" : initial, required, ok, cancel,
                answered);
    }

    /** Asks a yes/no question; {@code yes} runs on OK. */
    static Prompt confirm(Shell parent, Look look, String title, String message, String ok, String cancel,
            Runnable yes) {
        return new Prompt(parent, look, title, message, null, false, ok, cancel, ignored -> yes.run());
    }

    Shell shell() {
        return shell;
    }
}

package webcare.ui.incidents.swt;

import java.util.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for one text (a public update, a note, a decision): OK with Ctrl+Enter or the button; empty when cancelled. */
final class TextPrompt {

    private TextPrompt() {}

    /** Asks a yes-or-no question: true for yes. */
    static boolean confirm(Shell owner, Words words, String question) {
        MessageBox box = new MessageBox(owner, SWT.ICON_QUESTION | SWT.YES | SWT.NO);
        box.setText(words.get("title"));
        box.setMessage(question);
        return box.open() == SWT.YES;
    }

    static Optional<String> ask(Shell owner, Words words, String question) {
        Shell dialog = new Shell(owner, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL | SWT.RESIZE);
        dialog.setText(question);
        dialog.setLayout(new GridLayout(2, false));
        Label label = new Label(dialog, SWT.WRAP);
        label.setText(question);
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Text text = new Text(dialog, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData size = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        size.widthHint = 460;
        size.heightHint = 120;
        text.setLayoutData(size);
        Button ok = new Button(dialog, SWT.PUSH);
        ok.setText(words.get("prompt.ok"));
        ok.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
        Button cancel = new Button(dialog, SWT.PUSH);
        cancel.setText(words.get("prompt.cancel"));
        String[] answer = {null};
        Runnable accept = () -> {
            if (!text.getText().isBlank()) {
                answer[0] = text.getText().strip();
                dialog.close();
            }
        };
        ok.addListener(SWT.Selection, event -> accept.run());
        cancel.addListener(SWT.Selection, event -> dialog.close());
        text.addListener(SWT.KeyDown, event -> {
            if (event.character == SWT.CR && (event.stateMask & SWT.MOD1) != 0) {
                event.doit = false;
                accept.run();
            }
        });
        dialog.setDefaultButton(ok);
        Modal.show(dialog, text);
        return Optional.ofNullable(answer[0]);
    }
}

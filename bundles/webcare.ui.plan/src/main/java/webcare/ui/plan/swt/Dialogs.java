package webcare.ui.plan.swt;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import webcare.plan.api.Change;
import webcare.plan.api.PlanChangedException;
import webcare.plan.api.PlanError;
import webcare.ui.plan.model.ChangeText;
import webcare.ui.plan.model.Messages;

/**
 * The editor's own dialogs: a name for a new element, what someone else changed meanwhile, and why
 * a plan file was not imported.
 */
final class Dialogs {

    private Dialogs() {}

    /**
     * Asks for the name of a new element; empty when cancelled. OK is enabled only for a name
     * that is not blank, since the element's id is made from it.
     */
    static Optional<String> name(Shell parent, ResourceBundle texts, String title, String label, String hint) {
        Shell shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL | SWT.RESIZE);
        shell.setText(title);
        shell.setData(FormBuilder.ID, "plan.name");
        shell.setLayout(layout(2));
        Label caption = new Label(shell, SWT.NONE);
        caption.setText(label);
        Text text = new Text(shell, SWT.BORDER | SWT.SINGLE);
        GridData textData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        textData.widthHint = 320;
        text.setLayoutData(textData);
        text.setMessage(hint);
        text.setData(FormBuilder.ID, "plan.name.text");
        Label note = new Label(shell, SWT.WRAP);
        note.setText(texts.getString("name.note"));
        GridData noteData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        noteData.widthHint = 420;
        note.setLayoutData(noteData);
        String[] answer = {null};
        Composite buttons = buttons(shell, 2);
        Button ok = button(buttons, texts.getString("dialog.ok"), "plan.name.ok");
        Button cancel = button(buttons, texts.getString("dialog.cancel"), "plan.name.cancel");
        ok.setEnabled(false);
        text.addListener(SWT.Modify, event -> ok.setEnabled(!text.getText().isBlank()));
        ok.addListener(SWT.Selection, event -> {
            answer[0] = text.getText().strip();
            shell.close();
        });
        cancel.addListener(SWT.Selection, event -> shell.close());
        shell.setDefaultButton(ok);
        open(parent, shell);
        return Optional.ofNullable(answer[0]).filter(name -> !name.isBlank());
    }

    /**
     * Tells that someone saved the plan since it was loaded, and what they changed; true when the
     * user chooses to reload theirs (and discard their own edits), false to keep editing.
     */
    static boolean reloadTheirs(Shell parent, ResourceBundle texts, Locale locale, PlanChangedException conflict) {
        Shell shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL | SWT.RESIZE);
        shell.setText(texts.getString("conflict.title"));
        shell.setData(FormBuilder.ID, "plan.conflict");
        shell.setLayout(layout(2));
        Label icon = new Label(shell, SWT.NONE);
        icon.setImage(shell.getDisplay().getSystemImage(SWT.ICON_WARNING));
        icon.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false, 1, 2));
        Label message = new Label(shell, SWT.WRAP);
        var current = conflict.current();
        message.setText(Messages.format(locale, texts.getString("conflict.message"),
                current == null || current.savedBy() == null ? texts.getString("conflict.someone") : current.savedBy(),
                ChangeText.clock(current == null ? null : current.savedAt())));
        GridData messageData = new GridData(SWT.FILL, SWT.TOP, true, false);
        messageData.widthHint = 560;
        message.setLayoutData(messageData);
        Label explain = new Label(shell, SWT.WRAP);
        explain.setText(texts.getString("conflict.explain"));
        explain.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        Tree changes = new Tree(shell, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        GridData changesData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        changesData.heightHint = 220;
        changes.setLayoutData(changesData);
        changes.setData(FormBuilder.ID, "plan.conflict.changes");
        if (conflict.changes().isEmpty()) {
            new TreeItem(changes, SWT.NONE).setText(texts.getString("conflict.unknown"));
        }
        for (Map.Entry<String, List<Change>> group : ChangeText.byLabel(conflict.changes()).entrySet()) {
            TreeItem element = new TreeItem(changes, SWT.NONE);
            element.setText(group.getKey());
            for (Change change : group.getValue()) {
                new TreeItem(element, SWT.NONE).setText(change.text());
            }
            element.setExpanded(true);
        }
        boolean[] reload = {false};
        Composite buttons = buttons(shell, 2);
        Button theirs = button(buttons, texts.getString("conflict.reload"), "plan.conflict.reload");
        Button keep = button(buttons, texts.getString("conflict.keep"), "plan.conflict.keep");
        theirs.addListener(SWT.Selection, event -> {
            reload[0] = true;
            shell.close();
        });
        keep.addListener(SWT.Selection, event -> shell.close());
        // the safe choice is the default: Enter never throws work away
        shell.setDefaultButton(keep);
        open(parent, shell);
        return reload[0];
    }

    /**
     * Tells that the plan file {@code fileName} was not imported, listing every error as
     * "path: message" in a list that scrolls, however many there are.
     */
    static void importErrors(Shell parent, ResourceBundle texts, Locale locale, String fileName,
            List<PlanError> errors) {
        Shell shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL | SWT.RESIZE);
        shell.setText(texts.getString("import.errors.title"));
        shell.setData(FormBuilder.ID, "plan.importErrors");
        shell.setLayout(layout(2));
        Label icon = new Label(shell, SWT.NONE);
        icon.setImage(shell.getDisplay().getSystemImage(SWT.ICON_ERROR));
        icon.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
        Label heading = new Label(shell, SWT.WRAP);
        heading.setText(Messages.format(locale, texts.getString("import.errors.heading"), fileName, errors.size()));
        heading.setData(FormBuilder.ID, "plan.importErrors.heading");
        GridData headingData = new GridData(SWT.FILL, SWT.TOP, true, false);
        headingData.widthHint = 560;
        heading.setLayoutData(headingData);
        org.eclipse.swt.widgets.List list = new org.eclipse.swt.widgets.List(shell,
                SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        listData.heightHint = 220;
        list.setLayoutData(listData);
        list.setData(FormBuilder.ID, "plan.importErrors.list");
        for (PlanError error : errors) {
            list.add(error.path() + ": " + error.message());
        }
        Composite buttons = buttons(shell, 1);
        Button close = button(buttons, texts.getString("import.errors.close"), "plan.importErrors.close");
        close.addListener(SWT.Selection, event -> shell.close());
        shell.setDefaultButton(close);
        open(parent, shell);
    }

    private static GridLayout layout(int columns) {
        GridLayout layout = new GridLayout(columns, false);
        layout.marginWidth = 16;
        layout.marginHeight = 16;
        layout.horizontalSpacing = 12;
        layout.verticalSpacing = 10;
        return layout;
    }

    private static Composite buttons(Shell shell, int count) {
        Composite buttons = new Composite(shell, SWT.NONE);
        GridLayout layout = new GridLayout(count, true);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        buttons.setLayout(layout);
        buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false, 2, 1));
        return buttons;
    }

    private static Button button(Composite parent, String text, String id) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setData(FormBuilder.ID, id);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = Math.max(100, button.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
        button.setLayoutData(data);
        return button;
    }

    /** Sizes and centres {@code shell} on {@code parent}, and runs its event loop until it closes. */
    private static void open(Shell parent, Shell shell) {
        shell.pack();
        Point size = shell.getSize();
        Rectangle area = parent.getBounds();
        shell.setLocation(area.x + Math.max(0, (area.width - size.x) / 2),
                area.y + Math.max(0, (area.height - size.y) / 3));
        // taken first: the dialog may already be closed once open() returns (GTK waits for the window)
        Display display = shell.getDisplay();
        shell.open();
        while (!shell.isDisposed()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
    }
}

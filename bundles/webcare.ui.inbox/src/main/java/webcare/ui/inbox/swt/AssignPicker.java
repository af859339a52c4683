package webcare.ui.inbox.swt;

import java.util.List;
import java.util.function.Consumer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import webcare.ui.inbox.model.Team;

/**
 * Picks whom to assign an item to: typing narrows the team to the names it finds, the arrows move
 * through them, Enter assigns the chosen one and Escape closes. Only a teammate can be picked.
 * Opens without a nested event loop; {@code chosen} runs with the name. UI thread only.
 */
final class AssignPicker {

    /** Marks the picker's shell. */
    static final String MARK = AssignPicker.class.getName();
    private static final int VISIBLE_NAMES = 8;

    private AssignPicker() {}

    /** @param current whom the item is assigned to now, or null: not offered again */
    static Shell open(Shell parent, Words words, Team team, String current, Consumer<String> chosen) {
        Shell shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL);
        shell.setData(MARK, Boolean.TRUE);
        shell.setText(words.get("assign.title"));
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 14;
        layout.marginHeight = 12;
        shell.setLayout(layout);

        Label prompt = new Label(shell, SWT.NONE);
        prompt.setText(words.get("assign.prompt"));
        Text typed = new Text(shell, SWT.SINGLE | SWT.BORDER | SWT.SEARCH);
        typed.setMessage(words.get("assign.type"));
        typed.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        org.eclipse.swt.widgets.List names = new org.eclipse.swt.widgets.List(shell, SWT.SINGLE | SWT.BORDER
                | SWT.V_SCROLL);
        GridData namesData = new GridData(SWT.FILL, SWT.FILL, true, true);
        namesData.widthHint = 280;
        namesData.heightHint = names.getItemHeight() * VISIBLE_NAMES;
        names.setLayoutData(namesData);
        Label none = new Label(shell, SWT.NONE);
        none.setText(words.get("assign.none"));
        none.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        Runnable narrow = () -> {
            List<String> found = team.matching(typed.getText()).stream().filter(name -> !name.equals(current)).toList();
            names.setItems(found.toArray(String[]::new));
            if (!found.isEmpty()) {
                names.select(0);
            }
            none.setVisible(found.isEmpty());
        };
        Runnable assign = () -> {
            int index = names.getSelectionIndex();
            if (index >= 0) {
                String name = names.getItem(index);
                shell.close();
                chosen.accept(name);
            }
        };
        typed.addListener(SWT.Modify, event -> narrow.run());
        typed.addListener(SWT.DefaultSelection, event -> assign.run());
        typed.addListener(SWT.KeyDown, event -> {
            int step = event.keyCode == SWT.ARROW_DOWN ? 1 : event.keyCode == SWT.ARROW_UP ? -1 : 0;
            if (step != 0 && names.getItemCount() > 0) {
                names.select(Math.floorMod(names.getSelectionIndex() + step, names.getItemCount()));
                names.showSelection();
                event.doit = false; // the caret stays where it is
            }
        });
        names.addListener(SWT.DefaultSelection, event -> assign.run());
        narrow.run();

        shell.pack();
        Rectangle owner = parent.getBounds();
        Point size = shell.getSize();
        shell.setLocation(owner.x + (owner.width - size.x) / 2, owner.y + (owner.height - size.y) / 3);
        shell.open();
        typed.setFocus();
        return shell;
    }
}

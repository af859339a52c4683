package webcare.ui.review.swt;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * The session's building blocks in its {@link Look}: pages, rows, labels and buttons sized for the
 * room, each named with {@link ReviewView#ID} for the tests. Spacing follows the type size, so a
 * projector's large type gets room to breathe. UI thread only.
 */
final class SessionWidgets {

    private final Look look;
    private final Texts texts;

    SessionWidgets(Look look, Texts texts) {
        this.look = look;
        this.texts = texts;
    }

    Look look() {
        return look;
    }

    Texts texts() {
        return texts;
    }

    int gap() {
        return Math.max(8, look.label().getFontData()[0].getHeight());
    }

    /** A page of the session: one at a time fills the window. */
    Composite page(Composite pages, String id) {
        Composite page = new Composite(pages, SWT.NONE);
        page.setData(ReviewView.ID, id);
        page.setBackground(look.background);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = gap() * 2;
        layout.marginHeight = gap();
        layout.verticalSpacing = gap() / 2 + 2;
        page.setLayout(layout);
        return page;
    }

    Composite row(Composite parent, int columns) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setBackground(look.background);
        GridLayout layout = new GridLayout(columns, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.horizontalSpacing = gap() / 2;
        row.setLayout(layout);
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return row;
    }

    static GridLayout column(int margin, int spacing) {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = margin;
        layout.marginHeight = margin;
        layout.verticalSpacing = spacing;
        return layout;
    }

    /** @param id the test id; null for none */
    Label label(Composite parent, int style, Font font, Color ink, String id) {
        Label label = new Label(parent, style);
        label.setFont(font);
        label.setForeground(ink);
        label.setBackground(parent.getBackground());
        if (id != null) {
            label.setData(ReviewView.ID, id);
        }
        return label;
    }

    /** Takes the row's free width, pushing what follows to the right. */
    void spacer(Composite parent) {
        Label spacer = new Label(parent, SWT.NONE);
        spacer.setBackground(parent.getBackground());
        spacer.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    /** @param text the key of the button's text */
    Button button(Composite parent, String id, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setData(ReviewView.ID, id);
        button.setText(texts.get(text));
        button.setFont(look.label());
        GridData data = new GridData(SWT.FILL, SWT.CENTER, false, false);
        data.heightHint = look.label().getFontData()[0].getHeight() * 3;
        button.setLayoutData(data);
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }

    /** Shows or hides a control, and gives its room to the others while hidden. */
    static void visible(Control control, boolean visible) {
        control.setVisible(visible);
        ((GridData) control.getLayoutData()).exclude = !visible;
    }

    /** Label text without mnemonics: "R&D" stays "R&D". */
    static String plain(String text) {
        return text.replace("&", "&&");
    }
}

package webcare.ui.themes.swt;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import webcare.themes.api.Theme;
import webcare.themes.api.ThemeItem;
import webcare.ui.themes.model.PlainText;

/**
 * The complaints a theme comes from, newest first: when, where, and the text as plain text
 * (a read-only text field interprets no markup; control and direction characters are taken out).
 * UI thread only.
 */
final class ExamplesPane {

    /** The longest part of one complaint shown; the rest is in the Inbox. */
    private static final int LONGEST = 1_000;

    private final Composite panel;
    private final Label title;
    private final Text text;
    private final Words words;

    ExamplesPane(Composite parent, Words words) {
        this.words = words;
        panel = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        panel.setLayout(layout);
        title = new Label(panel, SWT.WRAP);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text = new Text(panel, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        clear();
    }

    Control control() {
        return panel;
    }

    Text text() {
        return text;
    }

    void show(Theme theme) {
        title.setText(words.format("examples.title", theme.term()));
        StringBuilder shown = new StringBuilder();
        for (ThemeItem item : theme.examples()) {
            if (!shown.isEmpty()) {
                shown.append("\n\n");
            }
            shown.append(words.format("example", words.formats().dateTime(item.created()), words.source(item.source())))
                    .append('\n').append(PlainText.of(item.text(), LONGEST));
        }
        text.setText(shown.toString());
        panel.layout(true);
    }

    void clear() {
        title.setText(words.get("examples.none"));
        text.setText("");
        panel.layout(true);
    }
}

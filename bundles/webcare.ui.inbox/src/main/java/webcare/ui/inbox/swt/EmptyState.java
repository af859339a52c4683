package webcare.ui.inbox.swt;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import webcare.ui.api.ViewSite;

/**
 * What the inbox shows instead of an empty list: with no mentions at all, where to get some (the
 * demo on the Welcome page, or a source); with a filter that matches nothing, a way back. UI thread only.
 */
final class EmptyState {

    private final Composite panel;
    private final Label message;
    private final Button welcome;
    private final Button addSource;
    private final Button clear;
    private final Words words;

    EmptyState(Composite parent, Words words, Look look, ViewSite site, Runnable clearFilter) {
        this.words = words;
        panel = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = 40;
        layout.marginHeight = 40;
        panel.setLayout(layout);
        message = new Label(panel, SWT.WRAP);
        message.setFont(look.heading);
        GridData messageData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
        messageData.widthHint = 600;
        message.setLayoutData(messageData);
        welcome = button(words.get("empty.welcome"), () -> site.openView("welcome"));
        addSource = button(words.get("empty.addSource"), () -> site.openView("sources", "add-source"));
        clear = button(words.get("filter.clear"), clearFilter);
    }

    /** Fills the panel for an empty inbox ({@code filtered}: because of the filter) and returns it. */
    Composite show(boolean filtered) {
        message.setText(words.get(filtered ? "empty.filtered" : "empty.none"));
        visible(welcome, !filtered);
        visible(addSource, !filtered);
        visible(clear, filtered);
        panel.layout(true);
        return panel;
    }

    /** The message shown; for tests. */
    String message() {
        return message.getText();
    }

    private Button button(String text, Runnable action) {
        Button button = new Button(panel, SWT.PUSH);
        button.setText(text);
        button.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }

    private static void visible(Button button, boolean shown) {
        button.setVisible(shown);
        ((GridData) button.getLayoutData()).exclude = !shown;
    }
}

package webcare.ui.review.swt;

import static webcare.ui.review.swt.SessionWidgets.column;
import static webcare.ui.review.swt.SessionWidgets.plain;
import static webcare.ui.review.swt.SessionWidgets.visible;

import java.util.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import webcare.model.plan.ReviewItem.Outcome;
import webcare.plan.api.AgendaItem;
import webcare.ui.review.model.ReviewSession;

/**
 * One agenda item in large type: its section and place on the agenda, the flags raised about it,
 * its lines, the decision as a coloured badge (and a bar down the left), the note, and the buttons
 * for each decision. The type shrinks step by step until the item fits the screen. UI thread only.
 */
final class ItemPage {

    /** What the page's buttons do. */
    interface Actions {
        void previous();

        void next();

        void jump(int to);

        void decide(Outcome outcome);

        void editNote();

        /** The contact details of the item's person were confirmed, or that was taken back. */
        void contactConfirmed(boolean confirmed);
    }

    private final SessionWidgets widgets;
    private final Actions actions;
    private final Look look;
    private final Texts texts;
    private final Composite page;
    private final Label section;
    private final Label counter;
    private final AgendaStrip strip;
    private final Composite flagsBox;
    private final Label flagsHeading;
    private final Composite flagLines;
    private final Label title;
    private final Composite badge;
    private final Label badgeText;
    private final Composite linesBox;
    private final Composite noteBox;
    private final Label noteText;
    private final Button contact;
    private final Button previous;
    private final Button next;
    private final Composite buttonRow;
    private final Label saveProblem;

    ItemPage(Composite pages, SessionWidgets widgets, Actions actions) {
        this.widgets = widgets;
        this.actions = actions;
        this.look = widgets.look();
        this.texts = widgets.texts();
        int gap = widgets.gap();
        page = widgets.page(pages, "session.item");
        page.addListener(SWT.Paint, event -> {
            Object state = page.getData(ReviewView.STATE);
            Color colour = state == null || "NONE".equals(state) ? look.open
                    : look.colour(Outcome.valueOf((String) state));
            event.gc.setBackground(colour);
            event.gc.fillRectangle(0, 0, gap, page.getSize().y);
        });
        Composite header = widgets.row(page, 2);
        section = widgets.label(header, SWT.NONE, look.labelBold(), look.muted, "session.section");
        section.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        counter = widgets.label(header, SWT.RIGHT, look.labelBold(), look.text, "session.counter");
        counter.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        strip = new AgendaStrip(page, look, actions::jump);
        strip.control().setData(ReviewView.ID, "session.progress");
        GridData stripData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        stripData.heightHint = Math.max(14, look.label().getFontData()[0].getHeight());
        strip.control().setLayoutData(stripData);

        flagsBox = new Composite(page, SWT.NONE);
        flagsBox.setData(ReviewView.ID, "session.flags");
        flagsBox.setBackground(look.flagBackground);
        GridLayout flagsLayout = new GridLayout(1, false);
        flagsLayout.marginWidth = gap;
        flagsLayout.marginHeight = gap / 2;
        flagsLayout.marginLeft = gap / 2;
        flagsBox.setLayout(flagsLayout);
        flagsBox.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        flagsBox.addListener(SWT.Paint, event -> {
            // a thick orange bar on the left: flagged items stand out across the room
            event.gc.setBackground(look.flagged);
            event.gc.fillRectangle(0, 0, Math.max(6, gap / 3), flagsBox.getSize().y);
        });
        flagsHeading = widgets.label(flagsBox, SWT.WRAP, look.bodyBold(0), look.flagged, "session.flags.heading");
        flagsHeading.setBackground(look.flagBackground);
        flagsHeading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        flagLines = new Composite(flagsBox, SWT.NONE);
        flagLines.setBackground(look.flagBackground);
        flagLines.setLayout(column(0, 0));
        flagLines.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        Composite titleRow = widgets.row(page, 2);
        title = widgets.label(titleRow, SWT.WRAP, look.title(0), look.text, "session.title");
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        badge = new Composite(titleRow, SWT.NONE);
        badge.setData(ReviewView.ID, "session.state");
        GridLayout badgeLayout = new GridLayout(1, false);
        badgeLayout.marginWidth = gap;
        badgeLayout.marginHeight = gap / 3;
        badge.setLayout(badgeLayout);
        badge.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        badgeText = widgets.label(badge, SWT.CENTER, look.bodyBold(0), look.onColour, null);
        badgeText.setLayoutData(new GridData(SWT.CENTER, SWT.CENTER, true, true));

        linesBox = new Composite(page, SWT.NONE);
        linesBox.setData(ReviewView.ID, "session.lines");
        linesBox.setBackground(look.background);
        linesBox.setLayout(column(0, gap / 4));
        linesBox.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        noteBox = new Composite(page, SWT.NONE);
        noteBox.setBackground(look.noteBackground);
        GridLayout noteLayout = new GridLayout(1, false);
        noteLayout.marginWidth = gap;
        noteLayout.marginHeight = gap / 3;
        noteBox.setLayout(noteLayout);
        noteBox.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        noteText = widgets.label(noteBox, SWT.WRAP, look.body(0), look.text, "session.note");
        noteText.setBackground(look.noteBackground);
        noteText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        // a toggle, not a check box: GTK draws a check box's box tiny, whatever the font
        contact = new Button(page, SWT.TOGGLE);
        contact.setData(ReviewView.ID, "session.contact");
        contact.setFont(look.labelBold());
        GridData contactData = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
        contactData.heightHint = look.label().getFontData()[0].getHeight() * 3;
        contact.setLayoutData(contactData);
        contact.addListener(SWT.Selection, event -> actions.contactConfirmed(contact.getSelection()));

        buttonRow = widgets.row(page, 8);
        previous = widgets.button(buttonRow, "session.previous", "session.button.previous", actions::previous);
        widgets.spacer(buttonRow);
        Button confirm = widgets.button(buttonRow, "session.confirm", "session.button.confirm",
                () -> actions.decide(Outcome.CONFIRMED));
        Button change = widgets.button(buttonRow, "session.changed", "session.button.changed",
                () -> actions.decide(Outcome.CHANGED));
        Button flag = widgets.button(buttonRow, "session.flag", "session.button.flag",
                () -> actions.decide(Outcome.FLAGGED));
        widgets.button(buttonRow, "session.noteButton", "session.button.note", actions::editNote);
        widgets.spacer(buttonRow);
        next = widgets.button(buttonRow, "session.next", "session.button.next", actions::next);
        confirm.setForeground(look.confirmed);
        change.setForeground(look.changed);
        flag.setForeground(look.flagged);

        Composite footer = widgets.row(page, 2);
        Label hint = widgets.label(footer, SWT.WRAP, look.small(), look.muted, "session.hint");
        hint.setText(texts.get("session.hint"));
        hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        saveProblem = widgets.label(footer, SWT.WRAP | SWT.RIGHT, look.small(), look.flagged, "session.saveProblem");
        saveProblem.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
    }

    Composite control() {
        return page;
    }

    /** Shows the session's current item, its decision, and where it stands on the agenda. */
    void show(ReviewSession session) {
        AgendaItem item = session.current();
        section.setText(plain(texts.section(item.section()).toUpperCase(texts.locale())
                + (item.flagged() ? "   \u2691 " + texts.get("session.flaggedFirst") : "")));
        counter.setText(texts.format("session.counter", session.position() + 1, session.size()));
        strip.show(session);

        for (Control old : flagLines.getChildren()) {
            old.dispose();
        }
        flagsHeading.setText(texts.format("session.flags.heading", item.flags().size()));
        for (String raised : item.flags()) {
            Label line = widgets.label(flagLines, SWT.WRAP, look.body(0), look.text, null);
            line.setText(plain("\u2022 " + raised));
            line.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        }
        visible(flagsBox, item.flagged());

        title.setText(plain(item.title()));
        for (Control old : linesBox.getChildren()) {
            old.dispose();
        }
        for (String text : item.lines()) {
            Label line = widgets.label(linesBox, SWT.WRAP, look.body(0), look.text, null);
            line.setText(plain(text));
            line.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        }
        showDecision(session);
        previous.setEnabled(session.position() > 0);
        next.setText(texts.get(session.position() == session.size() - 1 ? "session.button.toSummary"
                : "session.button.next"));
        page.getParent().layout(true, true);
        fit();
        if (!(page.getDisplay().getFocusControl() instanceof Button focused) || focused.getShell() != page.getShell()
                || !focused.isVisible()) {
            next.setFocus();
        }
    }

    /** The decision on the current item changed: badge, note, contact toggle, strip. */
    void refresh(ReviewSession session) {
        showDecision(session);
        page.layout(true, true);
        fit();
    }

    private void showDecision(ReviewSession session) {
        AgendaItem item = session.current();
        Optional<Outcome> outcome = session.decision(item.item());
        Color colour = look.colour(outcome.orElse(null));
        badge.setBackground(colour);
        badgeText.setBackground(colour);
        badgeText.setForeground(outcome.isPresent() ? look.onColour : look.text);
        badgeText.setText(outcome.map(value -> switch (value) {
            case CONFIRMED -> "\u2714 ";
            case CHANGED -> "\u270E ";
            case FLAGGED -> "\u2691 ";
        } + texts.outcome(value)).orElse(texts.get("outcome.none")));
        badge.setData(ReviewView.STATE, outcome.map(Outcome::name).orElse("NONE"));

        Optional<String> written = session.note(item.item());
        noteText.setText(plain(texts.format("session.noteText", written.orElse(""))));
        visible(noteBox, written.isPresent());

        Optional<String> person = ReviewSession.personOf(item.item());
        visible(contact, person.isPresent());
        boolean confirmedContact = person.map(session::contactConfirmed).orElse(false);
        contact.setSelection(confirmedContact);
        contact.setText((confirmedContact ? "\u2611  " : "\u2610  ") + texts.get("session.contact"));
        contact.setForeground(confirmedContact ? look.confirmed : look.text);
        page.setData(ReviewView.STATE, outcome.map(Outcome::name).orElse("NONE"));
        page.redraw();
        strip.show(session);
    }

    /** Makes the item's type smaller, step by step, until its lines fit the screen. */
    void fit() {
        Font buttonFont = look.label();
        for (Font candidate : new Font[] {look.label(), look.buttonSmaller(), look.small()}) {
            buttonFont = candidate;
            for (Control button : buttonRow.getChildren()) {
                button.setFont(candidate);
            }
            contact.setFont(candidate);
            int available = page.getClientArea().width - 4 * widgets.gap();
            if (buttonRow.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x <= available) {
                break;
            }
        }
        contact.setFont(buttonFont.equals(look.label()) ? look.labelBold() : buttonFont);
        for (int step = 0; step < Look.STEPS; step++) {
            title.setFont(look.title(step));
            badgeText.setFont(look.bodyBold(step));
            flagsHeading.setFont(look.bodyBold(step));
            noteText.setFont(look.body(step));
            for (Control line : flagLines.getChildren()) {
                line.setFont(look.body(step));
            }
            for (Control line : linesBox.getChildren()) {
                line.setFont(look.body(step));
            }
            page.layout(true, true);
            int width = linesBox.getSize().x;
            if (width <= 0 || linesBox.computeSize(width, SWT.DEFAULT).y <= linesBox.getSize().y) {
                return;
            }
        }
    }

    /** The K key: the contact toggle, when this item has one. */
    void toggleContact() {
        if (contact.isVisible()) {
            actions.contactConfirmed(!contact.getSelection());
        }
    }

    /** The last write of the session failed with {@code problem}, or (empty) worked. */
    void saveProblem(Optional<String> problem) {
        if (!saveProblem.isDisposed()) {
            saveProblem.setText(problem.map(text -> plain(texts.format("session.saveProblem", text))).orElse(""));
            saveProblem.getParent().layout(true);
        }
    }
}

package webcare.ui.review.swt;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;
import webcare.model.plan.Review;
import webcare.model.plan.ReviewItem.Outcome;
import webcare.plan.api.AgendaItem;
import webcare.plan.api.Change;
import webcare.plan.api.ExportContext;
import webcare.plan.api.PlanExporter;
import webcare.ui.api.ViewSite;
import webcare.ui.review.model.Approval;
import webcare.ui.review.model.Export;
import webcare.ui.review.model.ReviewSession;
import webcare.ui.review.model.ReviewWork;

/**
 * The session on the meeting room's screen: a shell of its own (full screen in the room), one
 * agenda item at a time in large type, every action on a key and on a button; then the summary,
 * the approval and the documents. Every change is written to the session file at once.
 *
 * <p>Keys on an item: → PageDown Space next; ← PageUp previous; Home first item; End summary;
 * 1/C confirm; 2/W changed (asks a note); 3/F flag (asks a note); N note; K contact details
 * confirmed (people); Enter confirm and next; 0/Backspace/Delete take the decision back; Esc leave
 * (asks first; progress is kept).
 */
final class SessionWindow {

    /** What the view hears from the session. */
    interface Owner {
        /** The plan was reloaded after it was edited during the session. */
        void reloaded(Plan plan);

        /** The plan was approved; the session is finished. */
        void approved(Approval.Approved approved);

        /** The window closed (left, or after approval). */
        void closed();
    }

    private enum Page { ITEM, SUMMARY, APPROVE, DONE }

    private final Display display;
    private final Shell shell;
    private final Look look;
    private final Texts texts;
    private final ReviewSession session;
    private final ViewSite site;
    private final ReviewWork work;
    private final Function<String, PlanExporter> exporters;
    private final Owner owner;
    private final Clock clock;
    private Plan plan;
    private Page page = Page.ITEM;
    private boolean leaving;

    private final StackLayout stack = new StackLayout();
    private final Composite pages;

    // the item page
    private final Composite itemPage;
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
    private final Button confirm;
    private final Button change;
    private final Button flag;
    private final Button note;
    private final Button next;
    private final Composite buttonRow;
    private final Label saveProblem;

    // the summary
    private final Composite summaryPage;
    private final Label notice;
    private final Label[] tiles = new Label[4];
    private final Label contactsLine;
    private final Label undecidedHeading;
    private final Table undecided;
    private final Button toApprove;

    // approval
    private final Composite approvePage;
    private final Label approveDate;
    private final Combo approver;
    private final List<String> approverIds = new ArrayList<>();
    private final DateTime nextReview;
    private final Label nextReviewText;
    private final Label approveWarning;
    private final Label approveMessage;
    private final Button approve;
    private final Button reload;
    private Approval.Changed pendingChange;
    private boolean approving;
    private boolean nextReviewChosen;

    // after approval
    private final Composite donePage;
    private final Label doneDetail;
    private final Label doneMessage;
    private final Label doneMissing;
    private final Button minutes;
    private final Button invitation;
    private Approval.Approved approved;

    private final Listener keys = this::key;

    /**
     * @param screen     where to show the session: a monitor's bounds
     * @param fullScreen false only for previews and tests
     */
    SessionWindow(Display display, Rectangle screen, boolean fullScreen, Texts texts, ReviewSession session,
            Plan plan, ViewSite site, ReviewWork work, Function<String, PlanExporter> exporters, Clock clock,
            Owner owner) {
        this.display = display;
        this.texts = texts;
        this.session = session;
        this.plan = plan;
        this.site = site;
        this.work = work;
        this.exporters = exporters;
        this.clock = clock;
        this.owner = owner;
        this.look = new Look(display, screen);

        shell = new Shell(display, SWT.SHELL_TRIM);
        shell.setText(texts.format("session.window", plan.organisation().name()));
        shell.setData(ReviewView.ID, "session");
        shell.setBackground(look.background);
        shell.setLayout(new org.eclipse.swt.layout.FillLayout());
        pages = new Composite(shell, SWT.NONE);
        pages.setBackground(look.background);
        pages.setLayout(stack);

        // ---- item page
        itemPage = page("session.item");
        itemPage.addListener(SWT.Paint, event -> {
            Object state = itemPage.getData(ReviewView.STATE);
            Color colour = state == null || "NONE".equals(state) ? look.open
                    : look.colour(Outcome.valueOf((String) state));
            event.gc.setBackground(colour);
            event.gc.fillRectangle(0, 0, gap(), itemPage.getSize().y);
        });
        Composite header = row(itemPage, 2);
        section = label(header, SWT.NONE, look.labelBold(), look.muted, "session.section");
        section.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        counter = label(header, SWT.RIGHT, look.labelBold(), look.text, "session.counter");
        counter.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        strip = new AgendaStrip(itemPage, look, this::jump);
        strip.control().setData(ReviewView.ID, "session.progress");
        GridData stripData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        stripData.heightHint = Math.max(14, look.label().getFontData()[0].getHeight());
        strip.control().setLayoutData(stripData);

        flagsBox = new Composite(itemPage, SWT.NONE);
        flagsBox.setData(ReviewView.ID, "session.flags");
        flagsBox.setBackground(look.flagBackground);
        GridLayout flagsLayout = new GridLayout(1, false);
        flagsLayout.marginWidth = gap();
        flagsLayout.marginHeight = gap() / 2;
        flagsLayout.marginLeft = gap() / 2;
        flagsBox.setLayout(flagsLayout);
        flagsBox.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        flagsBox.addListener(SWT.Paint, event -> {
            // a thick orange bar on the left: flagged items stand out across the room
            event.gc.setBackground(look.flagged);
            event.gc.fillRectangle(0, 0, Math.max(6, gap() / 3), flagsBox.getSize().y);
        });
        flagsHeading = label(flagsBox, SWT.WRAP, look.bodyBold(0), look.flagged, "session.flags.heading");
        flagsHeading.setBackground(look.flagBackground);
        flagsHeading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        flagLines = new Composite(flagsBox, SWT.NONE);
        flagLines.setBackground(look.flagBackground);
        flagLines.setLayout(column(0, 0));
        flagLines.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        Composite titleRow = row(itemPage, 2);
        title = label(titleRow, SWT.WRAP, look.title(0), look.text, "session.title");
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        badge = new Composite(titleRow, SWT.NONE);
        badge.setData(ReviewView.ID, "session.state");
        GridLayout badgeLayout = new GridLayout(1, false);
        badgeLayout.marginWidth = gap();
        badgeLayout.marginHeight = gap() / 3;
        badge.setLayout(badgeLayout);
        badge.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        badgeText = label(badge, SWT.CENTER, look.bodyBold(0), look.onColour, null);
        badgeText.setLayoutData(new GridData(SWT.CENTER, SWT.CENTER, true, true));

        linesBox = new Composite(itemPage, SWT.NONE);
        linesBox.setData(ReviewView.ID, "session.lines");
        linesBox.setBackground(look.background);
        linesBox.setLayout(column(0, gap() / 4));
        linesBox.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        noteBox = new Composite(itemPage, SWT.NONE);
        noteBox.setBackground(look.noteBackground);
        GridLayout noteLayout = new GridLayout(1, false);
        noteLayout.marginWidth = gap();
        noteLayout.marginHeight = gap() / 3;
        noteBox.setLayout(noteLayout);
        noteBox.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        noteText = label(noteBox, SWT.WRAP, look.body(0), look.text, "session.note");
        noteText.setBackground(look.noteBackground);
        noteText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        // a toggle, not a check box: GTK draws a check box's box tiny, whatever the font
        contact = new Button(itemPage, SWT.TOGGLE);
        contact.setData(ReviewView.ID, "session.contact");
        contact.setFont(look.labelBold());
        GridData contactData = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
        contactData.heightHint = look.label().getFontData()[0].getHeight() * 3;
        contact.setLayoutData(contactData);
        contact.addListener(SWT.Selection, event -> contactConfirmed(contact.getSelection()));

        Composite buttons = row(itemPage, 8);
        buttonRow = buttons;
        previous = button(buttons, "session.previous", "session.button.previous", this::previous);
        spacer(buttons);
        confirm = button(buttons, "session.confirm", "session.button.confirm", () -> decide(Outcome.CONFIRMED));
        change = button(buttons, "session.changed", "session.button.changed", () -> decide(Outcome.CHANGED));
        flag = button(buttons, "session.flag", "session.button.flag", () -> decide(Outcome.FLAGGED));
        note = button(buttons, "session.noteButton", "session.button.note", this::editNote);
        spacer(buttons);
        next = button(buttons, "session.next", "session.button.next", this::next);
        confirm.setForeground(look.confirmed);
        change.setForeground(look.changed);
        flag.setForeground(look.flagged);

        Composite footer = row(itemPage, 2);
        Label hint = label(footer, SWT.WRAP, look.small(), look.muted, "session.hint");
        hint.setText(texts.get("session.hint"));
        hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        saveProblem = label(footer, SWT.WRAP | SWT.RIGHT, look.small(), look.flagged, "session.saveProblem");
        saveProblem.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));

        // ---- summary
        summaryPage = page("session.summary");
        Label summaryTitle = label(summaryPage, SWT.WRAP, look.title(1), look.text, "summary.title");
        summaryTitle.setText(texts.get("summary.title"));
        notice = label(summaryPage, SWT.WRAP, look.label(), look.flagged, "summary.notice");
        notice.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite tileRow = new Composite(summaryPage, SWT.NONE);
        tileRow.setBackground(look.background);
        GridLayout tileLayout = new GridLayout(4, true);
        tileLayout.marginWidth = 0;
        tileLayout.horizontalSpacing = gap();
        tileRow.setLayout(tileLayout);
        tileRow.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        String[] tileIds = {"summary.count.confirmed", "summary.count.changed", "summary.count.flagged",
            "summary.count.undecided"};
        String[] tileWords = {"summary.tile.confirmed", "summary.tile.changed", "summary.tile.flagged",
            "summary.tile.undecided"};
        Color[] tileColours = {look.confirmed, look.changed, look.flagged, look.open};
        for (int i = 0; i < 4; i++) {
            Composite tile = new Composite(tileRow, SWT.NONE);
            tile.setBackground(tileColours[i]);
            GridLayout layout = new GridLayout(1, false);
            layout.marginHeight = gap() / 3;
            layout.verticalSpacing = 0;
            tile.setLayout(layout);
            tile.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
            Color ink = i == 3 ? look.text : look.onColour;
            tiles[i] = label(tile, SWT.CENTER, look.huge(), ink, tileIds[i]);
            tiles[i].setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            Label word = label(tile, SWT.CENTER, look.bodyBold(1), ink, null);
            word.setText(texts.get(tileWords[i]));
            word.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        }
        contactsLine = label(summaryPage, SWT.WRAP, look.body(1), look.text, "summary.contacts");
        contactsLine.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        undecidedHeading = label(summaryPage, SWT.WRAP, look.bodyBold(1), look.text, "summary.undecided.heading");
        undecidedHeading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        undecided = new Table(summaryPage, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
        undecided.setData(ReviewView.ID, "summary.undecided");
        undecided.setFont(look.body(2));
        undecided.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        undecided.addListener(SWT.DefaultSelection, event -> jumpToUndecided());
        Composite summaryButtons = row(summaryPage, 3);
        button(summaryButtons, "summary.back", "summary.button.back", () -> {
            session.jump(session.size() - 1);
            showItem();
        });
        spacer(summaryButtons);
        toApprove = button(summaryButtons, "summary.approve", "summary.button.approve", this::showApprove);
        toApprove.setFont(look.bodyBold(2));
        Label summaryHint = label(summaryPage, SWT.WRAP, look.small(), look.muted, null);
        summaryHint.setText(texts.get("summary.hint"));
        summaryHint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        // ---- approval
        approvePage = page("session.approve");
        Label approveTitle = label(approvePage, SWT.WRAP, look.title(1), look.text, null);
        approveTitle.setText(texts.get("approve.title"));
        Composite form = new Composite(approvePage, SWT.NONE);
        form.setBackground(look.background);
        GridLayout formLayout = new GridLayout(3, false);
        formLayout.horizontalSpacing = gap();
        formLayout.verticalSpacing = gap() / 2;
        form.setLayout(formLayout);
        form.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        label(form, SWT.NONE, look.body(1), look.muted, null).setText(texts.get("approve.date"));
        approveDate = label(form, SWT.NONE, look.body(1), look.text, "approve.date");
        approveDate.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        label(form, SWT.NONE, look.body(1), look.muted, null).setText(texts.get("approve.by"));
        approver = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
        approver.setData(ReviewView.ID, "approve.by");
        approver.setFont(look.body(1));
        approver.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));
        approver.addListener(SWT.Selection, event -> updateApprove());
        label(form, SWT.NONE, look.body(1), look.muted, null).setText(texts.get("approve.next"));
        nextReview = new DateTime(form, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        nextReview.setData(ReviewView.ID, "approve.next");
        nextReview.setFont(look.body(1));
        nextReview.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        nextReview.addListener(SWT.Selection, event -> updateApprove());
        nextReviewText = label(form, SWT.NONE, look.body(1), look.text, "approve.next.text");
        nextReviewText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        approveWarning = label(approvePage, SWT.WRAP, look.label(), look.flagged, "approve.warning");
        approveWarning.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        approveMessage = label(approvePage, SWT.WRAP, look.label(), look.text, "approve.message");
        approveMessage.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite approveButtons = row(approvePage, 4);
        button(approveButtons, "approve.back", "approve.button.back", this::showSummary);
        spacer(approveButtons);
        reload = button(approveButtons, "approve.reload", "approve.button.reload", this::reload);
        approve = button(approveButtons, "approve.submit", "approve.button.approve", this::approve);
        approve.setFont(look.bodyBold(2));
        approve.setForeground(look.confirmed);

        // ---- after approval
        donePage = page("session.done");
        Label doneTitle = label(donePage, SWT.WRAP, look.title(0), look.confirmed, "done.title");
        doneTitle.setText(texts.get("done.title"));
        doneDetail = label(donePage, SWT.WRAP, look.body(1), look.text, "done.detail");
        doneDetail.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite doneButtons = row(donePage, 3);
        minutes = button(doneButtons, "done.minutes", "done.button.minutes", () -> export(ReviewView.MINUTES));
        invitation = button(doneButtons, "done.invitation", "done.button.invitation",
                () -> export(ReviewView.INVITATION));
        button(doneButtons, "done.close", "done.button.close", shell::close);
        doneMissing = label(donePage, SWT.WRAP, look.small(), look.muted, "done.missing");
        doneMissing.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        doneMessage = label(donePage, SWT.WRAP, look.label(), look.text, "done.message");
        doneMessage.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        display.addFilter(SWT.KeyDown, keys);
        display.addFilter(SWT.Traverse, keys);
        shell.addListener(SWT.Close, event -> {
            if (approved == null && !leaving) {
                event.doit = false;
                askToLeave();
            }
        });
        shell.addListener(SWT.Activate, event -> {
            if (page == Page.DONE) {
                showExporters();
            }
        });
        shell.addListener(SWT.Resize, event -> {
            if (page == Page.ITEM && !session.atEnd()) {
                fit();
            }
        });
        shell.addListener(SWT.Dispose, event -> {
            display.removeFilter(SWT.KeyDown, keys);
            display.removeFilter(SWT.Traverse, keys);
            look.dispose();
            owner.closed();
        });

        shell.setBounds(screen);
        if (fullScreen) {
            shell.setFullScreen(true);
        }
    }

    /** Shows the window where the session stands: its current item, or the summary. */
    void open() {
        shell.open();
        if (session.atEnd()) {
            showSummary();
        } else {
            showItem();
        }
    }

    Shell shell() {
        return shell;
    }

    boolean isDisposed() {
        return shell.isDisposed();
    }

    /** Brings the window forward. */
    void activate() {
        shell.setMinimized(false);
        shell.forceActive();
    }

    /** Closes the window; progress is kept (it was written with each change). */
    void close() {
        if (!shell.isDisposed()) {
            leaving = true;
            shell.dispose();
        }
    }

    /** The minutes or invitation exporter came or went. */
    void exportersChanged() {
        if (!shell.isDisposed() && page == Page.DONE) {
            showExporters();
        }
    }

    // ---- building blocks

    private int gap() {
        return Math.max(8, look.label().getFontData()[0].getHeight());
    }

    private Composite page(String id) {
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

    private Composite row(Composite parent, int columns) {
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

    private static GridLayout column(int margin, int spacing) {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = margin;
        layout.marginHeight = margin;
        layout.verticalSpacing = spacing;
        return layout;
    }

    private Label label(Composite parent, int style, Font font, Color ink, String id) {
        Label label = new Label(parent, style);
        label.setFont(font);
        label.setForeground(ink);
        label.setBackground(parent.getBackground());
        if (id != null) {
            label.setData(ReviewView.ID, id);
        }
        return label;
    }

    private void spacer(Composite parent) {
        Label spacer = new Label(parent, SWT.NONE);
        spacer.setBackground(parent.getBackground());
        spacer.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    private Button button(Composite parent, String id, String text, Runnable action) {
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

    private static void show(Control control, boolean visible) {
        control.setVisible(visible);
        ((GridData) control.getLayoutData()).exclude = !visible;
    }

    /** Label text without mnemonics: "R&D" stays "R&D". */
    private static String plain(String text) {
        return text.replace("&", "&&");
    }

    private String name(String person) {
        return plan.person(person).map(Person::name).orElse(person);
    }

    // ---- the item page

    private void showItem() {
        page = Page.ITEM;
        stack.topControl = itemPage;
        AgendaItem item = session.current();
        shell.setData(ReviewView.ITEM, item.item());
        section.setText(plain(texts.section(item.section()).toUpperCase(texts.locale())
                + (item.flagged() ? "   \u2691 " + texts.get("session.flaggedFirst") : "")));
        counter.setText(texts.format("session.counter", session.position() + 1, session.size()));
        strip.show(session);

        for (Control old : flagLines.getChildren()) {
            old.dispose();
        }
        flagsHeading.setText(texts.format("session.flags.heading", item.flags().size()));
        for (String raised : item.flags()) {
            Label line = label(flagLines, SWT.WRAP, look.body(0), look.text, null);
            line.setText(plain("\u2022 " + raised));
            line.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        }
        show(flagsBox, item.flagged());

        title.setText(plain(item.title()));
        for (Control old : linesBox.getChildren()) {
            old.dispose();
        }
        for (String text : item.lines()) {
            Label line = label(linesBox, SWT.WRAP, look.body(0), look.text, null);
            line.setText(plain(text));
            line.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        }
        showDecision(item);
        previous.setEnabled(session.position() > 0);
        next.setText(texts.get(session.position() == session.size() - 1 ? "session.button.toSummary"
                : "session.button.next"));
        pages.layout(true, true);
        fit();
        if (!(display.getFocusControl() instanceof Button focused) || focused.getShell() != shell
                || !focused.isVisible()) {
            next.setFocus();
        }
    }

    /** The state of the decision: badge, note, contact box; the strip. */
    private void showDecision(AgendaItem item) {
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
        show(noteBox, written.isPresent());

        Optional<String> person = ReviewSession.personOf(item.item());
        show(contact, person.isPresent());
        boolean confirmedContact = person.map(session::contactConfirmed).orElse(false);
        contact.setSelection(confirmedContact);
        contact.setText((confirmedContact ? "\u2611  " : "\u2610  ") + texts.get("session.contact"));
        contact.setForeground(confirmedContact ? look.confirmed : look.text);
        itemPage.setData(ReviewView.STATE, outcome.map(Outcome::name).orElse("NONE"));
        itemPage.redraw();
        strip.show(session);
    }

    /** Makes the item's type smaller, step by step, until its lines fit the screen. */
    private void fit() {
        if (page != Page.ITEM || session.atEnd()) {
            return;
        }
        Font buttonFont = look.label();
        for (Font candidate : new Font[] {look.label(), look.buttonSmaller(), look.small()}) {
            buttonFont = candidate;
            for (Control button : buttonRow.getChildren()) {
                button.setFont(candidate);
            }
            contact.setFont(candidate);
            int available = itemPage.getClientArea().width - 4 * gap();
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
            itemPage.layout(true, true);
            int width = linesBox.getSize().x;
            if (width <= 0 || linesBox.computeSize(width, SWT.DEFAULT).y <= linesBox.getSize().y) {
                return;
            }
        }
    }

    private void refresh() {
        if (page == Page.ITEM && !session.atEnd()) {
            showDecision(session.current());
            itemPage.layout(true, true);
            fit();
        }
    }

    private void next() {
        session.next();
        if (session.atEnd()) {
            showSummary();
        } else {
            showItem();
        }
    }

    private void previous() {
        if (session.previous()) {
            showItem();
        }
    }

    private void jump(int to) {
        session.jump(to);
        showItem();
    }

    private void decide(Outcome outcome) {
        AgendaItem item = session.current();
        switch (outcome) {
            case CONFIRMED -> {
                session.decide(item.item(), outcome);
                saved();
            }
            case CHANGED -> askNote(item, "prompt.changed.title", false, text -> {
                session.note(item.item(), text);
                session.decide(item.item(), outcome);
                saved();
            });
            case FLAGGED -> askNote(item, "prompt.flag.title", true, text -> {
                session.note(item.item(), text);
                session.decide(item.item(), outcome);
                saved();
            });
        }
    }

    private void editNote() {
        AgendaItem item = session.current();
        askNote(item, "prompt.note.title", false, text -> {
            session.note(item.item(), text);
            saved();
        });
    }

    private void askNote(AgendaItem item, String titleKey, boolean required, java.util.function.Consumer<String> done) {
        Prompt.text(shell, look, texts.get(titleKey), plain(item.title()), session.note(item.item()).orElse(""),
                required, texts.get("prompt.save"), texts.get("prompt.cancel"), text -> {
                    if (!shell.isDisposed()) {
                        done.accept(text);
                    }
                });
    }

    private void contactConfirmed(boolean confirmed) {
        ReviewSession.personOf(session.current().item()).ifPresent(person -> {
            session.contactConfirmed(person, confirmed);
            saved();
        });
    }

    /** After each change: show it, and write the session off the UI thread. */
    private void saved() {
        refresh();
        persist();
    }

    private void persist() {
        ReviewSession.Snapshot snapshot = session.snapshot();
        site.load(texts.get("saving"), () -> work.save(snapshot), problem -> {
            if (!saveProblem.isDisposed()) {
                saveProblem.setText(problem.map(text -> plain(texts.format("session.saveProblem", text))).orElse(""));
                saveProblem.getParent().layout(true);
            }
        });
    }

    /** Leave asks first; not while an approval runs, whose outcome the room has to see. */
    private void askToLeave() {
        if (approving) {
            return;
        }
        Prompt.confirm(shell, look, texts.get("leave.title"), texts.get("leave.message"), texts.get("leave.ok"),
                texts.get("leave.cancel"), () -> {
                    if (!approving && !shell.isDisposed()) {
                        persist();
                        close();
                    }
                });
    }

    // ---- keys

    private void key(Event event) {
        if (!(event.widget instanceof Control control) || control.isDisposed() || control.getShell() != shell) {
            return;
        }
        if (event.type == SWT.Traverse) {
            boolean ours = switch (event.detail) {
                case SWT.TRAVERSE_ESCAPE -> true;
                case SWT.TRAVERSE_ARROW_NEXT, SWT.TRAVERSE_ARROW_PREVIOUS, SWT.TRAVERSE_PAGE_NEXT,
                        SWT.TRAVERSE_PAGE_PREVIOUS, SWT.TRAVERSE_RETURN -> page == Page.ITEM || page == Page.SUMMARY;
                default -> false;
            };
            if (ours) {
                event.doit = false; // not a traversal: the key comes as KeyDown, handled below
            }
            return;
        }
        if ((event.stateMask & (SWT.CTRL | SWT.ALT | SWT.COMMAND)) != 0) {
            return;
        }
        if (handled(event)) {
            event.doit = false;
        }
    }

    private boolean handled(Event event) {
        if (event.keyCode == SWT.ESC) {
            if (page == Page.DONE) {
                shell.close();
            } else {
                askToLeave();
            }
            return true;
        }
        return switch (page) {
            case ITEM -> itemKey(event);
            case SUMMARY -> summaryKey(event);
            default -> false;
        };
    }

    private boolean itemKey(Event event) {
        switch (event.keyCode) {
            case SWT.ARROW_RIGHT, SWT.PAGE_DOWN -> next();
            case SWT.ARROW_LEFT, SWT.PAGE_UP -> previous();
            case SWT.HOME -> jump(0);
            case SWT.END -> {
                session.end();
                showSummary();
            }
            case SWT.CR, SWT.KEYPAD_CR -> {
                session.decide(session.current().item(), Outcome.CONFIRMED);
                persist();
                next();
            }
            case SWT.BS, SWT.DEL -> undecide();
            default -> {
                return itemCharacter(Character.toLowerCase(event.character));
            }
        }
        return true;
    }

    private boolean itemCharacter(char key) {
        switch (key) {
            case ' ' -> next();
            case '1', 'c' -> decide(Outcome.CONFIRMED);
            case '2', 'w' -> decide(Outcome.CHANGED);
            case '3', 'f' -> decide(Outcome.FLAGGED);
            case '0' -> undecide();
            case 'n' -> editNote();
            case 'k' -> {
                if (contact.isVisible()) {
                    contactConfirmed(!contact.getSelection());
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void undecide() {
        session.undecide(session.current().item());
        saved();
    }

    private boolean summaryKey(Event event) {
        switch (event.keyCode) {
            case SWT.ARROW_LEFT, SWT.PAGE_UP -> {
                session.jump(session.size() - 1);
                showItem();
            }
            case SWT.HOME -> jump(0);
            case SWT.CR, SWT.KEYPAD_CR -> {
                if (display.getFocusControl() == undecided && undecided.getSelectionIndex() >= 0) {
                    jumpToUndecided();
                } else {
                    showApprove();
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    // ---- the summary

    private void showSummary() {
        page = Page.SUMMARY;
        stack.topControl = summaryPage;
        shell.setData(ReviewView.ITEM, null);
        if (!session.atEnd()) {
            session.end();
        }
        Map<Outcome, Integer> counts = session.counts();
        int open = session.undecided().size();
        tiles[0].setText(Integer.toString(counts.get(Outcome.CONFIRMED)));
        tiles[1].setText(Integer.toString(counts.get(Outcome.CHANGED)));
        tiles[2].setText(Integer.toString(counts.get(Outcome.FLAGGED)));
        tiles[3].setText(Integer.toString(open));
        contactsLine.setText(plain(texts.format("summary.contacts", session.confirmedContacts().size(),
                session.people()) + "\n" + texts.format("summary.participants", session.participants().size(),
                        session.participants().stream().map(this::name).collect(Collectors.joining(", ")))));
        undecidedHeading.setText(texts.format("summary.undecided", open));
        undecided.removeAll();
        for (AgendaItem item : session.undecided()) {
            TableItem row = new TableItem(undecided, SWT.NONE);
            int at = session.agenda().indexOf(item) + 1;
            row.setText(texts.format("summary.row", at, item.title(), texts.section(item.section()),
                    item.flagged() ? 1 : 0));
            row.setData(item.item());
            if (item.flagged()) {
                row.setForeground(look.flagged);
            }
        }
        show(undecided, open > 0);
        toApprove.setEnabled(!session.participants().isEmpty());
        show(notice, !notice.getText().isEmpty());
        pages.layout(true, true);
        toApprove.setFocus();
        persist();
    }

    private void jumpToUndecided() {
        int at = undecided.getSelectionIndex();
        if (at >= 0 && session.jump((String) undecided.getItem(at).getData())) {
            showItem();
        }
    }

    // ---- approval

    private void showApprove() {
        if (session.participants().isEmpty()) {
            return;
        }
        page = Page.APPROVE;
        stack.topControl = approvePage;
        approveDate.setText(texts.date(session.date()));
        String chosen = approver.getSelectionIndex() >= 0 ? approverIds.get(approver.getSelectionIndex()) : null;
        approver.removeAll();
        approverIds.clear();
        for (String person : session.participants()) {
            approverIds.add(person);
            approver.add(name(person));
        }
        if (chosen != null && approverIds.contains(chosen)) {
            approver.select(approverIds.indexOf(chosen));
        } else if (approverIds.size() == 1) {
            approver.select(0);
        }
        if (!nextReviewChosen) {
            LocalDate next = session.date().plusMonths(12);
            nextReview.setDate(next.getYear(), next.getMonthValue() - 1, next.getDayOfMonth());
            nextReviewChosen = true;
        }
        int open = session.undecided().size();
        approveWarning.setText(open == 0 ? "" : texts.format("approve.undecided", open));
        show(approveWarning, open > 0);
        if (pendingChange == null) {
            approveMessage.setText("");
        }
        updateApprove();
        pages.layout(true, true);
        display.asyncExec(() -> {
            if (!approvePage.isDisposed()) {
                approvePage.layout(true, true);
            }
        });
        (approver.getSelectionIndex() < 0 ? approver : approve).setFocus();
    }

    private LocalDate chosenNextReview() {
        return LocalDate.of(nextReview.getYear(), nextReview.getMonth() + 1, nextReview.getDay());
    }

    private void updateApprove() {
        nextReviewText.setText(texts.weekday(chosenNextReview()));
        boolean nextLater = chosenNextReview().isAfter(session.date());
        approve.setEnabled(pendingChange == null && approver.getSelectionIndex() >= 0 && nextLater && !approving);
        show(reload, pendingChange != null);
        if (!nextLater) {
            approveMessage.setForeground(look.flagged);
            approveMessage.setText(texts.get("approve.nextTooEarly"));
        } else if (pendingChange == null && !approving) {
            approveMessage.setText(approver.getSelectionIndex() < 0 ? texts.get("approve.chooseApprover") : "");
            approveMessage.setForeground(look.text);
        }
        approve.getParent().layout(true);
    }

    private void approve() {
        if (approver.getSelectionIndex() < 0) {
            return;
        }
        String by = approverIds.get(approver.getSelectionIndex());
        LocalDate next = chosenNextReview();
        Review review = session.toReview(by);
        long basedOn = session.basedOn();
        Plan reviewed = plan;
        String id = session.id();
        String who = name(by);
        approving = true;
        approveMessage.setForeground(look.text);
        approveMessage.setText(texts.get("approve.busy"));
        updateApprove();
        site.load(texts.get("approving"), () -> work.approve(basedOn, reviewed, review, next, who, id, texts.locale()),
                this::approved);
    }

    private void approved(Approval result) {
        if (result instanceof Approval.Approved done) {
            owner.approved(done); // the session is finished, whatever became of this window
        }
        if (shell.isDisposed()) {
            return;
        }
        approving = false;
        // Java 17: no pattern matching in switch yet
        if (result instanceof Approval.Approved done) {
            approved = done;
            plan = done.plan();
            showDone();
        } else if (result instanceof Approval.Changed changed) {
            pendingChange = changed;
            approveMessage.setForeground(look.flagged);
            approveMessage.setText(plain(changedText(changed)));
            updateApprove();
            pages.layout(true, true);
            reload.setFocus();
        } else if (result instanceof Approval.Failed failed) {
            approveMessage.setForeground(look.flagged);
            approveMessage.setText(plain(texts.format("approve.failed", failed.message())));
            updateApprove();
        }
    }

    private String changedText(Approval.Changed changed) {
        StringBuilder text = new StringBuilder(texts.format("approve.changed", changed.current().savedBy() == null
                ? "?" : changed.current().savedBy(), changed.changes().size()));
        List<Change> changes = changed.changes();
        for (int i = 0; i < Math.min(5, changes.size()); i++) {
            text.append("\n\u2022 ").append(changes.get(i).describe());
        }
        if (changes.size() > 5) {
            text.append("\n").append(texts.format("approve.changed.more", changes.size() - 5));
        }
        return text.toString();
    }

    /** Takes up the plan as stored now; the decisions stay with their items. */
    private void reload() {
        Approval.Changed changed = pendingChange;
        if (changed == null) {
            return;
        }
        pendingChange = null;
        List<String> dropped = session.rebase(changed.current().revision(), changed.agenda());
        plan = changed.current().plan();
        List<String> present = session.participants().stream().filter(person -> plan.person(person).isPresent())
                .toList();
        if (present.size() != session.participants().size()) {
            session.participants(present);
        }
        owner.reloaded(plan);
        notice.setText(plain(dropped.isEmpty() ? texts.get("summary.reloaded")
                : texts.format("summary.reloaded.dropped", dropped.size(), String.join(", ", dropped))));
        session.end();
        showSummary();
    }

    // ---- after approval

    private void showDone() {
        page = Page.DONE;
        stack.topControl = donePage;
        doneDetail.setText(plain(texts.format("done.detail", approved.version().number(),
                approved.version().approvedBy(), texts.date(session.date()),
                texts.date(approved.plan().nextReview() != null ? approved.plan().nextReview()
                        : chosenNextReview()))));
        showExporters();
        pages.layout(true, true);
        minutes.setFocus();
    }

    private void showExporters() {
        List<String> why = new ArrayList<>();
        offer(minutes, ReviewView.MINUTES, "done.button.minutes", "done.missing.minutes", why);
        offer(invitation, ReviewView.INVITATION, "done.button.invitation", "done.missing.invitation", why);
        doneMissing.setText(plain(String.join("\n", why)));
        show(doneMissing, !why.isEmpty());
        donePage.layout(true, true);
    }

    private void offer(Button button, String format, String text, String missing, List<String> why) {
        boolean present = exporters.apply(format) != null;
        button.setText(texts.get(present ? text : missing));
        button.setToolTipText(present ? null : texts.get(missing + ".tooltip"));
        button.setEnabled(present);
        if (!present) {
            why.add(texts.get(missing + ".tooltip"));
        }
    }

    private void export(String format) {
        PlanExporter exporter = exporters.apply(format);
        if (exporter == null || approved == null) {
            showExporters();
            return;
        }
        LocalDate day = ReviewView.MINUTES.equals(format) ? session.date()
                : Optional.ofNullable(approved.plan().nextReview()).orElse(chosenNextReview());
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(texts.get(ReviewView.MINUTES.equals(format) ? "done.dialog.minutes" : "done.dialog.invitation"));
        dialog.setFileName(ReviewView.fileName(texts, format, day, exporter.extension()));
        dialog.setFilterExtensions(new String[] {"*." + exporter.extension(), "*"});
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path target = Path.of(chosen);
        ExportContext context = new ExportContext(approved.version().number(), texts.locale(), ReviewView.ZONE,
                clock.instant());
        Plan document = approved.plan();
        doneMessage.setForeground(look.text);
        doneMessage.setText(plain(texts.format("done.writing", target.getFileName())));
        site.load(texts.get("exporting"), () -> work.export(exporter, document, context, target), this::exported);
    }

    private void exported(Export result) {
        if (doneMessage.isDisposed()) {
            return;
        }
        if (result instanceof Export.Written written) {
            doneMessage.setForeground(look.confirmed);
            doneMessage.setText(plain(texts.format("done.written", written.file())));
        } else if (result instanceof Export.Failed failed) {
            doneMessage.setForeground(look.flagged);
            doneMessage.setText(plain(texts.format("done.failed", failed.file(), failed.message())));
        }
        donePage.layout(true, true);
    }
}

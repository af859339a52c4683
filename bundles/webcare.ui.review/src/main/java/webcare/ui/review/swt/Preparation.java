package webcare.ui.review.swt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Monitor;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;
import webcare.plan.api.AgendaItem;
import webcare.plan.api.WorkingPlan;
import webcare.ui.api.ViewSite;
import webcare.ui.review.model.Approval;
import webcare.ui.review.model.ReviewSession;
import webcare.ui.review.model.ReviewWork;

/**
 * The review view in the workbench: the session's date and participants, the agenda ahead
 * (flagged items first, with their notes; then each section), and the big Start button (F11 or
 * Ctrl+Enter). Offers a session in progress (in memory or saved on disk) for resuming.
 */
final class Preparation {

    private final Color attention = new Color(255, 243, 224);
    private final Color flagInk = new Color(176, 70, 0);

    private final ReviewView view;
    private final Composite parent;
    private final ViewSite site;
    private final Texts texts;

    private final Label planInfo;
    private final Composite banner;
    private final Label bannerText;
    private final Button resume;
    private final Button discard;
    private final DateTime date;
    private final Label dateText;
    private final Label participantCount;
    private final Table participants;
    private final Label screenLabel;
    private final Combo screen;
    private final Label agendaSummary;
    private final ScrolledComposite flaggedScroller;
    private final Composite flagged;
    private final Table sections;
    private final Label startHint;
    private final Button start;
    private final Font heading;
    private final Font big;
    private final Font bold;

    /** The plan as last read, its agenda; null until read. */
    private WorkingPlan working;
    private List<AgendaItem> agenda = List.of();
    private final List<Monitor> monitors = new ArrayList<>();
    private String message;

    Preparation(ReviewView view, Composite parent, ViewSite site, Texts texts) {
        this.view = view;
        this.parent = parent;
        this.site = site;
        this.texts = texts;
        heading = scaled(parent, 1.6, SWT.BOLD);
        big = scaled(parent, 1.5, SWT.BOLD);
        bold = scaled(parent, 1.0, SWT.BOLD);
        parent.addListener(SWT.Dispose, event -> {
            heading.dispose();
            big.dispose();
            bold.dispose();
        });

        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 16;
        layout.marginHeight = 12;
        layout.horizontalSpacing = 16;
        layout.verticalSpacing = 10;
        parent.setLayout(layout);

        Label title = new Label(parent, SWT.NONE);
        title.setText(texts.get("prep.heading"));
        title.setFont(heading);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        planInfo = new Label(parent, SWT.WRAP);
        planInfo.setData(ReviewView.ID, "review.plan");
        planInfo.setText(texts.get("loading"));
        planInfo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        banner = new Composite(parent, SWT.NONE);
        banner.setData(ReviewView.ID, "review.banner");
        banner.setBackground(attention);
        GridLayout bannerLayout = new GridLayout(3, false);
        bannerLayout.marginWidth = 12;
        bannerLayout.marginHeight = 8;
        banner.setLayout(bannerLayout);
        banner.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        bannerText = new Label(banner, SWT.WRAP);
        bannerText.setData(ReviewView.ID, "review.banner.text");
        bannerText.setBackground(attention);
        bannerText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        resume = new Button(banner, SWT.PUSH);
        resume.setData(ReviewView.ID, "review.resume");
        resume.setText(texts.get("prep.resume"));
        resume.addListener(SWT.Selection, event -> start());
        discard = new Button(banner, SWT.PUSH);
        discard.setData(ReviewView.ID, "review.discard");
        discard.setText(texts.get("prep.discard"));
        discard.addListener(SWT.Selection, event -> discard());
        show(banner, false);

        // ---- the session: date, participants, screen
        Group session = group(texts.get("prep.session"), "review.session");
        session.setLayout(new GridLayout(2, false));
        GridData sessionData = new GridData(SWT.FILL, SWT.FILL, false, true);
        sessionData.widthHint = 380;
        session.setLayoutData(sessionData);
        new Label(session, SWT.NONE).setText(texts.get("prep.date"));
        date = new DateTime(session, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        date.setData(ReviewView.ID, "review.date");
        set(date, view.today());
        date.addListener(SWT.Selection, event -> sessionChanged());
        new Label(session, SWT.NONE);
        dateText = new Label(session, SWT.NONE);
        dateText.setData(ReviewView.ID, "review.date.text");
        dateText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Label who = new Label(session, SWT.NONE);
        who.setText(texts.get("prep.participants"));
        participantCount = new Label(session, SWT.NONE);
        participantCount.setData(ReviewView.ID, "review.participants.count");
        participantCount.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        participants = new Table(session, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        participants.setData(ReviewView.ID, "review.participants");
        participants.setLinesVisible(false);
        participants.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        column(participants, texts.get("prep.column.name"), 180);
        column(participants, texts.get("prep.column.function"), 170);
        fillColumn(participants, 1);
        participants.addListener(SWT.Selection, event -> {
            if (event.detail == SWT.CHECK) {
                sessionChanged();
            }
        });
        screenLabel = new Label(session, SWT.NONE);
        screenLabel.setText(texts.get("prep.screen"));
        screen = new Combo(session, SWT.READ_ONLY | SWT.DROP_DOWN);
        screen.setData(ReviewView.ID, "review.screen");
        screen.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        fillScreens();

        // ---- the agenda ahead
        Group preview = group(texts.get("prep.agenda"), "review.agenda");
        preview.setLayout(new GridLayout(1, false));
        preview.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        agendaSummary = new Label(preview, SWT.WRAP);
        agendaSummary.setData(ReviewView.ID, "review.agenda.summary");
        agendaSummary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Label flaggedHeading = new Label(preview, SWT.NONE);
        flaggedHeading.setText(texts.get("prep.flagged"));
        flaggedHeading.setForeground(flagInk);
        // wrapped lines, not a table: the notes are the point, and a table cell cuts them off
        flaggedScroller = new ScrolledComposite(preview, SWT.V_SCROLL | SWT.BORDER);
        flaggedScroller.setData(ReviewView.ID, "review.agenda.flagged");
        flaggedScroller.setExpandHorizontal(true);
        flaggedScroller.setExpandVertical(true);
        GridData flaggedData = new GridData(SWT.FILL, SWT.FILL, true, true);
        flaggedData.heightHint = 120;
        flaggedScroller.setLayoutData(flaggedData);
        flagged = new Composite(flaggedScroller, SWT.NONE);
        flagged.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        GridLayout flaggedLayout = new GridLayout(1, false);
        flaggedLayout.verticalSpacing = 2;
        flagged.setLayout(flaggedLayout);
        flaggedScroller.setContent(flagged);
        flaggedScroller.addListener(SWT.Resize, event -> sizeFlagged());
        Label sectionsHeading = new Label(preview, SWT.NONE);
        sectionsHeading.setText(texts.get("prep.sections"));
        sections = new Table(preview, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        sections.setData(ReviewView.ID, "review.agenda.sections");
        sections.setHeaderVisible(true);
        GridData sectionsData = new GridData(SWT.FILL, SWT.FILL, true, true);
        sectionsData.heightHint = 120;
        sections.setLayoutData(sectionsData);
        column(sections, texts.get("prep.column.section"), 260);
        TableColumn items = column(sections, texts.get("prep.column.items"), 110);
        items.setAlignment(SWT.RIGHT);
        TableColumn flags = column(sections, texts.get("prep.column.flagged"), 110);
        flags.setAlignment(SWT.RIGHT);
        fillColumn(sections, 0);

        // ---- start
        Composite bottom = new Composite(parent, SWT.NONE);
        GridLayout bottomLayout = new GridLayout(2, false);
        bottomLayout.marginWidth = 0;
        bottomLayout.marginHeight = 0;
        bottom.setLayout(bottomLayout);
        bottom.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        startHint = new Label(bottom, SWT.WRAP);
        startHint.setData(ReviewView.ID, "review.start.hint");
        startHint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        start = new Button(bottom, SWT.PUSH);
        start.setData(ReviewView.ID, "review.start");
        start.setFont(big);
        start.setText(texts.get("prep.start"));
        GridData startData = new GridData(SWT.END, SWT.CENTER, false, false);
        startData.widthHint = Math.max(320, start.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + 48);
        startData.heightHint = start.computeSize(SWT.DEFAULT, SWT.DEFAULT).y + 24;
        start.setLayoutData(startData);
        start.setEnabled(false);
        start.addListener(SWT.Selection, event -> start());

        // F11 or Ctrl+Enter while the focus is anywhere in the view
        Listener shortcut = event -> {
            boolean f11 = event.keyCode == SWT.F11 && (event.stateMask & SWT.MODIFIER_MASK) == 0;
            boolean ctrlEnter = (event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR)
                    && (event.stateMask & SWT.MODIFIER_MASK) == SWT.MOD1;
            if ((f11 || ctrlEnter) && event.widget instanceof Control focus && within(focus, parent)
                    && start.isEnabled()) {
                event.doit = false;
                start();
            }
        };
        parent.getDisplay().addFilter(SWT.KeyDown, shortcut);
        parent.addListener(SWT.Dispose, event -> event.display.removeFilter(SWT.KeyDown, shortcut));
    }

    /** Reads the plan, its agenda and any saved session, off the UI thread. */
    void load() {
        if (parent.isDisposed()) {
            return;
        }
        site.load(texts.get("loading"), () -> view.work().load(texts.locale()), this::show);
    }

    private void show(ReviewWork.Loaded loaded) {
        working = loaded.working();
        agenda = loaded.agenda();
        String problem = loaded.unreadable();
        ReviewSession session = view.session();
        if (session == null && loaded.saved().isPresent() && !agenda.isEmpty()) {
            session = ReviewSession.resume(loaded.saved().get(), agenda);
            view.session(session, working.plan());
        }
        planInfo.setText(plain(planInfo(working.plan())));

        participants.removeAll();
        List<String> chosen = session != null ? session.participants()
                : working.plan().lastReview().map(review -> review.participants()).orElse(List.of());
        for (Person person : working.plan().people()) {
            TableItem row = new TableItem(participants, SWT.NONE);
            row.setText(new String[] {person.name(), person.function() == null ? "" : person.function()});
            row.setData(person.id());
            row.setChecked(chosen.contains(person.id()));
        }
        if (session != null) {
            set(date, session.date());
        }
        showAgenda(session != null ? session.agenda() : agenda);
        showBanner(session, problem);
        updateStart();
        parent.layout(true, true);
    }

    private String planInfo(Plan plan) {
        StringBuilder info = new StringBuilder(plan.organisation().name());
        plan.lastReview().ifPresentOrElse(last -> info.append(" \u00b7 ").append(texts.format("prep.lastReview",
                texts.date(last.date()), plan.person(last.approvedBy()).map(Person::name).orElse(last.approvedBy()))),
                () -> info.append(" \u00b7 ").append(texts.get("prep.neverReviewed")));
        if (plan.nextReview() != null) {
            info.append(" \u00b7 ").append(texts.format("prep.nextReview", texts.date(plan.nextReview())));
        }
        if (message != null) {
            info.append("\n").append(message);
        }
        return info.toString();
    }

    private void showAgenda(List<AgendaItem> items) {
        for (Control old : flagged.getChildren()) {
            old.dispose();
        }
        sections.removeAll();
        Map<String, int[]> perSection = new LinkedHashMap<>();
        int flaggedCount = 0;
        for (AgendaItem item : items) {
            if (item.flagged()) {
                flaggedCount++;
                Label what = new Label(flagged, SWT.NONE);
                what.setText(plain(flaggedCount + ".  " + item.title() + "  \u00b7  " + texts.section(item.section())));
                what.setFont(bold);
                what.setBackground(flagged.getBackground());
                what.setData(ReviewView.ID, "review.agenda.flagged." + item.item());
                for (String flag : item.flags()) {
                    Label why = new Label(flagged, SWT.WRAP);
                    why.setText(plain("\u2691 " + flag));
                    why.setForeground(flagInk);
                    why.setBackground(flagged.getBackground());
                    GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
                    data.horizontalIndent = 18;
                    why.setLayoutData(data);
                }
            }
        }
        sizeFlagged();
        // sections in the order the agenda reaches them after the flagged items
        for (AgendaItem item : items) {
            if (!item.flagged()) {
                perSection.computeIfAbsent(item.section(), section -> new int[2])[0]++;
            }
        }
        for (AgendaItem item : items) {
            if (item.flagged()) {
                perSection.computeIfAbsent(item.section(), section -> new int[2])[0]++;
                perSection.get(item.section())[1]++;
            }
        }
        perSection.forEach((section, counts) -> {
            TableItem row = new TableItem(sections, SWT.NONE);
            row.setText(new String[] {texts.section(section), Integer.toString(counts[0]),
                counts[1] == 0 ? "" : Integer.toString(counts[1])});
            if (counts[1] > 0) {
                row.setForeground(2, flagInk);
            }
        });
        show(flaggedScroller, flaggedCount > 0);
        agendaSummary.setText(items.isEmpty() ? texts.get("prep.agenda.empty")
                : texts.format("prep.agenda.summary", items.size(), perSection.size(), flaggedCount));
    }

    private void showBanner(ReviewSession session, String problem) {
        if (session != null) {
            String text = texts.format("prep.banner", texts.date(session.date()), session.decided(), session.size(),
                    session.atEnd() ? 0 : session.position() + 1);
            if (working != null && working.revision() != session.basedOn()) {
                text += "\n" + texts.get("prep.banner.changed");
            }
            bannerText.setText(plain(text));
            show(resume, true);
            show(discard, true);
            show(banner, true);
        } else if (problem != null) {
            bannerText.setText(plain(texts.format("prep.banner.unreadable", problem)));
            show(resume, false);
            show(discard, true);
            show(banner, true);
        } else {
            show(banner, false);
        }
    }

    private List<String> chosenParticipants() {
        List<String> chosen = new ArrayList<>();
        for (TableItem row : participants.getItems()) {
            if (row.getChecked()) {
                chosen.add((String) row.getData());
            }
        }
        return chosen;
    }

    /** Date or participants changed: a session in progress takes them over (and is saved). */
    private void sessionChanged() {
        ReviewSession session = view.session();
        if (session != null) {
            session.date(get(date));
            session.participants(chosenParticipants());
            ReviewSession.Snapshot snapshot = session.snapshot();
            site.load(texts.get("saving"), () -> view.work().save(snapshot, texts.locale()), problem -> problem.ifPresent(
                    text -> startHint.setText(plain(texts.format("session.saveProblem", text)))));
        }
        updateStart();
    }

    private void updateStart() {
        ReviewSession session = view.session();
        int chosen = chosenParticipants().size();
        participantCount.setText(texts.format("prep.participants.count", chosen));
        dateText.setText(texts.weekday(get(date)));
        start.setText(texts.get(session != null ? "prep.resumeBig" : "prep.start"));
        String why;
        if (working == null) {
            why = texts.get("loading");
        } else if (working.plan().people().isEmpty()) {
            why = texts.get("prep.why.noPeople");
        } else if ((session == null ? agenda : session.agenda()).isEmpty()) {
            why = texts.get("prep.why.noAgenda");
        } else if (chosen == 0) {
            why = texts.get("prep.why.noParticipants");
        } else {
            why = null;
        }
        start.setEnabled(why == null);
        startHint.setText(why != null ? why : texts.get("prep.keys"));
        startHint.setForeground(why != null ? flagInk : parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        startHint.getParent().layout(true);
    }

    /** Starts a new session, or resumes the one in progress, on the chosen screen. */
    void start() {
        if (!start.isEnabled() && view.window() == null) {
            return;
        }
        ReviewSession session = view.session();
        if (session == null) {
            session = new ReviewSession(get(date), working.revision(), agenda);
            session.participants(chosenParticipants());
            view.session(session, working.plan());
            ReviewSession.Snapshot snapshot = session.snapshot();
            site.load(texts.get("saving"), () -> view.work().save(snapshot, texts.locale()), problem -> { });
        }
        message = null;
        int at = screen.getSelectionIndex();
        Rectangle bounds = at >= 0 && at < monitors.size() ? monitors.get(at).getBounds()
                : parent.getShell().getMonitor().getBounds();
        view.openWindow(bounds, site, texts);
        showBanner(session, null);
        updateStart();
        parent.layout(true, true);
    }

    private void discard() {
        MessageBox box = new MessageBox(parent.getShell(), SWT.ICON_QUESTION | SWT.YES | SWT.NO);
        box.setText(texts.get("prep.discard"));
        box.setMessage(texts.get("prep.discard.confirm"));
        if (box.open() != SWT.YES) {
            return;
        }
        if (view.window() != null) {
            view.window().close();
        }
        String id = view.session() == null ? null : view.session().id();
        view.session(null, null);
        site.load(texts.get("saving"), () -> view.work().discard(id, texts.locale()), problem -> load());
    }

    /** The session approved the plan: say so, and read the plan again. */
    void approved(Approval.Approved approved) {
        message = texts.format("prep.approved", approved.version().number(), approved.version().approvedBy());
        load();
    }

    // ---- helpers

    private void fillScreens() {
        monitors.clear();
        screen.removeAll();
        Monitor[] all = parent.getDisplay().getMonitors();
        Monitor primary = parent.getDisplay().getPrimaryMonitor();
        Monitor ours = parent.getShell().getMonitor();
        int choice = 0;
        for (int i = 0; i < all.length; i++) {
            Rectangle bounds = all[i].getBounds();
            monitors.add(all[i]);
            screen.add(texts.format("prep.screen.entry", i + 1, bounds.width, bounds.height,
                    all[i].equals(primary) ? 1 : 0));
            // the projector is usually the screen the workbench is not on
            if (!all[i].equals(ours) && choice == 0) {
                choice = i;
            }
        }
        screen.select(choice);
        boolean several = all.length > 1;
        show(screenLabel, several);
        show(screen, several);
    }

    private Group group(String text, String id) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(text);
        group.setData(ReviewView.ID, id);
        return group;
    }

    private static TableColumn column(Table table, String text, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(text);
        column.setWidth(width);
        return column;
    }

    private void sizeFlagged() {
        int width = flaggedScroller.getClientArea().width;
        flaggedScroller.setMinSize(flagged.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT));
        flagged.layout(true);
    }

    /** Gives column {@code index} whatever width the other columns leave. */
    private static void fillColumn(Table table, int index) {
        // the other columns' widths as set, not as read back: GTK stretches the last column
        TableColumn[] columns = table.getColumns();
        int othersWidth = 0;
        for (int i = 0; i < columns.length; i++) {
            if (i != index) {
                othersWidth += columns[i].getWidth();
            }
        }
        int others = othersWidth;
        table.addListener(SWT.Resize, event -> {
            int scrollBar = table.getVerticalBar() != null && table.getVerticalBar().isVisible()
                    ? table.getVerticalBar().getSize().x : 0;
            int inside = table.getSize().x - 2 * table.getBorderWidth() - scrollBar;
            columns[index].setWidth(Math.max(80, inside - others));
        });
    }

    private static void show(Control control, boolean visible) {
        control.setVisible(visible);
        Object data = control.getLayoutData();
        if (data instanceof GridData grid) {
            grid.exclude = !visible;
        } else if (data == null) {
            GridData grid = new GridData();
            grid.exclude = !visible;
            control.setLayoutData(grid);
        }
    }

    private static boolean within(Control control, Composite ancestor) {
        for (Control at = control; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static String plain(String text) {
        return text.replace("&", "&&");
    }

    private static void set(DateTime widget, LocalDate day) {
        widget.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
    }

    private static LocalDate get(DateTime widget) {
        return LocalDate.of(widget.getYear(), widget.getMonth() + 1, widget.getDay());
    }

    private static Font scaled(Composite parent, double factor, int style) {
        FontData[] data = parent.getFont().getFontData();
        for (FontData each : data) {
            each.setHeight((int) Math.round(each.getHeight() * factor));
            each.setStyle(style);
        }
        return new Font(parent.getDisplay(), data);
    }
}

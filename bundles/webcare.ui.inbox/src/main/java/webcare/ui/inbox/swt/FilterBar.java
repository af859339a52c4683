package webcare.ui.inbox.swt;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import webcare.store.api.InboxRepository.Status;
import webcare.ui.inbox.model.InboxFilter;
import webcare.ui.inbox.model.Team;

/**
 * The filter bar above the inbox: decisions and statuses (several at once, from a menu), source,
 * sentiment, language, overdue only, assignee (anyone, nobody, me or a teammate, or a name typed)
 * and a search that waits until typing stops. Every
 * change hands the new {@link InboxFilter} on. UI thread only.
 */
final class FilterBar {

    /** How long typing must pause before the search runs, in milliseconds. */
    static final int TYPING_PAUSE = 300;
    private static final List<String> SOURCES = List.of("twitter", "facebook", "google", "trustpilot", "feed", "file");
    private static final List<String> POLARITIES = List.of("NEGATIVE", "NEUTRAL", "POSITIVE");
    private static final List<String> LANGUAGES = List.of("nl", "en", "de", "fr");

    private final Words words;
    private final String me;
    private final Consumer<InboxFilter> changed;
    private final Composite bar;
    private final Button decisionButton;
    private final Button statusButton;
    private final List<MenuItem> decisionItems = new ArrayList<>();
    private final List<MenuItem> statusItems = new ArrayList<>();
    private final Combo source;
    private final Combo polarity;
    private final Combo language;
    private final Button overdue;
    private final Combo assignee;
    private final Text search;
    private final Runnable searchNow;
    private InboxFilter filter = InboxFilter.initial();

    FilterBar(Composite parent, Words words, String me, Consumer<InboxFilter> changed) {
        this.words = words;
        this.me = me;
        this.changed = changed;
        bar = new Composite(parent, SWT.NONE);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.center = true;
        layout.spacing = 8;
        layout.marginWidth = 0;
        bar.setLayout(layout);

        decisionButton = menuButton(InboxFilter.DECISIONS, decisionItems, words::decision,
                chosen -> update(filter.withDecisions(chosen)));
        statusButton = menuButton(EnumSet.allOf(Status.class).stream().map(Status::name).toList(), statusItems,
                name -> words.status(Status.valueOf(name)), chosen -> update(filter.withStatuses(
                        chosen.stream().map(Status::valueOf).collect(java.util.stream.Collectors.toSet()))));
        statusItems.get(Status.OPEN.ordinal()).setSelection(true);
        source = choice(words.get("filter.allSources"), SOURCES, words::source,
                value -> update(filter.withSource(value)));
        polarity = choice(words.get("filter.allPolarities"), POLARITIES, words::polarity,
                value -> update(filter.withPolarity(value)));
        language = choice(words.get("filter.allLanguages"), LANGUAGES, words::language,
                value -> update(filter.withLang(value)));
        overdue = new Button(bar, SWT.CHECK);
        overdue.setText(words.get("filter.overdue"));
        overdue.addListener(SWT.Selection, event -> update(filter.withOverdueOnly(overdue.getSelection())));

        assignee = new Combo(bar, SWT.DROP_DOWN);
        team(new Team(me, List.of(me)));
        assignee.select(0);
        assignee.setToolTipText(words.get("filter.assignee"));
        assignee.setLayoutData(new RowData(160, SWT.DEFAULT));
        assignee.addListener(SWT.Selection, event -> update(assigneeChosen()));
        assignee.addListener(SWT.DefaultSelection, event -> update(assigneeChosen()));

        search = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage(words.get("filter.search"));
        search.setLayoutData(new RowData(240, SWT.DEFAULT));
        // one runnable, so each key press moves the pending search instead of adding one
        searchNow = () -> {
            if (!search.isDisposed()) {
                update(filter.withText(search.getText()));
            }
        };
        search.addListener(SWT.Modify, event -> search.getDisplay().timerExec(TYPING_PAUSE, searchNow));
        search.addListener(SWT.DefaultSelection, event -> {
            search.getDisplay().timerExec(-1, searchNow);
            searchNow.run();
        });
        search.addListener(SWT.Dispose, event -> event.display.timerExec(-1, searchNow));
        label();
    }

    Composite control() {
        return bar;
    }

    InboxFilter filter() {
        return filter;
    }

    /** Offers {@code team}'s names as assignees, beside anyone, nobody and me; what is chosen stays. */
    void team(Team team) {
        String shown = assignee.getText();
        List<String> items = new ArrayList<>(List.of(words.get("filter.anyone"), words.get("filter.unassigned"),
                words.get("filter.me")));
        items.addAll(team.others());
        assignee.setItems(items.toArray(String[]::new));
        assignee.setText(shown);
    }

    /** Changes the order only (a column header was clicked). */
    void sortBy(webcare.store.api.InboxRepository.Sort sort) {
        update(filter.withSort(sort));
    }

    /** Back to the initial filter, keeping the order. */
    void clear() {
        decisionItems.forEach(item -> item.setSelection(false));
        statusItems.forEach(item -> item.setSelection(item == statusItems.get(Status.OPEN.ordinal())));
        source.select(0);
        polarity.select(0);
        language.select(0);
        overdue.setSelection(false);
        assignee.select(0);
        search.setText("");
        search.getDisplay().timerExec(-1, searchNow); // setText typed nothing: no search to wait for
        update(InboxFilter.initial().withSort(filter.sort()));
    }

    /** What is filtered, in words: "beslissing Reageren, status Open, te laat". */
    String describe() {
        List<String> parts = new ArrayList<>();
        if (!filter.decisions().isEmpty()) {
            parts.add(words.get("filter.decision").toLowerCase(words.locale()) + " "
                    + String.join(", ", InboxFilter.ordered(filter.decisions()).stream().map(words::decision).toList()));
        }
        if (!filter.statuses().isEmpty()) {
            parts.add(words.get("filter.status").toLowerCase(words.locale()) + " " + String.join(", ",
                    EnumSet.copyOf(filter.statuses()).stream().map(words::status).toList()));
        }
        if (filter.source() != null) {
            parts.add(words.source(filter.source()));
        }
        if (filter.polarity() != null) {
            parts.add(words.polarity(filter.polarity()).toLowerCase(words.locale()));
        }
        if (filter.lang() != null) {
            parts.add(words.language(filter.lang()));
        }
        if (filter.overdueOnly()) {
            parts.add(words.get("filter.overdue").toLowerCase(words.locale()));
        }
        if (filter.unassigned()) {
            parts.add(words.get("filter.unassigned").toLowerCase(words.locale()));
        }
        if (filter.assignee() != null) {
            parts.add(words.get("filter.assignee").toLowerCase(words.locale()) + " " + filter.assignee());
        }
        if (filter.text() != null) {
            parts.add("\u201C" + filter.text() + "\u201D");
        }
        return String.join(", ", parts);
    }

    private void update(InboxFilter next) {
        filter = next;
        label();
        changed.accept(next);
    }

    /** "Beslissing: alle ▾", "Status: Open ▾". */
    private void label() {
        decisionButton.setText(buttonText("filter.decision", filter.decisions().isEmpty() ? null
                : String.join(", ", InboxFilter.ordered(filter.decisions()).stream().map(words::decision).toList())));
        statusButton.setText(buttonText("filter.status", filter.statuses().isEmpty() ? null
                : String.join(", ", EnumSet.copyOf(filter.statuses()).stream().map(words::status).toList())));
        bar.layout(true);
        if (bar.getParent() != null) {
            bar.getParent().layout(true);
        }
    }

    private String buttonText(String key, String chosen) {
        return words.get(key) + ": " + (chosen == null ? words.get("filter.all") : chosen) + " \u25BE";
    }

    /** A button opening a menu of check items; the menu is also the button's context menu. */
    private Button menuButton(List<String> names, List<MenuItem> items, Function<String, String> shown,
            Consumer<Set<String>> chosen) {
        Button button = new Button(bar, SWT.PUSH);
        Menu menu = new Menu(button);
        for (String name : names) {
            MenuItem item = new MenuItem(menu, SWT.CHECK);
            item.setText(shown.apply(name));
            item.setData(name);
            item.addListener(SWT.Selection, event -> {
                Set<String> selected = new LinkedHashSet<>();
                items.stream().filter(MenuItem::getSelection).forEach(each -> selected.add((String) each.getData()));
                chosen.accept(selected);
            });
            items.add(item);
        }
        button.setMenu(menu);
        button.addListener(SWT.Selection, event -> {
            Point below = button.toDisplay(0, button.getSize().y);
            menu.setLocation(below);
            menu.setVisible(true);
        });
        return button;
    }

    /** A read-only choice whose first item means "any". */
    private Combo choice(String any, List<String> values, Function<String, String> shown, Consumer<String> chosen) {
        Combo combo = new Combo(bar, SWT.READ_ONLY);
        combo.add(any);
        values.forEach(value -> combo.add(shown.apply(value)));
        combo.select(0);
        combo.addListener(SWT.Selection, event -> {
            int index = combo.getSelectionIndex();
            chosen.accept(index <= 0 ? null : values.get(index - 1));
        });
        return combo;
    }

    /** The filter for what the assignee box shows, chosen or typed. */
    private InboxFilter assigneeChosen() {
        String typed = assignee.getText().strip();
        if (typed.isEmpty() || typed.equals(words.get("filter.anyone"))) {
            return filter.withAssignee(null);
        }
        if (typed.equals(words.get("filter.unassigned"))) {
            return filter.withUnassigned();
        }
        return filter.withAssignee(typed.equals(words.get("filter.me")) ? me : typed);
    }

    /** Fits the bar's width, wrapping when narrow. */
    static GridData layoutData() {
        return new GridData(SWT.FILL, SWT.CENTER, true, false);
    }
}

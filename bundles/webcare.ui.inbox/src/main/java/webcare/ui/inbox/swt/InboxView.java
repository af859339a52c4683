package webcare.ui.inbox.swt;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import webcare.launch.api.Launch;
import webcare.model.plan.Plan;
import webcare.plan.api.PlanBook;
import webcare.plan.api.PlanException;
import webcare.reply.api.ReplyTemplates;
import webcare.reply.api.ToneCheck;
import webcare.response.api.Incidents;
import webcare.source.api.Publisher;
import webcare.store.api.InboxRepository;
import webcare.store.api.InboxRepository.Count;
import webcare.store.api.InboxRepository.Query;
import webcare.store.api.InboxRepository.Row;
import webcare.store.api.Store;
import webcare.ui.api.Shortcut;
import webcare.ui.api.ViewPlacement;
import webcare.ui.api.ViewSite;
import webcare.ui.api.WorkbenchView;
import webcare.ui.inbox.model.InboxWork;
import webcare.ui.inbox.model.LocalDrafts;
import webcare.ui.inbox.model.IncidentStatements;
import webcare.ui.inbox.model.PublisherSet;
import webcare.ui.inbox.model.ReplyContext;
import webcare.ui.inbox.model.ReplyFlow;
import webcare.ui.inbox.model.Team;

/**
 * The team's inbox: every triaged mention in a virtual table (filtered and sorted in the store,
 * read page by page), the chosen one in full beside it, triage from the keyboard, and the reply
 * composer that answers through the platforms' publishers (any number, none included: then answers
 * are copied by hand). It only wires the filter bar, the table, the detail pane, the keys and the
 * composer together; the composer offers the holding statements of the incidents an item is linked
 * to. No actions for other views.
 */
@Component
@ViewPlacement(id = "inbox", order = 15, openOnFirstRun = true)
public final class InboxView implements WorkbenchView {

    private static final System.Logger LOG = System.getLogger(InboxView.class.getName());
    private static final int[] SASH_WEIGHTS = {62, 38};
    /** How often the view checks, quietly, whether triage added or moved items. */
    private static final Duration NEWS = Duration.ofSeconds(20);
    /** How often the view looks whether anyone (a teammate, another window) changed an item. */
    static final Duration CHANGES = Duration.ofSeconds(3);

    private final Store store;
    private final InboxRepository inbox;
    private final Clock clock;
    /** The crisis plan, whose people are part of the team; optional: without it the team is the setting's. */
    private final AtomicReference<PlanBook> plans = new AtomicReference<>();
    // Dynamic services: each bind and unbind is one atomic change, so an unbind never clears a newer bind.
    private final PublisherSet publishers = new PublisherSet();
    private final AtomicReference<ComponentServiceObjects<ReplyTemplates>> templates = new AtomicReference<>();
    private final AtomicReference<ComponentServiceObjects<ToneCheck>> tone = new AtomicReference<>();
    private final AtomicReference<ComponentServiceObjects<Incidents>> incidents = new AtomicReference<>();
    /** Where answers go that the database cannot take now; without it none are kept on this computer. */
    private final AtomicReference<Launch> launch = new AtomicReference<>();
    /** "I'm upset", as the user last set it in a composer: kept while the workbench runs. */
    private final AtomicBoolean upset = new AtomicBoolean();

    @Activate
    public InboxView(@Reference Store store, @Reference InboxRepository inbox) {
        this(store, inbox, Clock.systemUTC());
    }

    /** With {@code clock} deciding what is overdue and when changes happen. */
    InboxView(Store store, InboxRepository inbox, Clock clock) {
        this.store = store;
        this.inbox = inbox;
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setPlans(PlanBook book) {
        plans.set(book);
    }

    void unsetPlans(PlanBook book) {
        plans.compareAndSet(book, null);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addPublisher(Publisher publisher) {
        publishers.add(publisher);
    }

    void removePublisher(Publisher publisher) {
        publishers.remove(publisher);
    }

    // Held as service objects, not services: the reply bundle's components (word lists, the flag
    // detectors, the templates file) start when the first composer opens, not with the window.
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setTemplates(ComponentServiceObjects<ReplyTemplates> templates) {
        this.templates.set(templates);
    }

    void unsetTemplates(ComponentServiceObjects<ReplyTemplates> gone) {
        templates.compareAndSet(gone, null);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setTone(ComponentServiceObjects<ToneCheck> tone) {
        this.tone.set(tone);
    }

    void unsetTone(ComponentServiceObjects<ToneCheck> gone) {
        tone.compareAndSet(gone, null);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setLaunch(Launch launch) {
        this.launch.set(launch);
    }

    void unsetLaunch(Launch gone) {
        launch.compareAndSet(gone, null);
    }

    /** The incidents, whose holding statements the composer offers for the items linked to them. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setIncidents(ComponentServiceObjects<Incidents> incidents) {
        this.incidents.set(incidents);
    }

    void unsetIncidents(ComponentServiceObjects<Incidents> gone) {
        incidents.compareAndSet(gone, null);
    }

    /** The service, started now if it was not yet: off the UI thread. Null when there is none. */
    private static <T> T service(AtomicReference<ComponentServiceObjects<T>> reference) {
        ComponentServiceObjects<T> objects = reference.get();
        return objects == null ? null : objects.getService();
    }

    @Override
    public List<Shortcut> shortcuts(Locale locale) {
        return TriageKeys.shortcuts(new Words(locale));
    }

    @Override
    public void createContent(Composite parent, ViewSite site) {
        Words words = new Words(site.locale());
        Look look = new Look(parent);
        InboxWork work = new InboxWork(store, inbox, clock);
        String who = site.user() == null || site.user().isBlank() ? System.getProperty("user.name") : site.user();
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 8;
        layout.marginHeight = 6;
        parent.setLayout(layout);

        Runnable[] reread = new Runnable[1];
        FilterBar bar = new FilterBar(parent, words, who, filter -> reread[0].run());
        bar.control().setLayoutData(FilterBar.layoutData());

        Composite lines = new Composite(parent, SWT.NONE);
        lines.setLayout(new GridLayout(2, false));
        lines.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Label summary = new Label(lines, SWT.NONE);
        summary.setFont(look.bold);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Label notice = new Label(lines, SWT.NONE);
        notice.setForeground(look.quiet);
        notice.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        ErrorLine error = new ErrorLine(parent, words, look);

        Composite stack = new Composite(parent, SWT.NONE);
        stack.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        StackLayout pages = new StackLayout();
        stack.setLayout(pages);
        SashForm sash = new SashForm(stack, SWT.HORIZONTAL);
        InboxLoader loader = new InboxLoader(site, words.get("loading"), error::show, error::hide);
        InboxLoader saver = new InboxLoader(site, words.get("saving"), error::show, error::hide);
        InboxTable table = new InboxTable(sash, words, look, loader, work, bar::sortBy);
        DetailPane detail = new DetailPane(sash, words, look);
        // an item to escalate opens an incident by the plan, in the Incidents view
        detail.onIncident(() -> {
            if (detail.shown() != null) {
                site.openView("incidents", "mention:" + detail.shown().item().row().mentionId());
            }
        });
        sash.setWeights(SASH_WEIGHTS);
        EmptyState empty = new EmptyState(stack, words, look, site, bar::clear);
        pages.topControl = sash;

        long[] wanted = {-1};
        table.onSelect(row -> {
            wanted[0] = row.mentionId();
            loader.load(() -> work.detail(row.mentionId()), found -> found
                    .filter(shown -> shown.item().row().mentionId() == wanted[0])
                    .ifPresent(shown -> detail.show(shown, clock.instant())));
        });
        AtomicReference<Query> current = new AtomicReference<>();
        // the count the view was shown with: what the quiet check compares with, whatever scrolling found since
        AtomicReference<Count> shownTotal = new AtomicReference<>();
        String[] news = {""};
        Consumer<Count> describe = total -> {
            String counted = words.count(total);
            String filtered = bar.describe();
            summary.setText(filtered.isEmpty() ? counted : words.format("summary.filtered", counted, filtered));
            lines.layout(true);
        };
        table.onEndFound(describe);
        java.util.function.IntConsumer readKeeping = keep -> {
            Query query = work.query(bar.filter());
            current.set(query);
            table.show(query, keep, total -> {
                shownTotal.set(total);
                describe.accept(total);
                if (notice.getText().equals(news[0])) {
                    notice.setText(""); // told; an undo's note stays
                }
                show(pages, stack, total.items() == 0 ? empty.show(bar.filter().narrowed()) : sash);
                if (total.items() == 0) {
                    detail.clear();
                }
                lines.layout(true);
            });
        };
        // New items are announced, not shown: the list must not move under the keys of someone triaging.
        site.poll(NEWS, () -> {
            Query query = current.get();
            return query == null ? null : new Counted(query, work.count(query));
        }, counted -> {
            if (counted != null && counted.query() == current.get() && !counted.total().equals(shownTotal.get())) {
                news[0] = words.format("news", words.count(counted.total()));
                notice.setText(news[0]);
                lines.layout(true);
            }
        });
        // A teammate's claim, answer or status shows in the rows in view within seconds, in place.
        long[] seenChange = {-1};
        site.poll(CHANGES, work::lastChange, last -> {
            if (seenChange[0] >= 0 && last != seenChange[0]) {
                table.refreshShown();
            }
            seenChange[0] = last;
        });
        reread[0] = () -> readKeeping.accept(0);
        error.onRetry(() -> readKeeping.accept(Math.max(0, table.selection())));
        AtomicReference<Team> team = new AtomicReference<>(new Team(who, List.of(who)));
        site.load(words.get("loading"), () -> Team.of(teamOf(site, who), plan()), known -> {
            team.set(known);
            bar.team(known);
        });
        Consumer<String> say = text -> {
            notice.setText(text);
            lines.layout(true);
        };
        Launch home = launch.get();
        ReplyFlow replies = new ReplyFlow(store, inbox, publishers, clock,
                new LocalDrafts(home == null ? null : home.home().resolve("data").resolve("reply-drafts")));
        Runnable reply = () -> {
            Row row = table.selectedRow();
            if (row == null) {
                return;
            }
            loader.load(() -> replies.open(row.mentionId(), who).map(open -> new Composing(open,
                    new ReplyContext(open.item(), service(templates), service(tone), who,
                    new IncidentStatements(service(incidents))))),
                    composing -> composing.ifPresent(ready -> ComposerDialog.open(parent.getShell(), words, look,
                    ready.context(), ready.opening(), replies, saver, who, upset, clock, changed -> {
                        if (changed != null) {
                            say.accept(changed);
                        }
                        readKeeping.accept(Math.max(0, table.selection()));
                    })));
        };
        detail.onReply(reply);
        new TriageKeys(table, detail, work, saver, words, who, team::get, readKeeping, say, reply).listen(table.control());
        readKeeping.accept(0);
        table.control().setFocus();
    }

    /** The workbench's team with {@code who} first: the name changes are recorded under. */
    private static List<String> teamOf(ViewSite site, String who) {
        List<String> team = new ArrayList<>(site.team());
        team.removeIf(name -> name.equalsIgnoreCase(who));
        team.add(0, who);
        return team;
    }

    /** The working plan, or null when there is none or it cannot be read (the team is then the setting's). */
    private Plan plan() {
        PlanBook book = plans.get();
        if (book == null) {
            return null;
        }
        try {
            return book.working().plan();
        } catch (PlanException e) {
            LOG.log(System.Logger.Level.WARNING, "The Inbox offers the team without the crisis plan's people: "
                    + e.getMessage());
            return null;
        }
    }

    /** How many items {@code query} matched when the view last checked. */
    private record Counted(Query query, Count total) {}

    private static void show(StackLayout pages, Composite stack, Control top) {
        if (pages.topControl != top) {
            pages.topControl = top;
            stack.layout(true);
        }
    }

    /** The one-line error shown when the store fails, with a button to read again; hidden otherwise. */
    private static final class ErrorLine {

        private final Composite line;
        private final Label message;
        private final Button retry;
        private final Words words;

        ErrorLine(Composite parent, Words words, Look look) {
            this.words = words;
            line = new Composite(parent, SWT.NONE);
            line.setLayout(new GridLayout(2, false));
            line.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            message = new Label(line, SWT.NONE);
            message.setForeground(look.error);
            message.setFont(look.bold);
            message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            retry = new Button(line, SWT.PUSH);
            retry.setText(words.get("retry"));
            visible(false);
        }

        void onRetry(Runnable again) {
            retry.addListener(SWT.Selection, event -> again.run());
        }

        void show(String failure) {
            message.setText(words.format("error", failure == null ? "?" : failure.strip()));
            visible(true);
        }

        void hide() {
            if (line.getVisible()) {
                visible(false);
            }
        }

        private void visible(boolean shown) {
            line.setVisible(shown);
            ((GridData) line.getLayoutData()).exclude = !shown;
            line.getParent().layout(true);
        }
    }

    /** An item to answer, with what the composer needs, gathered off the UI thread. */
    private record Composing(ReplyFlow.Opening opening, ReplyContext context) {}
}

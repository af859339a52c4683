package webcare.ui.review.swt;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;
import webcare.model.plan.ReviewItem.Outcome;
import webcare.plan.api.PlanExporter;
import webcare.ui.api.ViewSite;
import webcare.ui.review.model.Approval;
import webcare.ui.review.model.ReviewSession;
import webcare.ui.review.model.ReviewWork;
import webcare.ui.review.swt.SessionKeys.Page;

/**
 * The session on the meeting room's screen: a shell of its own (full screen in the room), one
 * agenda item at a time in large type ({@link ItemPage}), every action on a key ({@link SessionKeys})
 * and on a button; then the {@link SummaryPage}, the {@link ApprovalPage} and the {@link DonePage}.
 * This class wires them and moves between them; every change is written to the session file at once.
 */
final class SessionWindow implements SessionKeys.Commands, ItemPage.Actions, ApprovalPage.Outcomes {

    /** What the view hears from the session. */
    interface Owner {
        /** The plan was reloaded after it was edited during the session. */
        void reloaded(Plan plan);

        /** The plan was approved; the session is finished. */
        void approved(Approval.Approved approved);

        /** The window closed (left, or after approval). */
        void closed();
    }

    private final Shell shell;
    private final Look look;
    private final Texts texts;
    private final ReviewSession session;
    private final ViewSite site;
    private final ReviewWork work;
    private final Owner owner;
    private final StackLayout stack = new StackLayout();
    private final ItemPage itemPage;
    private final ItemDecisions decisions;
    private final SummaryPage summaryPage;
    private final ApprovalPage approvePage;
    private final DonePage donePage;
    private Plan plan;
    private Page page = Page.ITEM;
    private boolean leaving;
    private Approval.Approved approved;

    /**
     * @param screen     where to show the session: a monitor's bounds
     * @param fullScreen false only for previews and tests
     */
    SessionWindow(Display display, Rectangle screen, boolean fullScreen, Texts texts, ReviewSession session,
            Plan plan, ViewSite site, ReviewWork work, Function<String, PlanExporter> exporters, Clock clock,
            Owner owner) {
        this.texts = texts;
        this.session = session;
        this.plan = plan;
        this.site = site;
        this.work = work;
        this.owner = owner;
        this.look = new Look(display, screen);

        shell = new Shell(display, SWT.SHELL_TRIM);
        shell.setText(texts.format("session.window", plan.organisation().name()));
        shell.setData(ReviewView.ID, "session");
        shell.setBackground(look.background);
        shell.setLayout(new FillLayout());
        Composite pages = new Composite(shell, SWT.NONE);
        pages.setBackground(look.background);
        pages.setLayout(stack);

        SessionWidgets widgets = new SessionWidgets(look, texts);
        itemPage = new ItemPage(pages, widgets, this);
        decisions = new ItemDecisions(shell, look, texts, session, this::decided);
        summaryPage = new SummaryPage(pages, widgets, this::toLastItem, this::showApprove, this::jumpToUndecided);
        approvePage = new ApprovalPage(pages, widgets, session, () -> this.plan, this::name, site, work, this);
        donePage = new DonePage(pages, widgets, site, work, exporters, clock, shell::close);

        new SessionKeys(shell, this).install();
        shell.addListener(SWT.Close, event -> {
            if (approved == null && !leaving) {
                event.doit = false;
                askToLeave();
            }
        });
        shell.addListener(SWT.Activate, event -> {
            if (page == Page.DONE) {
                donePage.showExporters();
            }
        });
        shell.addListener(SWT.Resize, event -> {
            if (page == Page.ITEM && !session.atEnd()) {
                itemPage.fit();
            }
        });
        shell.addListener(SWT.Dispose, event -> {
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
            donePage.showExporters();
        }
    }

    private String name(String person) {
        return plan.person(person).map(Person::name).orElse(person);
    }

    // ---- moving between items and pages

    @Override
    public Page page() {
        return page;
    }

    private void showItem() {
        page = Page.ITEM;
        stack.topControl = itemPage.control();
        shell.setData(ReviewView.ITEM, session.current().item());
        itemPage.show(session);
    }

    @Override
    public void next() {
        session.next();
        if (session.atEnd()) {
            showSummary();
        } else {
            showItem();
        }
    }

    @Override
    public void previous() {
        if (session.previous()) {
            showItem();
        }
    }

    @Override
    public void jump(int to) {
        session.jump(to);
        showItem();
    }

    @Override
    public void toSummary() {
        session.end();
        showSummary();
    }

    @Override
    public void toLastItem() {
        session.jump(session.size() - 1);
        showItem();
    }

    private void showSummary() {
        page = Page.SUMMARY;
        stack.topControl = summaryPage.control();
        shell.setData(ReviewView.ITEM, null);
        if (!session.atEnd()) {
            session.end();
        }
        summaryPage.show(session, this::name);
        persist();
    }

    private void jumpToUndecided() {
        summaryPage.chosenUndecided().filter(session::jump).ifPresent(item -> showItem());
    }

    @Override
    public void summaryEnter() {
        if (summaryPage.listHasFocus()) {
            jumpToUndecided();
        } else {
            showApprove();
        }
    }

    private void showApprove() {
        if (session.participants().isEmpty()) {
            return;
        }
        page = Page.APPROVE;
        stack.topControl = approvePage.control();
        approvePage.show();
    }

    // ---- decisions

    @Override
    public void decide(Outcome outcome) {
        decisions.decide(outcome);
    }

    @Override
    public void undecide() {
        decisions.undecide();
    }

    @Override
    public void editNote() {
        decisions.editNote();
    }

    @Override
    public void contactConfirmed(boolean confirmed) {
        decisions.contactConfirmed(confirmed);
    }

    @Override
    public void toggleContact() {
        itemPage.toggleContact();
    }

    @Override
    public void confirmAndNext() {
        session.decide(session.current().item(), Outcome.CONFIRMED);
        persist();
        next();
    }

    /** After each decision: show it, and write the session off the UI thread. */
    private void decided() {
        if (page == Page.ITEM && !session.atEnd()) {
            itemPage.refresh(session);
        }
        persist();
    }

    private void persist() {
        ReviewSession.Snapshot snapshot = session.snapshot();
        site.load(texts.get("saving"), () -> work.save(snapshot, texts.locale()), itemPage::saveProblem);
    }

    // ---- leaving

    @Override
    public void leave() {
        if (page == Page.DONE) {
            shell.close();
        } else {
            askToLeave();
        }
    }

    /** Leave asks first; not while an approval runs, whose outcome the room has to see. */
    private void askToLeave() {
        if (approvePage.approving()) {
            return;
        }
        Prompt.confirm(shell, look, texts.get("leave.title"), texts.get("leave.message"), texts.get("leave.ok"),
                texts.get("leave.cancel"), () -> {
                    if (!approvePage.approving() && !shell.isDisposed()) {
                        persist();
                        close();
                    }
                });
    }

    // ---- approval

    @Override
    public boolean approveFocused() {
        return approvePage.approveFocused();
    }

    @Override
    public boolean approveByKey() {
        return approvePage.approveByKey();
    }

    @Override
    public void back() {
        showSummary();
    }

    @Override
    public void approved(Approval.Approved done) {
        owner.approved(done); // the session is finished, whatever became of this window
        if (shell.isDisposed()) {
            return;
        }
        approved = done;
        plan = done.plan();
        page = Page.DONE;
        stack.topControl = donePage.control();
        donePage.show(done, session.date(), approvePage.chosenNextReview());
    }

    /** Takes up the plan as stored now; the decisions stay with their items. */
    @Override
    public void reload(Approval.Changed changed) {
        List<String> dropped = session.rebase(changed.current().revision(), changed.agenda());
        plan = changed.current().plan();
        session.keepParticipantsOf(plan);
        owner.reloaded(plan);
        summaryPage.notice(dropped.isEmpty() ? texts.get("summary.reloaded")
                : texts.format("summary.reloaded.dropped", dropped.size(), String.join(", ", dropped)));
        session.end();
        showSummary();
    }
}

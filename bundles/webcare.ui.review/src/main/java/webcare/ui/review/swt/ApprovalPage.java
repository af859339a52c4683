package webcare.ui.review.swt;

import static webcare.ui.review.swt.SessionWidgets.plain;
import static webcare.ui.review.swt.SessionWidgets.visible;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import webcare.model.plan.Plan;
import webcare.model.plan.Review;
import webcare.plan.api.Change;
import webcare.ui.api.ViewSite;
import webcare.ui.review.model.Approval;
import webcare.ui.review.model.ReviewSession;
import webcare.ui.review.model.ReviewWork;

/**
 * The approval: who approves (one of those present), the date of the next review, then the plan
 * book makes the reviewed plan a new version. When someone saved the plan during the session
 * nothing is approved: the page lists what changed and offers to reload. UI thread only.
 */
final class ApprovalPage {

    /** What the window does with the outcome. */
    interface Outcomes {
        /** Back to the summary. */
        void back();

        /** The plan was approved; called even when the window has closed meanwhile. */
        void approved(Approval.Approved approved);

        /** Reload the plan as stored now, which someone saved during the session. */
        void reload(Approval.Changed changed);
    }

    private static final int CHANGES_SHOWN = 5;

    private final Look look;
    private final Texts texts;
    private final ReviewSession session;
    private final Supplier<Plan> plan;
    private final Function<String, String> name;
    private final ViewSite site;
    private final ReviewWork work;
    private final Outcomes outcomes;
    private final Composite page;
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

    /**
     * @param plan the plan as reviewed
     * @param name a person's name, by id
     */
    ApprovalPage(Composite pages, SessionWidgets widgets, ReviewSession session, Supplier<Plan> plan,
            Function<String, String> name, ViewSite site, ReviewWork work, Outcomes outcomes) {
        this.look = widgets.look();
        this.texts = widgets.texts();
        this.session = session;
        this.plan = plan;
        this.name = name;
        this.site = site;
        this.work = work;
        this.outcomes = outcomes;
        page = widgets.page(pages, "session.approve");
        Label approveTitle = widgets.label(page, SWT.WRAP, look.title(1), look.text, null);
        approveTitle.setText(texts.get("approve.title"));
        Composite form = new Composite(page, SWT.NONE);
        form.setBackground(look.background);
        GridLayout formLayout = new GridLayout(3, false);
        formLayout.horizontalSpacing = widgets.gap();
        formLayout.verticalSpacing = widgets.gap() / 2;
        form.setLayout(formLayout);
        form.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        widgets.label(form, SWT.NONE, look.body(1), look.muted, null).setText(texts.get("approve.date"));
        approveDate = widgets.label(form, SWT.NONE, look.body(1), look.text, "approve.date");
        approveDate.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        widgets.label(form, SWT.NONE, look.body(1), look.muted, null).setText(texts.get("approve.by"));
        approver = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
        approver.setData(ReviewView.ID, "approve.by");
        approver.setFont(look.body(1));
        approver.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));
        approver.addListener(SWT.Selection, event -> update());
        widgets.label(form, SWT.NONE, look.body(1), look.muted, null).setText(texts.get("approve.next"));
        nextReview = new DateTime(form, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        nextReview.setData(ReviewView.ID, "approve.next");
        nextReview.setFont(look.body(1));
        nextReview.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        nextReview.addListener(SWT.Selection, event -> update());
        nextReviewText = widgets.label(form, SWT.NONE, look.body(1), look.text, "approve.next.text");
        nextReviewText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        approveWarning = widgets.label(page, SWT.WRAP, look.label(), look.flagged, "approve.warning");
        approveWarning.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        approveMessage = widgets.label(page, SWT.WRAP, look.label(), look.text, "approve.message");
        approveMessage.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite buttons = widgets.row(page, 4);
        widgets.button(buttons, "approve.back", "approve.button.back", outcomes::back);
        widgets.spacer(buttons);
        reload = widgets.button(buttons, "approve.reload", "approve.button.reload", this::reload);
        approve = widgets.button(buttons, "approve.submit", "approve.button.approve", this::approve);
        approve.setFont(look.bodyBold(2));
        approve.setForeground(look.confirmed);
    }

    Composite control() {
        return page;
    }

    /** An approval is under way: its outcome must be seen, so the session cannot be left now. */
    boolean approving() {
        return approving;
    }

    /** Fills the page for the session as it stands; the approver and date chosen before are kept. */
    void show() {
        approveDate.setText(texts.date(session.date()));
        String chosen = approver.getSelectionIndex() >= 0 ? approverIds.get(approver.getSelectionIndex()) : null;
        approver.removeAll();
        approverIds.clear();
        for (String person : session.participants()) {
            approverIds.add(person);
            approver.add(name.apply(person));
        }
        // never chosen for the room, not even when one person took part: who approves says so
        if (chosen != null && approverIds.contains(chosen)) {
            approver.select(approverIds.indexOf(chosen));
        }
        if (!nextReviewChosen) {
            LocalDate next = session.proposedNextReview();
            nextReview.setDate(next.getYear(), next.getMonthValue() - 1, next.getDayOfMonth());
            nextReviewChosen = true;
        }
        int open = session.undecided().size();
        approveWarning.setText(open == 0 ? "" : texts.format("approve.undecided", open));
        visible(approveWarning, open > 0);
        if (pendingChange == null) {
            approveMessage.setText("");
        }
        update();
        page.getParent().layout(true, true);
        page.getDisplay().asyncExec(() -> {
            if (!page.isDisposed()) {
                page.layout(true, true);
            }
        });
        (approver.getSelectionIndex() < 0 ? approver : approve).setFocus();
    }

    /**
     * Enter or Space with the Approve button focused. Approves as the button does, but while items
     * are undecided it asks first: a key pressed once too often must not approve a review that is
     * not finished.
     *
     * @return whether the key was the Approve button's (else it is left to the focused control)
     */
    boolean approveByKey() {
        if (!approveFocused()) {
            return false;
        }
        if (!approve.isEnabled()) {
            return true;
        }
        int open = session.undecided().size();
        if (open == 0) {
            approve();
        } else {
            Prompt.confirm(page.getShell(), look, texts.get("approve.confirm.title"),
                    texts.format("approve.confirm.message", open), texts.get("approve.confirm.ok"),
                    texts.get("approve.confirm.cancel"), () -> {
                        if (!page.isDisposed() && approve.isEnabled()) {
                            approve();
                        }
                    });
        }
        return true;
    }

    /** The Approve button has the focus: Enter and Space are for the session, not the button. */
    boolean approveFocused() {
        return page.getDisplay().getFocusControl() == approve;
    }

    /** The next review date as chosen on the page. */
    LocalDate chosenNextReview() {
        return LocalDate.of(nextReview.getYear(), nextReview.getMonth() + 1, nextReview.getDay());
    }

    private void update() {
        nextReviewText.setText(texts.weekday(chosenNextReview()));
        boolean nextLater = chosenNextReview().isAfter(session.date());
        approve.setEnabled(pendingChange == null && approver.getSelectionIndex() >= 0 && nextLater && !approving);
        visible(reload, pendingChange != null);
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
        Plan reviewed = plan.get();
        String id = session.id();
        String who = name.apply(by);
        approving = true;
        approveMessage.setForeground(look.text);
        approveMessage.setText(texts.get("approve.busy"));
        update();
        site.load(texts.get("approving"), () -> work.approve(basedOn, reviewed, review, next, who, id, texts.locale()),
                this::approved);
    }

    private void approved(Approval result) {
        approving = false;
        // Java 17: no pattern matching in switch yet
        if (result instanceof Approval.Approved done) {
            outcomes.approved(done); // the session is finished, whatever became of this window
            return;
        }
        if (page.isDisposed()) {
            return;
        }
        if (result instanceof Approval.Changed changed) {
            pendingChange = changed;
            approveMessage.setForeground(look.flagged);
            approveMessage.setText(plain(changedText(changed)));
            update();
            page.getParent().layout(true, true);
            reload.setFocus();
        } else if (result instanceof Approval.Failed failed) {
            approveMessage.setForeground(look.flagged);
            approveMessage.setText(plain(texts.format("approve.failed", failed.message())));
            update();
        }
    }

    private String changedText(Approval.Changed changed) {
        StringBuilder text = new StringBuilder(texts.format("approve.changed", changed.current().savedBy() == null
                ? "?" : changed.current().savedBy(), changed.changes().size()));
        List<Change> changes = changed.changes();
        for (int i = 0; i < Math.min(CHANGES_SHOWN, changes.size()); i++) {
            text.append("\n\u2022 ").append(changes.get(i).describe());
        }
        if (changes.size() > CHANGES_SHOWN) {
            text.append("\n").append(texts.format("approve.changed.more", changes.size() - CHANGES_SHOWN));
        }
        return text.toString();
    }

    private void reload() {
        Approval.Changed changed = pendingChange;
        if (changed != null) {
            pendingChange = null;
            outcomes.reload(changed);
        }
    }
}

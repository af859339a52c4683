package webcare.ui.review.swt;

import static org.assertj.core.api.Assertions.assertThat;
import static webcare.ui.review.swt.SessionControls.find;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import webcare.model.plan.Plan;
import webcare.ui.review.model.Approval;
import webcare.ui.review.model.FakePlanBook;
import webcare.ui.review.model.ReviewSession;
import webcare.ui.review.model.ReviewWork;
import webcare.ui.review.model.SamplePlan;
import webcare.ui.review.model.SessionFile;
import webcare.ui.testing.SwtShell;
import webcare.ui.testing.TestSite;

/**
 * The session window's approval, played through its keys in a real window, on the display
 * Surefire's java gives it ({@code bundles/ui-test-jvm/bin/java}: a private Xvfb when there is no
 * screen).
 */
class SessionWindowUiTest {

    /** A Friday: a year on is a Saturday. */
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path home;

    @RegisterExtension
    final SwtShell swt = new SwtShell();
    private Display display;
    private TestSite site;
    private FakePlanBook book;
    private SessionWindow window;
    private final List<Approval.Approved> approved = new ArrayList<>();

    /** A session on the sample plan, with {@code participants}, at its first item. */
    private void open(List<String> participants) throws Exception {
        display = swt.display();
        site = swt.site(Locale.ENGLISH);
        book = new FakePlanBook(SamplePlan.plan(), 17);
        SamplePlan agendas = new SamplePlan();
        ReviewWork work = new ReviewWork(book, agendas,
                new SessionFile(home.resolve("data").resolve(SessionFile.NAME)));
        Plan plan = book.working().plan();
        ReviewSession session = new ReviewSession(FRIDAY, 17, agendas.agenda(plan, Locale.ENGLISH));
        session.participants(participants);
        window = new SessionWindow(display, new Rectangle(0, 0, 1280, 720), false, new Texts(Locale.ENGLISH),
                session, plan, site, work, format -> null, Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"),
                        ReviewView.ZONE), new SessionWindow.Owner() {
                            @Override
                            public void reloaded(Plan reloaded) {}

                            @Override
                            public void approved(Approval.Approved done) {
                                approved.add(done);
                            }

                            @Override
                            public void closed() {}
                        });
        window.open();
        window.shell().forceActive();
        site.until(() -> display.getActiveShell() == window.shell());
        site.settle();
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.close();
        }
    }

    @Test
    void theApproverIsNotChosenForTheRoomEvenWhenOnlyOneTookPart() throws Exception {
        open(List.of("anna-de-vries"));

        toApproval();

        Combo approver = find(window.shell(), "approve.by", Combo.class);
        assertThat(approver.getItems()).containsExactly("Anna de Vries");
        assertThat(approver.getSelectionIndex()).as("nobody chosen yet").isEqualTo(-1);
        assertThat(find(window.shell(), "approve.submit", Button.class).isEnabled()).isFalse();
        assertThat(find(window.shell(), "approve.message", Label.class).getText())
                .isEqualTo("Choose who approves the plan.");

        choose(approver, 0);

        assertThat(find(window.shell(), "approve.submit", Button.class).isEnabled()).isTrue();
    }

    @Test
    void theNextReviewIsProposedOnAWeekdayAYearOn() throws Exception {
        open(List.of("anna-de-vries"));

        toApproval();

        DateTime next = find(window.shell(), "approve.next", DateTime.class);
        assertThat(LocalDate.of(next.getYear(), next.getMonth() + 1, next.getDay()))
                .as("Saturday 27 November 2027 moves on to the Monday").isEqualTo(LocalDate.of(2027, 11, 29));
        assertThat(find(window.shell(), "approve.next.text", Label.class).getText()).startsWith("Monday");
    }

    @Test
    void enterOnApproveAsksFirstWhileItemsAreUndecided() throws Exception {
        open(List.of("anna-de-vries", "zoe-van-den-berg"));
        toApproval();
        choose(find(window.shell(), "approve.by", Combo.class), 0);
        Button approve = find(window.shell(), "approve.submit", Button.class);
        approve.setFocus();
        assertThat(display.getFocusControl()).isSameAs(approve);

        key(SWT.CR, '\r');

        Shell prompt = promptShell();
        assertThat(prompt).as("asks first").isNotNull();
        assertThat(Stream.of(prompt.getChildren()).filter(Label.class::isInstance).map(label -> ((Label) label).getText()))
                .anyMatch(text -> text.contains("1 item has no decision yet") || text.contains("items have no decision yet"));
        site.settle();
        assertThat(book.approvedReviews).as("nothing approved yet").isEmpty();

        press(find(prompt, "prompt.ok", Button.class));
        site.until(() -> !approved.isEmpty());

        assertThat(book.approvedReviews).hasSize(1);
        assertThat(book.approvedBy).containsExactly("Anna de Vries");
    }

    @Test
    void enterOnApproveApprovesAtOnceWhenEveryItemIsDecided() throws Exception {
        open(List.of("anna-de-vries"));
        while (window.page() == SessionKeys.Page.ITEM) {
            key(SWT.CR, '\r'); // confirm and next
        }
        key(SWT.CR, '\r'); // from the summary to the approval
        assertThat(window.page()).isEqualTo(SessionKeys.Page.APPROVE);
        choose(find(window.shell(), "approve.by", Combo.class), 0);
        find(window.shell(), "approve.submit", Button.class).setFocus();

        key(SWT.CR, '\r');
        site.until(() -> !approved.isEmpty());

        assertThat(promptShell()).as("nothing to ask").isNull();
        assertThat(book.approvedReviews).hasSize(1);
        assertThat(window.page()).isEqualTo(SessionKeys.Page.DONE);
    }

    // ---- playing the session

    /** End: the summary; Enter: the approval. */
    private void toApproval() {
        key(SWT.END, '\0');
        assertThat(window.page()).isEqualTo(SessionKeys.Page.SUMMARY);
        key(SWT.CR, '\r');
        assertThat(window.page()).isEqualTo(SessionKeys.Page.APPROVE);
    }

    /** Sends a key as the keyboard would: to the control with the focus, through the display's filters. */
    private void key(int keyCode, char character) {
        Control focus = display.getFocusControl();
        Control target = focus != null && focus.getShell() == window.shell() ? focus : window.shell();
        if (keyCode == SWT.CR) {
            Event traverse = new Event();
            traverse.keyCode = keyCode;
            traverse.character = character;
            traverse.detail = SWT.TRAVERSE_RETURN;
            traverse.doit = true;
            target.notifyListeners(SWT.Traverse, traverse);
        }
        Event event = new Event();
        event.keyCode = keyCode;
        event.character = character;
        target.notifyListeners(SWT.KeyDown, event);
        site.settle();
    }

    private void choose(Combo combo, int index) {
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
    }

    private void press(Button button) {
        button.notifyListeners(SWT.Selection, new Event());
        site.settle();
    }

    private Shell promptShell() {
        return SessionControls.prompt(window.shell()).orElse(null);
    }
}

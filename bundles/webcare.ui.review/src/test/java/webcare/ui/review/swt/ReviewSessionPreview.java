package webcare.ui.review.swt;

import static webcare.ui.review.swt.SessionControls.find;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import webcare.model.plan.Plan;
import webcare.plan.api.Change;
import webcare.plan.api.PlanExporter;
import webcare.ui.review.model.FakePlanBook;
import webcare.ui.review.model.SamplePlan;
import webcare.ui.review.model.SessionFile;
import webcare.ui.testing.Screenshots;
import webcare.ui.testing.TestSite;

/**
 * Opens the review view and a session on a sample Dutch plan, plays a short meeting through the
 * keys, and writes a PNG of each stage. Not a test: run it under Xvfb to look at the screens.
 *
 * <pre>xvfb-run -a java -cp … webcare.ui.review.swt.ReviewSessionPreview target/preview nl</pre>
 */
public final class ReviewSessionPreview {

    private static int width;
    private static int height;
    private final Display display;
    private final TestSite site;
    private final Path out;

    private ReviewSessionPreview(Display display, TestSite site, Path out) {
        this.display = display;
        this.site = site;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/preview");
        Locale locale = Locale.forLanguageTag(args.length > 1 ? args[1] : "nl");
        width = args.length > 3 ? Integer.parseInt(args[2]) : 1280;
        height = args.length > 3 ? Integer.parseInt(args[3]) : 720;
        Files.createDirectories(out);
        Path home = Files.createTempDirectory("review-preview");
        Display display = new Display();
        try (TestSite site = new TestSite(display, locale)) {
            new ReviewSessionPreview(display, site, out).run(home);
        } finally {
            display.dispose();
        }
    }

    private void run(Path home) throws Exception {
        FakePlanBook book = new FakePlanBook(SamplePlan.plan(), 17);
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T09:30:00Z"), ReviewView.ZONE);
        Path sessionFile = home.resolve("data").resolve(SessionFile.NAME);
        ReviewView view = new ReviewView(book, new SamplePlan(), sessionFile, clock);
        view.setMinutes(exporter("pdf"));
        // no invitation exporter: the button must say so

        Shell workbench = new Shell(display);
        workbench.setText("Webcare Workbench");
        workbench.setLayout(new FillLayout());
        workbench.setBounds(0, 0, 1280, 720);
        Composite content = new Composite(workbench, SWT.NONE);
        view.createContent(content, site);
        workbench.open();
        site.settle();
        snap(workbench, "1-preparation.png");

        view.preview(new Rectangle(0, 0, width, height));
        key(find(content, "review.participants", org.eclipse.swt.widgets.Table.class), SWT.F11, '\0');
        site.settle();
        SessionWindow window = view.window();
        check(window != null, "F11 opens the session");
        Shell session = window.shell();
        snap(session, "2-flagged-item.png");
        nativeKeys(session);

        key(session, 0, '3');
        Shell prompt = promptShell();
        check(prompt != null, "3 asks for a note");
        snap(session, "3-flag-note.png");
        answer(prompt, "Tweede plaatsvervanger aanwijzen; bereikbaarheid per kwartaal testen");
        site.settle();
        snap(session, "4-flagged-decided.png");

        key(session, SWT.ARROW_RIGHT, '\0');
        key(session, 0, '1');
        while (!"person:anna-de-vries".equals(session.getData(ReviewView.ITEM))) {
            key(session, SWT.ARROW_RIGHT, '\0');
        }
        key(session, 0, 'k');
        site.settle();
        snap(session, "5-person-item.png");
        key(session, SWT.HOME, '\0');
        key(session, SWT.ARROW_RIGHT, '\0');

        // a few more decisions, one changed with a note, then the summary
        key(session, 0, ' ');
        key(session, 0, '1');
        for (int i = 0; i < 4; i++) {
            key(session, SWT.ARROW_RIGHT, '\0');
            key(session, 0, '1');
        }
        key(session, SWT.ARROW_RIGHT, '\0');
        key(session, 0, 'k');
        key(session, SWT.PAGE_DOWN, '\0');
        key(session, 0, 'w');
        answer(promptShell(), "Telefoonnummer bijgewerkt naar +31 6 1111 2222");
        site.settle();
        snap(session, "6-changed-item.png");
        // a long item: the scenario with its statements
        while (!"scenario:terugroepactie".equals(session.getData(ReviewView.ITEM))) {
            key(session, SWT.ARROW_RIGHT, '\0');
        }
        snap(session, "7-long-item.png");
        while (!"scenario:viraal".equals(session.getData(ReviewView.ITEM))) {
            key(session, SWT.ARROW_RIGHT, '\0');
        }
        key(session, 0, 'n');
        answer(promptShell(), "Belscript klantenservice toevoegen aan dit scenario, met de tekst van de eerste "
                + "reactie, zodat klantenservice en webcare hetzelfde zeggen");
        snap(session, "7b-fitted-item.png");
        key(session, SWT.END, '\0');
        site.settle();
        snap(session, "8-summary.png");

        // the meeting breaks off: Esc, confirmed; then the workbench is restarted
        key(session, SWT.ESC, '\u001b');
        Shell leave = promptShell();
        check(leave != null, "Esc asks before leaving");
        snap(session, "8b-leave.png");
        press(find(leave, "prompt.ok", Button.class));
        site.settle();
        check(session.isDisposed(), "the session window is gone after leaving");
        check(Files.exists(sessionFile), "the session is on disk after leaving");
        workbench.dispose();

        ReviewView restarted = new ReviewView(book, new SamplePlan(), sessionFile, clock);
        restarted.setMinutes(exporter("pdf"));
        workbench = new Shell(display);
        workbench.setText("Webcare Workbench");
        workbench.setLayout(new FillLayout());
        workbench.setBounds(0, 0, 1280, 720);
        content = new Composite(workbench, SWT.NONE);
        restarted.createContent(content, site);
        workbench.open();
        site.settle();
        snap(workbench, "8c-resume-offered.png");
        restarted.preview(new Rectangle(0, 0, width, height));
        press(find(content, "review.resume", Button.class));
        site.settle();
        window = restarted.window();
        check(window != null, "Resume opens the session");
        session = window.shell();
        check(session.getData(ReviewView.ITEM) == null, "the session resumes at the summary");
        check(find(session, "summary.count.changed", org.eclipse.swt.widgets.Label.class).getText().equals("1"),
                "the decisions came back");

        key(session, SWT.CR, '\r');
        Combo approver = find(session, "approve.by", Combo.class);
        approver.select(0);
        approver.notifyListeners(SWT.Selection, new Event());
        snap(session, "9-approve.png");

        // someone saves the plan in the editor meanwhile
        Plan edited = book.working().plan();
        book.save(edited, book.working().revision(), "Daniël Jansen", Locale.forLanguageTag("nl"));
        book.changesToReport = List.of(new Change("person:joost-visser", "Persoon Joost Visser", Change.Kind.CHANGED,
                "phone", "+31 6 8901 2345", "+31 6 9999 0000", "telefoon +31 6 8901 2345 \u2192 +31 6 9999 0000"));
        press(find(session, "approve.submit", Button.class));
        site.settle();
        snap(session, "10-plan-changed.png");
        press(find(session, "approve.reload", Button.class));
        site.settle();
        check(Files.exists(sessionFile), "the session is on disk before approval");
        key(session, SWT.CR, '\r');
        press(find(session, "approve.submit", Button.class));
        site.settle();
        snap(session, "11-approved.png");
        check(!Files.exists(sessionFile), "the session file is gone after approval");
        check(book.approvedReviews.size() == 1, "one review approved");
        System.out.println("approved: " + book.approvedReviews.get(0));
        System.out.println("load failures: " + site.failures());

        key(session, SWT.ESC, '\u001b');
        site.settle();
        snap(workbench, "12-preparation-after.png");
        workbench.dispose();
    }

    // ---- playing the meeting

    /** Sends a key as the keyboard would: to the control with the focus, through the display's filters. */
    private void key(Shell shell, int keyCode, char character) {
        Control focus = display.getFocusControl();
        key(focus != null && focus.getShell() == shell ? focus : shell, keyCode, character);
    }

    private void key(Control target, int keyCode, char character) {
        Event event = new Event();
        event.keyCode = keyCode != 0 ? keyCode : character;
        event.character = character;
        if (keyCode == SWT.CR || keyCode == SWT.ESC || keyCode == SWT.ARROW_RIGHT || keyCode == SWT.ARROW_LEFT
                || keyCode == SWT.PAGE_DOWN || keyCode == SWT.PAGE_UP) {
            Event traverse = new Event();
            traverse.keyCode = event.keyCode;
            traverse.character = character;
            traverse.detail = switch (keyCode) {
                case SWT.CR -> SWT.TRAVERSE_RETURN;
                case SWT.ESC -> SWT.TRAVERSE_ESCAPE;
                case SWT.ARROW_RIGHT -> SWT.TRAVERSE_ARROW_NEXT;
                case SWT.ARROW_LEFT -> SWT.TRAVERSE_ARROW_PREVIOUS;
                case SWT.PAGE_DOWN -> SWT.TRAVERSE_PAGE_NEXT;
                default -> SWT.TRAVERSE_PAGE_PREVIOUS;
            };
            traverse.doit = true;
            target.notifyListeners(SWT.Traverse, traverse);
            check(!traverse.doit, "the session keeps key " + keyCode + " from moving the focus");
        }
        target.notifyListeners(SWT.KeyDown, event);
        while (display.readAndDispatch()) {
            // let it settle
        }
    }

    /** Real key presses through the X server (XTest), to see the native path: traversal, then KeyDown. */
    private void nativeKeys(Shell session) {
        session.forceActive();
        site.until(() -> display.getActiveShell() == session);
        for (int keyCode : new int[] {SWT.ARROW_RIGHT, ' ', SWT.ARROW_LEFT, SWT.PAGE_UP}) {
            Object before = session.getData(ReviewView.ITEM);
            Event down = new Event();
            down.type = SWT.KeyDown;
            down.keyCode = keyCode;
            down.character = keyCode == ' ' ? ' ' : 0;
            display.post(down);
            Event up = new Event();
            up.type = SWT.KeyUp;
            up.keyCode = keyCode;
            up.character = down.character;
            display.post(up);
            boolean moved = site.until(() -> session.getData(ReviewView.ITEM) != before);
            System.out.println("native key " + keyCode + (moved ? " moved to " + session.getData(ReviewView.ITEM)
                    : " did not move (active shell " + display.getActiveShell() + ", focus "
                            + display.getFocusControl() + ")"));
        }
    }

    private void press(Button button) {
        check(button.isEnabled(), button.getData(ReviewView.ID) + " is enabled");
        button.notifyListeners(SWT.Selection, new Event());
        while (display.readAndDispatch()) {
            // let it settle
        }
    }

    private Shell promptShell() {
        for (Shell shell : display.getShells()) {
            Optional<Shell> prompt = SessionControls.prompt(shell);
            if (prompt.isPresent()) {
                return prompt.get();
            }
        }
        return null;
    }

    private void answer(Shell prompt, String text) {
        find(prompt, "prompt.text", Text.class).setText(text);
        press(find(prompt, "prompt.ok", Button.class));
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("preview: expected that " + what);
        }
    }

    private static PlanExporter exporter(String extension) {
        return new PlanExporter() {
            @Override
            public String extension() {
                return extension;
            }

            @Override
            public String description() {
                return "preview " + extension;
            }

            @Override
            public void write(Plan plan, webcare.plan.api.ExportContext context, OutputStream stream)
                    throws IOException {
                stream.write(("preview of " + plan.organisation().name()).getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    // ---- pictures

    /** Writes what the screen shows of {@code shell}'s client area (and any prompt above it). */
    private void snap(Shell shell, String name) {
        site.settle();
        // GTK paints on its frame clock: give it a few frames before reading the screen back
        boolean[] painted = {false};
        display.timerExec(250, () -> painted[0] = true);
        site.until(() -> painted[0]);
        for (Shell each : display.getShells()) {
            each.update();
        }
        Path file = out.resolve(name);
        try {
            Screenshots.write(shell, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("wrote " + file.toAbsolutePath());
    }
}

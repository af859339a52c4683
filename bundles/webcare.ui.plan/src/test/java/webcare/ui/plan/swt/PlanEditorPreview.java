package webcare.ui.plan.swt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import webcare.model.plan.Plan;
import webcare.ui.plan.model.PlanEdits;
import webcare.ui.plan.model.PlanServices;
import webcare.ui.plan.model.SamplePlan;
import webcare.ui.testing.Screenshots;
import webcare.ui.testing.TestSite;

/**
 * Opens the editor in a window with in-memory services and a sample Dutch plan, and writes a PNG
 * of it: a way to look at the editor before the real services exist. Run under Xvfb:
 *
 * <pre>
 * xvfb-run -a java -cp … webcare.ui.plan.swt.PlanEditorPreview out.png [--lang en] [--select role:woordvoerder]
 *     [--tab 1] [--health fold] [--search 0612] [--type email=anna@] [--size 1280x820]
 * </pre>
 */
public final class PlanEditorPreview {

    /**
     * How long a settled editor is left quiet: longer than its health-check delay (300 ms), so the
     * check that edits set off has run and shows its findings.
     */
    static final Duration HEALTH_CHECKED = Duration.ofMillis(400);

    private PlanEditorPreview() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "plan-editor.png");
        Locale locale = Locale.forLanguageTag("nl");
        List<String[]> actions = new ArrayList<>();
        int width = 1280;
        int height = 820;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--lang" -> locale = Locale.forLanguageTag(args[i + 1]);
                case "--size" -> {
                    width = Integer.parseInt(args[i + 1].split("x")[0]);
                    height = Integer.parseInt(args[i + 1].split("x")[1]);
                }
                default -> actions.add(new String[] {args[i], args[i + 1]});
            }
        }
        Path home = Files.createTempDirectory("webcare-preview");
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T13:05:00Z"), ZoneOffset.UTC);
        Plan plan = SamplePlan.dutch();
        Fakes.Book book = new Fakes.Book(plan, clock);
        Plan older = PlanEdits.removeDeputy(plan, "woordvoerder", "anna-de-vries");
        older = PlanEdits.person(older, "piet-jansen", p -> new webcare.model.plan.Person(p.id(), p.name(),
                p.function(), "+31 6 1111 2222", p.otherPhones(), p.email(), p.languages(), p.availability()));
        book.addVersion(older, LocalDate.of(2024, 3, 14), "Sanne Visser", Instant.parse("2024-03-14T15:30:00Z"));
        book.addVersion(plan, LocalDate.of(2025, 3, 12), "Anna de Vries", Instant.parse("2025-03-12T16:10:00Z"));
        Fakes.Services services = new Fakes.Services(home);
        services.book = book;
        services.health = new Fakes.Health();
        services.diff = new Fakes.Diff();
        services.codec = new Fakes.Codec();
        services.formats.add(new PlanServices.Format("txt", new Fakes.TextExporter()));

        Display display = new Display();
        Shell shell = new Shell(display, SWT.SHELL_TRIM);
        shell.setText("Webcare Workbench \u2014 plan editor preview");
        shell.setLayout(new FillLayout());
        Composite content = new Composite(shell, SWT.NONE);
        // as the workbench hosts a view
        content.setBackground(display.getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        content.setBackgroundMode(SWT.INHERIT_FORCE);
        TestSite site = new TestSite(display, locale);
        shell.setBounds(0, 0, width, height);
        PlanEditor editor = new PlanEditor(content, site, services, null, kept -> { });
        shell.open();
        site.settle(HEALTH_CHECKED);
        for (String[] action : actions) {
            switch (action[0]) {
                case "--select" -> editor.select(action[1]);
                case "--tab" -> editor.showTab(Integer.parseInt(action[1]));
                case "--health" -> editor.healthPanel().collapse("fold".equals(action[1]));
                case "--search" -> editor.typeSearch(action[1]);
                case "--type" -> editor.type(action[1].substring(0, action[1].indexOf('=')),
                        action[1].substring(action[1].indexOf('=') + 1));
                case "--save" -> editor.save();
                case "--add" -> editor.add(webcare.model.plan.ItemRef.Kind.valueOf(action[1]), null);
                case "--press" -> editor.field(action[1]).ifPresent(control -> control.notifyListeners(SWT.Selection,
                        new org.eclipse.swt.widgets.Event()));
                case "--undo" -> {
                    for (int times = Integer.parseInt(action[1]); times > 0; times--) {
                        editor.undo();
                    }
                }
                case "--someone-else" -> {
                    // another window saves first: the next save of this editor meets a conflict
                    Plan theirs = PlanEdits.addDeputy(book.working().plan(), "it-security", "eva-bakker");
                    theirs = PlanEdits.task(theirs, "persvragen", t -> new webcare.model.plan.Task(t.id(), t.title(),
                            180, null));
                    book.saveAsSomeoneElse(theirs, action[1]);
                }
                case "--dialog" -> {
                    // a modal dialog runs its own loop: take the picture from inside it, then close it
                    Path dialogShot = Path.of(action[1]);
                    display.timerExec(1500, () -> {
                        Shell active = display.getActiveShell();
                        Shell target = active != null && active != shell ? active : shell.getShells().length > 0
                                ? shell.getShells()[0] : shell;
                        try {
                            screenshot(display, target, dialogShot);
                            System.out.println("wrote " + dialogShot.toAbsolutePath());
                        } catch (Exception e) {
                            System.err.println("dialog picture failed: " + e);
                        }
                        if (target != shell) {
                            target.close();
                        }
                    });
                }
                default -> throw new IllegalArgumentException("unknown option " + action[0]);
            }
            site.settle(HEALTH_CHECKED);
        }
        site.settle(HEALTH_CHECKED);
        boolean written = screenshot(display, shell, out);
        System.out.println((written ? "wrote " : "failed to write ") + out.toAbsolutePath());
        if (!site.failures().isEmpty()) {
            System.err.println("load failures: " + site.failures());
        }
        site.close();
        display.dispose();
    }

    private static boolean screenshot(Display display, Shell shell, Path file) throws Exception {
        while (display.readAndDispatch()) {
            // finish painting
        }
        Screenshots.write(shell, file);
        return true;
    }
}

package webcare.ui.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import webcare.ui.api.WorkbenchView;

/**
 * A window for each SWT test, on the test thread's display:
 * {@code @RegisterExtension final SwtShell swt = new SwtShell();}. Before each test it makes the
 * display ready (the thread's own; SWT allows one a thread, so it is made once and kept for the
 * tests after). After each test, and after the test's own {@code @AfterEach}, it disposes every
 * shell still open on the display, dialogs and windows the code under test opened included, then
 * closes the {@link TestSite}s it handed out and whatever was given to {@link #closeAfter}, the
 * last first. UI thread only.
 */
public final class SwtShell implements BeforeEachCallback, AfterEachCallback {

    private Display display;
    private Shell shell;
    private final List<AutoCloseable> closing = new ArrayList<>();

    @Override
    public void beforeEach(ExtensionContext context) {
        display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        shell = null;
        try {
            for (Shell open : display.getShells()) {
                if (!open.isDisposed()) {
                    open.dispose();
                }
            }
        } finally {
            closeAll();
        }
    }

    private void closeAll() throws Exception {
        Exception failed = null;
        for (int i = closing.size() - 1; i >= 0; i--) {
            try {
                closing.get(i).close();
            } catch (Exception e) {
                if (failed == null) {
                    failed = e;
                } else {
                    failed.addSuppressed(e);
                }
            }
        }
        closing.clear();
        if (failed != null) {
            throw failed;
        }
    }

    /** The display the test runs on. */
    public Display display() {
        return display;
    }

    /**
     * This test's shell, made at the first call with a {@link FillLayout} and not yet open; the same
     * one at every later call, disposed or not.
     */
    public Shell shell() {
        if (shell == null) {
            shell = new Shell(display);
            shell.setLayout(new FillLayout());
        }
        return shell;
    }

    /**
     * Disposes this test's shell, if there is one, and makes a new one as {@link #shell()} does: for
     * a window closed and opened again within a test.
     */
    public Shell newShell() {
        if (shell != null && !shell.isDisposed()) {
            shell.dispose();
        }
        shell = null;
        return shell();
    }

    /**
     * Shows {@code view} as the workbench shows a tab: built on {@code site} in a composite filling
     * this test's shell, which opens at 1280×800 titled {@code title}; returns once the view's
     * first loads are shown ({@link TestSite#settle()}). Returns the composite the view was built in.
     */
    public Composite show(String title, WorkbenchView view, TestSite site) {
        Shell window = shell();
        window.setText(title);
        window.setBounds(0, 0, 1280, 800);
        Composite parent = new Composite(window, SWT.NONE);
        view.createContent(parent, site);
        window.open();
        window.layout(true, true);
        site.settle();
        return parent;
    }

    /** A site for the user "tester" in {@code locale}, closed after the test. */
    public TestSite site(Locale locale) {
        return closeAfter(new TestSite(display, locale));
    }

    /** A site for {@code user} and {@code teammates} in {@code locale}, closed after the test. */
    public TestSite site(Locale locale, String user, List<String> teammates) {
        return closeAfter(new TestSite(display, locale, user, teammates));
    }

    /**
     * Closes {@code resource} after the test, once no shell is left open, before whatever was given
     * earlier: a store given in {@code @BeforeEach} outlives the view's site. Returns
     * {@code resource}.
     */
    public <T extends AutoCloseable> T closeAfter(T resource) {
        closing.add(resource);
        return resource;
    }

    /** Runs what is queued on the event loop, without waiting for more. */
    public void drain() {
        EventLoop.drain(display);
    }

    /**
     * Runs the event loop until {@code done} holds, for {@code deadline} at the most.
     *
     * @throws AssertionError when the deadline passed first
     */
    public void pumpUntil(BooleanSupplier done, Duration deadline) {
        pumpUntil("the condition", done, deadline);
    }

    /**
     * As {@link #pumpUntil(BooleanSupplier, Duration)}; the failure names {@code awaited}, such as
     * "the import's end".
     *
     * @throws AssertionError when the deadline passed first
     */
    public void pumpUntil(String awaited, BooleanSupplier done, Duration deadline) {
        if (!EventLoop.runUntil(display, done, deadline)) {
            throw new AssertionError("the event loop ran for " + deadline.toMillis() + " ms and " + awaited
                    + " never held");
        }
    }
}

package webcare.ui.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.eclipse.swt.widgets.Display;
import webcare.ui.api.ViewSite;

/**
 * The workbench's side of a view, for UI tests and previews: {@link #load} work runs on a pool of
 * two threads, as in the workbench, and its result comes back through {@code asyncExec}. A failed
 * load is recorded in {@link #failures()}; {@link #poll} takes a reading only when the test says
 * {@link #pollNow}; {@link #openView}
 * opens nothing but is recorded in {@link #opened()}. Use it, and read it, on the UI thread; close it when done.
 */
public final class TestSite implements ViewSite, AutoCloseable {

    /** How long {@link #settle} and {@link #until} run the event loop at the most. */
    public static final Duration DEADLINE = Duration.ofSeconds(10);

    private final Display display;
    private final Locale locale;
    private final String user;
    private final List<String> team;
    private final List<Runnable> polls = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ExecutorService loader = Executors.newFixedThreadPool(2, work -> {
        Thread thread = new Thread(work, "test-site-load");
        thread.setDaemon(true);
        return thread;
    });
    /** Loads not yet shown (or failed); counted down on the UI thread. */
    private final AtomicInteger pending = new AtomicInteger();
    private final List<String> failures = new ArrayList<>();
    private final List<String> opened = new ArrayList<>();
    private boolean unsaved;

    /** A site for the user "tester". */
    public TestSite(Display display, Locale locale) {
        this(display, locale, "tester");
    }

    /** A site whose {@link #user()} is {@code user}, as if set in the workbench's settings. */
    public TestSite(Display display, Locale locale, String user) {
        this(display, locale, user, List.of());
    }

    /** A site whose {@link #team()} is {@code user} followed by {@code teammates}, as if set in the workbench's settings. */
    public TestSite(Display display, Locale locale, String user, List<String> teammates) {
        this.display = display;
        this.locale = locale;
        this.user = user;
        List<String> everyone = new ArrayList<>(List.of(user));
        everyone.addAll(teammates);
        this.team = List.copyOf(everyone);
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public String user() {
        return user;
    }

    @Override
    public List<String> team() {
        return team;
    }

    @Override
    public <T> void load(String what, Callable<T> work, Consumer<T> show) {
        pending.incrementAndGet();
        loader.execute(() -> {
            try {
                T result = work.call();
                onUiThread(() -> {
                    try {
                        show.accept(result);
                    } finally {
                        pending.decrementAndGet();
                    }
                });
            } catch (Exception e) {
                onUiThread(() -> {
                    failures.add(what + ": " + e);
                    pending.decrementAndGet();
                });
            }
        });
    }

    private void onUiThread(Runnable runnable) {
        if (!display.isDisposed()) {
            display.asyncExec(runnable);
        }
    }

    @Override
    public <T> void poll(Duration every, Callable<T> work, Consumer<T> show) {
        polls.add(() -> load("poll", work, show));
    }

    /** Takes one reading of every poll the view set up, as the workbench does once each period. */
    public void pollNow() {
        List.copyOf(polls).forEach(Runnable::run);
    }

    @Override
    public void openView(String id) {
        opened.add(id);
    }

    @Override
    public void openView(String id, String action) {
        opened.add(id + " " + action);
    }

    /** The views asked for, in order: an id, or an id, a space and the action asked of it. */
    public List<String> opened() {
        return List.copyOf(opened);
    }

    @Override
    public void markUnsaved(boolean marked) {
        unsaved = marked;
    }

    /** What the view last said of its tab: true while it holds unsaved changes. */
    public boolean unsaved() {
        return unsaved;
    }

    /** Every failed load so far, oldest first, as "what: exception". */
    public List<String> failures() {
        return List.copyOf(failures);
    }

    /** Runs the event loop until every load has shown its result and nothing is queued. */
    public void settle() {
        until(this::idle);
    }

    /**
     * As {@link #settle()}, then runs the event loop for {@code quiet} more and settles again: for
     * work a view delays with {@code timerExec}, such as a check that waits until typing stops.
     */
    public void settle(Duration quiet) {
        settle();
        boolean[] over = {false};
        display.timerExec((int) quiet.toMillis(), () -> over[0] = true);
        until(() -> over[0]);
        settle();
    }

    private boolean idle() {
        EventLoop.drain(display);
        return pending.get() == 0;
    }

    /** Runs the event loop until {@code done}, for {@link #DEADLINE} at the most; false when it never came. */
    public boolean until(BooleanSupplier done) {
        return EventLoop.runUntil(display, done, DEADLINE);
    }

    @Override
    public void close() {
        loader.shutdownNow();
    }
}

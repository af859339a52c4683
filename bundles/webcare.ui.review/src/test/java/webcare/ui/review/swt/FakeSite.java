package webcare.ui.review.swt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.BooleanSupplier;
import org.eclipse.swt.widgets.Display;
import webcare.ui.api.ViewSite;

/** The workbench's side of a view, for previews: background work on one thread, results on the UI thread. */
final class FakeSite implements ViewSite, AutoCloseable {

    private final Display display;
    private final Locale locale;
    private final ExecutorService loader = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "preview-loader");
        thread.setDaemon(true);
        return thread;
    });
    private int pending;
    final List<String> failures = new ArrayList<>();

    FakeSite(Display display, Locale locale) {
        this.display = display;
        this.locale = locale;
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public <T> void load(String what, Callable<T> work, Consumer<T> show) {
        pending++;
        loader.execute(() -> {
            try {
                T result = work.call();
                display.asyncExec(() -> {
                    pending--;
                    show.accept(result);
                });
            } catch (Exception e) {
                display.asyncExec(() -> {
                    pending--;
                    failures.add(what + ": " + e);
                });
            }
        });
    }

    @Override
    public <T> void poll(Duration every, Callable<T> work, Consumer<T> show) {
        // previews take one reading
    }

    @Override
    public void openView(String id) {
        // no other views here
    }

    /** Runs the event loop until every load has shown its result and nothing is queued. */
    void settle() {
        until(() -> pending == 0);
        while (display.readAndDispatch()) {
            // what is still queued
        }
    }

    /** Runs the event loop until {@code done}, for at most ten seconds; false when it never came. */
    boolean until(BooleanSupplier done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            if (!display.readAndDispatch()) {
                // woken by asyncExec from the loader, or by the timer below
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        return true;
    }

    @Override
    public void close() {
        loader.shutdownNow();
    }
}

package webcare.ui.inbox.swt;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import webcare.store.api.StoreException;
import webcare.ui.api.ViewSite;

/**
 * Runs the view's store work through {@link ViewSite#load} (never on the UI thread) and turns a
 * store failure into the view's one-line error instead of only a status-bar note. UI thread only.
 */
final class InboxLoader {

    /** The result of one piece of work: its value, or the store's message. */
    private sealed interface Outcome<T> permits Done, Failed {}

    private record Done<T>(T value) implements Outcome<T> {}

    private record Failed<T>(String message) implements Outcome<T> {}

    private final ViewSite site;
    private final String what;
    private final Consumer<String> error;
    private final Runnable recovered;

    /**
     * @param error     shows a store failure's message in the view
     * @param recovered clears it again when the store answers
     */
    InboxLoader(ViewSite site, String what, Consumer<String> error, Runnable recovered) {
        this.site = site;
        this.what = what;
        this.error = error;
        this.recovered = recovered;
    }

    <T> void load(Callable<T> work, Consumer<T> show) {
        load(work, show, () -> { });
    }

    /** As {@link #load(Callable, Consumer)}; {@code failed} runs (on the UI thread) after a store failure. */
    <T> void load(Callable<T> work, Consumer<T> show, Runnable failed) {
        site.<Outcome<T>>load(what, () -> {
            try {
                return new Done<>(work.call());
            } catch (StoreException e) {
                return new Failed<>(e.getMessage());
            }
        }, outcome -> {
            if (outcome instanceof Done<T> done) {
                recovered.run();
                show.accept(done.value());
            } else if (outcome instanceof Failed<T> failure) {
                error.accept(failure.message());
                failed.run();
            }
        });
    }
}

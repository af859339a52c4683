package webcare.ui.api;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.osgi.annotation.versioning.ProviderType;

/** What the workbench offers a view while it is shown. Call only on the UI thread. */
@ProviderType
public interface ViewSite {

    /** The language the user chose: Dutch ({@code nl}) or English ({@code en}). */
    Locale locale();

    /**
     * Who works in this window, for what a view records under a name (a save, an approval): the
     * user's setting (a person id, e-mail name or full name as the crisis plan knows them), or
     * the computer's login when there is none. Never null or blank. Unlike the other methods, safe
     * on any thread: a save running in the background may ask.
     */
    String user();

    /**
     * Who a view can give work to: {@link #user()} first, then the names of the {@code team}
     * setting (comma-separated in {@code etc/webcare.ui.workbench.cfg}) in the order written, each
     * once, ignoring case. Never empty. Like {@link #user()}, safe on any thread. The crisis plan's
     * people are not in it: a view that knows the plan adds them.
     */
    default List<String> team() {
        return List.of(user());
    }

    /**
     * Runs {@code work} off the UI thread, then {@code show} with its result on the UI thread,
     * unless the view has been closed meanwhile. While it runs the status bar shows
     * {@code what} with a busy indicator; a failure is shown there and logged, and {@code show}
     * is not called. The workbench takes its screenshot only once every load has finished.
     */
    <T> void load(String what, Callable<T> work, Consumer<T> show);

    /**
     * Runs {@code work} off the UI thread every {@code every} (the first time after one interval),
     * and {@code show} with each result on the UI thread, for as long as the view is open. Quiet:
     * no busy indicator, and the screenshot does not wait for it — use {@link #load} for the first
     * reading. A failing run is logged and the next one still comes.
     */
    <T> void poll(Duration every, Callable<T> work, Consumer<T> show);

    /** Opens (or brings forward) the view with this {@link ViewPlacement#id()}, if present. */
    void openView(String id);

    /**
     * Opens (or brings forward) the view with this id and asks it to start {@code action} (see
     * {@link WorkbenchView#perform}); nothing happens when the view is not present.
     */
    void openView(String id, String action);

    /**
     * Marks the view's tab as holding unsaved changes (a leading "*"), or no longer. A workbench
     * that cannot show it ignores the call.
     */
    default void markUnsaved(boolean unsaved) {
        // nothing to show it on
    }
}

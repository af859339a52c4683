package webcare.ui.workbench.swt;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import webcare.store.api.Store;

/** What the window needs from the OSGi side; every method is cheap and safe on the UI thread. */
interface WorkbenchHost {

    String productVersion();

    Path home();

    Optional<Store> store();

    int activeSources();

    /** Whether the launcher has started every bundle, so every view that will come is here. */
    boolean allStarted();

    /** Bundles the launcher could not start, by id, with the reason. */
    Map<Long, String> startFailures();

    /** Remembers the language the user picked from the menu, for the next start too. */
    void saveLocale(Locale locale);

    /** Who works in the window: the {@code user} setting, else the computer's login; never blank. */
    String user();

    /** {@link #user()} first, then the names of the {@code team} setting, each once (ignoring case). */
    List<String> team();

    /** The {@code user} setting as it stands; empty when none. */
    String userSetting();

    /** Remembers the name the user gave (empty: use the login again), for the next start too. */
    void saveUser(String name);

    /** The window was closed by the user. */
    void closed();
}

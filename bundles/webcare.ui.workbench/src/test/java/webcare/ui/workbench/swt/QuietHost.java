package webcare.ui.workbench.swt;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import webcare.store.api.Store;

/** A host with nothing running and nothing to remember. */
record QuietHost(Path home) implements WorkbenchHost {

    @Override
    public String productVersion() {
        return "test";
    }

    @Override
    public Optional<Store> store() {
        return Optional.empty();
    }

    @Override
    public int activeSources() {
        return 0;
    }

    @Override
    public boolean allStarted() {
        return true;
    }

    @Override
    public Map<Long, String> startFailures() {
        return Map.of();
    }

    @Override
    public void saveLocale(Locale locale) {}

    @Override
    public String user() {
        return "tester";
    }

    @Override
    public List<String> team() {
        return List.of("tester");
    }

    @Override
    public String userSetting() {
        return "";
    }

    @Override
    public void saveUser(String name) {}

    @Override
    public void closed() {}
}

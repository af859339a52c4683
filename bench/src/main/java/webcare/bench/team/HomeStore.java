package webcare.bench.team;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import webcare.launch.testing.HomeLaunch;
import webcare.store.api.Store;
import webcare.store.api.StoreException;
import webcare.store.sql.ConfiguredStore;

/**
 * The store of a product home as the workbench opens it: {@code ConfiguredStore} with the keys of
 * {@code HOME/etc/webcare.store.cfg} (a PostgreSQL database), or without one the embedded H2 file.
 * Closed as Declarative Services closes it, through its {@code @Deactivate} method.
 */
public final class HomeStore implements AutoCloseable {

    private final ConfiguredStore store;

    public HomeStore(Path home) throws IOException {
        Map<String, Object> properties = new HashMap<>();
        Path cfg = home.resolve("etc/webcare.store.cfg");
        if (Files.exists(cfg)) {
            Properties keys = new Properties();
            try (Reader in = Files.newBufferedReader(cfg, StandardCharsets.UTF_8)) {
                keys.load(in);
            }
            keys.forEach((key, value) -> properties.put(key.toString(), value.toString()));
            // as delivered by Configuration Admin: with its PID (else the store would wait for it)
            properties.put("service.pid", "webcare.store");
        }
        store = new ConfiguredStore(new HomeLaunch(home, "bench"), properties);
    }

    public Store store() {
        return store;
    }

    /** Where the data lives: the file or the url. */
    public String location() {
        return store.location();
    }

    /** Waits until the store is open (migrated). */
    public HomeStore opened() throws StoreException {
        store.inTransaction(tx -> null);
        return this;
    }

    public <T> T inTransaction(Store.Work<T> work) throws StoreException {
        return store.inTransaction(work);
    }

    @Override
    public void close() {
        try {
            Method close = ConfiguredStore.class.getDeclaredMethod("close");
            close.setAccessible(true);
            close.invoke(store);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot close " + store.location(), e);
        }
    }
}

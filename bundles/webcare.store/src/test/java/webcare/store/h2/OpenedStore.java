package webcare.store.h2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import webcare.store.api.Recovery;
import webcare.store.api.Store;
import webcare.store.api.StoreException;
import webcare.store.api.StoreState;

/**
 * A new H2 store for each test, with all migrations, in a folder of its own; closed and deleted
 * after the test (and after its {@code @AfterEach} methods). Register it on an instance field
 * with {@code @RegisterExtension}; nested tests share it. The store's clock stands still at the
 * instant given. Work goes to whichever store is open now, so a test can {@link #reopen} it.
 */
final class OpenedStore implements Store, BeforeEachCallback, AfterEachCallback {

    private final Clock clock;
    private Path folder;
    private H2Store store;

    OpenedStore(Instant now) {
        clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("webcare-store-test");
        store = open(folder, Migration.bundled());
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            store.close();
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** The folder of this test's store, to open another store below it. */
    Path folder() {
        return folder;
    }

    /** Closes the store and opens its file again, as the workbench's next start does. */
    void reopen() {
        reopen(folder, Migration.bundled());
    }

    /**
     * Closes the store and opens the one in {@code folder} (created when new) with {@code migrations}
     * instead: an older version's database, say. It is closed after the test as well, but deleted
     * only when it is below {@link #folder()}.
     */
    void reopen(Path folder, List<Migration> migrations) {
        store.close();
        store = open(folder, migrations);
    }

    private H2Store open(Path folder, List<Migration> migrations) {
        return new H2Store(folder, migrations, "9.9.9-test", clock, line -> {});
    }

    @Override
    public String location() {
        return store.location();
    }

    @Override
    public StoreState state() {
        return store.state();
    }

    @Override
    public Optional<Recovery> recovery() {
        return store.recovery();
    }

    @Override
    public <T> T inTransaction(Work<T> work) throws StoreException {
        return store.inTransaction(work);
    }
}

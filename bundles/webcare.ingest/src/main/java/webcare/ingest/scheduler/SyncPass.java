package webcare.ingest.scheduler;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import webcare.ingest.api.SourceState;
import webcare.ingest.api.SyncResult;
import webcare.source.api.Cursor;
import webcare.source.api.FetchOutcome;
import webcare.source.api.Source;
import webcare.store.api.CursorRepository;
import webcare.store.api.MentionRepository;
import webcare.store.api.MentionRepository.SaveResult;
import webcare.store.api.Store;
import webcare.store.api.StoreException;

/**
 * One sync pass of one instance: fetch pages from the saved cursor until the platform has caught
 * up, storing each page's mentions and the cursor after them in one transaction, so that a crash
 * at any point repeats at most one page and loses nothing.
 */
final class SyncPass {

    /** A pass that keeps being told "more" stops here and goes on at the next poll. */
    static final int MAX_PAGES = 500;
    private static final Logger LOG = System.getLogger(SyncPass.class.getName());

    /** How a pass ended, with when the platform wants to be asked again (or null). */
    record Ended(SyncResult result, Instant retryAt) {}

    private final Store store;
    private final MentionRepository mentions;
    private final CursorRepository cursors;
    private final Clock clock;

    SyncPass(Store store, MentionRepository mentions, CursorRepository cursors, Clock clock) {
        this.store = store;
        this.mentions = mentions;
        this.cursors = cursors;
        this.clock = clock;
    }

    Ended run(Source source) throws InterruptedException {
        String type = source.type();
        String instance = source.instance();
        int pages = 0;
        SaveResult total = new SaveResult(0, 0, 0);
        try {
            Cursor cursor = store.inTransaction(tx -> cursors.load(tx, type, instance))
                    .map(position -> new Cursor(position.cursor()))
                    .orElse(Cursor.START);
            while (pages < MAX_PAGES) {
                FetchOutcome outcome = source.fetch(cursor);
                if (outcome instanceof FetchOutcome.Page page) {
                    SaveResult saved = store.inTransaction(tx -> {
                        SaveResult result = mentions.save(tx, page.mentions());
                        cursors.save(tx, type, instance, page.next().value(), clock.instant());
                        return result;
                    });
                    total = total.plus(saved);
                    pages++;
                    cursor = page.next();
                    if (!page.more()) {
                        break;
                    }
                } else {
                    return ended(source, pages, total, outcome);
                }
            }
            return new Ended(result(source, pages, total, SourceState.OK, ""), null);
        } catch (StoreException e) {
            return new Ended(result(source, pages, total, SourceState.ERROR, "cannot store: " + e.getMessage()), null);
        } catch (RuntimeException e) {
            // A connector bug stays with its instance: logged, shown, retried later.
            LOG.log(Level.ERROR, "Connector " + type + "/" + instance + " failed", e);
            return new Ended(result(source, pages, total, SourceState.ERROR,
                    "connector failed: " + e.getClass().getSimpleName() + ": " + e.getMessage()), null);
        }
    }

    private static Ended ended(Source source, int pages, SaveResult total, FetchOutcome outcome) {
        if (outcome instanceof FetchOutcome.RateLimited limited) {
            return new Ended(result(source, pages, total, SourceState.RATE_LIMITED, limited.message()), limited.until());
        }
        if (outcome instanceof FetchOutcome.AuthFailed auth) {
            return new Ended(result(source, pages, total, SourceState.AUTH_FAILED, auth.message()), null);
        }
        if (outcome instanceof FetchOutcome.BadConfiguration bad) {
            return new Ended(result(source, pages, total, SourceState.BAD_CONFIGURATION,
                    "setting '" + bad.key() + "': " + bad.message()), null);
        }
        FetchOutcome.Unavailable unavailable = (FetchOutcome.Unavailable) outcome;
        return new Ended(result(source, pages, total, SourceState.ERROR, unavailable.message()),
                unavailable.retryAfter());
    }

    private static SyncResult result(Source source, int pages, SaveResult total, SourceState state, String message) {
        return new SyncResult(source.type(), source.instance(), pages, total.added(), total.edited(), total.unchanged(),
                state, message);
    }
}

package webcare.ingest.scheduler;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
 * at any point repeats at most one page and loses nothing. A rate limit that ends within
 * {@link #SHORT_RATE_LIMIT} is waited out and the pass goes on (X resets its windows every 15
 * minutes, and a reset a few seconds away is not worth a failed pass); a longer one ends the pass.
 * A pass first takes its instance's lease ({@link SourceLeases}): while another workbench on the
 * same database holds it, the pass fetches nothing and ends as {@link SourceState#POLLED_ELSEWHERE}.
 */
final class SyncPass {

    /** A pass that keeps being told "more" stops here and goes on at the next poll. */
    static final int MAX_PAGES = 500;
    /** A rate limit that ends within this is waited out inside the pass. */
    static final Duration SHORT_RATE_LIMIT = Duration.ofSeconds(15);
    /**
     * At most this much waiting for rate limits in one pass: a platform that keeps answering 429
     * ends the pass as rate limited instead of holding its instance.
     */
    static final Duration MAX_RATE_LIMIT_WAITS = Duration.ofMinutes(1);
    /** The least wait for a rate limit whose reset has come already (X gives its reset in whole seconds). */
    static final Duration MIN_RATE_LIMIT_WAIT = Duration.ofSeconds(1);
    private static final Logger LOG = System.getLogger(SyncPass.class.getName());

    /** How a pass ended, with when the platform wants to be asked again (or null). */
    record Ended(SyncResult result, Instant retryAt) {}

    private final Store store;
    private final MentionRepository mentions;
    private final CursorRepository cursors;
    private final Clock clock;
    private final Sleeper sleeper;
    private final SourceLeases leases;

    SyncPass(Store store, MentionRepository mentions, CursorRepository cursors, Clock clock, Sleeper sleeper,
            SourceLeases leases) {
        this.store = store;
        this.mentions = mentions;
        this.cursors = cursors;
        this.clock = clock;
        this.sleeper = sleeper;
        this.leases = leases;
    }

    /**
     * Runs the pass.
     *
     * @throws InterruptedException when the thread is interrupted during a fetch or a wait (the
     *     instance is being stopped); what was stored stays stored
     */
    Ended run(Source source) throws InterruptedException {
        String type = source.type();
        String instance = source.instance();
        Progress progress = new Progress();
        Duration waited = Duration.ZERO;
        try {
            Optional<String> polledBy = leases.take(type, instance);
            if (polledBy.isPresent()) {
                return new Ended(progress.result(source, SourceState.POLLED_ELSEWHERE, "polled by " + polledBy.get()),
                        null);
            }
            Cursor cursor = store.inTransaction(tx -> cursors.load(tx, type, instance))
                    .map(position -> new Cursor(position.cursor()))
                    .orElse(Cursor.START);
            while (progress.pages < MAX_PAGES) {
                FetchOutcome outcome = source.fetch(cursor);
                if (outcome instanceof FetchOutcome.Page page) {
                    progress.add(store.inTransaction(tx -> {
                        SaveResult result = mentions.save(tx, page.mentions());
                        cursors.save(tx, type, instance, page.next().value(), clock.instant());
                        return result;
                    }), page.skipped());
                    cursor = page.next();
                    if (!page.more()) {
                        break;
                    }
                    continue;
                }
                Duration wait = outcome instanceof FetchOutcome.RateLimited limited ? shortWait(limited, waited) : null;
                if (wait == null) {
                    return ended(source, progress, outcome);
                }
                LOG.log(Level.INFO, "{0}/{1}: rate limited for {2} ms; waiting within the pass", type, instance,
                        Long.toString(wait.toMillis()));
                sleeper.sleep(wait);
                waited = waited.plus(wait);
            }
            return new Ended(progress.result(source, SourceState.OK, ""), null);
        } catch (StoreException e) {
            return new Ended(progress.result(source, SourceState.ERROR, "cannot store: " + e.getMessage()), null);
        } catch (RuntimeException e) {
            // A connector bug stays with its instance: logged, shown, retried later.
            LOG.log(Level.ERROR, "Connector " + type + "/" + instance + " failed", e);
            return new Ended(progress.result(source, SourceState.ERROR,
                    "connector failed: " + e.getClass().getSimpleName() + ": " + e.getMessage()), null);
        }
    }

    /**
     * How long to wait for {@code limited} within this pass, after {@code waited} so far; null when
     * it ends too late, or the pass has waited enough.
     */
    private Duration shortWait(FetchOutcome.RateLimited limited, Duration waited) {
        Duration wait = Duration.between(clock.instant(), limited.until());
        if (wait.compareTo(MIN_RATE_LIMIT_WAIT) < 0) {
            wait = MIN_RATE_LIMIT_WAIT;
        }
        return wait.compareTo(SHORT_RATE_LIMIT) <= 0 && waited.plus(wait).compareTo(MAX_RATE_LIMIT_WAITS) <= 0
                ? wait : null;
    }

    private static Ended ended(Source source, Progress progress, FetchOutcome outcome) {
        if (outcome instanceof FetchOutcome.RateLimited limited) {
            return new Ended(progress.result(source, SourceState.RATE_LIMITED, limited.message()), limited.until());
        }
        if (outcome instanceof FetchOutcome.AuthFailed auth) {
            return new Ended(progress.result(source, SourceState.AUTH_FAILED, auth.message()), null);
        }
        if (outcome instanceof FetchOutcome.BadConfiguration bad) {
            return new Ended(progress.result(source, SourceState.BAD_CONFIGURATION, describe(bad)), null);
        }
        FetchOutcome.Unavailable unavailable = (FetchOutcome.Unavailable) outcome;
        return new Ended(progress.result(source, SourceState.ERROR, unavailable.message()),
                unavailable.retryAfter());
    }

    /** A bad setting as the state's message: the key, then what to do. */
    static String describe(FetchOutcome.BadConfiguration bad) {
        return "setting '" + bad.key() + "': " + bad.message();
    }

    /** What the pages of a pass stored and left out so far. */
    private static final class Progress {
        int pages;
        SaveResult saved = new SaveResult(0, 0, 0);
        final Map<String, Integer> skipped = new TreeMap<>();

        void add(SaveResult page, Map<String, Integer> pageSkipped) {
            pages++;
            saved = saved.plus(page);
            pageSkipped.forEach((reason, count) -> skipped.merge(reason, count, Integer::sum));
        }

        SyncResult result(Source source, SourceState state, String message) {
            return new SyncResult(source.type(), source.instance(), pages, saved.added(), saved.edited(),
                    saved.unchanged(), skipped, state, message);
        }
    }
}

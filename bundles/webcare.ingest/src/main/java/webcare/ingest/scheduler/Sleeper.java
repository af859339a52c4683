package webcare.ingest.scheduler;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** How a pass waits: the real one sleeps; tests pass one that only records and moves their clock. */
@FunctionalInterface
interface Sleeper {

    /** Sleeps the thread. */
    Sleeper THREAD = duration -> TimeUnit.MILLISECONDS.sleep(duration.toMillis());

    /**
     * Waits {@code duration}.
     *
     * @throws InterruptedException when the thread is interrupted meanwhile (its instance is being stopped)
     */
    void sleep(Duration duration) throws InterruptedException;
}

package webcare.ingest.scheduler;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import webcare.source.api.Cursor;
import webcare.source.api.FetchOutcome;
import webcare.source.api.Source;

/**
 * A source whose every fetch is interrupted when it takes longer than {@code deadline}: a
 * connector that hangs past its own timeouts ends its pass instead of holding its instance forever.
 */
record DeadlineSource(Source source, ScheduledExecutorService timer, Duration deadline) implements Source {

    @Override
    public String type() {
        return source.type();
    }

    @Override
    public String instance() {
        return source.instance();
    }

    @Override
    public Duration pollInterval() {
        return source.pollInterval();
    }

    @Override
    public FetchOutcome fetch(Cursor cursor) throws InterruptedException {
        Thread fetching = Thread.currentThread();
        ScheduledFuture<?> alarm = timer.schedule(fetching::interrupt, deadline.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return source.fetch(cursor);
        } finally {
            if (!alarm.cancel(false)) {
                // The alarm went off: a late answer still counts, but the flag must not stay
                // behind on this pooled thread.
                Thread.interrupted();
            }
        }
    }
}

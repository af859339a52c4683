package webcare.ui.sources.swt;

import java.time.LocalDate;
import java.util.List;
import webcare.ingest.api.SourceStatus;
import webcare.store.api.MentionRepository.DayCount;

/**
 * What one table row shows: the instance's status, whether it is configured, how many mentions
 * of it are stored (and how many of those are demo data), and its daily volume over the last
 * {@link #DAYS} local days, oldest first, zero-filled. An instance that is not configured (the
 * demo's, an imported file's, one whose file was removed) has a status in state STOPPED.
 */
record SourceRow(SourceStatus status, boolean configured, long stored, long demo, long[] volume) {

    static final int DAYS = 14;

    /** Spreads the repository's per-day counts over the last {@link #DAYS} days up to {@code today}. */
    static long[] volume(List<DayCount> counts, LocalDate today) {
        long[] volume = new long[DAYS];
        LocalDate first = today.minusDays(DAYS - 1L);
        for (DayCount count : counts) {
            long index = count.day().toEpochDay() - first.toEpochDay();
            if (index >= 0 && index < DAYS) {
                volume[(int) index] += count.count();
            }
        }
        return volume;
    }

    /** Shown only for its stored mentions: nothing polls it. */
    boolean storedOnly() {
        return !configured;
    }

    /** Every stored mention of it is demo data. */
    boolean demoOnly() {
        return stored > 0 && demo == stored;
    }

    long today() {
        return volume[DAYS - 1];
    }
}

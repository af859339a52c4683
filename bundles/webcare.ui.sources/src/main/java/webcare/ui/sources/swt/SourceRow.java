package webcare.ui.sources.swt;

import java.time.LocalDate;
import java.util.List;
import webcare.ingest.api.SourceStatus;
import webcare.store.api.MentionRepository.DayCount;

/**
 * What one table row shows: the instance's status and its daily volume over the last
 * {@link #DAYS} local days, oldest first, zero-filled.
 */
record SourceRow(SourceStatus status, long[] volume) {

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

    long today() {
        return volume[DAYS - 1];
    }
}

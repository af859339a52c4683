package webcare.ingest.api;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One instance as the ingestion sees it. {@code message} is one line for people (what went
 * wrong and what to do), empty when all is well; {@code until} is when the next pass is due (or
 * the end of a rate limit), null when none is planned; {@code lastSync} the end of the last pass
 * that went well, null before the first; {@code lastAdded} how many new mentions that pass stored,
 * and {@code lastSkipped} how many items it left out, by reason ({@link SyncResult#skipped()}).
 * The last outcome survives a restart as long as the instance's configuration stays the same.
 */
public record SourceStatus(String type, String instance, SourceState state, String message, Instant until,
        Instant lastSync, int lastAdded, Map<String, Integer> lastSkipped) {

    public SourceStatus {
        lastSkipped = Collections.unmodifiableMap(new TreeMap<>(lastSkipped));
    }
}

package webcare.ingest.api;

import java.time.Instant;

/**
 * One instance as the ingestion sees it. {@code message} is one line for people (what went
 * wrong and what to do), empty when all is well; {@code until} is when the next pass is due (or
 * the end of a rate limit), null when none is planned; {@code lastSync} the end of the last pass
 * that went well, null before the first; {@code lastAdded} how many new mentions that pass stored.
 */
public record SourceStatus(String type, String instance, SourceState state, String message, Instant until,
        Instant lastSync, int lastAdded) {}

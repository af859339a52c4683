package webcare.incident.api;

import java.time.Instant;

/**
 * What a {@link Detector} took so far, for reporting what it had to correct.
 *
 * @param clock      the stream time it has reached; null before the first call
 * @param accepted   mentions counted (duplicates not)
 * @param duplicates mentions left out because their source and id came before
 * @param reordered  mentions older than the clock but within the lateness: counted in their own bucket
 * @param late       mentions older than the lateness: counted in the current bucket
 * @param future     mentions further ahead of the clock than the future tolerance (clock skew):
 *                   counted in the current bucket
 */
public record DetectorStatus(Instant clock, long accepted, long duplicates, long reordered, long late, long future) {
}

package webcare.ingest.api;

/**
 * Where a source instance stands. Kept across restarts: an instance that comes up again with the
 * same configuration is where its last pass left it.
 */
public enum SourceState {
    /**
     * Not synced yet: no pass has run with its present configuration, so nothing is known of it
     * (it is new, or its configuration file changed).
     */
    NEW,
    /** Waiting for its next poll; the last pass went well. */
    OK,
    /** A sync pass is running. */
    SYNCING,
    /** The platform asked to wait; {@link SourceStatus#until()} says until when. */
    RATE_LIMITED,
    /** The token is expired or wrong: nothing happens until its configuration file changes. */
    AUTH_FAILED,
    /** A setting is missing or wrong: nothing happens until its configuration file changes. */
    BAD_CONFIGURATION,
    /** The last pass failed (no answer, a 5xx, a malformed body); retried with growing delays. */
    ERROR,
    /** Its bundle or configuration went away; its mentions and cursor stay stored. */
    STOPPED,
    /**
     * Another workbench on the same database polls it (team mode: one workbench per instance, so
     * its rate limits are spent once); the message names that workbench. Checked again at
     * {@link SourceStatus#until()}: when that workbench closes or dies, this one takes over.
     * Not a failure, and not kept across restarts.
     */
    POLLED_ELSEWHERE
}

package webcare.response.api;

import java.time.Instant;
import java.util.Optional;

/**
 * One entry of an incident's timeline, never changed once written: {@code corrects} names an
 * earlier entry this one corrects.
 */
public record TimelineEntry(long id, Instant at, Kind kind, String actor, String text, Optional<Long> corrects) {

    /** What happened. */
    public enum Kind {
        OPENED,
        STATUS,
        TASK_DONE,
        PUBLIC_UPDATE,
        DECISION,
        NOTE,
        HANDOVER,
        MENTIONS_LINKED,
        NOTIFIED,
        CORRECTION
    }
}

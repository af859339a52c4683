package webcare.response.api;

import java.time.Instant;
import java.util.Optional;

/**
 * One entry of an incident's timeline, never changed once written: {@code corrects} names an
 * earlier entry this one corrects; {@code status} is the status a {@link Kind#STATUS} entry moved to
 * (its text is in the incident's language, the status is for any).
 */
public record TimelineEntry(long id, Instant at, Kind kind, String actor, String text, Optional<Long> corrects,
        Optional<IncidentStatus> status) {

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
        CORRECTION,
        EVALUATION,
        CALENDAR_DONE
    }
}

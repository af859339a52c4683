package webcare.ui.incidents.model;

import java.util.List;
import webcare.response.api.TimelineEntry;
import webcare.response.api.TimelineEntry.Kind;

/** The rows of the timeline below its volume chart, top to bottom, and which entries each shows. */
public enum Lane {
    SIGNALS(List.of(Kind.OPENED, Kind.MENTIONS_LINKED)),
    STATUS(List.of(Kind.STATUS)),
    TASKS(List.of(Kind.TASK_DONE, Kind.CALENDAR_DONE)),
    UPDATES(List.of(Kind.PUBLIC_UPDATE)),
    DECISIONS(List.of(Kind.DECISION, Kind.NOTE, Kind.CORRECTION)),
    ROLES(List.of(Kind.HANDOVER, Kind.NOTIFIED));

    private final List<Kind> kinds;

    Lane(List<Kind> kinds) {
        this.kinds = kinds;
    }

    /** The lane of {@code entry}. */
    public static Lane of(TimelineEntry entry) {
        for (Lane lane : values()) {
            if (lane.kinds.contains(entry.kind())) {
                return lane;
            }
        }
        return DECISIONS;
    }
}

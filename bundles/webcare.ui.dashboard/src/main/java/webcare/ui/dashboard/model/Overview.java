package webcare.ui.dashboard.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import webcare.response.api.Incident;
import webcare.response.api.TaskState;
import webcare.store.api.InboxRepository.Volume;
import webcare.store.api.SignalRepository.StoredSignal;

/**
 * What the dashboard shows, read at {@code now}: the stream of the last days counted per source
 * and hour, the detector's signals, the inbox's open and overdue items, the active incidents with
 * their next due task, and the plan's health and next review (empty without a plan).
 */
public record Overview(Instant now, Instant from, List<Volume> volume, List<StoredSignal> signals, long openItems,
        long overdueItems, boolean moreItems, List<ActiveIncident> incidents, Optional<PlanState> plan) {

    public Overview {
        volume = List.copyOf(volume);
        signals = List.copyOf(signals);
        incidents = List.copyOf(incidents);
    }

    /** An incident that is not resolved, and its first task not done. */
    public record ActiveIncident(Incident incident, Optional<TaskState> nextTask) {}

    /** The plan's findings by level, and when it is reviewed next (empty: not planned). */
    public record PlanState(int errors, int warnings, Optional<LocalDate> nextReview) {}

    /** Signals no incident was opened from. */
    public long newSignals() {
        return signals.stream().filter(signal -> signal.incident().isEmpty()).count();
    }
}

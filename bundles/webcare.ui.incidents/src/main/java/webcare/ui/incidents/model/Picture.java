package webcare.ui.incidents.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import webcare.notify.api.MailStatus;
import webcare.notify.api.Notification;
import webcare.response.api.Evaluation;
import webcare.response.api.Incident;
import webcare.response.api.Measures;
import webcare.response.api.TimelineEntry;

/**
 * What one timeline shows: the incident, its entries, and its linked mentions counted per bucket
 * ({@code [bucket start epoch second, all, negative]}) of {@code bucketSeconds}, read for the
 * axis's stretch of time; {@code now} for the marker; the notifications about the incident and where
 * e-mail stands (empty without notifications); its times so far and its latest evaluation.
 */
public record Picture(Incident incident, List<TimelineEntry> entries, List<long[]> volume, int bucketSeconds,
        Instant now, List<Notification> notices, Optional<MailStatus> mail, Measures measures,
        Optional<Evaluation> evaluation) {

    public Picture {
        entries = List.copyOf(entries);
        volume = List.copyOf(volume);
        notices = List.copyOf(notices);
    }

    /** The first and last moment worth showing: from the onset to now (or the last entry). */
    public Instant first() {
        Instant first = incident.started().isBefore(incident.detected()) ? incident.started() : incident.detected();
        return volume.isEmpty() || Instant.ofEpochSecond(volume.get(0)[0]).isAfter(first) ? first
                : Instant.ofEpochSecond(volume.get(0)[0]);
    }

    public Instant last() {
        Instant last = entries.isEmpty() ? incident.opened() : entries.get(entries.size() - 1).at();
        return incident.status().open() && now.isAfter(last) ? now : last;
    }

    /** The largest bucket's count, for the volume chart's scale (at least 1). */
    public long largestBucket() {
        return Math.max(1, volume.stream().mapToLong(bucket -> bucket[1]).max().orElse(1));
    }

    /** The entry of {@code lane} drawn nearest to {@code x} within {@code reach} pixels on {@code axis}. */
    public Optional<TimelineEntry> hit(TimeAxis axis, Lane lane, int x, int reach) {
        TimelineEntry nearest = null;
        int best = reach + 1;
        for (TimelineEntry entry : entries) {
            int distance = Math.abs(axis.x(entry.at()) - x);
            if (Lane.of(entry) == lane && distance < best) {
                nearest = entry;
                best = distance;
            }
        }
        return Optional.ofNullable(nearest);
    }
}

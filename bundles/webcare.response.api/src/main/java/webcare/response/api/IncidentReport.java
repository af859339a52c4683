package webcare.response.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * All of an incident for a document: as it stands, its whole timeline, its times and its evaluation,
 * and its linked messages counted per bucket of {@code bucketSeconds} from the onset to the last entry
 * ({@code [bucket start epoch second, all, negative]}, a few hundred at most), made at {@code made}.
 */
public record IncidentReport(Incident incident, List<TimelineEntry> timeline, Measures measures,
        Optional<Evaluation> evaluation, List<long[]> volume, int bucketSeconds, Instant made) {

    public IncidentReport {
        timeline = List.copyOf(timeline);
        volume = List.copyOf(volume);
    }
}

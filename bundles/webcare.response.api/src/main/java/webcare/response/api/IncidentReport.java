package webcare.response.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** All of an incident for a document: as it stands, its whole timeline, its times and its evaluation, made at {@code made}. */
public record IncidentReport(Incident incident, List<TimelineEntry> timeline, Measures measures,
        Optional<Evaluation> evaluation, Instant made) {

    public IncidentReport {
        timeline = List.copyOf(timeline);
    }
}

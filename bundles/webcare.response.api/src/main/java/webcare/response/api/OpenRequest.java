package webcare.response.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What it takes to open an incident. {@code scenarioId}: the crisis plan's scenario that runs it
 * (empty: none yet, roles and tasks come when one is chosen). {@code detected}: when the signal
 * fired or the item was escalated; {@code reported}: when someone told the team, if so;
 * {@code started}: the (estimated) onset, from which the tasks' due times count.
 * {@code unavailable}: the plan's people who cannot act now, so their deputies are activated.
 * {@code evidence}: what led to it, for the timeline; {@code mentions}: stored mentions to link.
 */
public record OpenRequest(String title, Optional<String> scenarioId, Origin origin, Instant detected,
        Optional<Instant> reported, Instant started, String language, boolean drill, Set<String> unavailable,
        String evidence, List<Long> mentions, String by) {

    public OpenRequest {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(scenarioId, "scenarioId");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(detected, "detected");
        Objects.requireNonNull(reported, "reported");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(by, "by");
        unavailable = Set.copyOf(unavailable);
        mentions = List.copyOf(mentions);
    }
}

package webcare.ui.incidents.model;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import webcare.model.plan.Plan;
import webcare.plan.api.PlanBook;
import webcare.plan.api.PlanException;
import webcare.response.api.Incident;
import webcare.response.api.IncidentException;
import webcare.response.api.Incidents;

/** What the view reads, off the UI thread: the incidents, one incident's picture, the plan to open one by. */
public final class IncidentsWork {

    /** Timeline entries read for one picture; an incident writes far fewer. */
    static final int ENTRIES = 10_000;
    private static final Instant BEGINNING = Instant.EPOCH;
    private static final Instant END = Instant.parse("9999-12-31T23:59:59Z");

    private final Incidents incidents;
    private final Optional<PlanBook> plans;
    private final Clock clock;

    public IncidentsWork(Incidents incidents, Optional<PlanBook> plans, Clock clock) {
        this.incidents = incidents;
        this.plans = plans;
        this.clock = clock;
    }

    public Incidents incidents() {
        return incidents;
    }

    public Instant now() {
        return clock.instant();
    }

    public List<Incident> list(boolean drills) throws IncidentException {
        return incidents.list(drills, 200);
    }

    /**
     * Incident {@code id} with all its entries and its linked mentions counted for {@code axis}
     * (for the whole incident when empty, at an hour a bucket until the view knows its width).
     */
    public Optional<Picture> picture(long id, Optional<TimeAxis> axis) throws IncidentException {
        Optional<Incident> found = incidents.find(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Incident incident = found.get();
        Instant now = clock.instant();
        var entries = incidents.timeline(id, BEGINNING, END, ENTRIES);
        Picture whole = new Picture(incident, entries, List.of(), 3_600, now);
        TimeAxis shown = axis.orElseGet(() -> TimeAxis.fitting(whole.first(), whole.last(), 900));
        int bucket = shown.bucketSeconds();
        var volume = incidents.volume(id, shown.from().minusSeconds(bucket), shown.to(), bucket);
        return Optional.of(new Picture(incident, entries, volume, bucket, now));
    }

    /** The working crisis plan, to open an incident by; empty without one. */
    public Optional<Plan> plan() {
        try {
            return plans.isPresent() ? Optional.of(plans.get().working().plan()) : Optional.empty();
        } catch (PlanException e) {
            return Optional.empty();
        }
    }
}

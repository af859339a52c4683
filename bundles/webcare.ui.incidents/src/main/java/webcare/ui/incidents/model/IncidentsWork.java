package webcare.ui.incidents.model;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import webcare.model.plan.Plan;
import webcare.notify.api.MailStatus;
import webcare.notify.api.Notification;
import webcare.notify.api.Notifier;
import webcare.notify.api.NotifyException;
import webcare.plan.api.PlanBook;
import webcare.plan.api.PlanException;
import webcare.response.api.Evaluation;
import webcare.response.api.Incident;
import webcare.response.api.IncidentReport;
import webcare.response.api.Measures;
import webcare.response.api.IncidentException;
import webcare.response.api.Incidents;

/** What the view reads, off the UI thread: the incidents, one incident's picture, the plan to open one by. */
public final class IncidentsWork {

    /** The newest notifications looked through for the chosen incident's. */
    static final int NOTICES = 500;

    private final Incidents incidents;
    private final Optional<PlanBook> plans;
    private final Optional<Notifier> notifier;
    private final Clock clock;

    public IncidentsWork(Incidents incidents, Optional<PlanBook> plans, Optional<Notifier> notifier, Clock clock) {
        this.incidents = incidents;
        this.plans = plans;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** Records that {@code by} has seen notification {@code id}. */
    public boolean acknowledge(long id, String by) throws NotifyException {
        return notifier.isPresent() && notifier.get().acknowledge(id, by);
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
        IncidentReport report;
        try {
            report = incidents.report(id);
        } catch (IncidentException e) {
            if (incidents.find(id).isEmpty()) {
                return Optional.empty(); // gone: nothing to show
            }
            throw e;
        }
        Incident incident = report.incident();
        Instant now = report.made();
        var entries = report.timeline();
        Measures measures = report.measures();
        Optional<Evaluation> evaluation = report.evaluation();
        Picture whole = new Picture(incident, entries, List.of(), 3_600, now, List.of(), Optional.empty(), measures,
                evaluation);
        TimeAxis shown = axis.orElseGet(() -> TimeAxis.fitting(whole.first(), whole.last(), 900));
        int bucket = shown.bucketSeconds();
        var volume = incidents.volume(id, shown.from().minusSeconds(bucket), shown.to(), bucket);
        List<Notification> notices = List.of();
        Optional<MailStatus> mail = Optional.empty();
        if (notifier.isPresent()) {
            try {
                String about = "incident/" + id + "/";
                notices = notifier.get().recent(NOTICES).stream()
                        .filter(notice -> notice.notice().about().startsWith(about)).toList();
                mail = Optional.of(notifier.get().status());
            } catch (NotifyException e) {
                throw new IncidentException(e.getMessage(), e);
            }
        }
        return Optional.of(new Picture(incident, entries, volume, bucket, now, notices, mail, measures, evaluation));
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

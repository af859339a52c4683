package webcare.ui.dashboard.model;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import webcare.model.plan.Plan;
import webcare.plan.api.Finding;
import webcare.plan.api.PlanBook;
import webcare.plan.api.PlanException;
import webcare.plan.api.PlanHealth;
import webcare.response.api.IncidentException;
import webcare.response.api.Incidents;
import webcare.response.api.TaskState;
import webcare.store.api.InboxRepository;
import webcare.store.api.InboxRepository.Query;
import webcare.store.api.SignalRepository;
import webcare.store.api.Store;
import webcare.store.api.StoreException;

/** Reads the dashboard's overview off the UI thread; each part that has no service yet stays empty. */
public final class DashboardWork {

    /** How far back the chart looks. */
    public static final Duration SHOWN = Duration.ofDays(7);
    /** Inbox items counted at most: beyond it the dashboard says "10.000+". */
    static final long COUNT_LIMIT = 10_000;
    private static final int SIGNALS = 50;

    private final Store store;
    private final InboxRepository inbox;
    private final SignalRepository signals;
    private final Optional<Incidents> incidents;
    private final Optional<PlanBook> plans;
    private final Optional<PlanHealth> health;
    private final Clock clock;
    private final ZoneId zone;

    public DashboardWork(Store store, InboxRepository inbox, SignalRepository signals, Optional<Incidents> incidents,
            Optional<PlanBook> plans, Optional<PlanHealth> health, Clock clock, ZoneId zone) {
        this.store = store;
        this.inbox = inbox;
        this.signals = signals;
        this.incidents = incidents;
        this.plans = plans;
        this.health = health;
        this.clock = clock;
        this.zone = zone;
    }

    public Overview read() throws StoreException, IncidentException {
        Instant now = clock.instant();
        Instant from = now.truncatedTo(ChronoUnit.HOURS).minus(SHOWN);
        var volume = store.inTransaction(tx -> inbox.volume(tx, from, now.plusSeconds(1), 3_600));
        var recent = store.inTransaction(tx -> signals.recent(tx, SIGNALS));
        Query open = new Query(null, null, null, null, InboxRepository.Due.ANY, Set.of(InboxRepository.Status.OPEN), null,
                null, null, InboxRepository.Sort.PRIORITY, now);
        Query overdue = new Query(null, null, null, null, InboxRepository.Due.OVERDUE,
                Set.of(InboxRepository.Status.OPEN), null, null, null, InboxRepository.Sort.DUE, now);
        var openCount = store.inTransaction(tx -> inbox.count(tx, open, COUNT_LIMIT));
        var overdueCount = store.inTransaction(tx -> inbox.count(tx, overdue, COUNT_LIMIT));
        List<Overview.ActiveIncident> active = new ArrayList<>();
        if (incidents.isPresent()) {
            for (var incident : incidents.get().list(false, 50)) {
                if (incident.status().open()) {
                    Optional<TaskState> next = incident.tasks().stream().filter(task -> task.done().isEmpty())
                            .min(Comparator.comparing(TaskState::due));
                    active.add(new Overview.ActiveIncident(incident, next));
                }
            }
        }
        return new Overview(now, from, volume, recent, openCount.items(), overdueCount.items(),
                openCount.more(), active, planState(now));
    }

    private Optional<Overview.PlanState> planState(Instant now) {
        if (plans.isEmpty() || health.isEmpty()) {
            return Optional.empty();
        }
        try {
            Plan plan = plans.get().working().plan();
            if (plan.people().isEmpty() && plan.roles().isEmpty()) {
                return Optional.empty(); // no plan yet
            }
            LocalDate today = now.atZone(zone).toLocalDate();
            List<Finding> findings = health.get().check(plan, today, Locale.ENGLISH);
            return Optional.of(new Overview.PlanState(
                    (int) findings.stream().filter(finding -> finding.level() == Finding.Level.ERROR).count(),
                    (int) findings.stream().filter(finding -> finding.level() == Finding.Level.WARN).count(),
                    Optional.ofNullable(plan.nextReview())));
        } catch (PlanException e) {
            return Optional.empty();
        }
    }
}

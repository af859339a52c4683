package webcare.response.flow;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;
import webcare.model.plan.Scenario;
import webcare.notify.api.Notice;
import webcare.notify.api.Notifier;
import webcare.notify.api.NotifyException;
import webcare.model.plan.CalendarRule;
import webcare.model.plan.Flag;
import webcare.model.plan.ItemRef;
import webcare.plan.api.PlanBook;
import webcare.plan.api.PlanChangedException;
import webcare.plan.api.PlanException;
import webcare.plan.api.WorkingPlan;
import webcare.response.api.Evaluation;
import webcare.response.api.Measures;
import webcare.response.api.Incident;
import webcare.response.api.IncidentException;
import webcare.response.api.IncidentReport;
import webcare.response.api.IncidentStatus;
import webcare.response.api.Incidents;
import webcare.response.api.OpenRequest;
import webcare.response.api.RoleHolder;
import webcare.response.api.TaskState;
import webcare.response.api.TimelineEntry;
import webcare.response.api.TimelineEntry.Kind;
import webcare.store.api.InboxRepository;
import webcare.store.api.InboxRepository.Query;
import webcare.store.api.IncidentRepository;
import webcare.store.api.IncidentRepository.Assignment;
import webcare.store.api.IncidentRepository.Event;
import webcare.store.api.IncidentRepository.IncidentTask;
import webcare.store.api.IncidentRepository.NewEvent;
import webcare.store.api.IncidentRepository.Opening;
import webcare.store.api.Store;
import webcare.store.api.StoreException;
import webcare.store.api.Transaction;

/**
 * {@link Incidents} on the store's {@link IncidentRepository} and the working crisis plan. An
 * incident's state is read off its timeline (status, tasks done, role handovers, public updates);
 * what the plan says now (the holding statement, the content calendar) is looked up when read,
 * so an incident stays readable when its scenario has left the plan. Every minute a reminder pass
 * notifies role holders of tasks falling due and public updates due, each once.
 */
@Component(service = Incidents.class, immediate = true)
public final class PlanIncidents implements Incidents {

    private static final Logger LOG = System.getLogger(PlanIncidents.class.getName());
    /** Timeline entries read to know an incident's state; far above what one incident writes. */
    private static final int STATE_ENTRIES = 100_000;
    private static final Duration REMIND_AHEAD = Duration.ofMinutes(15);
    private static final long REMIND_EVERY_SECONDS = 60;
    private static final Instant BEGINNING = Instant.EPOCH;
    private static final Instant END = Instant.parse("9999-12-31T23:59:59Z");
    /** The most bars a report's chart draws. */
    private static final int REPORT_BARS = 150;
    /** Inbox rows read at a time when linking by words. */
    private static final int LINK_PAGE = 10_000;

    private final Store store;
    private final IncidentRepository repository;
    private final PlanBook plans;
    private final InboxRepository inbox;
    private final Clock clock;
    private final ZoneId zone;
    // Optional and dynamic: without e-mail notifications the incidents still work.
    private final AtomicReference<Notifier> notifier = new AtomicReference<>();
    private final ScheduledExecutorService reminders;

    @Activate
    public PlanIncidents(@Reference Store store, @Reference IncidentRepository repository, @Reference PlanBook plans,
            @Reference InboxRepository inbox) {
        this(store, repository, plans, inbox, Clock.systemUTC(), ZoneId.systemDefault(), true);
    }

    PlanIncidents(Store store, IncidentRepository repository, PlanBook plans, InboxRepository inbox, Clock clock,
            ZoneId zone, boolean remindInBackground) {
        this.store = store;
        this.repository = repository;
        this.plans = plans;
        this.inbox = inbox;
        this.clock = clock;
        this.zone = zone;
        this.reminders = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "webcare-incident-reminders");
            thread.setDaemon(true);
            return thread;
        });
        if (remindInBackground) {
            reminders.scheduleWithFixedDelay(this::remindQuietly, REMIND_EVERY_SECONDS, REMIND_EVERY_SECONDS,
                    TimeUnit.SECONDS);
        }
    }

    @Deactivate
    void deactivate() {
        reminders.shutdownNow();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setNotifier(Notifier service) {
        notifier.set(service);
    }

    void unsetNotifier(Notifier service) {
        notifier.compareAndSet(service, null);
    }

    @Override
    public Incident open(OpenRequest request) throws IncidentException {
        Plan plan = plan();
        Optional<Scenario> scenario = Optional.empty();
        if (request.scenarioId().isPresent()) {
            String id = request.scenarioId().get();
            scenario = Optional.of(plan.scenario(id).orElseThrow(() -> new IncidentException("The crisis plan has no "
                    + "scenario '" + id + "': choose one of " + plan.scenarios().stream().map(Scenario::id)
                            .collect(Collectors.joining(", ")))));
        }
        Optional<Activation> activation = scenario.map(chosen -> Activation.of(plan, chosen, request.unavailable(),
                request.started()));
        Instant now = clock.instant();
        Texts texts = Texts.of(request.language(), zone);
        Opening opening = new Opening(request.title(), request.scenarioId(), scenario.map(Scenario::name).orElse(""),
                scenario.map(Scenario::severity).orElse(0), IncidentRepository.Origin.valueOf(request.origin().name()),
                request.detected(), request.reported(), request.started(), now, request.by(), request.language(),
                activation.map(Activation::updateMinutes).orElse(Activation.DEFAULT_UPDATE_MINUTES), request.drill(),
                activation.map(Activation::roles).orElse(List.of()), activation.map(Activation::tasks).orElse(List.of()));
        long id = inStore(tx -> {
            long opened = repository.open(tx, opening);
            append(tx, opened, now, Kind.OPENED, request.by(), texts.get("entry.opened", request.by(), request.evidence()),
                    Details.of("origin", request.origin().name()));
            append(tx, opened, now, Kind.STATUS, request.by(), texts.get("entry.detected", texts.get("status.DETECTED")),
                    Details.of("status", IncidentStatus.DETECTED.name()));
            if (activation.isEmpty()) {
                append(tx, opened, now, Kind.NOTE, request.by(), texts.get("entry.noScenario"), Details.of());
            }
            for (Activation activated : activation.stream().toList()) {
                append(tx, opened, now, Kind.NOTE, request.by(), texts.get("entry.scenario", activated.scenario().name(),
                        activated.scenario().severity(), activated.roles().stream()
                                .map(role -> role.roleName() + ": " + role.personName()).collect(Collectors.joining(", "))),
                        Details.of());
                for (Assignment deputy : activated.roles().stream().filter(Assignment::deputy).toList()) {
                    append(tx, opened, now, Kind.NOTE, request.by(), texts.get("entry.deputy", deputy.personName(),
                            deputy.roleName()), Details.of("role", deputy.roleId(), "person", deputy.personId()));
                }
                for (String role : activated.unstaffed()) {
                    append(tx, opened, now, Kind.NOTE, request.by(), texts.get("entry.unstaffed", role), Details.of());
                }
            }
            linkIn(tx, opened, request.mentions(), "signal", request.by(), now, texts);
            return opened;
        });
        notifyRoles(id);
        return require(id);
    }

    @Override
    public List<Incident> list(boolean drills, int limit) throws IncidentException {
        return views(inStore(tx -> repository.list(tx, drills, limit)));
    }

    @Override
    public Optional<Incident> find(long id) throws IncidentException {
        Optional<IncidentRepository.Incident> stored = inStore(tx -> repository.find(tx, id));
        return stored.isEmpty() ? Optional.empty() : Optional.of(view(stored.get(), plan()));
    }

    @Override
    public List<Incident> linkedTo(long mentionId) throws IncidentException {
        List<IncidentRepository.Incident> stored = inStore(tx -> {
            List<IncidentRepository.Incident> found = new ArrayList<>();
            for (long id : repository.linkedTo(tx, mentionId)) {
                repository.find(tx, id).ifPresent(found::add);
            }
            return found;
        });
        return views(stored);
    }

    private List<Incident> views(List<IncidentRepository.Incident> stored) throws IncidentException {
        Plan plan = plan();
        List<Incident> incidents = new ArrayList<>();
        for (IncidentRepository.Incident each : stored) {
            incidents.add(view(each, plan));
        }
        return incidents;
    }

    @Override
    public Incident status(long id, IncidentStatus status, String by, String note) throws IncidentException {
        Incident incident = require(id);
        Texts texts = Texts.of(incident.language(), zone);
        if (status.compareTo(incident.status()) <= 0) {
            throw new IncidentException("Incident " + id + " is " + texts.get("status." + incident.status().name())
                    + " already; to go back, write a correction of the status entry");
        }
        String from = texts.get("status." + incident.status().name());
        String to = texts.get("status." + status.name());
        String text = note.isBlank() ? texts.get("entry.status", from, to) : texts.get("entry.statusNote", from, to, note);
        return appendAndRead(id, Kind.STATUS, by, text, Details.of("status", status.name()), Optional.empty());
    }

    @Override
    public Incident taskDone(long id, String taskId, String by) throws IncidentException {
        Incident incident = require(id);
        TaskState task = incident.tasks().stream().filter(each -> each.taskId().equals(taskId)).findFirst()
                .orElseThrow(() -> new IncidentException("Incident " + id + " has no task '" + taskId + "': its tasks are "
                        + incident.tasks().stream().map(TaskState::taskId).collect(Collectors.joining(", "))));
        if (task.done().isPresent()) {
            throw new IncidentException("The task '" + task.title() + "' was done already by " + task.doneBy().orElse("?"));
        }
        return appendAndRead(id, Kind.TASK_DONE, by, Texts.of(incident.language(), zone).get("entry.taskDone", task.title()),
                Details.of("task", taskId), Optional.empty());
    }

    @Override
    public Incident publicUpdate(long id, String text, String by) throws IncidentException {
        require(id);
        return appendAndRead(id, Kind.PUBLIC_UPDATE, by, text, Details.of(), Optional.empty());
    }

    @Override
    public Incident record(long id, Kind kind, String text, String by, Optional<Long> corrects) throws IncidentException {
        if (kind != Kind.DECISION && kind != Kind.NOTE && kind != Kind.CORRECTION) {
            throw new IncidentException("A " + kind + " entry is written by its own action, not as a note");
        }
        if ((kind == Kind.CORRECTION) != corrects.isPresent()) {
            throw new IncidentException("A correction names the entry it corrects, and only a correction does");
        }
        require(id);
        return appendAndRead(id, kind, by, text, Details.of(), corrects);
    }

    @Override
    public Incident calendarDone(long id, String ruleId, String by) throws IncidentException {
        Incident incident = require(id);
        CalendarRule rule = incident.calendar().stream().filter(each -> each.id().equals(ruleId)).findFirst()
                .orElseThrow(() -> new IncidentException("The plan's content calendar has no rule '" + ruleId + "'"));
        if (incident.calendarDone().contains(ruleId)) {
            return incident;
        }
        Texts texts = Texts.of(incident.language(), zone);
        return appendAndRead(id, Kind.CALENDAR_DONE, by, texts.get("entry.calendar",
                texts.get("calendar." + rule.action().name()), rule.what()), Details.of("rule", ruleId), Optional.empty());
    }

    @Override
    public Incident handOver(long id, String roleId, String personId, String by) throws IncidentException {
        Incident incident = require(id);
        RoleHolder holder = incident.roles().stream().filter(role -> role.roleId().equals(roleId)).findFirst()
                .orElseThrow(() -> new IncidentException("Incident " + id + " has no role '" + roleId + "'"));
        Person person = plan().person(personId).orElseThrow(() -> new IncidentException(
                "The crisis plan has no person '" + personId + "'"));
        Incident handed = appendAndRead(id, Kind.HANDOVER, by, Texts.of(incident.language(), zone).get("entry.handover",
                holder.roleName(), holder.personName(), person.name()),
                Details.of("role", roleId, "person", person.id(), "name", person.name()), Optional.empty());
        notifyRoles(id);
        return handed;
    }

    @Override
    public int link(long id, List<Long> mentions, String how, String by) throws IncidentException {
        Incident incident = require(id);
        Instant now = clock.instant();
        return inStore(tx -> linkIn(tx, id, mentions, how, by, now, Texts.of(incident.language(), zone)));
    }

    private int linkIn(Transaction tx, long id, List<Long> mentions, String how, String by, Instant now,
            Texts texts) throws StoreException {
        int added = mentions.isEmpty() ? 0 : repository.link(tx, id, mentions, how, by, now);
        if (added > 0) {
            append(tx, id, now, Kind.MENTIONS_LINKED, by, texts.get("entry.linked", added, how),
                    Details.of("count", String.valueOf(added), "how", how));
        }
        return added;
    }

    @Override
    public Incident evaluate(long id, Evaluation evaluation) throws IncidentException {
        Incident incident = require(id);
        Texts texts = Texts.of(incident.language(), zone);
        if (incident.status().compareTo(IncidentStatus.RESOLVED) < 0) {
            throw new IncidentException("Incident " + id + " is " + texts.get("status." + incident.status().name())
                    + ": evaluate it once it is resolved");
        }
        for (Evaluation.PlanFlag flag : evaluation.flags()) {
            try {
                ItemRef.parse(flag.item());
            } catch (IllegalArgumentException e) {
                throw new IncidentException(e.getMessage(), e);
            }
        }
        flagInPlan(incident, evaluation, texts);
        Instant now = clock.instant();
        inStore(tx -> {
            repository.append(tx, id, new NewEvent(now, Kind.EVALUATION.name(), evaluation.by(),
                    texts.get("entry.evaluation", evaluation.actions().size(), evaluation.flags().size()),
                    EvaluationJson.write(evaluation), Optional.empty()));
            if (incident.status() == IncidentStatus.RESOLVED) {
                append(tx, id, now, Kind.STATUS, evaluation.by(), texts.get("entry.status",
                        texts.get("status.RESOLVED"), texts.get("status.EVALUATED")),
                        Details.of("status", IncidentStatus.EVALUATED.name()));
            }
            return null;
        });
        return require(id);
    }

    /** Adds the evaluation's flags to the working plan, for the next review; once more if someone saved meanwhile. */
    private void flagInPlan(Incident incident, Evaluation evaluation, Texts texts) throws IncidentException {
        if (evaluation.flags().isEmpty()) {
            return;
        }
        String source = texts.get("flag.source", incident.title(), incident.id());
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        for (int attempt = 1; ; attempt++) {
            try {
                WorkingPlan working = plans.working();
                List<Flag> flags = new ArrayList<>(working.plan().flags());
                evaluation.flags().forEach(flag -> flags.add(new Flag(flag.item(), flag.note(), source, today)));
                plans.save(working.plan().withFlags(flags), working.revision(), evaluation.by(),
                        Locale.forLanguageTag(incident.language()));
                return;
            } catch (PlanChangedException e) {
                if (attempt == 2) {
                    throw new IncidentException("The crisis plan changed twice while the evaluation was saved: "
                            + "save the evaluation again", e);
                }
            } catch (PlanException e) {
                throw new IncidentException("The flags could not be added to the crisis plan: " + e.getMessage(), e);
            }
        }
    }

    /** An incident read once: the stored opening and its whole timeline, which the rest is read off. */
    private record Read(IncidentRepository.Incident stored, List<Event> events) {}

    private Read read(long id) throws IncidentException {
        Optional<IncidentRepository.Incident> stored = inStore(tx -> repository.find(tx, id));
        if (stored.isEmpty()) {
            throw new IncidentException("There is no incident " + id + ": 'incident list' shows them");
        }
        return new Read(stored.get(), inStore(tx -> repository.events(tx, id, BEGINNING, END, STATE_ENTRIES)));
    }

    @Override
    public IncidentReport report(long id) throws IncidentException {
        Read read = read(id);
        Incident incident = view(read, plan());
        List<TimelineEntry> timeline = read.events().stream().map(PlanIncidents::entry).toList();
        Instant now = clock.instant();
        Instant from = incident.started().isBefore(incident.detected()) ? incident.started() : incident.detected();
        Instant to = timeline.isEmpty() || timeline.get(timeline.size() - 1).at().isBefore(now) && incident.status().open()
                ? now : timeline.get(timeline.size() - 1).at();
        int bucket = reportBucket(Duration.between(from, to));
        List<long[]> volume = inStore(tx -> repository.linkedVolume(tx, id, from, to, bucket));
        return new IncidentReport(incident, timeline, measures(incident, timeline), evaluation(read.events()), volume,
                bucket, now);
    }

    /** Whole minutes, hours or days, so that a report's chart has at most about 150 bars. */
    static int reportBucket(Duration span) {
        for (int minutes : new int[] {1, 5, 15, 30, 60, 180, 360, 720, 1_440}) {
            if (span.toMinutes() / minutes <= REPORT_BARS) {
                return minutes * 60;
            }
        }
        return (int) Math.min(Integer.MAX_VALUE / 2, Math.max(1, span.toDays() / REPORT_BARS + 1) * 86_400);
    }

    @Override
    public Optional<Evaluation> evaluation(long id) throws IncidentException {
        return evaluation(read(id).events());
    }

    private static Optional<Evaluation> evaluation(List<Event> events) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (kind(events.get(i)) == Kind.EVALUATION) {
                Optional<Evaluation> read = EvaluationJson.read(events.get(i).data());
                if (read.isPresent()) {
                    return read;
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Measures measures(long id) throws IncidentException {
        Read read = read(id);
        return measures(view(read, plan()), read.events().stream().map(PlanIncidents::entry).toList());
    }

    private static Measures measures(Incident incident, List<TimelineEntry> timeline) {
        Instant detected = incident.detected();
        Optional<Instant> acknowledged = Optional.empty();
        Optional<Instant> firstUpdate = Optional.empty();
        Optional<Instant> resolved = Optional.empty();
        for (TimelineEntry entry : timeline) {
            IncidentStatus status = entry.status().orElse(null);
            if (status != null && status.compareTo(IncidentStatus.ACKNOWLEDGED) >= 0 && acknowledged.isEmpty()) {
                acknowledged = Optional.of(entry.at());
            }
            if (status != null && status.compareTo(IncidentStatus.RESOLVED) >= 0 && resolved.isEmpty()) {
                resolved = Optional.of(entry.at());
            }
            if (entry.kind() == Kind.PUBLIC_UPDATE && firstUpdate.isEmpty()) {
                firstUpdate = Optional.of(entry.at());
            }
        }
        return new Measures(positive(Duration.between(incident.started(), detected)), acknowledged.map(at -> since(detected, at)),
                firstUpdate.map(at -> since(detected, at)), resolved.map(at -> since(detected, at)));
    }

    private static Duration since(Instant from, Instant to) {
        return positive(Duration.between(from, to));
    }

    private static Duration positive(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }

    @Override
    public int linkMatching(long id, String words, Instant from, String by) throws IncidentException {
        if (words.isBlank()) {
            throw new IncidentException("Say which words the messages to link have in common");
        }
        Incident incident = require(id);
        Instant now = clock.instant();
        Query query = new Query(null, null, null, null, InboxRepository.Due.ANY, Set.of(), null, null, words,
                InboxRepository.Sort.NEWEST, now);
        return inStore(tx -> {
            List<Long> matching = new ArrayList<>();
            // newest first: stop at the first message written before {@code from}
            for (int offset = 0; ; offset += LINK_PAGE) {
                List<InboxRepository.Row> page = inbox.page(tx, query, offset, LINK_PAGE);
                for (InboxRepository.Row row : page) {
                    if (row.created().isBefore(from)) {
                        return linkIn(tx, id, matching, "search", by, now, Texts.of(incident.language(), zone));
                    }
                    matching.add(row.mentionId());
                }
                if (page.size() < LINK_PAGE) {
                    return linkIn(tx, id, matching, "search", by, now, Texts.of(incident.language(), zone));
                }
            }
        });
    }

    @Override
    public List<TimelineEntry> timeline(long id, Instant from, Instant to, int limit) throws IncidentException {
        return inStore(tx -> repository.events(tx, id, from, to, limit)).stream().map(PlanIncidents::entry).toList();
    }

    @Override
    public List<long[]> volume(long id, Instant from, Instant to, int bucketSeconds) throws IncidentException {
        return inStore(tx -> repository.linkedVolume(tx, id, from, to, bucketSeconds));
    }

    @Override
    public int remind(Instant now, Duration ahead) throws IncidentException {
        Notifier current = notifier.get();
        if (current == null) {
            return 0;
        }
        Plan plan = plan();
        int added = 0;
        for (boolean drills : new boolean[] {false, true}) {
            for (Incident incident : list(drills, 100)) {
                if (incident.status().open()) {
                    added += remind(current, incident, plan, now, ahead);
                }
            }
        }
        return added;
    }

    private int remind(Notifier current, Incident incident, Plan plan, Instant now, Duration ahead)
            throws IncidentException {
        Texts texts = Texts.of(incident.language(), zone);
        List<Notice> notices = new ArrayList<>(openingNotices(incident, plan, texts, now));
        String drill = texts.drill(incident.drill());
        for (TaskState task : incident.tasks()) {
            if (task.done().isPresent() || task.due().isAfter(now.plus(ahead))) {
                continue;
            }
            boolean overdue = task.overdue(now);
            for (RoleHolder holder : holders(incident, task.roleId())) {
                String kind = overdue ? "overdue" : "due";
                notices.add(notice(plan, holder, "incident/" + incident.id() + "/task/" + task.taskId() + "/" + kind,
                        texts.get("notice." + kind + ".subject", drill, texts.time(task.due(), now), task.title()),
                        texts.get("notice." + kind + ".body", incident.title(), task.title(), holder.roleName(),
                                texts.time(task.due(), now))));
            }
        }
        if (incident.nextUpdate().isPresent() && !incident.nextUpdate().get().isAfter(now.plus(ahead))) {
            Instant due = incident.nextUpdate().get();
            for (RoleHolder holder : incident.roles()) {
                notices.add(notice(plan, holder, "incident/" + incident.id() + "/update/" + due.getEpochSecond(),
                        texts.get("notice.update.subject", drill, texts.time(due, now)),
                        texts.get("notice.update.body", incident.title(), texts.time(due, now), incident.updateMinutes())));
            }
        }
        return send(current, incident, notices, texts, now);
    }

    /** Tells each role holder the incident was opened (again after a handover: the new holder). */
    private void notifyRoles(long id) {
        Notifier current = notifier.get();
        if (current == null) {
            return;
        }
        try {
            Incident incident = require(id);
            Texts texts = Texts.of(incident.language(), zone);
            Instant now = clock.instant();
            send(current, incident, openingNotices(incident, plan(), texts, now), texts, now);
        } catch (IncidentException e) {
            // the reminder pass sends the same notices (each once) a minute later
            LOG.log(Level.WARNING, "Role holders of incident {0} not notified yet: {1}", id, e.getMessage());
        }
    }

    private List<Notice> openingNotices(Incident incident, Plan plan, Texts texts, Instant now) {
        List<Notice> notices = new ArrayList<>();
        for (RoleHolder holder : incident.roles()) {
            String tasks = incident.tasks().stream().filter(task -> task.roleId().equals(holder.roleId()))
                    .map(task -> texts.get("notice.task", task.title(), texts.time(task.due(), now)))
                    .collect(Collectors.joining("\n"));
            notices.add(notice(plan, holder, "incident/" + incident.id() + "/opened",
                    texts.get("notice.opened.subject", texts.drill(incident.drill()), incident.title()),
                    texts.get("notice.opened.body", holder.roleName(), incident.title(), incident.scenarioName(),
                            incident.severity(), texts.time(incident.started(), now),
                            tasks.isEmpty() ? texts.get("notice.noTasks") : tasks,
                            incident.holdingStatement().orElse(texts.get("notice.noStatement")))));
        }
        return notices;
    }

    private static Notice notice(Plan plan, RoleHolder holder, String about, String subject, String body) {
        Optional<String> address = plan.person(holder.personId()).map(Person::email).filter(email -> !email.isBlank());
        return new Notice(about, holder.personId(), holder.personName(), address, subject, body);
    }

    /** Sends the notices; the new ones are named on the timeline. */
    private int send(Notifier current, Incident incident, List<Notice> notices, Texts texts, Instant now)
            throws IncidentException {
        if (notices.isEmpty()) {
            return 0;
        }
        int added;
        try {
            added = current.send(notices);
        } catch (NotifyException e) {
            throw new IncidentException(e.getMessage(), e);
        }
        if (added > 0) {
            String who = notices.stream().map(Notice::recipientName).distinct().collect(Collectors.joining(", "));
            inStore(tx -> append(tx, incident.id(), now, Kind.NOTIFIED, "workbench", texts.get("entry.notified", who),
                    Details.of("count", String.valueOf(added))));
        }
        return added;
    }

    private void remindQuietly() {
        try {
            remind(clock.instant(), REMIND_AHEAD);
        } catch (IncidentException | RuntimeException e) {
            LOG.log(Level.WARNING, "Incident reminders not sent this time: " + e.getMessage(), e);
        }
    }

    /** The role holders of {@code roleId} now. */
    private static List<RoleHolder> holders(Incident incident, String roleId) {
        return incident.roles().stream().filter(role -> role.roleId().equals(roleId)).toList();
    }

    // ---- reading an incident off its timeline -----------------------------------------------

    private Incident require(long id) throws IncidentException {
        return find(id).orElseThrow(() -> new IncidentException("There is no incident " + id
                + ": 'incident list' shows them"));
    }

    private Incident view(IncidentRepository.Incident stored, Plan plan) throws IncidentException {
        return view(new Read(stored, inStore(tx -> repository.events(tx, stored.id(), BEGINNING, END, STATE_ENTRIES))),
                plan);
    }

    /** The incident as it stands, read off its timeline; the linked messages are the sum of its link entries. */
    private static Incident view(Read read, Plan plan) {
        IncidentRepository.Incident stored = read.stored();
        Opening opening = stored.opening();
        List<Event> events = read.events();
        long linked = 0;
        Set<String> calendarDone = new HashSet<>();
        IncidentStatus status = IncidentStatus.DETECTED;
        Map<String, RoleHolder> roles = new LinkedHashMap<>();
        opening.roles().forEach(role -> roles.put(role.roleId(), new RoleHolder(role.roleId(), role.roleName(),
                role.personId(), role.personName(), role.deputy())));
        Map<String, Event> done = new LinkedHashMap<>();
        Optional<Instant> lastUpdate = Optional.empty();
        for (Event event : events) {
            Map<String, String> details = Details.read(event.data());
            switch (kind(event)) {
                case STATUS -> status = IncidentStatus.valueOf(details.getOrDefault("status", status.name()));
                case TASK_DONE -> done.putIfAbsent(details.getOrDefault("task", ""), event);
                case PUBLIC_UPDATE -> lastUpdate = Optional.of(event.at());
                case MENTIONS_LINKED -> linked += Long.parseLong(details.getOrDefault("count", "0"));
                case CALENDAR_DONE -> calendarDone.add(details.getOrDefault("rule", ""));
                case HANDOVER -> roles.computeIfPresent(details.getOrDefault("role", ""), (role, was) -> new RoleHolder(
                        role, was.roleName(), details.get("person"), details.get("name"), false));
                default -> { }
            }
        }
        List<TaskState> tasks = new ArrayList<>();
        for (IncidentTask task : opening.tasks()) {
            Optional<Event> finished = Optional.ofNullable(done.get(task.taskId()));
            tasks.add(new TaskState(task.taskId(), task.title(), task.roleId(), task.due(), finished.map(Event::at),
                    finished.map(Event::actor)));
        }
        Optional<Instant> nextUpdate = status.open() && opening.updateMinutes() > 0
                ? Optional.of(lastUpdate.orElse(opening.started()).plus(Duration.ofMinutes(opening.updateMinutes())))
                : Optional.empty();
        Optional<Scenario> scenario = opening.scenarioId().flatMap(plan::scenario);
        return new Incident(stored.id(), opening.title(), opening.scenarioId(), opening.scenarioName(), opening.severity(),
                webcare.response.api.Origin.valueOf(opening.origin().name()), status, opening.detected(),
                opening.reported(), opening.started(), opening.opened(), opening.openedBy(), opening.language(),
                opening.drill(), List.copyOf(roles.values()), tasks, opening.updateMinutes(), lastUpdate, nextUpdate,
                linked, scenario.flatMap(chosen -> Activation.holdingStatement(chosen, opening.language())), plan.contentCalendar(), calendarDone);
    }

    private static Kind kind(Event event) {
        try {
            return Kind.valueOf(event.kind());
        } catch (IllegalArgumentException e) {
            return Kind.NOTE; // written by a later version: shown, not interpreted
        }
    }

    private static TimelineEntry entry(Event event) {
        Optional<IncidentStatus> status = Optional.empty();
        if (kind(event) == Kind.STATUS) {
            try {
                status = Optional.ofNullable(Details.read(event.data()).get("status")).map(IncidentStatus::valueOf);
            } catch (IllegalArgumentException e) {
                status = Optional.empty(); // a status of a later version: the text still says it
            }
        }
        return new TimelineEntry(event.id(), event.at(), kind(event), event.actor(), event.text(), event.corrects(), status);
    }

    // ---- the store and the plan -----------------------------------------------------------------

    private Incident appendAndRead(long id, Kind kind, String by, String text, String details, Optional<Long> corrects)
            throws IncidentException {
        Instant now = clock.instant();
        inStore(tx -> repository.append(tx, id, new NewEvent(now, kind.name(), by, text, details, corrects)));
        return require(id);
    }

    private long append(Transaction tx, long id, Instant at, Kind kind, String by, String text,
            String details) throws StoreException {
        return repository.append(tx, id, new NewEvent(at, kind.name(), by, text, details, Optional.empty()));
    }

    private Plan plan() throws IncidentException {
        try {
            return plans.working().plan();
        } catch (PlanException e) {
            throw new IncidentException("The crisis plan cannot be read: " + e.getMessage(), e);
        }
    }

    private <T> T inStore(Store.Work<T> work) throws IncidentException {
        try {
            return store.inTransaction(work);
        } catch (StoreException e) {
            throw new IncidentException("Incidents are not available: " + e.getMessage(), e);
        }
    }
}

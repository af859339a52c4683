package webcare.response.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webcare.launch.testing.HomeLaunch;
import webcare.launch.testing.ManualClock;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.model.MentionKind;
import webcare.model.plan.CalendarRule;
import webcare.model.plan.Flag;
import webcare.model.plan.Organisation;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;
import webcare.model.plan.Role;
import webcare.model.plan.Scenario;
import webcare.model.plan.Statement;
import webcare.model.plan.Task;
import webcare.notify.api.MailStatus;
import webcare.notify.api.Notice;
import webcare.notify.api.Notification;
import webcare.notify.api.Notifier;
import webcare.plan.api.WorkingPlan;
import webcare.plan.testing.UnusedPlanBook;
import webcare.response.api.Evaluation;
import webcare.response.api.Incident;
import webcare.response.api.Measures;
import webcare.response.api.IncidentException;
import webcare.response.api.IncidentStatus;
import webcare.response.api.OpenRequest;
import webcare.response.api.Origin;
import webcare.response.api.RoleHolder;
import webcare.response.api.TaskState;
import webcare.response.api.TimelineEntry;
import webcare.response.api.TimelineEntry.Kind;
import webcare.store.api.InboxRepository.Triaged;
import webcare.store.sql.SqlInboxRepository;
import webcare.store.sql.SqlMentionRepository;
import webcare.store.sql.SqlIncidentRepository;
import webcare.store.sql.H2Store;

/** The incident flow on a real H2 file, with a plan in memory and the notices recorded. */
class PlanIncidentsTest {

    /** 02:30 summer time, half an hour before the clocks go back to 02:00 (25 October 2026). */
    private static final Instant START = Instant.parse("2026-10-25T00:30:00Z");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @TempDir
    Path home;

    private final ManualClock clock = new ManualClock(START);
    private final Notices notices = new Notices();
    private Plan plan = plan(true);
    private final List<Flag> savedFlags = new ArrayList<>();
    private H2Store store;
    private PlanIncidents incidents;

    @BeforeEach
    void open() {
        store = new H2Store(new HomeLaunch(home));
        incidents = new PlanIncidents(store, new SqlIncidentRepository(), new UnusedPlanBook() {
            @Override
            public WorkingPlan working() {
                return new WorkingPlan(plan, 1, START, "anna");
            }

            @Override
            public WorkingPlan save(Plan saved, long basedOn, String who, Locale language) {
                savedFlags.addAll(saved.flags());
                plan = saved;
                return new WorkingPlan(saved, basedOn + 1, START, who);
            }
        }, new SqlInboxRepository(), clock, AMSTERDAM, false);
        incidents.setNotifier(notices);
    }

    @AfterEach
    void close() {
        incidents.deactivate();
        store.close();
    }

    private static Plan plan(boolean withScenario) {
        List<Person> people = List.of(
                new Person("anna", "Anna de Vries", "Directeur", "0612345678", List.of(), "anna@example.org", List.of("nl"), null),
                new Person("bert", "Bert Jansen", "Woordvoerder", "0623456789", List.of(), "bert@example.org", List.of("nl"), null),
                new Person("cees", "Cees de Boer", "Manager", "0634567890", List.of(), "", List.of("nl"), null));
        List<Role> roles = List.of(
                new Role("lead", "Crisisleider", true, "anna", List.of("cees"), "leidt",
                        List.of(new Task("facts", "Feiten verzamelen", 30, null))),
                new Role("spokes", "Woordvoerder", true, "bert", List.of("anna"), "spreekt",
                        List.of(new Task("holding", "Eerste verklaring plaatsen", 60, null),
                                new Task("updates", "Publieke update", 120, 90))));
        Scenario leak = new Scenario("data-leak", "Datalek", 3, "klantgegevens op straat", List.of("lead", "spokes"),
                List.of(), List.of(new Statement(Statement.Kind.HOLDING, "en", "We are looking into it."),
                        new Statement(Statement.Kind.HOLDING, "nl", "Wij zoeken het uit en melden ons binnen een uur.")));
        return new Plan(new Organisation("Kwiek", null, null), people, roles, withScenario ? List.of(leak) : List.of(),
                List.of(), List.of(), List.of(new CalendarRule("promo", "Geplande promotieposts", CalendarRule.Action.PAUSE,
                        "tot het incident is opgelost")), List.of(), List.of(), List.of(), null);
    }

    private Incident openLeak(boolean drill, Set<String> unavailable) throws IncidentException {
        return incidents.open(new OpenRequest("Datalek klantportaal", Optional.of("data-leak"), Origin.SIGNAL, START,
                Optional.empty(), START, "nl", drill, unavailable, "negatieve berichten 6x het normale", List.of(), "anna"));
    }

    @Test
    void activatesTheScenarioWithADeputyForAnUnavailablePrimaryAndTellsTheRoleHolders() throws Exception {
        Incident incident = openLeak(false, Set.of("anna"));

        assertThat(incident.status()).isEqualTo(IncidentStatus.DETECTED);
        assertThat(incident.roles()).containsExactly(new RoleHolder("lead", "Crisisleider", "cees", "Cees de Boer", true),
                new RoleHolder("spokes", "Woordvoerder", "bert", "Bert Jansen", false));
        assertThat(incident.tasks()).extracting(TaskState::taskId, TaskState::due).containsExactly(
                tuple("facts", START.plus(Duration.ofMinutes(30))),
                tuple("holding", START.plus(Duration.ofMinutes(60))),
                tuple("updates", START.plus(Duration.ofMinutes(120))));
        assertThat(incident.updateMinutes()).isEqualTo(90);
        assertThat(incident.nextUpdate()).contains(START.plus(Duration.ofMinutes(90)));
        assertThat(incident.holdingStatement()).contains("Wij zoeken het uit en melden ons binnen een uur.");
        assertThat(incident.calendar()).extracting(CalendarRule::what).containsExactly("Geplande promotieposts");

        assertThat(notices.sent).extracting(Notice::recipient, Notice::subject).containsExactly(
                tuple("cees", "Incident geopend: Datalek klantportaal"),
                tuple("bert", "Incident geopend: Datalek klantportaal"));
        assertThat(notices.sent.get(0).address()).as("Cees has no e-mail address: in the workbench only").isEmpty();
        // 00:30 UTC is 02:30 summer time; the facts are due at 01:00 UTC, 02:00 winter time
        assertThat(notices.sent.get(0).body()).contains("begonnen om 02:30", "- Feiten verzamelen, uiterlijk om 02:00",
                "Eerste verklaring:\nWij zoeken het uit");

        assertThat(timeline(incident)).extracting(TimelineEntry::kind).containsExactly(Kind.OPENED, Kind.STATUS,
                Kind.NOTE, Kind.NOTE, Kind.NOTIFIED);
        assertThat(timeline(incident).get(3).text()).isEqualTo(
                "Cees de Boer vervult Crisisleider in plaats van de eerste persoon, die niet beschikbaar is");

        Incident paused = incidents.calendarDone(incident.id(), "promo", "bert");
        assertThat(paused.calendarDone()).containsExactly("promo");
        assertThat(incidents.calendarDone(incident.id(), "promo", "bert").calendarDone()).containsExactly("promo");
        assertThat(timeline(paused)).extracting(TimelineEntry::text)
                .containsOnlyOnce("Contentkalender: pauzeren gedaan: Geplande promotieposts");
    }

    @Test
    void theStatusMovesForwardOnly() throws Exception {
        long id = openLeak(false, Set.of()).id();

        assertThat(incidents.status(id, IncidentStatus.CONTAINED, "anna", "lek gedicht").status())
                .isEqualTo(IncidentStatus.CONTAINED);
        assertThatThrownBy(() -> incidents.status(id, IncidentStatus.ACKNOWLEDGED, "anna", ""))
                .isInstanceOf(IncidentException.class)
                .hasMessage("Incident " + id + " is onder controle already; to go back, write a correction of the status entry");
        assertThat(incidents.find(id).orElseThrow().status()).isEqualTo(IncidentStatus.CONTAINED);
        assertThat(timeline(incidents.find(id).orElseThrow())).filteredOn(entry -> entry.kind() == Kind.STATUS)
                .extracting(TimelineEntry::text).containsExactly("Status: gesignaleerd",
                        "gesignaleerd \u2192 onder controle: lek gedicht");
        assertThat(timeline(incidents.find(id).orElseThrow())).filteredOn(entry -> entry.kind() == Kind.STATUS)
                .extracting(TimelineEntry::status)
                .containsExactly(Optional.of(IncidentStatus.DETECTED), Optional.of(IncidentStatus.CONTAINED));
    }

    @Test
    void remindsOfTasksFallingDueAndOverdueOnceEachUntilDone() throws Exception {
        long id = openLeak(false, Set.of()).id();
        notices.sent.clear();

        clock.set(START.plus(Duration.ofMinutes(20)));
        assertThat(incidents.remind(clock.instant(), Duration.ofMinutes(15))).isEqualTo(1);
        assertThat(notices.sent).singleElement().satisfies(notice -> {
            assertThat(notice.about()).isEqualTo("incident/" + id + "/task/facts/due");
            assertThat(notice.recipient()).isEqualTo("anna");
            assertThat(notice.subject()).isEqualTo("Taak uiterlijk om 02:00: Feiten verzamelen");
        });
        assertThat(incidents.remind(clock.instant(), Duration.ofMinutes(15))).as("each reminder once").isZero();

        clock.set(START.plus(Duration.ofMinutes(35)));
        incidents.remind(clock.instant(), Duration.ofMinutes(15));
        assertThat(notices.sent).extracting(Notice::about).contains("incident/" + id + "/task/facts/overdue");
        assertThat(incidents.find(id).orElseThrow().tasks().get(0).overdue(clock.instant())).isTrue();

        Incident done = incidents.taskDone(id, "facts", "anna");
        assertThat(done.tasks().get(0).done()).contains(clock.instant());
        assertThat(done.tasks().get(0).doneBy()).contains("anna");
        assertThatThrownBy(() -> incidents.taskDone(id, "facts", "bert")).hasMessage(
                "The task 'Feiten verzamelen' was done already by anna");
        assertThatThrownBy(() -> incidents.taskDone(id, "koffie", "bert")).hasMessage(
                "Incident " + id + " has no task 'koffie': its tasks are facts, holding, updates");
    }

    @Test
    void aPublicUpdateSetsWhenTheNextOneIsDue() throws Exception {
        long id = openLeak(false, Set.of()).id();
        clock.set(START.plus(Duration.ofMinutes(40)));

        Incident updated = incidents.publicUpdate(id, "We weten nu dat 300 klanten zijn geraakt.", "bert");

        assertThat(updated.lastUpdate()).contains(clock.instant());
        assertThat(updated.nextUpdate()).contains(clock.instant().plus(Duration.ofMinutes(90)));
        assertThat(incidents.status(id, IncidentStatus.RESOLVED, "anna", "").nextUpdate()).isEmpty();
    }

    @Test
    void aHandoverMovesTheRoleAndTellsTheNewHolder() throws Exception {
        long id = openLeak(false, Set.of()).id();
        notices.sent.clear();

        Incident handed = incidents.handOver(id, "spokes", "cees", "anna");

        assertThat(handed.roles()).contains(new RoleHolder("spokes", "Woordvoerder", "cees", "Cees de Boer", false));
        assertThat(notices.sent).extracting(Notice::recipient).containsExactly("cees");
        assertThat(timeline(handed)).extracting(TimelineEntry::text)
                .contains("Rol Woordvoerder overgedragen van Bert Jansen aan Cees de Boer");
    }

    @Test
    void anIncidentStaysReadableWhenItsScenarioLeavesThePlan() throws Exception {
        long id = openLeak(false, Set.of()).id();

        plan = plan(false);

        Incident read = incidents.find(id).orElseThrow();
        assertThat(read.scenarioName()).isEqualTo("Datalek");
        assertThat(read.roles()).hasSize(2);
        assertThat(read.tasks()).hasSize(3);
        assertThat(read.holdingStatement()).isEmpty();
    }

    @Test
    void drillsAreMarkedAndKeptApart() throws Exception {
        Incident drill = openLeak(true, Set.of());
        Incident real = openLeak(false, Set.of());

        assertThat(drill.drill()).isTrue();
        assertThat(incidents.list(false, 10)).extracting(Incident::id).containsExactly(real.id());
        assertThat(incidents.list(true, 10)).extracting(Incident::id).containsExactly(drill.id());
        assertThat(notices.sent.get(0).subject()).isEqualTo("[OEFENING] Incident geopend: Datalek klantportaal");
    }

    @Test
    void aCorrectionIsAnEntryOfItsOwnAndTheOriginalStays() throws Exception {
        Incident incident = openLeak(false, Set.of());
        List<TimelineEntry> before = timeline(incidents.record(incident.id(), Kind.DECISION, "Geen persbericht", "anna",
                Optional.empty()));
        long wrong = before.get(before.size() - 1).id();

        incidents.record(incident.id(), Kind.CORRECTION, "Toch een persbericht om 10:00", "anna", Optional.of(wrong));

        List<TimelineEntry> timeline = timeline(incidents.find(incident.id()).orElseThrow());
        assertThat(timeline).extracting(TimelineEntry::text).contains("Geen persbericht", "Toch een persbericht om 10:00");
        assertThat(timeline.get(timeline.size() - 1).corrects()).contains(wrong);
        assertThatThrownBy(() -> incidents.record(incident.id(), Kind.CORRECTION, "x", "anna", Optional.empty()))
                .hasMessage("A correction names the entry it corrects, and only a correction does");
    }

    @Test
    void anEvaluationOfAResolvedIncidentIsKeptWithItsMeasuresAndFlagsThePlan() throws Exception {
        long id = openLeak(false, Set.of()).id();
        clock.set(START.plus(Duration.ofMinutes(25)));
        incidents.status(id, IncidentStatus.ACKNOWLEDGED, "anna", "");
        clock.set(START.plus(Duration.ofMinutes(40)));
        incidents.publicUpdate(id, "We onderzoeken het.", "bert");
        Evaluation evaluation = new Evaluation("Lek in het portaal", "Snel erkend", "Eerste update te laat",
                List.of(new Evaluation.FollowUp("Sjabloon voor update maken", "bert", java.time.LocalDate.of(2026, 11, 1))),
                List.of(new Evaluation.PlanFlag("role:spokes", "Tweede vervanger nodig")), "anna",
                START.plus(Duration.ofHours(3)));
        assertThatThrownBy(() -> incidents.evaluate(id, evaluation)).hasMessage(
                "Incident " + id + " is erkend: evaluate it once it is resolved");

        clock.set(START.plus(Duration.ofMinutes(120)));
        incidents.status(id, IncidentStatus.RESOLVED, "anna", "");
        Incident evaluated = incidents.evaluate(id, evaluation);

        assertThat(evaluated.status()).isEqualTo(IncidentStatus.EVALUATED);
        assertThat(incidents.evaluation(id)).contains(evaluation);
        assertThat(incidents.measures(id)).isEqualTo(new Measures(Duration.ZERO, Optional.of(Duration.ofMinutes(25)),
                Optional.of(Duration.ofMinutes(40)), Optional.of(Duration.ofMinutes(120))));
        assertThat(savedFlags).singleElement().satisfies(flag -> {
            assertThat(flag.item()).isEqualTo("role:spokes");
            assertThat(flag.source()).isEqualTo("Evaluatie van incident " + id + ": Datalek klantportaal");
        });
        assertThat(timeline(evaluated)).extracting(TimelineEntry::text).contains(
                "Ge\u00EBvalueerd: 1 actie, 1 planonderdeel voor de volgende review");
        assertThatThrownBy(() -> incidents.evaluate(id, new Evaluation("", "", "", List.of(),
                List.of(new Evaluation.PlanFlag("kantine:koffie", "x")), "anna", START))).isInstanceOf(IncidentException.class)
                .hasMessageStartingWith("'kantine:koffie' is not an item reference");
    }

    @Test
    void anUnknownScenarioIsRefusedWithTheChoices() {
        assertThatThrownBy(() -> incidents.open(new OpenRequest("x", Optional.of("flood"), Origin.MANUAL, START,
                Optional.empty(), START, "nl", false, Set.of(), "", List.of(), "anna")))
                .isInstanceOf(IncidentException.class)
                .hasMessage("The crisis plan has no scenario 'flood': choose one of data-leak");
    }

    @Test
    void linksTheMessagesWithTheIncidentsWordsSinceAGivenTime() throws Exception {
        long id = openLeak(false, Set.of()).id();
        SqlMentionRepository mentions = new SqlMentionRepository();
        SqlInboxRepository inbox = new SqlInboxRepository();
        List<Long> stored = new ArrayList<>();
        store.inTransaction(tx -> {
            mentions.save(tx, List.of(mention("1", "Mijn gegevens staan op straat!", START.minus(Duration.ofHours(3))),
                    mention("2", "Jullie klantportaal lekt gegevens", START.plus(Duration.ofMinutes(5))),
                    mention("3", "Gegevens van klanten gelekt via het portaal", START.plus(Duration.ofMinutes(9))),
                    mention("4", "Leuke actie deze week", START.plus(Duration.ofMinutes(9)))));
            List<Triaged> triaged = new ArrayList<>();
            for (var each : inbox.untriaged(tx, 10)) {
                stored.add(each.id());
                triaged.add(new Triaged(each.id(), "nl", -0.6, "NEGATIVE", "ESCALATE", 80, START, "[]", "[]", false, START));
            }
            inbox.saveTriage(tx, triaged, Set.of());
            return null;
        });

        assertThat(incidents.linkMatching(id, "gegevens", START.minus(Duration.ofHours(1)), "anna")).isEqualTo(2);
        assertThat(incidents.linkMatching(id, "gegevens", START.minus(Duration.ofHours(1)), "anna")).isZero();
        assertThat(incidents.find(id).orElseThrow().linkedMentions()).isEqualTo(2);
        assertThat(timeline(incidents.find(id).orElseThrow())).extracting(TimelineEntry::text)
                .contains("2 berichten gekoppeld (search)");
        assertThat(incidents.volume(id, START, START.plus(Duration.ofHours(1)), 600))
                .extracting(bucket -> List.of(bucket[1], bucket[2])).containsExactly(List.of(2L, 2L));
        assertThat(incidents.linkedTo(stored.get(1))).extracting(Incident::id, Incident::holdingStatement)
                .containsExactly(tuple(id, Optional.of("Wij zoeken het uit en melden ons binnen een uur.")));
        assertThat(incidents.linkedTo(stored.get(3))).as("not about the leak").isEmpty();
        assertThatThrownBy(() -> incidents.linkMatching(id, " ", START, "anna"))
                .hasMessage("Say which words the messages to link have in common");
    }

    private static Mention mention(String id, String text, Instant created) {
        return new Mention("twitter", "brand", id, MentionKind.POST, null, null, new Author(null, "klant" + id,
                "Klant " + id, 10L, null), text, null, null, null, created, null, null, false);
    }

    private List<TimelineEntry> timeline(Incident incident) throws IncidentException {
        return incidents.timeline(incident.id(), Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"), 100);
    }

    /** Records notices, each (about, recipient) once, as the outbox does. */
    private static final class Notices implements Notifier {
        final List<Notice> sent = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();

        @Override
        public int send(List<Notice> given) {
            int added = 0;
            for (Notice notice : given) {
                if (seen.add(notice.about() + "|" + notice.recipient())) {
                    sent.add(notice);
                    added++;
                }
            }
            return added;
        }

        @Override
        public List<Notification> recent(int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean acknowledge(long id, String by) {
            throw new UnsupportedOperationException();
        }

        @Override
        public MailStatus status() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void sendTest(String address) {
            throw new UnsupportedOperationException();
        }
    }
}

package webcare.ui.incidents.swt;

import static org.assertj.core.api.Assertions.assertThat;
import static webcare.ui.testing.Controls.find;
import static webcare.ui.testing.Controls.label;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import webcare.launch.testing.HomeLaunch;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.model.MentionKind;
import webcare.model.plan.CalendarRule;
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
import webcare.response.api.Incident;
import webcare.response.api.IncidentStatus;
import webcare.response.api.OpenRequest;
import webcare.response.api.Origin;
import webcare.response.api.TimelineEntry;
import webcare.response.flow.PlanIncidents;
import webcare.store.api.InboxRepository.Triaged;
import webcare.store.api.SignalRepository.StoredSignal;
import webcare.store.sql.SqlIncidentRepository;
import webcare.store.sql.SqlSignalRepository;
import webcare.store.sql.SqlInboxRepository;
import webcare.store.sql.SqlMentionRepository;
import webcare.store.sql.H2Store;
import webcare.response.api.RoleHolder;
import webcare.ui.testing.Controls;
import webcare.ui.testing.Screenshots;
import webcare.ui.testing.SwtShell;
import webcare.ui.testing.TestSite;

/** The Incidents view on the real incident flow and a real H2 store, driven as a user would. */
class IncidentsViewUiTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @TempDir
    Path data;

    @RegisterExtension
    final SwtShell swt = new SwtShell();
    private H2Store store;
    private PlanIncidents incidents;
    private TestSite site;
    private IncidentsView view;
    private UnusedPlanBook plans;
    private Shell shell;
    private final Instant now = Instant.now();

    @BeforeEach
    void open() {
        store = new H2Store(new HomeLaunch(data));
        swt.closeAfter(store::close);
        plans = new UnusedPlanBook() {
            @Override
            public WorkingPlan working() {
                return new WorkingPlan(plan(), 1, now, "anna");
            }
        };
        incidents = new PlanIncidents(store, new SqlIncidentRepository(), plans, new SqlInboxRepository());
    }

    private static Plan plan() {
        return new Plan(new Organisation("Kwiek", null, null),
                List.of(new Person("anna", "Anna de Vries", "Directeur", "", List.of(), "", List.of("nl"), null),
                        new Person("bert", "Bert Jansen", "Woordvoerder", "", List.of(), "", List.of("nl"), null),
                        new Person("cees", "Cees de Boer", "Manager", "", List.of(), "", List.of("nl"), null)),
                List.of(new Role("lead", "Crisisleider", true, "anna", List.of("cees"), "",
                                List.of(new Task("facts", "Feiten verzamelen", 30, null))),
                        new Role("spokes", "Woordvoerder", true, "bert", List.of(), "",
                                List.of(new Task("holding", "Eerste verklaring plaatsen", 45, null),
                                        new Task("updates", "Publieke update", 120, 60)))),
                List.of(new Scenario("leak", "Datalek", 3, "", List.of("lead", "spokes"), List.of(),
                        List.of(new Statement(Statement.Kind.HOLDING, "nl",
                                "Wij onderzoeken een mogelijk datalek en melden ons binnen een uur.")))),
                List.of(), List.of(), List.of(new CalendarRule("promo", "Geplande promotieposts", CalendarRule.Action.PAUSE,
                        null)), List.of(), List.of(), List.of(), null);
    }

    /** Stores {@code count} mentions over the last two hours, more and more negative, and links them. */
    private void linkMentions(long incident, int count) throws Exception {
        SqlMentionRepository mentions = new SqlMentionRepository();
        SqlInboxRepository inbox = new SqlInboxRepository();
        List<Long> ids = store.inTransaction(tx -> {
            List<Mention> batch = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Instant created = now.minus(Duration.ofMinutes(120)).plusSeconds(i * 7_200L / count * i / count);
                batch.add(new Mention("twitter", "brand", "m" + i, MentionKind.POST, null, null,
                        new Author(null, "klant" + i, "Klant " + i, 10L, null), "Mijn gegevens staan online " + i, null,
                        null, null, created, null, null, false));
            }
            mentions.save(tx, batch);
            List<Long> stored = new ArrayList<>();
            List<Triaged> triaged = new ArrayList<>();
            for (var each : inbox.untriaged(tx, count)) {
                stored.add(each.id());
                triaged.add(new Triaged(each.id(), "nl", -0.5, each.id() % 3 == 0 ? "NEUTRAL" : "NEGATIVE", "ESCALATE", 80,
                        now, "[]", "[]", false, now));
            }
            inbox.saveTriage(tx, triaged, Set.of());
            return stored;
        });
        incidents.link(incident, ids, "signal", "detector");
    }

    private Incident openLeak(String title, Set<String> unavailable, boolean drill) throws Exception {
        return incidents.open(new OpenRequest(title, Optional.of("leak"), Origin.SIGNAL, now.minus(Duration.ofMinutes(70)),
                Optional.empty(), now.minus(Duration.ofMinutes(80)), "nl", drill, unavailable,
                "negatieve berichten 5\u00d7 het normale", List.of(), "anna"));
    }

    @Test
    void showsTheIncidentItsTimelineAndTasksAndMovesItOn() throws Exception {
        openLeak("Storing betaalpagina", Set.of(), true);
        Incident leak = openLeak("Datalek klantportaal", Set.of("anna"), false);
        linkMentions(leak.id(), 240);
        incidents.status(leak.id(), IncidentStatus.ACKNOWLEDGED, "bert", "");
        incidents.taskDone(leak.id(), "holding", "bert");
        incidents.publicUpdate(leak.id(), "We onderzoeken het lek; update om 15:00.", "bert");

        Composite view = show(DUTCH);
        Table list = find(view, Table.class, table -> table.getColumnCount() == 3);
        assertThat(list.getItemCount()).as("drills are kept apart").isEqualTo(1);
        assertThat(list.getItem(0).getText(0)).isEqualTo("Datalek klantportaal");
        assertThat(list.getItem(0).getText(1)).isEqualTo("erkend");
        assertThat(label(view, "Status: erkend").getText()).contains("scenario Datalek (ernst 3)", "240 berichten gekoppeld");
        assertThat(label(view, "publieke update").getText()).startsWith("Volgende publieke update om ");
        assertThat(label(view, "Crisisleider:").getText()).isEqualTo("Crisisleider: Cees de Boer (vervanger)\n"
                + "Woordvoerder: Bert Jansen");
        assertThat(find(view, Text.class, text -> (text.getStyle() & SWT.READ_ONLY) != 0).getText())
                .startsWith("Wij onderzoeken een mogelijk datalek");

        Table tasks = find(view, Table.class, table -> table.getColumnCount() == 4);
        assertThat(tasks.getItem(0).getText(0)).isEqualTo("Feiten verzamelen");
        assertThat(tasks.getItem(0).getText(3)).as("due 50 minutes ago").isEqualTo("te laat");
        assertThat(tasks.getItem(1).getText(3)).endsWith(" bert");

        site.settle(Duration.ofMillis(200)); // let GTK paint
        Canvas chart = find(view, Canvas.class, any -> true);
        assertThat(pixels(chart, TimelineChart.NEGATIVE_RGB)).as("negative volume drawn").isPositive();
        assertThat(pixels(chart, TimelineChart.VOLUME_RGB)).as("other volume drawn").isPositive();
        Files.createDirectories(Path.of("target"));
        Screenshots.write(shell, Path.of("target", "incidents-nl.png"));

        tasks.setSelection(0);
        tasks.notifyListeners(SWT.Selection, new Event());
        button(view, "Taak gedaan").notifyListeners(SWT.Selection, new Event());
        site.settle();
        assertThat(tasks.getItem(0).getText(3)).endsWith(" anna");
        button(view, "Volgende status: onder controle").notifyListeners(SWT.Selection, new Event());
        site.settle();
        assertThat(list.getItem(0).getText(1)).isEqualTo("onder controle");
        assertThat(incidents.timeline(leak.id(), Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"), 100))
                .extracting(TimelineEntry::kind).contains(TimelineEntry.Kind.TASK_DONE, TimelineEntry.Kind.PUBLIC_UPDATE)
                .last().isEqualTo(TimelineEntry.Kind.STATUS);

        Duration whole = chartAxisSpan(view);
        press(chart, '+');
        Duration closer = chartAxisSpan(view);
        assertThat(closer).isLessThan(whole);
        press(chart, SWT.HOME);
        assertThat(chartAxisSpan(view)).as("the whole incident again").isGreaterThan(closer);
        assertThat(site.failures()).isEmpty();
    }

    @Test
    void showsTheIncidentsNotificationsWarnsWhileMailFailsAndRecordsWhoSawOne() throws Exception {
        Incident leak = openLeak("Datalek klantportaal", Set.of(), false);
        Instant at = now.minus(Duration.ofMinutes(10));
        List<Notification> notices = new ArrayList<>(List.of(
                notification(2, leak.id(), "Bert Jansen", Notification.Delivery.WAITING, 2, at),
                notification(1, leak.id(), "Anna de Vries", Notification.Delivery.SENT, 0, at),
                notification(9, leak.id() + 1, "Cees de Boer", Notification.Delivery.SENT, 0, at)));
        RecordingNotifier mail = new RecordingNotifier(notices, new MailStatus(Optional.of("smtp.example.org:587"), 1, 1,
                Optional.of(at), Optional.of("the mail server smtp.example.org:587 cannot be reached"),
                Optional.of(now.plus(Duration.ofMinutes(4)))));
        IncidentsView incidentsView = new IncidentsView(incidents, store, new SqlSignalRepository(), new SqlInboxRepository(),
                Clock.systemUTC());
        incidentsView.setNotifier(mail);

        site = swt.site(DUTCH, "anna", List.of());
        Composite view = swt.show("Incidents", incidentsView, site);
        site.settle();

        Table table = find(view, Table.class, each -> each.getColumnCount() == 5);
        assertThat(table.getItemCount()).as("only this incident's").isEqualTo(2);
        assertThat(table.getItem(0).getText(1)).isEqualTo("Bert Jansen");
        assertThat(table.getItem(0).getText(3)).isEqualTo("wacht, 2 pogingen mislukt");
        assertThat(table.getItem(1).getText(3)).startsWith("gemaild ");
        assertThat(label(view, "E-mail komt niet aan").getText()).startsWith("E-mail komt niet aan: 1 bericht wacht "
                + "(the mail server smtp.example.org:587 cannot be reached); volgende poging om ");

        table.setSelection(1);
        table.notifyListeners(SWT.Selection, new Event());
        button(view, "Gezien").notifyListeners(SWT.Selection, new Event());
        site.settle();
        assertThat(mail.acknowledged).containsExactly("1 anna");
        assertThat(table.getItem(1).getText(4)).startsWith("anna ");
    }

    private static Notification notification(long id, long incident, String to, Notification.Delivery delivery,
            int attempts, Instant at) {
        return new Notification(id, new Notice("incident/" + incident + "/opened", to.toLowerCase(Locale.ROOT), to,
                Optional.of("x@example.org"), "Incident geopend", "\u2026"), at, delivery, attempts, Optional.empty(),
                delivery == Notification.Delivery.SENT ? Optional.of(at) : Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** Notifications held in a list; an acknowledgement is recorded on the list, as the outbox would. */
    private static final class RecordingNotifier implements Notifier {
        final List<String> acknowledged = new ArrayList<>();
        private final List<Notification> notices;
        private final MailStatus status;

        RecordingNotifier(List<Notification> notices, MailStatus status) {
            this.notices = notices;
            this.status = status;
        }

        @Override
        public int send(List<Notice> given) {
            return 0;
        }

        @Override
        public synchronized List<Notification> recent(int limit) {
            return List.copyOf(notices);
        }

        @Override
        public synchronized boolean acknowledge(long id, String by) {
            acknowledged.add(id + " " + by);
            notices.replaceAll(each -> each.id() != id ? each : new Notification(id, each.notice(), each.created(),
                    each.delivery(), each.attempts(), each.lastError(), each.sentAt(), Optional.of(Instant.now()),
                    Optional.of(by)));
            return true;
        }

        @Override
        public MailStatus status() {
            return status;
        }

        @Override
        public void sendTest(String address) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void opensAnIncidentFromASignalWithItsOnsetAndLinksItsMessages() throws Exception {
        linkless(40);
        Instant onset = now.minus(Duration.ofMinutes(90));
        long signal = store.inTransaction(tx -> new SqlSignalRepository().add(tx, new StoredSignal(0,
                onset.plus(Duration.ofMinutes(10)), onset, "all", "NEGATIVE_VOLUME", 28, 4.5, 6.1, List.of("gegevens",
                        "online"), List.of("klant1"), List.of(), Optional.empty()))).orElseThrow();
        Composite shown = show(DUTCH);

        pressOpenWhenTheDialogShows(shown);
        view.perform("signal:" + signal);
        site.settle();

        Table list = find(shown, Table.class, table -> table.getColumnCount() == 3);
        assertThat(list.getItem(0).getText(0)).isEqualTo("Stijging van negatieve berichten: gegevens, online");
        Incident opened = incidents.list(false, 1).get(0);
        assertThat(opened.origin()).isEqualTo(Origin.SIGNAL);
        assertThat(opened.started()).isEqualTo(onset.truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
        assertThat(opened.linkedMentions()).as("the messages with its main word since the onset").isEqualTo(40);
        assertThat(store.<List<StoredSignal>>inTransaction(tx -> new SqlSignalRepository().recent(tx, 1)).get(0).incident())
                .contains(opened.id());
    }

    @Test
    void opensAnIncidentFromAnEscalatedInboxMessageAndLinksIt() throws Exception {
        linkless(1);
        Composite shown = show(DUTCH);

        pressOpenWhenTheDialogShows(shown);
        view.perform("mention:1");
        site.settle();

        Incident opened = incidents.list(false, 1).get(0);
        assertThat(opened.title()).isEqualTo("Mijn gegevens staan online 0");
        assertThat(opened.origin()).isEqualTo(Origin.ESCALATION);
        assertThat(opened.linkedMentions()).isEqualTo(1);
        assertThat(incidents.timeline(opened.id(), Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"), 10).get(0).text())
                .contains("Ge\u00EBscaleerd vanuit de inbox: Klant schreef \"Mijn gegevens staan online 0\"");
    }

    @Test
    void handsARoleOverThroughItsDialog() throws Exception {
        Incident leak = openLeak("Datalek klantportaal", Set.of(), false);
        Composite shown = show(DUTCH);

        shown.getDisplay().timerExec(300, () -> {
            for (Shell open : shown.getDisplay().getShells()) {
                if (!open.isDisposed() && "Een rol overdragen".equals(open.getText())) {
                    List<Combo> combos = Controls.below(open).filter(Combo.class::isInstance).map(Combo.class::cast)
                            .toList();
                    combos.get(0).select(1); // Woordvoerder
                    combos.get(1).select(2); // Cees de Boer
                    button(open, "Overdragen").notifyListeners(SWT.Selection, new Event());
                    return;
                }
            }
        });
        button(shown, "Overdragen").notifyListeners(SWT.Selection, new Event());
        site.settle();

        assertThat(incidents.find(leak.id()).orElseThrow().roles()).contains(
                new RoleHolder("spokes", "Woordvoerder", "cees", "Cees de Boer", false));
        assertThat(label(shown, "Crisisleider:").getText()).contains("Woordvoerder: Cees de Boer");
    }

    /** The dialog is modal: its Open button is pressed from the event loop it runs. */
    /** Presses "Openen" in the open dialog once it shows: looked for every 100 ms, however long the view takes. */
    private static void pressOpenWhenTheDialogShows(Composite shown) {
        shown.getDisplay().timerExec(100, () -> {
            if (shown.isDisposed()) {
                return;
            }
            for (Shell open : shown.getDisplay().getShells()) {
                if (!open.isDisposed() && "Incident openen".equals(open.getText())) {
                    find(open, Combo.class, combo -> combo.getItemCount() > 1).select(1); // the scenario Datalek
                    button(open, "Openen").notifyListeners(SWT.Selection, new Event());
                    return;
                }
            }
            pressOpenWhenTheDialogShows(shown);
        });
    }

    /** Stores {@code count} triaged messages about leaked data from the last hour, linked to nothing. */
    private void linkless(int count) throws Exception {
        SqlMentionRepository mentions = new SqlMentionRepository();
        SqlInboxRepository inbox = new SqlInboxRepository();
        store.inTransaction(tx -> {
            List<Mention> batch = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                batch.add(new Mention("twitter", "brand", "g" + i, MentionKind.POST, null, null,
                        new Author(null, "klant" + i, "Klant", 10L, null), "Mijn gegevens staan online " + i, null,
                        null, null, now.minus(Duration.ofMinutes(60 - i)), null, null, false));
            }
            mentions.save(tx, batch);
            List<Triaged> triaged = new ArrayList<>();
            for (var each : inbox.untriaged(tx, count)) {
                triaged.add(new Triaged(each.id(), "nl", -0.5, "NEGATIVE", "ESCALATE", 80, now, "[]", "[]", false, now));
            }
            inbox.saveTriage(tx, triaged, Set.of());
            return null;
        });
    }

    @Test
    void withoutIncidentsSaysHowOneIsOpened() {
        Composite view = show(Locale.ENGLISH);

        assertThat(label(view, "No incidents yet").getText()).startsWith("No incidents yet. Open one by hand");
        assertThat(label(view, "Choose an incident").isVisible()).isTrue();
        assertThat(button(view, "Task done").isEnabled()).isFalse();
    }

    private static Duration chartAxisSpan(Composite view) {
        return ((TimelineChart) find(view, Canvas.class, any -> true).getData()).axis().span();
    }

    private Composite show(Locale locale) {
        site = swt.site(locale, "anna", List.of());
        view = new IncidentsView(incidents, store, new SqlSignalRepository(), new SqlInboxRepository(),
                Clock.systemUTC());
        view.setPlans(plans);
        Composite parent = swt.show("Incidents", view, site);
        shell = swt.shell();
        site.settle();
        return parent;
    }

    private static Button button(Composite view, String text) {
        return find(view, Button.class, button -> button.getText().replace("&", "").startsWith(text));
    }

    private static void press(Canvas canvas, int keyCode) {
        Event key = new Event();
        key.keyCode = keyCode;
        canvas.notifyListeners(SWT.KeyDown, key);
    }

    /** How many pixels of the canvas, read back from the screen, have colour {@code rgb}. */
    private static int pixels(Canvas canvas, int rgb) {
        canvas.update();
        Point size = canvas.getSize();
        Image image = new Image(canvas.getDisplay(), size.x, size.y);
        try {
            GC gc = new GC(canvas);
            try {
                gc.copyArea(image, 0, 0);
            } finally {
                gc.dispose();
            }
            ImageData pixels = image.getImageData();
            RGB wanted = new RGB(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
            int count = 0;
            for (int y = 0; y < pixels.height; y++) {
                for (int x = 0; x < pixels.width; x++) {
                    if (wanted.equals(pixels.palette.getRGB(pixels.getPixel(x, y)))) {
                        count++;
                    }
                }
            }
            return count;
        } finally {
            image.dispose();
        }
    }
}

package webcare.notify.mail;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;
import webcare.notify.api.MailStatus;
import webcare.notify.api.Notice;
import webcare.notify.api.Notification;
import webcare.notify.api.Notifier;
import webcare.notify.api.NotifyException;
import webcare.store.api.NotificationRepository;
import webcare.store.api.NotificationRepository.Backlog;
import webcare.store.api.NotificationRepository.Draft;
import webcare.store.api.NotificationRepository.Entry;
import webcare.store.api.Store;
import webcare.store.api.StoreException;

/**
 * The {@link Notifier}: notices go into the database's outbox in one transaction, and a sender
 * thread mails what is due, one message at a time; a failed attempt is tried again later, sooner
 * at first and then less often. Configured by {@code etc/webcare.notify.mail.cfg}; without a
 * {@code host} e-mail is off and notices are shown in the workbench only.
 */
@Component(service = Notifier.class, configurationPid = OutboxNotifier.PID, immediate = true)
@Designate(ocd = OutboxNotifier.Config.class)
public final class OutboxNotifier implements Notifier {

    static final String PID = "webcare.notify.mail";
    private static final Logger LOG = System.getLogger(OutboxNotifier.class.getName());
    /** How often the sender looks for messages whose next attempt has come. */
    private static final long POLL_SECONDS = 15;
    /** Messages sent in one pass; the rest wait for the next, so a stop is never held up long. */
    private static final int BATCH = 50;
    private static final long STOP_GRACE_MILLIS = 5_000;

    /** Keys of {@code etc/webcare.notify.mail.cfg}; the metatype lets Diagnostics check the file. */
    @ObjectClassDefinition(id = PID, name = "E-mail notifications",
            description = "The SMTP server that mails notifications to the people of the crisis plan")
    public @interface Config {
        @AttributeDefinition(name = "SMTP server", required = false,
                description = "Host name of the mail server; empty: e-mail off, notifications in the workbench only")
        String host() default "";

        @AttributeDefinition(name = "Port", required = false, description = "587 for STARTTLS, 465 for SSL")
        int port() default 587;

        @AttributeDefinition(name = "Security", required = false, description = "starttls, ssl or none",
                options = {@Option(value = "starttls", label = "STARTTLS"), @Option(value = "ssl", label = "SSL/TLS"),
                        @Option(value = "none", label = "none (a relay on this machine)")})
        String security() default "starttls";

        @AttributeDefinition(name = "User", required = false, description = "Login at the mail server; empty: no login")
        String user() default "";

        @AttributeDefinition(name = "Password", required = false, type = AttributeType.PASSWORD,
                description = "Password of the login; kept in this file only, never shown or logged")
        String password() default "";

        @AttributeDefinition(name = "From", required = false, description = "Sender address, e.g. webcare@example.org")
        String from() default "";

        @AttributeDefinition(name = "Sender name", required = false)
        String fromName() default "Webcare Workbench";

        @AttributeDefinition(name = "Time-out (seconds)", required = false)
        int timeoutSeconds() default 20;

        @AttributeDefinition(name = "First retry (seconds)", required = false,
                description = "Wait after the first failed attempt; doubled after each further one")
        int retrySeconds() default 60;

        @AttributeDefinition(name = "Longest wait between attempts (minutes)", required = false)
        int maxRetryMinutes() default 30;
    }

    private final Store store;
    private final NotificationRepository outbox;
    private final Clock clock;
    private final MailSettings settings;
    private final ScheduledExecutorService sender;
    /** False in tests that deliver by calling {@link #deliverDue} themselves. */
    private final boolean background;

    @Activate
    public OutboxNotifier(@Reference Store store, @Reference NotificationRepository outbox, Config config) {
        this(store, outbox, MailSettings.of(config), Clock.systemUTC(), true);
    }

    OutboxNotifier(Store store, NotificationRepository outbox, MailSettings settings, Clock clock, boolean background) {
        this.store = store;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
        this.background = background && settings.server().isPresent();
        this.sender = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "webcare-notify");
            thread.setDaemon(true);
            return thread;
        });
        if (this.background) {
            sender.scheduleWithFixedDelay(this::deliverQuietly, POLL_SECONDS, POLL_SECONDS, TimeUnit.SECONDS);
        }
    }

    /**
     * Lets a delivery already asked for finish (a headless command that opened an incident exits
     * right after), for a few seconds at most; what is left stays in the outbox for the next start.
     */
    @Deactivate
    void deactivate() throws InterruptedException {
        sender.shutdown();
        if (!sender.awaitTermination(Math.min(settings.timeout().toMillis(), STOP_GRACE_MILLIS), TimeUnit.MILLISECONDS)) {
            sender.shutdownNow();
        }
    }

    @Override
    public int send(List<Notice> notices) throws NotifyException {
        Instant now = clock.instant();
        int added = store(tx -> {
            int count = 0;
            for (Notice notice : notices) {
                // with e-mail off the address is not kept: nothing would ever send it
                Optional<String> address = settings.server().isPresent() ? notice.address() : Optional.empty();
                Draft draft = new Draft(notice.about(), notice.recipient(), notice.recipientName(), address,
                        notice.subject(), notice.body(), now);
                count += outbox.add(tx, draft).isPresent() ? 1 : 0;
            }
            return count;
        });
        if (added > 0 && background) {
            sender.execute(this::deliverQuietly);
        }
        return added;
    }

    @Override
    public List<Notification> recent(int limit) throws NotifyException {
        return store(tx -> outbox.recent(tx, limit)).stream().map(OutboxNotifier::notification).toList();
    }

    @Override
    public boolean acknowledge(long id, String by) throws NotifyException {
        Instant now = clock.instant();
        return store(tx -> outbox.acknowledge(tx, id, by, now));
    }

    @Override
    public MailStatus status() throws NotifyException {
        Backlog backlog = store(outbox::backlog);
        return new MailStatus(settings.server(), backlog.pending(), backlog.retrying(), backlog.oldestPending(),
                backlog.lastError(), backlog.nextAttempt());
    }

    @Override
    public void sendTest(String address) throws NotifyException {
        if (settings.server().isEmpty()) {
            throw new NotifyException("E-mail is off: set host and from in " + MailSettings.FILE);
        }
        try {
            SmtpMailer.send(settings, address, address, "Webcare Workbench: test message",
                    "This message checks the mail settings of Webcare Workbench (" + settings.server().get()
                            + ").\nDit bericht controleert de e-mailinstellingen van Webcare Workbench.\n",
                    clock.instant());
        } catch (SmtpMailer.MailFailure e) {
            throw new NotifyException(e.getMessage(), e);
        }
    }

    /**
     * Mails every message that is due now, oldest first. At the first failure the pass stops: that
     * message and the rest of the pass are tried again later (the server that failed one would
     * mostly fail the others alike, and each try may cost a time-out), each after its own wait.
     * Returns how many were sent.
     */
    synchronized int deliverDue() throws StoreException {
        List<Entry> due = store.inTransaction(tx -> outbox.due(tx, clock.instant(), BATCH));
        for (int i = 0; i < due.size(); i++) {
            Draft draft = due.get(i).draft();
            try {
                SmtpMailer.send(settings, draft.address().orElseThrow(), draft.recipientName(), draft.subject(),
                        draft.body(), clock.instant());
            } catch (SmtpMailer.MailFailure e) {
                retryLater(due.subList(i, due.size()), e.getMessage());
                return i;
            }
            long id = due.get(i).id();
            Instant at = clock.instant();
            store.inTransaction(tx -> {
                outbox.sent(tx, id, at);
                return null;
            });
        }
        return due.size();
    }

    private void retryLater(List<Entry> unsent, String error) throws StoreException {
        Instant now = clock.instant();
        store.inTransaction(tx -> {
            for (Entry entry : unsent) {
                outbox.retryLater(tx, entry.id(), now.plus(settings.retryAfter(entry.attempts() + 1)), error);
            }
            return null;
        });
        LOG.log(Level.WARNING, "{0} notification(s) not sent: {1}; tried again from {2}", unsent.size(), error,
                now.plus(settings.retryAfter(1)));
    }

    private void deliverQuietly() {
        try {
            deliverDue();
        } catch (StoreException | RuntimeException e) {
            LOG.log(Level.WARNING, "Notifications not sent this time: " + e.getMessage(), e);
        }
    }

    private <T> T store(Store.Work<T> work) throws NotifyException {
        try {
            return store.inTransaction(work);
        } catch (StoreException e) {
            throw new NotifyException("Notifications are not available: " + e.getMessage(), e);
        }
    }

    private static Notification notification(Entry entry) {
        Draft draft = entry.draft();
        Notification.Delivery delivery = switch (entry.delivery()) {
            case PENDING -> Notification.Delivery.WAITING;
            case SENT -> Notification.Delivery.SENT;
            case IN_APP -> Notification.Delivery.IN_APP;
        };
        return new Notification(entry.id(), new Notice(draft.about(), draft.recipient(), draft.recipientName(),
                draft.address(), draft.subject(), draft.body()), draft.created(), delivery, entry.attempts(),
                entry.lastError(), entry.sentAt(), entry.acknowledgedAt(), entry.acknowledgedBy());
    }
}

package webcare.notify.mail;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import webcare.cli.api.CommandFailedException;
import webcare.cli.api.UsageException;
import webcare.cli.api.WebcareCommand;
import webcare.notify.api.MailStatus;
import webcare.notify.api.Notification;
import webcare.notify.api.Notifier;
import webcare.notify.api.NotifyException;

/** {@code notify status|list|ack|test}: the notification outbox from the command line. */
@Component(service = NotifyCommand.class)
@WebcareCommand(function = "notify")
public final class NotifyCommand {

    static final String USAGE = "notify status | notify list [--limit N] | notify ack ID [--by NAME] | notify test ADDRESS";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Notifier notifier;

    @Activate
    public NotifyCommand(@Reference Notifier notifier) {
        this.notifier = notifier;
    }

    @Descriptor("notifications to the people of the crisis plan: " + USAGE + "; see docs/NOTIFICATIONS.md")
    public void notify(@Descriptor("a subcommand and its arguments") String... words) {
        run(List.of(words), ZoneId.systemDefault(), System.out);
    }

    void run(List<String> words, ZoneId zone, PrintStream out) {
        if (words.isEmpty()) {
            throw new UsageException("say what to do: " + USAGE);
        }
        List<String> rest = words.subList(1, words.size());
        try {
            switch (words.get(0)) {
                case "status" -> status(notifier.status(), zone, out);
                case "list" -> list(notifier.recent(limit(rest)), zone, out);
                case "ack" -> acknowledge(rest, out);
                case "test" -> test(rest, out);
                default -> throw new UsageException("there is no 'notify " + words.get(0) + "': " + USAGE);
            }
        } catch (NotifyException e) {
            throw new CommandFailedException(e.getMessage(), e);
        }
        out.flush();
    }

    static void status(MailStatus status, ZoneId zone, PrintStream out) {
        out.println("e-mail: " + status.server().map(server -> "via " + server)
                .orElse("off (notifications in the workbench only; set host and from in " + MailSettings.FILE + ")"));
        out.println("waiting: " + status.waiting() + (status.retrying() > 0 ? ", of which " + status.retrying()
                + " after a failed attempt" : "") + status.oldestWaiting().map(at -> ", oldest from " + local(at, zone))
                .orElse(""));
        status.lastError().ifPresent(error -> out.println("last error: " + error));
        status.nextAttempt().ifPresent(at -> out.println("next attempt: " + local(at, zone)));
    }

    static void list(List<Notification> notifications, ZoneId zone, PrintStream out) {
        if (notifications.isEmpty()) {
            out.println("No notifications yet.");
        }
        for (Notification each : notifications) {
            String delivery = switch (each.delivery()) {
                case SENT -> "sent " + each.sentAt().map(at -> local(at, zone)).orElse("");
                case WAITING -> "waiting" + (each.attempts() > 0 ? " (" + each.attempts() + " failed: "
                        + each.lastError().orElse("") + ")" : "");
                case IN_APP -> "in the workbench";
            };
            out.printf("%d  %s  %s <%s>  %s  [%s]%s%n", each.id(), local(each.created(), zone),
                    each.notice().recipientName(), each.notice().address().orElse("no e-mail"),
                    each.notice().subject(), delivery, each.acknowledgedBy().map(by -> "  seen by " + by + " "
                            + each.acknowledgedAt().map(at -> local(at, zone)).orElse("")).orElse(""));
        }
    }

    private void acknowledge(List<String> words, PrintStream out) throws NotifyException {
        if (words.isEmpty()) {
            throw new UsageException("say which notification: notify ack ID (notify list shows the ids)");
        }
        long id = number(words.get(0), "ID");
        String by = option(words, "--by").orElse(System.getProperty("user.name", "unknown"));
        out.println(notifier.acknowledge(id, by) ? "Notification " + id + " seen by " + by + "."
                : "Notification " + id + " is unknown or was seen already.");
    }

    private void test(List<String> words, PrintStream out) throws NotifyException {
        if (words.size() != 1 || !words.get(0).contains("@")) {
            throw new UsageException("give one e-mail address: notify test ADDRESS");
        }
        notifier.sendTest(words.get(0));
        out.println("Test message sent to " + words.get(0) + ".");
    }

    private static int limit(List<String> words) {
        return option(words, "--limit").map(word -> (int) number(word, "--limit")).orElse(20);
    }

    private static Optional<String> option(List<String> words, String name) {
        int at = words.indexOf(name);
        if (at < 0) {
            return Optional.empty();
        }
        if (at + 1 >= words.size()) {
            throw new UsageException(name + " needs a value: " + USAGE);
        }
        return Optional.of(words.get(at + 1));
    }

    private static long number(String word, String what) {
        try {
            long value = Long.parseLong(word);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException(what + " must be a whole number above 0, not '" + word + "'");
    }

    private static String local(Instant at, ZoneId zone) {
        return LOCAL.format(at.atZone(zone));
    }
}

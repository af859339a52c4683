package webcare.incident.watch;

import java.io.PrintStream;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import webcare.cli.api.CommandFailedException;
import webcare.cli.api.UsageException;
import webcare.cli.api.WebcareCommand;
import webcare.incident.api.DetectorFactory;
import webcare.store.api.InboxRepository;
import webcare.store.api.SignalRepository;
import webcare.store.api.SignalRepository.StoredSignal;
import webcare.store.api.Store;
import webcare.store.api.StoreException;

/**
 * {@code signals scan|list}: the crisis detector over the stored stream without a window (the
 * last days replayed, what it raises stored, as the open window does every minute), and the
 * signals stored.
 */
@Component(service = SignalsCommand.class)
@WebcareCommand(function = "signals")
public final class SignalsCommand {

    static final String USAGE = "signals scan | signals list";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int LISTED = 50;

    private final Store store;
    private final InboxRepository inbox;
    private final SignalRepository signals;
    private final DetectorFactory detectors;

    @Activate
    public SignalsCommand(@Reference Store store, @Reference InboxRepository inbox, @Reference SignalRepository signals,
            @Reference DetectorFactory detectors) {
        this.store = store;
        this.inbox = inbox;
        this.signals = signals;
        this.detectors = detectors;
    }

    @Descriptor("the crisis detector over the stored messages: " + USAGE + "; see docs/DETECTION.md")
    public void signals(@Descriptor("scan or list") String... words) {
        run(List.of(words), ZoneId.systemDefault(), System.out);
    }

    void run(List<String> words, ZoneId zone, PrintStream out) {
        if (words.size() != 1) {
            throw new UsageException("say what to do: " + USAGE);
        }
        try {
            switch (words.get(0)) {
                case "scan" -> {
                    int added = new StreamWatch(store, inbox, signals, detectors, Clock.systemUTC()).watch();
                    out.println(added + " new signal(s) in the last " + StreamWatch.HISTORY.toDays()
                            + " days of stored messages.");
                    list(zone, out);
                }
                case "list" -> list(zone, out);
                default -> throw new UsageException("there is no 'signals " + words.get(0) + "': " + USAGE);
            }
        } catch (StoreException e) {
            throw new CommandFailedException(e.getMessage(), e);
        }
        out.flush();
    }

    private void list(ZoneId zone, PrintStream out) throws StoreException {
        List<StoredSignal> recent = store.inTransaction(tx -> signals.recent(tx, LISTED));
        if (recent.isEmpty()) {
            out.println("No signals stored.");
        }
        for (StoredSignal signal : recent) {
            out.printf("%d  %s  onset %s  %s %s: %.1f against %.1f expected (score %.1f)  words: %s%s%n", signal.id(),
                    LOCAL.format(signal.detected().atZone(zone)), LOCAL.format(signal.onset().atZone(zone)),
                    signal.source(), signal.metric(), signal.observed(), signal.expected(), signal.score(),
                    String.join(", ", signal.terms()), signal.incident().map(id -> "  incident " + id).orElse(""));
        }
    }
}

package webcare.inbox.command;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import webcare.cli.api.CommandFailedException;
import webcare.cli.api.UsageException;
import webcare.cli.api.WebcareCommand;
import webcare.inbox.triage.BackgroundTriage;
import webcare.store.api.InboxRepository;
import webcare.store.api.InboxRepository.Due;
import webcare.store.api.InboxRepository.Query;
import webcare.store.api.InboxRepository.Row;
import webcare.store.api.InboxRepository.Sort;
import webcare.store.api.InboxRepository.Status;
import webcare.store.api.Store;
import webcare.store.api.StoreException;
import webcare.triage.api.Decision;

/**
 * {@code inbox [filters] [--limit N]}: triages what is waiting, then prints the inbox rows as JSON
 * Lines in the inbox's order (docs/TRIAGE.md). Without {@code --status} the open items.
 */
@Component(service = InboxCommand.class)
@WebcareCommand(function = "inbox")
public final class InboxCommand {

    private static final JsonFactory JSON = new JsonFactory();

    private final Store store;
    private final InboxRepository inbox;
    private final BackgroundTriage triage;
    private final Clock clock;

    @Activate
    public InboxCommand(@Reference Store store, @Reference InboxRepository inbox, @Reference BackgroundTriage triage) {
        this.store = store;
        this.inbox = inbox;
        this.triage = triage;
        this.clock = Clock.systemUTC();
    }

    @Descriptor("print the inbox as JSON Lines, highest priority first; --status open (default), answered, "
            + "handled_privately, hidden, closed or all; --sort priority (default), due or newest; see docs/TRIAGE.md")
    public void inbox(
            @Descriptor("--status S")
            @Parameter(names = "--status", absentValue = "open") String status,
            @Descriptor("--decision D,…") @Parameter(names = "--decision", absentValue = "") String decision,
            @Descriptor("--source S") @Parameter(names = "--source", absentValue = "") String source,
            @Descriptor("--polarity P") @Parameter(names = "--polarity", absentValue = "")
            String polarity,
            @Descriptor("--lang L") @Parameter(names = "--lang", absentValue = "") String lang,
            @Descriptor("--overdue") @Parameter(names = "--overdue", presentValue = "true", absentValue = "false")
            boolean overdue,
            @Descriptor("--assignee A") @Parameter(names = "--assignee", absentValue = "") String assignee,
            @Descriptor("--unassigned") @Parameter(names = "--unassigned", presentValue = "true",
                    absentValue = "false") boolean unassigned,
            @Descriptor("--author A") @Parameter(names = "--author", absentValue = "") String author,
            @Descriptor("--search T") @Parameter(names = "--search", absentValue = "") String search,
            @Descriptor("--sort S") @Parameter(names = "--sort", absentValue = "priority") String sort,
            @Descriptor("--limit N") @Parameter(names = "--limit", absentValue = "100") String limit) {
        run(query(status, decision, source, polarity, lang, overdue, assignee, unassigned, author, search, sort),
                number(limit), System.out);
    }

    Query query(String status, String decision, String source, String polarity, String lang, boolean overdue,
            String assignee, boolean unassigned, String author, String search, String sort) {
        if (unassigned && blank(assignee) != null) {
            throw new UsageException("--assignee and --unassigned exclude each other: give one of the two");
        }
        Set<Status> statuses = status.equalsIgnoreCase("all") ? Set.of()
                : Set.of(choice(Status.class, "--status", status));
        Set<String> decisions = decision.isBlank() ? Set.of() : Arrays.stream(decision.split(","))
                .map(each -> choice(Decision.class, "--decision", each.strip()).name()).collect(Collectors.toSet());
        return new Query(blank(source), decisions, blank(polarity) == null ? null : polarity.toUpperCase(Locale.ROOT),
                blank(lang), overdue ? Due.OVERDUE : Due.ANY, statuses, blank(assignee),
                blank(author) == null ? null : author.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT),
                blank(search), choice(Sort.class, "--sort", sort), clock.instant(), unassigned);
    }

    void run(Query query, int limit, PrintStream out) {
        try {
            triage.triageWaiting();
            var rows = store.inTransaction(tx -> inbox.page(tx, query, 0, limit));
            Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            for (Row row : rows) {
                try (JsonGenerator json = JSON.createGenerator(text).configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET,
                        false)) {
                    write(json, row);
                }
                text.write('\n');
            }
            text.flush();
        } catch (StoreException e) {
            throw new CommandFailedException(e.getMessage(), e);
        } catch (IOException e) {
            throw new CommandFailedException("cannot write: " + e.getMessage(), e);
        }
    }

    private static void write(JsonGenerator json, Row row) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", row.mentionId());
        json.writeStringField("source", row.source());
        json.writeStringField("instance", row.instance());
        json.writeStringField("kind", row.kind());
        json.writeStringField("author", row.author());
        json.writeStringField("authorName", row.authorName());
        if (row.followers() != null) {
            json.writeNumberField("followers", row.followers());
        }
        if (row.rating() != null) {
            json.writeNumberField("rating", row.rating());
        }
        json.writeStringField("created", row.created().toString());
        json.writeStringField("lang", row.lang());
        json.writeNumberField("sentiment", Math.round(row.sentiment() * 1000) / 1000.0);
        json.writeStringField("polarity", row.polarity().toLowerCase(Locale.ROOT));
        json.writeStringField("decision", row.decision());
        json.writeBooleanField("overridden", row.overridden());
        json.writeNumberField("priority", row.priority());
        json.writeStringField("due", row.due().toString());
        json.writeStringField("status", row.status().name().toLowerCase(Locale.ROOT));
        json.writeStringField("assignee", row.assignee());
        json.writeStringField("text", row.excerpt());
        json.writeEndObject();
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String option, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + " must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(each -> each.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))
                    + ", not '" + value + "'");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static int number(String limit) {
        try {
            int value = Integer.parseInt(limit.strip());
            if (value > 0 && value <= 100_000) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("--limit must be a whole number from 1 to 100000, not '" + limit + "'");
    }
}

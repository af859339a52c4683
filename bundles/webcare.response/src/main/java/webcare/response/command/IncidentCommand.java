package webcare.response.command;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import webcare.cli.api.CommandFailedException;
import webcare.cli.api.UsageException;
import webcare.cli.api.WebcareCommand;
import webcare.response.api.Incident;
import webcare.files.WholeFile;
import webcare.response.api.IncidentException;
import webcare.response.api.IncidentExporter;
import webcare.response.api.IncidentReport;
import webcare.response.api.IncidentStatus;
import webcare.response.api.Measures;
import webcare.response.api.Incidents;
import webcare.response.api.OpenRequest;
import webcare.response.api.Origin;
import webcare.response.api.RoleHolder;
import webcare.response.api.TaskState;
import webcare.response.api.TimelineEntry;

/** {@code incident list|show|open|status|done|update|note}: incidents from the command line. */
@Component(service = IncidentCommand.class)
@WebcareCommand(function = {"incident", "timeline"})
public final class IncidentCommand {

    static final String USAGE = "incident list [--drills] | incident show ID | incident open TITLE [--scenario S] "
            + "[--started TIME] [--unavailable P,…] [--lang nl|en] [--drill] | incident status ID STATUS [--note TEXT] | "
            + "incident done ID TASK | incident update ID TEXT | incident note ID TEXT | "
            + "incident link ID WORDS [--since TIME] | incident export ID --format png|json|html|pdf [--lang nl|en] FILE";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Instant BEGINNING = Instant.EPOCH;
    private static final Instant END = Instant.parse("9999-12-31T23:59:59Z");

    private final Incidents incidents;
    /** The exporters present, by format (whiteboard). */
    private final Map<String, IncidentExporter> exporters = new ConcurrentHashMap<>();

    @Activate
    public IncidentCommand(@Reference Incidents incidents) {
        this.incidents = incidents;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addExporter(IncidentExporter exporter, Map<String, Object> properties) {
        exporters.put(String.valueOf(properties.get(IncidentExporter.FORMAT)), exporter);
    }

    void removeExporter(IncidentExporter exporter, Map<String, Object> properties) {
        exporters.remove(String.valueOf(properties.get(IncidentExporter.FORMAT)), exporter);
    }

    @Descriptor("an incident's timeline as a document: timeline export ID --format png|json|html|pdf [--lang nl|en] FILE "
            + "(as incident export)")
    public void timeline(@Descriptor("export ID --format F FILE") String... words) {
        if (words.length == 0 || !words[0].equals("export")) {
            throw new UsageException("say what to do: timeline export ID --format png|json|html|pdf FILE");
        }
        run(List.of(words), System.getProperty("user.name", "unknown"), ZoneId.systemDefault(), System.out);
    }

    @Descriptor("incidents run by the crisis plan: " + USAGE + "; see docs/INCIDENTS.md")
    public void incident(@Descriptor("a subcommand and its arguments") String... words) {
        run(List.of(words), System.getProperty("user.name", "unknown"), ZoneId.systemDefault(), System.out);
    }

    void run(List<String> words, String who, ZoneId zone, PrintStream out) {
        if (words.isEmpty()) {
            throw new UsageException("say what to do: " + USAGE);
        }
        Arguments arguments = new Arguments(words.subList(1, words.size()));
        try {
            switch (words.get(0)) {
                case "list" -> list(incidents.list(arguments.flag("--drills"), 50), zone, out);
                case "show" -> show(incidents.find(arguments.id()).orElseThrow(() -> new CommandFailedException(
                        "there is no incident " + arguments.word(0) + ": 'incident list' shows them")), zone, out);
                case "open" -> show(open(arguments, who), zone, out);
                case "status" -> show(incidents.status(arguments.id(), status(arguments.word(1)), who,
                        arguments.option("--note").orElse("")), zone, out);
                case "done" -> show(incidents.taskDone(arguments.id(), arguments.word(1), who), zone, out);
                case "update" -> show(incidents.publicUpdate(arguments.id(), arguments.text(1), who), zone, out);
                case "link" -> link(arguments, who, out);
                case "export" -> export(arguments, out);
                case "note" -> show(incidents.record(arguments.id(), TimelineEntry.Kind.NOTE, arguments.text(1), who,
                        Optional.empty()), zone, out);
                default -> throw new UsageException("there is no 'incident " + words.get(0) + "': " + USAGE);
            }
        } catch (IncidentException e) {
            throw new CommandFailedException(e.getMessage(), e);
        }
        out.flush();
    }

    private Incident open(Arguments arguments, String who) throws IncidentException {
        Instant now = Instant.now();
        Instant started = arguments.option("--started").map(IncidentCommand::instant).orElse(now);
        Set<String> unavailable = arguments.option("--unavailable").map(list -> Arrays.stream(list.split(","))
                .map(String::strip).filter(name -> !name.isEmpty()).collect(Collectors.toSet())).orElse(Set.of());
        String language = arguments.option("--lang").orElse("nl");
        if (!language.equals("nl") && !language.equals("en")) {
            throw new UsageException("--lang must be nl or en, not '" + language + "'");
        }
        return incidents.open(new OpenRequest(arguments.text(0), arguments.option("--scenario"), Origin.MANUAL, now,
                Optional.of(now), started, language, arguments.flag("--drill"), unavailable, "opened by hand",
                List.of(), who));
    }

    /** Writes the incident's report in the chosen format, whole or not at all. */
    private void export(Arguments arguments, PrintStream out) throws IncidentException {
        long id = arguments.id();
        String formats = String.join("|", new TreeSet<>(exporters.keySet()));
        String format = arguments.option("--format").orElseThrow(() -> new UsageException(
                "say which format: --format " + formats));
        IncidentExporter exporter = exporters.get(format);
        if (exporter == null) {
            throw new UsageException("there is no format '" + format + "': use " + formats);
        }
        Path file = Path.of(arguments.word(1));
        Locale language = Locale.forLanguageTag(arguments.option("--lang").orElse("nl"));
        IncidentReport report = incidents.report(id);
        try {
            WholeFile.write(file, ".incident-", stream -> exporter.write(report, language, stream));
        } catch (IOException e) {
            throw new CommandFailedException("cannot write " + file + ": " + e.getMessage(), e);
        }
        out.println("Incident " + id + " written to " + file + " (" + format + ").");
    }

    /** Links the messages with the words, written from {@code --since} (default: an hour before the onset) on. */
    private void link(Arguments arguments, String who, PrintStream out) throws IncidentException {
        long id = arguments.id();
        Incident incident = incidents.find(id).orElseThrow(() -> new CommandFailedException(
                "there is no incident " + id + ": 'incident list' shows them"));
        Instant since = arguments.option("--since").map(IncidentCommand::instant)
                .orElse(incident.started().minus(Duration.ofHours(1)));
        int added = incidents.linkMatching(id, arguments.text(1), since, who);
        out.println(added + " messages linked to incident " + id + " (" + (incident.linkedMentions() + added)
                + " in all).");
    }

    static void list(List<Incident> list, ZoneId zone, PrintStream out) {
        if (list.isEmpty()) {
            out.println("No incidents.");
        }
        for (Incident incident : list) {
            long overdue = incident.tasks().stream().filter(task -> task.overdue(Instant.now())).count();
            out.printf("%d  %s  %s%s  %s  %s  tasks %d/%d done%s%n", incident.id(), local(incident.opened(), zone),
                    incident.drill() ? "[drill] " : "", incident.title(), status(incident.status()),
                    incident.scenarioName().isEmpty() ? "no scenario" : incident.scenarioName(),
                    incident.tasks().stream().filter(task -> task.done().isPresent()).count(), incident.tasks().size(),
                    overdue > 0 ? ", " + overdue + " overdue" : "");
        }
    }

    void show(Incident incident, ZoneId zone, PrintStream out) throws IncidentException {
        out.printf("Incident %d: %s%s%n", incident.id(), incident.drill() ? "[drill] " : "", incident.title());
        out.printf("status %s; scenario %s (severity %d); %s; started %s, detected %s, opened %s by %s%n",
                status(incident.status()), incident.scenarioName().isEmpty() ? "none" : incident.scenarioName(),
                incident.severity(), incident.origin().name().toLowerCase(Locale.ROOT), local(incident.started(), zone),
                local(incident.detected(), zone), local(incident.opened(), zone), incident.openedBy());
        for (RoleHolder role : incident.roles()) {
            out.printf("role %s: %s%s%n", role.roleName(), role.personName(), role.deputy() ? " (deputy)" : "");
        }
        for (TaskState task : incident.tasks()) {
            out.printf("task %s: %s, due %s%s%n", task.taskId(), task.title(), local(task.due(), zone),
                    task.done().map(at -> ", done " + local(at, zone) + " by " + task.doneBy().orElse(""))
                            .orElse(task.overdue(Instant.now()) ? ", OVERDUE" : ""));
        }
        incident.nextUpdate().ifPresent(at -> out.println("next public update: " + local(at, zone)));
        out.println("linked mentions: " + incident.linkedMentions());
        Measures measures = incidents.measures(incident.id());
        out.printf("time to detect %s, to acknowledge %s, to first update %s, to resolve %s%n",
                minutes(Optional.of(measures.toDetect())), minutes(measures.toAcknowledge()),
                minutes(measures.toFirstUpdate()), minutes(measures.toResolve()));
        incidents.evaluation(incident.id()).ifPresent(evaluation -> {
            out.printf("evaluated by %s: %s%n", evaluation.by(), evaluation.whatHappened());
            evaluation.actions().forEach(action -> out.printf("action: %s (%s, %s)%n", action.what(), action.owner(),
                    action.due()));
            evaluation.flags().forEach(flag -> out.printf("flagged for the review: %s: %s%n", flag.item(), flag.note()));
        });
        for (TimelineEntry entry : incidents.timeline(incident.id(), BEGINNING, END, 1_000)) {
            out.printf("  %s  %-15s %s: %s%s%n", local(entry.at(), zone), entry.kind(), entry.actor(), entry.text(),
                    entry.corrects().map(id -> " (corrects " + id + ")").orElse(""));
        }
    }

    private static String minutes(Optional<Duration> duration) {
        return duration.map(each -> each.toMinutes() + " min").orElse("-");
    }

    private static String status(IncidentStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    private static IncidentStatus status(String word) {
        try {
            return IncidentStatus.valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("'" + word + "' is not a status: use acknowledged, contained, resolved or evaluated");
        }
    }

    private static Instant instant(String word) {
        try {
            return Instant.parse(word);
        } catch (DateTimeParseException e) {
            throw new UsageException("a time must be written like 2026-10-25T14:02:00Z, not '" + word + "'");
        }
    }

    private static String local(Instant at, ZoneId zone) {
        return LOCAL.format(at.atZone(zone));
    }

    /** The words after the subcommand: positional words, then options ({@code --name value}) and flags. */
    private record Arguments(List<String> words) {
        private static final Set<String> FLAGS = Set.of("--drill", "--drills");

        boolean flag(String name) {
            return words.contains(name);
        }

        Optional<String> option(String name) {
            int at = words.indexOf(name);
            if (at < 0) {
                return Optional.empty();
            }
            if (at + 1 >= words.size()) {
                throw new UsageException(name + " needs a value: " + USAGE);
            }
            return Optional.of(words.get(at + 1));
        }

        /** The {@code index}th word that is neither an option, its value nor a flag. */
        String word(int index) {
            List<String> plain = plain();
            if (index >= plain.size()) {
                throw new UsageException("missing argument: " + USAGE);
            }
            return plain.get(index);
        }

        /** The plain words from {@code index} on, joined: a text given without quotes. */
        String text(int index) {
            List<String> plain = plain();
            if (index >= plain.size()) {
                throw new UsageException("missing text: " + USAGE);
            }
            return String.join(" ", plain.subList(index, plain.size()));
        }

        long id() {
            String word = word(0);
            try {
                return Long.parseLong(word);
            } catch (NumberFormatException e) {
                throw new UsageException("'" + word + "' is not an incident number: 'incident list' shows them");
            }
        }

        private List<String> plain() {
            List<String> plain = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                if (FLAGS.contains(word)) {
                    continue;
                }
                if (word.startsWith("--")) {
                    i++;
                    continue;
                }
                plain.add(word);
            }
            return plain;
        }
    }
}

package webcare.plan.command;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import webcare.cli.api.CommandFailedException;
import webcare.cli.api.UsageException;
import webcare.cli.api.WebcareCommand;
import webcare.files.WholeFile;
import webcare.model.plan.Plan;
import webcare.plan.index.Texts;
import webcare.plan.api.Change;
import webcare.plan.api.ExportContext;
import webcare.plan.api.Finding;
import webcare.plan.api.PlanBook;
import webcare.plan.api.PlanCodec;
import webcare.plan.api.PlanDiff;
import webcare.plan.api.PlanError;
import webcare.plan.api.PlanException;
import webcare.plan.api.PlanExporter;
import webcare.plan.api.PlanHealth;
import webcare.plan.api.PlanInvalidException;
import webcare.plan.api.PlanNote;
import webcare.plan.api.PlanRead;
import webcare.plan.api.PlanVersion;
import webcare.plan.book.StoredPlanBook;

/**
 * {@code plan import|export|check|diff|review-invite|versions …}: the crisis plan without the
 * editor (docs/PLAN.md). One Gogo function taking all words, so that the subcommands read like
 * {@code git}'s. Export formats, {@code json} included, are the {@link PlanExporter} services
 * present, found by their {@link PlanExporter#FORMAT} property as they come and go.
 */
@Component(service = PlanCommand.class)
@WebcareCommand(function = "plan")
public final class PlanCommand {

    static final String USAGE = "type one of: plan import FILE | plan export --format FORMAT [--version N] "
            + "[--lang nl|en] FILE | plan check [--today YYYY-MM-DD] [--lang nl|en] | "
            + "plan diff V1 V2|working [--lang nl|en] | plan review-invite FILE.ics | plan versions";

    private static final String CHECK = "plan check [--today YYYY-MM-DD] [--lang nl|en]";
    private static final String DIFF = "plan diff V1 V2 [--lang nl|en]";

    private final PlanBook book;
    private final PlanCodec codec;
    private final PlanHealth health;
    private final PlanDiff diff;
    private final Clock clock;
    private final ZoneId zone;
    private final Map<String, PlanExporter> exporters = new ConcurrentHashMap<>();

    @Activate
    public PlanCommand(@Reference PlanBook book, @Reference PlanCodec codec, @Reference PlanHealth health,
            @Reference PlanDiff diff) {
        this(book, codec, health, diff, Clock.systemUTC(), ExportContext.PLAN_ZONE);
    }

    /**
     * @param clock what "now" and "today" are
     * @param zone  the zone of "today" and of the times in exported documents
     */
    PlanCommand(PlanBook book, PlanCodec codec, PlanHealth health, PlanDiff diff, Clock clock, ZoneId zone) {
        this.book = book;
        this.codec = codec;
        this.health = health;
        this.diff = diff;
        this.clock = clock;
        this.zone = zone;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addExporter(PlanExporter exporter, Map<String, Object> properties) {
        format(properties).ifPresent(format -> exporters.put(format, exporter));
    }

    void removeExporter(PlanExporter exporter, Map<String, Object> properties) {
        format(properties).ifPresent(format -> exporters.remove(format, exporter));
    }

    private static Optional<String> format(Map<String, Object> properties) {
        Object format = properties.get(PlanExporter.FORMAT);
        return format instanceof String name && !name.isBlank() ? Optional.of(name)
                : Optional.empty();
    }

    @Descriptor("the crisis plan: plan import FILE | plan export --format json|html|pdf|… [--version N] "
            + "[--lang nl|en] FILE | plan check [--today YYYY-MM-DD] [--lang nl|en] | "
            + "plan diff V1 V2|working [--lang nl|en] | plan review-invite FILE.ics | plan versions; "
            + "see docs/PLAN.md")
    public void plan(@Descriptor("a subcommand and its arguments") String... words) {
        run(List.of(words), System.out, System.err);
    }

    /** The command with its streams: results to {@code out}, each error of a plan file to {@code err}. */
    void run(List<String> words, PrintStream out, PrintStream err) {
        if (words.isEmpty()) {
            throw new UsageException("say what to do: " + USAGE);
        }
        Arguments arguments = new Arguments(words.subList(1, words.size()));
        String who = System.getProperty("user.name", "unknown");
        switch (words.get(0)) {
            case "import" -> importPlan(arguments, who, out, err);
            case "export" -> export(arguments, out);
            case "check" -> check(arguments, out);
            case "diff" -> diff(arguments, out);
            case "review-invite" -> reviewInvite(arguments, out);
            case "versions" -> versions(arguments, out);
            default -> throw new UsageException("there is no 'plan " + words.get(0) + "': " + USAGE);
        }
        out.flush();
    }

    private void importPlan(Arguments arguments, String who, PrintStream out, PrintStream err) {
        String file = arguments.only("plan import FILE").positional(1, "plan import FILE").get(0);
        Path path = path(file);
        if (!Files.isRegularFile(path)) {
            throw new UsageException("no file '" + file + "': type plan import FILE with the path of a plan file");
        }
        String json;
        try {
            json = Files.readString(path, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new CommandFailedException("'" + file + "' is not UTF-8 text: save it as UTF-8; nothing was imported");
        } catch (IOException e) {
            throw new CommandFailedException("cannot read '" + file + "': " + e.getMessage(), e);
        }
        try {
            PlanRead read = codec.readWithNotes(json);
            book.replace(read.plan(), who);
            out.println("imported plan: " + StoredPlanBook.counts(read.plan()));
            for (PlanNote note : read.notes()) {
                out.println(file + ": " + note);
            }
        } catch (PlanInvalidException e) {
            for (PlanError error : e.errors()) {
                err.println(file + ": " + error);
            }
            err.flush();
            int count = e.errors().size();
            throw new CommandFailedException("'" + file + "' has " + count + (count == 1 ? " error" : " errors")
                    + " (see above): correct the file; nothing was imported", e);
        } catch (PlanException e) {
            throw new CommandFailedException(e.getMessage() + "; nothing was imported", e);
        }
    }

    private void export(Arguments arguments, PrintStream out) {
        List<String> formats = formats();
        String usage = "plan export --format " + (formats.isEmpty() ? "FORMAT" : String.join("|", formats))
                + " [--version N] [--lang nl|en] FILE";
        arguments.only(usage, "--format", "--version", "--lang");
        String file = arguments.positional(1, usage).get(0);
        String format = arguments.option("--format")
                .orElseThrow(() -> new UsageException("say which format: " + usage));
        PlanExporter exporter = exporters.get(format);
        if (exporter == null) {
            throw new UsageException("there is no format '" + format + "': " + (formats.isEmpty()
                    ? "no exporter is installed (webcare.plan offers json)"
                    : "use one of " + String.join(", ", formats)));
        }
        Integer number = arguments.option("--version").map(PlanCommand::versionNumber).orElse(null);
        Locale language = language(arguments.option("--lang").orElse("nl"));
        Path path = path(file);
        Plan plan = number == null ? call(() -> book.working().plan())
                : call(() -> book.version(number)).orElseThrow(() -> new CommandFailedException("there is no version "
                        + number + ": plan versions lists them"));
        ExportContext context = new ExportContext(number, language, zone, clock.instant());
        write(path, stream -> exporter.write(plan, context, stream));
        out.println("exported " + (number == null ? "the working plan" : "version " + number) + " as " + format
                + " to " + file);
    }

    /** The findings in English unless {@code --lang} says otherwise: scripts read them. */
    private void check(Arguments arguments, PrintStream out) {
        arguments.only(CHECK, "--today", "--lang").positional(0, CHECK);
        LocalDate today = arguments.option("--today").map(PlanCommand::date).orElseGet(() -> LocalDate.now(
                clock.withZone(zone)));
        Locale language = language(arguments.option("--lang").orElse("en"));
        // a stored plan that cannot be read is said in the language of the findings
        List<Finding> findings = health.check(call(() -> book.working(language).plan()), today, language);
        findings.forEach(out::println);
        long errors = findings.stream().filter(finding -> finding.level() == Finding.Level.ERROR).count();
        Texts texts = Texts.of(language);
        if (findings.isEmpty()) {
            out.println(texts.format("check.healthy"));
        }
        out.flush();
        if (errors > 0) {
            throw new CommandFailedException(errors == 1 ? texts.format("check.error")
                    : texts.format("check.errors", Long.toString(errors)));
        }
    }

    /** The changes in English unless {@code --lang} says otherwise: scripts read them. */
    private void diff(Arguments arguments, PrintStream out) {
        List<String> versions = arguments.only(DIFF, "--lang").positional(2, DIFF + ", e.g. plan diff 3 working");
        Locale language = language(arguments.option("--lang").orElse("en"));
        Plan before = versionOrWorking(versions.get(0));
        Plan after = versionOrWorking(versions.get(1));
        List<Change> changes = diff.diff(before, after, language);
        changes.forEach(change -> out.println(change.describe()));
        if (changes.isEmpty()) {
            out.println("no changes");
        }
    }

    private void reviewInvite(Arguments arguments, PrintStream out) {
        String file = arguments.only("plan review-invite FILE.ics").positional(1, "plan review-invite FILE.ics")
                .get(0);
        Path path = path(file);
        PlanExporter exporter = exporters.get("ics");
        if (exporter == null) {
            throw new CommandFailedException("no calendar exporter (format ics) is installed, so no invitation can be "
                    + "made: install the plan reports (webcare.report)");
        }
        Plan plan = call(() -> book.working().plan());
        if (plan.nextReview() == null) {
            throw new CommandFailedException("the plan has no next review date: set one in the plan editor (or "
                    + "approve a review), then invite again");
        }
        ExportContext context = new ExportContext(null, language("nl"), zone, clock.instant());
        write(path, stream -> exporter.write(plan, context, stream));
        out.println("wrote the invitation for the review of " + plan.nextReview() + " to " + file);
    }

    private void versions(Arguments arguments, PrintStream out) {
        arguments.only("plan versions").positional(0, "plan versions");
        List<PlanVersion> versions = call(book::versions);
        for (PlanVersion version : versions) {
            LocalDate date = version.reviewDate() != null ? version.reviewDate()
                    : LocalDate.ofInstant(version.approvedAt(), zone);
            out.println(version.number() + "  " + date + "  approved by " + version.approvedBy());
        }
        if (versions.isEmpty()) {
            out.println("no approved versions yet: a review session approves the first");
        }
    }

    private Plan versionOrWorking(String word) {
        if (word.equals("working")) {
            return call(() -> book.working().plan());
        }
        int number = versionNumber(word);
        return call(() -> book.version(number)).orElseThrow(() -> new CommandFailedException("there is no version "
                + number + ": plan versions lists them"));
    }

    /** Every format {@code plan export} knows now, sorted. */
    List<String> formats() {
        return new ArrayList<>(new TreeSet<>(exporters.keySet()));
    }

    /** Writes {@code path} whole or not at all: an export that fails half-way leaves nothing. */
    private static void write(Path path, WholeFile.Content content) {
        try {
            WholeFile.write(path, "." + path.getFileName(), content);
        } catch (IOException e) {
            throw new CommandFailedException("cannot write '" + path + "': " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Call<T> {
        T call() throws PlanException;
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.call();
        } catch (PlanException e) {
            throw new CommandFailedException(e.getMessage(), e);
        }
    }

    private static Path path(String file) {
        try {
            return Path.of(file);
        } catch (InvalidPathException e) {
            throw new UsageException("'" + file + "' is not a file name: " + e.getReason());
        }
    }

    private static int versionNumber(String word) {
        try {
            int number = Integer.parseInt(word);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new UsageException("'" + word + "' is not a version: give a version number (plan versions lists them)"
                + " or working");
    }

    private static LocalDate date(String word) {
        try {
            return LocalDate.parse(word);
        } catch (DateTimeException e) {
            throw new UsageException("--today must be a date like 2026-03-12, not '" + word + "'");
        }
    }

    private static Locale language(String code) {
        return switch (code) {
            case "nl" -> Locale.forLanguageTag("nl");
            case "en" -> Locale.ENGLISH;
            default -> throw new UsageException("--lang must be nl or en, not '" + code + "'");
        };
    }
}

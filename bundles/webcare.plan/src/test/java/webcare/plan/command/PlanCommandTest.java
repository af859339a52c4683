package webcare.plan.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webcare.cli.api.CommandFailedException;
import webcare.cli.api.UsageException;
import webcare.model.plan.Plan;
import webcare.model.plan.Review;
import webcare.plan.api.ExportContext;
import webcare.plan.api.PlanExporter;
import webcare.plan.book.StoredPlanBook;
import webcare.plan.book.StoredPlanBookAccess;
import webcare.plan.diff.PlanComparison;
import webcare.plan.health.PlanHealthCheck;
import webcare.plan.json.JsonPlanCodec;
import webcare.plan.json.JsonPlanExporter;
import webcare.plan.testing.Fixtures;
import webcare.plan.testing.MemoryPlanStore;
import webcare.plan.testing.Plans;

class PlanCommandTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @TempDir
    Path dir;

    private final MemoryPlanStore store = new MemoryPlanStore();
    private final JsonPlanCodec codec = new JsonPlanCodec();
    private final StoredPlanBook book = StoredPlanBookAccess.book(store, codec);
    private final PlanCommand command = new PlanCommand(book, codec, new PlanHealthCheck(), new PlanComparison(),
            Clock.fixed(NOW, AMSTERDAM), AMSTERDAM);
    private final JsonPlanExporter json = new JsonPlanExporter(codec);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private void run(String... words) {
        command.run(List.of(words), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** Writes "FORMAT:version:language:organisation" and records what it was given. */
    private static class FakeExporter implements PlanExporter {
        final String format;
        final List<ExportContext> contexts = new ArrayList<>();

        FakeExporter(String format) {
            this.format = format;
        }

        @Override
        public String extension() {
            return format;
        }

        @Override
        public String description() {
            return "fake " + format;
        }

        @Override
        public void write(Plan plan, ExportContext context, OutputStream stream) throws IOException {
            contexts.add(context);
            stream.write((format + ":" + context.version() + ":" + context.language() + ":"
                    + plan.organisation().name()).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** JSON is an exporter like the others, registered by webcare.plan itself. */
    @BeforeEach
    void registerJson() {
        command.addExporter(json, Map.of(PlanExporter.FORMAT, "json"));
    }

    private FakeExporter register(String format) {
        FakeExporter exporter = new FakeExporter(format);
        command.addExporter(exporter, Map.of(PlanExporter.FORMAT, format));
        return exporter;
    }

    @Test
    void saysWhatToTypeWithoutOrWithAnUnknownSubcommand() {
        assertThatThrownBy(() -> run()).isInstanceOf(UsageException.class)
                .hasMessageStartingWith("say what to do: type one of: plan import FILE |");
        assertThatThrownBy(() -> run("publish")).isInstanceOf(UsageException.class)
                .hasMessageStartingWith("there is no 'plan publish': type one of:").hasMessageNotContaining("\n");
    }

    @Nested
    class Import {

        @Test
        void replacesTheWorkingPlanAndCountsWhatItHolds() throws Exception {
            Path plan = file("plan.json", Fixtures.text(Fixtures.KORENSCHOOF));

            run("import", plan.toString());

            assertThat(out()).isEqualTo("imported plan: 4 people, 3 roles, 4 tasks, 2 scenarios\n");
            assertThat(book.working().plan()).isEqualTo(Fixtures.plan(Fixtures.KORENSCHOOF));
            assertThat(store.auditRows().get(0).action()).isEqualTo("import");
            assertThat(store.auditRows().get(0).who()).isEqualTo(System.getProperty("user.name"));
        }

        @Test
        void importsAPlainFileAndSaysWhatItAssumedOneLineEach() throws Exception {
            Path plan = file("kwiek.json", """
                    {"organisation": "Kwiek B.V.",
                     "people": [{"id": "sanne", "name": "Sanne Kok"}],
                     "roles": [{"id": "lead", "name": "Crisisleider", "primary": "sanne"}],
                     "scenarios": [{"id": "storing", "name": "Storing", "severity": "Kritiek", "roles": ["lead"],
                                    "statements": [{"lang": "nl", "text": "We werken eraan."}]}]}
                    """);

            run("import", plan.toString());

            assertThat(out().lines()).containsExactly(
                    "imported plan: 1 people, 1 roles, 0 tasks, 1 scenarios",
                    plan + ": $: no format marker: read as plan format 1",
                    plan + ": $.organisation: read the text \"Kwiek B.V.\" as the organisation's name",
                    plan + ": $.scenarios[0].severity: read \"Kritiek\" as 4 (critical)",
                    plan + ": $.scenarios[0].statements[0]: no kind given: taken as the holding statement");
            assertThat(err()).isEmpty();
            assertThat(book.working().plan().scenarios().get(0).severity()).isEqualTo(4);
        }

        @Test
        void listsEveryErrorWithTheFileAndPathAndImportsNothing() throws Exception {
            book.save(Plans.healthy(), 0, "anna", Locale.ENGLISH);
            Path plan = file("kapot.json", """
                    {"format": "webcare-plan", "formatVersion": 1, "organisation": {"name": "X"},
                     "people": [{"id": "a", "name": "A", "telefoon": "06"}],
                     "roles": [{"id": "r", "name": "R", "primary": "b"}]}
                    """);

            CommandFailedException thrown = catchThrowableOfType(CommandFailedException.class,
                    () -> run("import", plan.toString()));

            assertThat(err().lines()).containsExactly(
                    plan + ": $.people[0].telefoon: unknown field 'telefoon': remove it or correct its name (known "
                            + "here: id, name, function, phone, otherPhones, email, languages, availability)",
                    plan + ": $.roles[0].primary: no person with id 'b' in people: use the id of someone in "
                            + "$.people, or add them there");
            assertThat(thrown).hasMessage("'" + plan + "' has 2 errors (see above): correct the file; nothing was "
                    + "imported");
            assertThat(book.working().plan()).isEqualTo(Plans.healthy());
            assertThat(out()).isEmpty();
        }

        @Test
        void refusesAFileThatIsNotThere() {
            assertThatThrownBy(() -> run("import", dir.resolve("weg.json").toString()))
                    .isInstanceOf(UsageException.class).hasMessageStartingWith("no file '");
            assertThatThrownBy(() -> run("import")).isInstanceOf(UsageException.class)
                    .hasMessage("missing arguments: type plan import FILE");
        }
    }

    @Nested
    class Export {

        @BeforeEach
        void saved() throws Exception {
            book.save(Fixtures.plan(Fixtures.KORENSCHOOF), 0, "marieke", Locale.ENGLISH);
        }

        @Test
        void writesTheWorkingPlanAsCanonicalJson() throws Exception {
            Path target = dir.resolve("backup.json");

            run("export", "--format", "json", target.toString());

            assertThat(Files.readString(target)).isEqualTo(Fixtures.text(Fixtures.KORENSCHOOF));
            assertThat(out()).isEqualTo("exported the working plan as json to " + target + "\n");
            try (var files = Files.list(dir)) {
                assertThat(files).as("no temporary file left").containsExactly(target);
            }
        }

        @Test
        void writesAnApprovedVersionThroughTheExporterOfItsFormat() throws Exception {
            book.approve(1, new Review(LocalDate.of(2026, 3, 1), "marieke-de-wit", List.of(), List.of(), List.of()),
                    null, "marieke", Locale.ENGLISH);
            FakeExporter pdf = register("pdf");
            Path target = dir.resolve("plan.pdf");
            Files.writeString(target, "older file");

            run("export", "--version", "1", "--lang=en", "--format", "pdf", target.toString());

            assertThat(Files.readString(target)).isEqualTo("pdf:1:en:Bakkerij De Korenschoof");
            assertThat(pdf.contexts).containsExactly(new ExportContext(1, java.util.Locale.ENGLISH, AMSTERDAM, NOW));
        }

        @Test
        void writesDutchByDefault() throws Exception {
            register("html");
            Path target = dir.resolve("plan.html");

            run("export", "--format", "html", target.toString());

            assertThat(Files.readString(target)).isEqualTo("html:null:nl:Bakkerij De Korenschoof");
        }

        @Test
        void listsTheFormatsThereAreForAnUnknownOne() {
            register("pdf");
            FakeExporter html = register("html");
            command.removeExporter(html, Map.of(PlanExporter.FORMAT, "html"));

            assertThatThrownBy(() -> run("export", "--format", "html", "x.html")).isInstanceOf(UsageException.class)
                    .hasMessage("there is no format 'html': use one of json, pdf");
            assertThatThrownBy(() -> run("export", "x.json")).isInstanceOf(UsageException.class)
                    .hasMessage("say which format: plan export --format json|pdf [--version N] [--lang nl|en] FILE");
        }

        @Test
        void offersJsonOnlyWhileItsExporterIsRegistered() {
            command.removeExporter(json, Map.of(PlanExporter.FORMAT, "json"));
            register("pdf");

            assertThat(command.formats()).containsExactly("pdf");
            assertThatThrownBy(() -> run("export", "--format", "json", dir.resolve("x.json").toString()))
                    .isInstanceOf(UsageException.class).hasMessage("there is no format 'json': use one of pdf");
            assertThat(dir.resolve("x.json")).doesNotExist();
        }

        @Test
        void refusesBadOptionsAndVersionsThereAreNot() {
            assertThatThrownBy(() -> run("export", "--format", "json", "--lang", "de", "x.json"))
                    .isInstanceOf(UsageException.class).hasMessage("--lang must be nl or en, not 'de'");
            assertThatThrownBy(() -> run("export", "--format", "json", "--version", "een", "x.json"))
                    .isInstanceOf(UsageException.class).hasMessageStartingWith("'een' is not a version");
            assertThatThrownBy(() -> run("export", "--format", "json", "--colour", "red", "x.json"))
                    .isInstanceOf(UsageException.class).hasMessageStartingWith("unknown option --colour: type plan "
                            + "export");
            assertThatThrownBy(() -> run("export", "--format")).isInstanceOf(UsageException.class)
                    .hasMessage("--format needs a value: type plan export --format json [--version N] [--lang nl|en] "
                            + "FILE");
            assertThatThrownBy(() -> run("export", "--format", "json", "--version", "4",
                    dir.resolve("x.json").toString())).isInstanceOf(CommandFailedException.class)
                    .hasMessage("there is no version 4: plan versions lists them");
            assertThat(dir.resolve("x.json")).doesNotExist();
        }

        @Test
        void leavesNoHalfFileWhenTheExporterFails() throws Exception {
            command.addExporter(new FakeExporter("pdf") {
                @Override
                public void write(Plan plan, ExportContext context, OutputStream stream) throws IOException {
                    stream.write("%PDF-half".getBytes(StandardCharsets.US_ASCII));
                    throw new IOException("font missing");
                }
            }, Map.of(PlanExporter.FORMAT, "pdf"));
            Path target = dir.resolve("plan.pdf");

            assertThatThrownBy(() -> run("export", "--format", "pdf", target.toString()))
                    .isInstanceOf(CommandFailedException.class).hasMessage("cannot write '" + target
                            + "': font missing");
            try (var files = Files.list(dir)) {
                assertThat(files).isEmpty();
            }
        }
    }

    @Nested
    class Check {

        @Test
        void printsOneFindingALineAndFailsOnErrors() throws Exception {
            book.save(Plans.withRole(Plans.healthy(), "lead", role -> Plans.deputies(role)), 0, "anna",
                    Locale.ENGLISH);

            CommandFailedException thrown = catchThrowableOfType(CommandFailedException.class,
                    () -> run("check", "--today", "2026-12-20"));

            assertThat(out().lines()).containsExactly(
                    "ERROR role-without-deputy: Critical role Crisis lead has no deputy: name someone who stands in",
                    "WARN review-due-soon: The next review is due on 8 January 2027: plan the session and invite the "
                            + "participants");
            assertThat(thrown).hasMessage("the plan has 1 error (see above)");
        }

        @Test
        void speaksDutchWhenAskedWithTheSameCodes() throws Exception {
            book.save(Plans.withRole(Plans.healthy(), "lead", role -> Plans.deputies(role)), 0, "anna",
                    Locale.ENGLISH);

            assertThatThrownBy(() -> run("check", "--today", "2026-12-20", "--lang", "nl"))
                    .isInstanceOf(CommandFailedException.class)
                    .hasMessage("het plan heeft 1 fout (zie hierboven)");

            assertThat(out().lines()).containsExactly(
                    "ERROR role-without-deputy: Kritieke rol Crisis lead heeft geen vervanger: wijs iemand aan die "
                            + "kan invallen.",
                    "WARN review-due-soon: De volgende review staat gepland op 8 januari 2027: plan de sessie en "
                            + "nodig de deelnemers uit.");
            assertThatThrownBy(() -> run("check", "--lang", "fr")).isInstanceOf(UsageException.class)
                    .hasMessage("--lang must be nl or en, not 'fr'");
        }

        @Test
        void saysAStoredPlanThatCannotBeReadInTheLanguageAsked() throws Exception {
            store.inTransaction(tx -> store.saveWorking(tx, "{\"format\": \"webcare-plan\"}", 0,
                    NOW, "anna"));

            assertThatThrownBy(() -> run("check", "--lang", "nl")).isInstanceOf(CommandFailedException.class)
                    .hasMessageStartingWith("het opgeslagen plan (het werkplan) kan niet worden gelezen: het "
                            + "planbestand heeft een fout: $.organisation: verplicht veld 'organisation' ontbreekt");
            assertThatThrownBy(() -> run("check")).isInstanceOf(CommandFailedException.class)
                    .hasMessageStartingWith("the stored plan (the working plan) cannot be read: the plan file has an "
                            + "error: $.organisation: required field 'organisation' is missing");
        }

        @Test
        void saysAHealthyPlanIsHealthyAndUsesTodayByDefault() throws Exception {
            book.save(Plans.healthy(), 0, "anna", Locale.ENGLISH);

            run("check");

            assertThat(out()).isEqualTo("plan is healthy\n");
        }

        @Test
        void passesWithWarningsOnly() throws Exception {
            book.save(Plans.healthy().withNextReview(LocalDate.of(2026, 3, 10)), 0, "anna", Locale.ENGLISH);

            run("check");

            assertThat(out()).startsWith("WARN review-due-soon:");
        }

        @Test
        void refusesABadDate() {
            assertThatThrownBy(() -> run("check", "--today", "morgen")).isInstanceOf(UsageException.class)
                    .hasMessage("--today must be a date like 2026-03-12, not 'morgen'");
        }
    }

    @Nested
    class DiffAndVersions {

        private final Review review = new Review(LocalDate.of(2026, 3, 1), "anna", List.of(), List.of(), List.of());

        @Test
        void showsTheChangesBetweenTwoVersionsOrAVersionAndTheWorkingPlan() throws Exception {
            book.save(Plans.healthy(), 0, "anna", Locale.ENGLISH);
            book.approve(1, review, LocalDate.of(2027, 3, 1), "anna", Locale.ENGLISH);
            Plan edited = Plans.withRole(book.working().plan(), "spokesperson", role -> Plans.deputies(role, "eva",
                    "daan"));
            book.save(edited, 2, "anna", Locale.ENGLISH);
            book.approve(3, new Review(LocalDate.of(2026, 3, 2), "piet", List.of(), List.of(), List.of()),
                    LocalDate.of(2027, 3, 2), "piet", Locale.ENGLISH);

            run("diff", "1", "2");

            assertThat(out().lines()).containsExactly(
                    "Role Spokesperson: deputies Eva Bakker → Eva Bakker, Daan Smit",
                    "Review of 2 March 2026: added",
                    "Next review: date 1 March 2027 → 2 March 2027");
            out.reset();
            run("diff", "2", "working");
            assertThat(out()).isEqualTo("no changes\n");
            out.reset();
            run("diff", "1", "2", "--lang", "nl");
            assertThat(out().lines()).containsExactly(
                    "Rol Spokesperson: vervangers Eva Bakker → Eva Bakker, Daan Smit",
                    "Review van 2 maart 2026: toegevoegd",
                    "Volgende review: datum 1 maart 2027 → 2 maart 2027");
        }

        @Test
        void refusesVersionsThatAreNotThere() throws Exception {
            assertThatThrownBy(() -> run("diff", "1", "working")).isInstanceOf(CommandFailedException.class)
                    .hasMessage("there is no version 1: plan versions lists them");
            assertThatThrownBy(() -> run("diff", "1")).isInstanceOf(UsageException.class)
                    .hasMessage("missing arguments: type plan diff V1 V2 [--lang nl|en], e.g. plan diff 3 working");
            assertThatThrownBy(() -> run("diff", "0", "1")).isInstanceOf(UsageException.class)
                    .hasMessageStartingWith("'0' is not a version");
        }

        @Test
        void listsTheVersionsWithDateAndWhoApproved() throws Exception {
            run("versions");
            assertThat(out()).isEqualTo("no approved versions yet: a review session approves the first\n");
            out.reset();
            book.save(Plans.healthy(), 0, "anna", Locale.ENGLISH);
            book.approve(1, review, null, "anna", Locale.ENGLISH);

            run("versions");

            assertThat(out()).isEqualTo("1  2026-03-01  approved by Anna de Vries\n");
        }
    }

    @Nested
    class ReviewInvite {

        @Test
        void writesTheInvitationThroughTheIcsExporter() throws Exception {
            book.save(Plans.healthy(), 0, "anna", Locale.ENGLISH);
            register("ics");
            Path target = dir.resolve("review.ics");

            run("review-invite", target.toString());

            assertThat(Files.readString(target)).isEqualTo("ics:null:nl:Gemeente Waterland");
            assertThat(out()).isEqualTo("wrote the invitation for the review of 2027-01-08 to " + target + "\n");
        }

        @Test
        void saysClearlyWhenThereIsNoCalendarExporter() throws Exception {
            book.save(Plans.healthy(), 0, "anna", Locale.ENGLISH);

            assertThatThrownBy(() -> run("review-invite", dir.resolve("review.ics").toString()))
                    .isInstanceOf(CommandFailedException.class)
                    .hasMessageStartingWith("no calendar exporter (format ics) is installed");
        }

        @Test
        void saysClearlyWhenNoNextReviewIsSet() throws Exception {
            book.save(Plans.healthy().withNextReview(null), 0, "anna", Locale.ENGLISH);
            register("ics");

            assertThatThrownBy(() -> run("review-invite", dir.resolve("review.ics").toString()))
                    .isInstanceOf(CommandFailedException.class)
                    .hasMessageStartingWith("the plan has no next review date: set one in the plan editor");
            assertThat(dir.resolve("review.ics")).doesNotExist();
        }
    }
}

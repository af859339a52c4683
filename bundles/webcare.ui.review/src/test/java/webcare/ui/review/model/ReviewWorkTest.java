package webcare.ui.review.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webcare.model.plan.Plan;
import webcare.model.plan.Review;
import webcare.model.plan.ReviewItem.Outcome;
import webcare.plan.api.Change;
import webcare.plan.api.ExportContext;
import webcare.plan.api.PlanException;
import webcare.plan.api.PlanExporter;

class ReviewWorkTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @TempDir
    Path home;

    private final SamplePlan agendas = new SamplePlan();
    private FakePlanBook book;
    private SessionFile file;
    private ReviewWork work;

    @BeforeEach
    void setUp() {
        book = new FakePlanBook(SamplePlan.plan(), 17);
        file = new SessionFile(home.resolve("data").resolve(SessionFile.NAME));
        work = new ReviewWork(book, agendas, file);
    }

    private ReviewSession session() throws PlanException {
        ReviewSession session = new ReviewSession(DAY, book.working().revision(),
                agendas.agenda(book.working().plan(), DUTCH));
        session.participants(List.of("anna-de-vries", "zoe-van-den-berg"));
        session.decide("person:zoe-van-den-berg", Outcome.CONFIRMED);
        return session;
    }

    @Test
    void readsThePlanItsAgendaAndTheSessionSavedOnDisk() throws Exception {
        ReviewSession session = session();
        assertThat(work.save(session.snapshot(), DUTCH)).isEmpty();

        ReviewWork.Loaded loaded = work.load(DUTCH);

        assertThat(loaded.working().revision()).isEqualTo(17);
        assertThat(loaded.agenda()).isEqualTo(agendas.agenda(SamplePlan.plan(), DUTCH));
        assertThat(agendas.asked).containsOnly(DUTCH);
        assertThat(loaded.saved()).contains(session.snapshot());
        assertThat(loaded.unreadable()).isNull();
        assertThat(book.workingLanguages).as("a failure to read it would be in the room's language")
                .containsExactly(DUTCH);
    }

    @Test
    void readsThePlanEvenWhenTheSavedSessionIsDamaged() throws Exception {
        Files.createDirectories(file.path().getParent());
        Files.writeString(file.path(), "format=1\n");

        ReviewWork.Loaded loaded = work.load(DUTCH);

        assertThat(loaded.working().revision()).isEqualTo(17);
        assertThat(loaded.saved()).isEmpty();
        assertThat(loaded.unreadable()).as("in the room's language").isEqualTo(file.path()
                + " is geen reviewsessie: 'id' ontbreekt");
    }

    @Test
    void approvesANewVersionWithTheReviewAndForgetsTheSavedSession() throws Exception {
        ReviewSession session = session();
        work.save(session.snapshot(), DUTCH);
        Review review = session.toReview("anna-de-vries");

        Approval result = work.approve(17, book.working().plan(), review, DAY.plusMonths(12), "Anna de Vries",
                session.id(), DUTCH);

        assertThat(result).isInstanceOf(Approval.Approved.class);
        Approval.Approved approved = (Approval.Approved) result;
        assertThat(approved.version().number()).isEqualTo(1);
        assertThat(approved.plan().lastReview()).contains(review);
        assertThat(approved.plan().nextReview()).isEqualTo(LocalDate.of(2027, 11, 24));
        assertThat(book.approvedBy).containsExactly("Anna de Vries");
        assertThat(file.path()).doesNotExist();
        assertThat(work.save(session.snapshot(), DUTCH)).as("a late write of the approved session").isEmpty();
        assertThat(file.path()).doesNotExist();
    }

    @Test
    void aSessionApprovedOnceIsNotApprovedAgain() throws Exception {
        ReviewSession session = session();
        Review review = session.toReview("anna-de-vries");
        Approval first = work.approve(17, book.working().plan(), review, DAY.plusMonths(12), "Anna de Vries",
                session.id(), DUTCH);

        Approval second = work.approve(17, book.working().plan(), review, DAY.plusMonths(12), "Anna de Vries",
                session.id(), DUTCH);

        assertThat(second).isSameAs(first);
        assertThat(book.approvedBy).containsExactly("Anna de Vries");
        assertThat(work.approved(session.id())).isTrue();
    }

    @Test
    void anotherSessionIsNotTakenForTheApprovedOne() throws Exception {
        ReviewSession approved = session();
        work.approve(17, book.working().plan(), approved.toReview("anna-de-vries"), DAY.plusMonths(12),
                "Anna de Vries", approved.id(), DUTCH);

        assertThat(work.approved(session().id())).isFalse();
        assertThat(work.approved(null)).isFalse();
    }

    @Test
    void approvesNothingWhenThePlanWasSavedDuringTheSessionAndTellsWhatChanged() throws Exception {
        ReviewSession session = session();
        work.save(session.snapshot(), DUTCH);
        Plan edited = book.working().plan().withPeople(book.working().plan().people().subList(0, 3));
        book.save(edited, 17, "Daniël Jansen", DUTCH);
        book.changesToReport = List.of(new Change("person:ines-bakker", "Persoon Inès Bakker", Change.Kind.REMOVED,
                null, null, null, "verwijderd"));
        agendas.asked.clear();

        Approval result = work.approve(17, SamplePlan.plan(), session.toReview("anna-de-vries"), DAY.plusMonths(12),
                "Anna de Vries", session.id(), DUTCH);

        assertThat(result).isInstanceOf(Approval.Changed.class);
        Approval.Changed changed = (Approval.Changed) result;
        assertThat(changed.current().revision()).isEqualTo(18);
        assertThat(changed.current().savedBy()).isEqualTo("Daniël Jansen");
        assertThat(book.approvalLanguages).as("what changed, in the room's language").containsExactly(DUTCH);
        assertThat(agendas.asked).as("the new agenda, in the room's language").containsExactly(DUTCH);
        assertThat(changed.agenda()).isEqualTo(agendas.agenda(edited, DUTCH));
        assertThat(changed.changes()).hasSize(1);
        assertThat(book.approvedReviews).isEmpty();
        assertThat(file.path()).as("the session stays on disk").exists();

        // the room reloads: decisions stay, and approving now works
        session.rebase(changed.current().revision(), changed.agenda());
        assertThat(session.decision("person:zoe-van-den-berg")).contains(Outcome.CONFIRMED);
        assertThat(work.approve(session.basedOn(), changed.current().plan(), session.toReview("anna-de-vries"),
                DAY.plusMonths(12), "Anna de Vries", session.id(), DUTCH)).isInstanceOf(Approval.Approved.class);
    }

    @Test
    void reportsAFailedApprovalInWords() {
        PlanException down = new PlanException("The database is not available: restart the workbench");
        book.approvalFailure = down;

        Approval result = work.approve(17, SamplePlan.plan(),
                new Review(DAY, "anna-de-vries", List.of("anna-de-vries"), List.of(), List.of()), DAY.plusMonths(12),
                "Anna de Vries", "id", DUTCH);

        assertThat(result).isEqualTo(new Approval.Failed(down.getMessage()));
    }

    @Test
    void saysALowLevelApprovalFailureInTheRoomsLanguageWithItsCauseQuoted() {
        book.approvalFailure = new IllegalStateException(new IOException("Connection reset"));
        ResourceBundle texts = ResourceBundle.getBundle("webcare.ui.review.swt.messages", DUTCH,
                ReviewWorkTest.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

        Approval result = work.approve(17, SamplePlan.plan(),
                new Review(DAY, "anna-de-vries", List.of("anna-de-vries"), List.of(), List.of()), DAY.plusMonths(12),
                "Anna de Vries", "id", DUTCH);

        assertThat(result).isEqualTo(new Approval.Failed("\"Connection reset\""));
        assertThat(new MessageFormat(texts.getString("approve.failed"), DUTCH)
                .format(new Object[] {((Approval.Failed) result).message()}))
                .startsWith("Het plan is niet goedgekeurd").contains("\"Connection reset\"").doesNotContain("Exception");
    }

    @Test
    void writesADocumentUnderTheChosenName() throws IOException {
        Path target = home.resolve("Notulen-review-2026-11-24.pdf");

        Export result = work.export(exporter(false), SamplePlan.plan(), context(), target);

        assertThat(result).isEqualTo(new Export.Written(target));
        assertThat(Files.readString(target)).isEqualTo("minutes of Brouwerij De Gouden Leeuw");
    }

    @Test
    void leavesNoHalfDocumentWhenWritingFails() throws IOException {
        Path target = home.resolve("Notulen-review-2026-11-24.pdf");

        Export result = work.export(exporter(true), SamplePlan.plan(), context(), target);

        assertThat(result).isInstanceOf(Export.Failed.class);
        assertThat(((Export.Failed) result).message()).isEqualTo("\"disk full\"");
        try (Stream<Path> files = Files.list(home)) {
            assertThat(files).isEmpty();
        }
    }

    private static ExportContext context() {
        return new ExportContext(1, Locale.forLanguageTag("nl"), ExportContext.PLAN_ZONE, Instant.parse("2026-11-24T11:00:00Z"));
    }

    private static PlanExporter exporter(boolean fail) {
        return new PlanExporter() {
            @Override
            public String extension() {
                return "pdf";
            }

            @Override
            public String description() {
                return "minutes";
            }

            @Override
            public void write(Plan plan, ExportContext context, OutputStream out) throws IOException {
                out.write("minutes of ".getBytes(StandardCharsets.UTF_8));
                if (fail) {
                    throw new IOException("disk full");
                }
                out.write(plan.organisation().name().getBytes(StandardCharsets.UTF_8));
            }
        };
    }
}

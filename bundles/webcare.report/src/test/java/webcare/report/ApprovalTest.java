package webcare.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import webcare.model.plan.Organisation;
import webcare.model.plan.Plan;
import webcare.model.plan.Review;
import webcare.plan.api.AuditEntry;
import webcare.plan.api.Change;
import webcare.plan.api.PlanBook;
import webcare.plan.api.PlanDiff;
import webcare.plan.api.PlanException;
import webcare.plan.api.PlanVersion;
import webcare.plan.api.WorkingPlan;

/** A working plan identical to an approved version says so instead of "not approved". */
class ApprovalTest {

    private static final Plan PLAN = Plans.dairy();
    private static final Plan OLDER = PLAN.withNextReview(LocalDate.of(2026, 3, 12));
    private static final Plan RENAMED = PLAN.withOrganisation(new Organisation("De Weidegang", null, null));

    /** Compares whole plans; what changed does not matter here, only whether anything did. */
    private static final PlanDiff DIFF = (before, after, language) -> before.equals(after) ? List.of()
            : List.of(new Change("organisation", "Organisation", Change.Kind.CHANGED, "name", null, null, "changed"));

    @Test
    void theCoverOfAWorkingPlanEqualToAnApprovedVersionNamesThatVersion() throws IOException {
        PlanBook book = new Book(OLDER, PLAN, RENAMED);

        String pdf = Pdfs.text(Pdfs.export(new PdfPlanExporter(book, DIFF), PLAN, Plans.dutch(null)), 1, 1);
        String html = new String(Pdfs.export(new HtmlPlanExporter(book, DIFF), PLAN, Plans.english(null)),
                StandardCharsets.UTF_8);
        String cards = Pdfs.text(Pdfs.export(new PocketCardExporter(book, DIFF), PLAN, Plans.dutch(null)));

        assertThat(pdf).contains("Werkplan (gelijk aan versie 2)").doesNotContain("niet goedgekeurd");
        assertThat(html).contains("<p class=\"subtitle\">Working plan (same as version 2)</p>")
                .doesNotContain("not approved");
        assertThat(cards).contains("Crisisplan Zuivelcoöperatie De Weidegang — Werkplan (gelijk aan versie 2)")
                .doesNotContain("niet goedgekeurd");
    }

    @Test
    void theNewestEqualVersionIsNamed() {
        assertThat(Approval.sameVersion(PLAN, new Book(PLAN, OLDER, PLAN), DIFF)).contains(3);
    }

    @Test
    void aWorkingPlanThatDiffersFromEveryVersionIsNotApproved() throws IOException {
        PlanBook book = new Book(OLDER, RENAMED);

        assertThat(Pdfs.text(Pdfs.export(new PdfPlanExporter(book, DIFF), PLAN, Plans.dutch(null)), 1, 1))
                .contains("Werkplan (niet goedgekeurd)");
        assertThat(Approval.status(PLAN, Plans.english(null), Labels.of(Locale.ENGLISH), new Book(), DIFF))
                .isEqualTo("Working plan (not approved)");
    }

    @Test
    void anExportedVersionIsThatVersionWhateverItEquals() throws IOException {
        assertThat(Pdfs.text(Pdfs.export(new PdfPlanExporter(new Book(PLAN), DIFF), PLAN, Plans.dutch(3)), 1, 1))
                .contains("Versie 3").doesNotContain("Werkplan");
    }

    @Test
    void withoutAPlanBookOrWhenItCannotBeReadThePlanIsNotSaidToBeApproved() {
        Labels dutch = Labels.of(Locale.forLanguageTag("nl"));
        PlanBook broken = new Book() {
            @Override
            public List<PlanVersion> versions() throws PlanException {
                throw new PlanException("The database is locked");
            }
        };

        assertThat(Approval.status(PLAN, Plans.dutch(null), dutch, null, DIFF)).isEqualTo("Werkplan (niet goedgekeurd)");
        assertThat(Approval.status(PLAN, Plans.dutch(null), dutch, new Book(PLAN), null))
                .isEqualTo("Werkplan (niet goedgekeurd)");
        assertThat(Approval.status(PLAN, Plans.dutch(null), dutch, broken, DIFF)).isEqualTo("Werkplan (niet goedgekeurd)");
    }

    /** Approved versions 1, 2, … held in memory; only reading versions is supported. */
    private static class Book implements PlanBook {
        private final List<Plan> versions;

        Book(Plan... versions) {
            this.versions = new ArrayList<>(List.of(versions));
        }

        @Override
        public List<PlanVersion> versions() throws PlanException {
            List<PlanVersion> list = new ArrayList<>();
            for (int i = 0; i < versions.size(); i++) {
                list.add(new PlanVersion(i + 1, Instant.parse("2026-03-12T12:00:00Z"), "Zoë Ëlberts",
                        LocalDate.of(2026, 3, 12)));
            }
            return list;
        }

        @Override
        public Optional<Plan> version(int number) {
            return number >= 1 && number <= versions.size() ? Optional.of(versions.get(number - 1)) : Optional.empty();
        }

        @Override
        public WorkingPlan working() {
            throw new UnsupportedOperationException();
        }

        @Override
        public long revision() {
            throw new UnsupportedOperationException();
        }

        @Override
        public WorkingPlan save(Plan plan, long basedOn, String who, Locale language) {
            throw new UnsupportedOperationException();
        }

        @Override
        public WorkingPlan replace(Plan plan, String who) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PlanVersion approve(long basedOn, Review review, LocalDate nextReview, String who, Locale language) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<AuditEntry> audit(int limit) {
            throw new UnsupportedOperationException();
        }
    }
}

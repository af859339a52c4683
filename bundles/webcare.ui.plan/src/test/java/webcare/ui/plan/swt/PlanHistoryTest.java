package webcare.ui.plan.swt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import webcare.launch.testing.ManualClock;
import webcare.model.plan.Plan;
import webcare.model.plan.Review;
import webcare.plan.api.AuditEntry;
import webcare.plan.api.PlanBook;
import webcare.plan.api.PlanException;
import webcare.plan.api.PlanVersion;
import webcare.plan.api.WorkingPlan;
import webcare.ui.api.WorkbenchView;
import webcare.ui.plan.model.PlanEdits;
import webcare.ui.plan.model.PlanHistory;
import webcare.ui.plan.model.PlanHistory.Line;
import webcare.ui.plan.model.SamplePlan;

/** The History page's lines: each save, import and approval in the window's language, whatever the log's. */
class PlanHistoryTest {

    static final Locale DUTCH = Locale.forLanguageTag("nl");

    /** A minute later at every reading, so every save has its own time, as in use. */
    private final Fakes.Book book = new Fakes.Book(SamplePlan.dutch(),
            ManualClock.ticking(Instant.parse("2026-11-24T13:05:00Z"), Duration.ofMinutes(1)));

    private static List<Line> history(PlanBook book, Locale locale) throws PlanException {
        return new PlanHistory(book, Optional.of(new Fakes.Diff()), locale, WorkbenchView.texts(PlanEditor.class, locale))
                .read();
    }

    private static List<String> what(List<Line> lines) {
        return lines.stream().map(Line::what).toList();
    }

    private void saveLotteAsLegalLead() throws PlanException {
        book.save(PlanEdits.setPrimary(book.working().plan(), "juridisch", "lotte-smit"), book.revision(), "anna",
                Locale.ENGLISH);
    }

    private void importPlanWithAnotherPerson() throws PlanException {
        book.replace(PlanEdits.addPerson(book.working().plan(), "Daan Mulder").plan(), "piet");
    }

    private PlanVersion approveAsAnna() throws PlanException {
        Review review = new Review(LocalDate.of(2026, 11, 24), "anna-de-vries", List.of("anna-de-vries"), List.of(),
                List.of());
        return book.approve(book.revision(), review, LocalDate.of(2027, 5, 24), "Anna de Vries", Locale.ENGLISH);
    }

    @Test
    void aSaveShowsItsChangesInDutchThoughTheLogIsEnglish() throws PlanException {
        saveLotteAsLegalLead();

        assertThat(book.audit(10)).extracting(AuditEntry::detail)
                .containsExactly("Role Juridisch: primary Mohammed El Amrani → Lotte Smit");
        assertThat(history(book, DUTCH)).extracting(Line::who, Line::action, Line::what)
                .containsExactly(tuple("anna", "save", "Rol Juridisch: primary Mohammed El Amrani → Lotte Smit"));
        assertThat(what(history(book, Locale.ENGLISH)))
                .containsExactly("Role Juridisch: primary Mohammed El Amrani → Lotte Smit");
    }

    @Test
    void anImportSaysSoWithItsCountsAndChangesInEitherLanguage() throws PlanException {
        importPlanWithAnotherPerson();

        assertThat(what(history(book, DUTCH))).containsExactly(
                "plan geïmporteerd: 9 personen, 6 rollen, 10 taken, 3 scenario’s", "Persoon Daan Mulder: toegevoegd");
        assertThat(what(history(book, Locale.ENGLISH))).containsExactly(
                "plan imported: 9 people, 6 roles, 10 tasks, 3 scenarios", "Person Daan Mulder: added");
    }

    @Test
    void anApprovalNamesItsVersionAndApproverInEitherLanguage() throws PlanException {
        PlanVersion version = approveAsAnna();

        assertThat(version.number()).isEqualTo(1);
        assertThat(history(book, DUTCH)).extracting(Line::action, Line::what)
                .containsExactly(tuple("approve", "versie 1 goedgekeurd door Anna de Vries"));
        assertThat(what(history(book, Locale.ENGLISH))).containsExactly("version 1 approved by Anna de Vries");
    }

    @Test
    void showsEveryEventNewestFirst() throws PlanException {
        saveLotteAsLegalLead();
        importPlanWithAnotherPerson();
        approveAsAnna();

        assertThat(history(book, DUTCH)).extracting(Line::action).containsExactly("approve", "import", "import",
                "save");
    }

    @Test
    void aSaveThatChangedNothingDoesNotShiftTheOthers() throws PlanException {
        saveLotteAsLegalLead();
        book.save(book.working().plan(), book.revision(), "eva", Locale.ENGLISH); // a revision, no entries

        assertThat(what(history(book, DUTCH)))
                .containsExactly("Rol Juridisch: primary Mohammed El Amrani → Lotte Smit");
    }

    @Nested
    class WhenRevisionsCannotBeReadAgain {

        /** The same book, but its earlier revisions are gone. */
        private final PlanBook forgetful = new PlanBook() {
            @Override
            public WorkingPlan working() {
                return book.working();
            }

            @Override
            public long revision() {
                return book.revision();
            }

            @Override
            public WorkingPlan save(Plan plan, long basedOn, String who, Locale language) {
                throw new UnsupportedOperationException("read only");
            }

            @Override
            public WorkingPlan replace(Plan plan, String who) {
                throw new UnsupportedOperationException("read only");
            }

            @Override
            public PlanVersion approve(long basedOn, Review review, LocalDate nextReview, String who,
                    Locale language) {
                throw new UnsupportedOperationException("read only");
            }

            @Override
            public List<PlanVersion> versions() {
                return book.versions();
            }

            @Override
            public Optional<Plan> version(int number) {
                return book.version(number);
            }

            @Override
            public List<AuditEntry> audit(int limit) {
                return book.audit(limit);
            }
        };

        @Test
        void eachEventIsSummedUpInDutchNeverInTheLogsEnglish() throws PlanException {
            saveLotteAsLegalLead();
            importPlanWithAnotherPerson();
            approveAsAnna();

            assertThat(what(history(forgetful, DUTCH))).containsExactly(
                    "versie 1 goedgekeurd door Anna de Vries",
                    "plan geïmporteerd: 9 personen, 6 rollen, 10 taken, 3 scenario’s",
                    "1 wijziging; de details zijn niet meer te tonen",
                    "1 wijziging; de details zijn niet meer te tonen");
            assertThat(what(history(forgetful, Locale.ENGLISH))).containsExactly(
                    "version 1 approved by Anna de Vries",
                    "plan imported: 9 people, 6 roles, 10 tasks, 3 scenarios",
                    "1 change; the details can no longer be shown",
                    "1 change; the details can no longer be shown");
        }

        @Test
        void withoutTheComparisonServiceTheyAreSummedUpToo() throws PlanException {
            saveLotteAsLegalLead();

            List<Line> lines = new PlanHistory(book, Optional.empty(), DUTCH,
                    WorkbenchView.texts(PlanEditor.class, DUTCH)).read();

            assertThat(what(lines)).containsExactly("1 wijziging; de details zijn niet meer te tonen");
        }
    }
}

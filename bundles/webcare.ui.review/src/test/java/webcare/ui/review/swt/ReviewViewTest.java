package webcare.ui.review.swt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webcare.model.plan.ReviewItem.Outcome;
import webcare.ui.api.Shortcut;
import webcare.ui.review.model.Approval;
import webcare.ui.review.model.FakePlanBook;
import webcare.ui.review.model.ReviewSession;
import webcare.ui.review.model.SamplePlan;
import webcare.ui.review.model.SessionFile;

class ReviewViewTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @TempDir
    Path home;

    @Test
    void theViewDropsItsSessionOnceApprovedWhateverBecameOfTheWindow() throws Exception {
        SamplePlan agendas = new SamplePlan();
        FakePlanBook book = new FakePlanBook(SamplePlan.plan(), 17);
        ReviewView view = new ReviewView(book, agendas, home.resolve("data").resolve(SessionFile.NAME),
                Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ReviewView.ZONE));
        ReviewSession session = new ReviewSession(DAY, 17, agendas.agenda(book.working().plan(), DUTCH));
        session.participants(List.of("anna-de-vries", "zoe-van-den-berg"));
        session.decide("person:zoe-van-den-berg", Outcome.CONFIRMED);
        view.session(session, book.working().plan());
        view.work().save(session.snapshot(), Locale.ENGLISH);

        // the window closed while approving: nobody tells the view
        Approval result = view.work().approve(17, book.working().plan(), session.toReview("anna-de-vries"),
                DAY.plusMonths(12), "Anna de Vries", session.id(), DUTCH);

        assertThat(result).isInstanceOf(Approval.Approved.class);
        assertThat(view.session()).as("nothing left to resume").isNull();
        assertThat(view.work().load(DUTCH).saved()).isEmpty();
    }

    @Test
    void namesTheDocumentsAfterTheirDayInTheUsersLanguage() {
        Texts dutch = new Texts(DUTCH);
        Texts english = new Texts(Locale.ENGLISH);
        assertThat(ReviewView.fileName(dutch, ReviewView.MINUTES, DAY, "pdf")).isEqualTo("Notulen-review-2026-11-24.pdf");
        assertThat(ReviewView.fileName(dutch, ReviewView.INVITATION, DAY.plusYears(1), "ics"))
                .isEqualTo("Review-crisisplan-2027-11-24.ics");
        assertThat(ReviewView.fileName(english, ReviewView.MINUTES, DAY, "pdf")).isEqualTo("Minutes-review-2026-11-24.pdf");
    }

    @Test
    void listsItsKeysForF1WithDutchDigitsOnlyWhereTheLettersMeanNothing() {
        ReviewView view = new ReviewView(new FakePlanBook(SamplePlan.plan(), 17), new SamplePlan(),
                home.resolve("data").resolve(SessionFile.NAME), Clock.systemUTC());

        assertThat(view.shortcuts(Locale.ENGLISH)).extracting(Shortcut::keys).contains("1 or C", "3 or F", "Esc");
        assertThat(view.shortcuts(DUTCH)).extracting(Shortcut::keys).contains("1", "2", "3", "Esc")
                .doesNotContain("1 or C");
        assertThat(view.shortcuts(DUTCH)).extracting(Shortcut::action).allMatch(action -> !action.isBlank());
    }
}

package webcare.ui.plan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import webcare.model.plan.Plan;
import webcare.model.plan.Review;
import webcare.plan.api.AuditEntry;
import webcare.plan.api.PlanBook;
import webcare.plan.api.PlanVersion;
import webcare.plan.api.WorkingPlan;

class StoredPlanPollTest {

    private final CountingBook book = new CountingBook(new WorkingPlan(SamplePlan.dutch(), 3,
            Instant.parse("2026-11-24T13:05:00Z"), "Eva Bakker"));

    @Test
    void readsTheWholePlanOnlyWhenItsRevisionIsNewerThanTheEditorSettled() throws Exception {
        EditorState state = new EditorState();
        state.session(new EditSession(book.stored.plan(), 3));
        StoredPlanPoll poll = new StoredPlanPoll(() -> Optional.of(book), state.storedSettledUpTo());

        assertThat(poll.call()).as("nothing saved since the editor read it").isNull();
        assertThat(poll.call()).isNull();
        assertThat(book.wholeReads).isZero();
        assertThat(book.revisionReads).isEqualTo(2);

        book.stored = new WorkingPlan(book.stored.plan(), 4, Instant.parse("2026-11-24T14:00:00Z"), "Anna");
        WorkingPlan changed = poll.call();

        assertThat(changed).isNotNull().extracting(WorkingPlan::revision).isEqualTo(4L);
        assertThat(book.wholeReads).isEqualTo(1);
    }

    @Test
    void aRevisionAnnouncedAlreadyIsNotReadAgain() throws Exception {
        EditorState state = new EditorState();
        state.session(new EditSession(book.stored.plan(), 2));
        StoredPlanPoll poll = new StoredPlanPoll(() -> Optional.of(book), state.storedSettledUpTo());
        assertThat(poll.call()).isNotNull();

        state.overwrite(new EditorState.Overwrite(3, "Eva Bakker", Instant.EPOCH));
        poll.settledUpTo(state.storedSettledUpTo());

        assertThat(poll.call()).isNull();
        assertThat(book.wholeReads).isEqualTo(1);
    }

    @Test
    void whileTheEditorLoadsOrSavesNothingIsReadAndAfterwardsItIs() throws Exception {
        EditorState state = new EditorState();
        state.session(new EditSession(book.stored.plan(), 2));
        state.loading(true);
        StoredPlanPoll poll = new StoredPlanPoll(() -> Optional.of(book), state.storedSettledUpTo());

        assertThat(poll.call()).isNull();

        state.loading(false);
        poll.settledUpTo(state.storedSettledUpTo());
        assertThat(poll.call()).isNotNull();
        assertThat(state.storedNow(book.stored)).isEqualTo(EditorState.Outside.RELOAD);
    }

    @Test
    void withoutAPlanBookThereIsNothingToRead() throws Exception {
        assertThat(new StoredPlanPoll(Optional::empty, 0).call()).isNull();
    }

    /** A plan book that counts how often the revision and the whole plan are read. */
    private static final class CountingBook implements PlanBook {
        WorkingPlan stored;
        int revisionReads;
        int wholeReads;

        CountingBook(WorkingPlan stored) {
            this.stored = stored;
        }

        @Override
        public WorkingPlan working() {
            wholeReads++;
            return stored;
        }

        @Override
        public long revision() {
            revisionReads++;
            return stored.revision();
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
        public List<PlanVersion> versions() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Plan> version(int number) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<AuditEntry> audit(int limit) {
            throw new UnsupportedOperationException();
        }
    }
}

package webcare.ui.plan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import webcare.model.plan.Plan;
import webcare.plan.api.WorkingPlan;
import webcare.plan.testing.CountingPlanBook;

class StoredPlanPollTest {

    private final CountingPlanBook book = new CountingPlanBook(new WorkingPlan(SamplePlan.dutch(), 3,
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
}

package webcare.ui.plan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import webcare.model.plan.Plan;
import webcare.plan.api.WorkingPlan;
import webcare.ui.plan.model.EditorState.Outside;

class EditorStateTest {

    private static final Instant AT = Instant.parse("2026-11-24T13:05:00Z");

    private final Plan plan = SamplePlan.dutch();
    private final EditorState state = new EditorState();

    @BeforeEach
    void editingRevision3() {
        state.session(new EditSession(plan, 3));
    }

    @Test
    void reloadsANewerStoredPlanWhenNothingIsUnsaved() {
        assertThat(state.storedNow(stored(4))).isEqualTo(Outside.RELOAD);
    }

    @Test
    void announcesANewerStoredPlanOnceWhenThereAreUnsavedEdits() {
        state.session().apply(PlanEdits.addDeputy(plan, "it-security", "anna-de-vries"), null);

        assertThat(state.storedNow(stored(4))).isEqualTo(Outside.NOTICE);
        state.overwrite(new EditorState.Overwrite(4, "Eva Bakker", AT));
        assertThat(state.storedNow(stored(4))).as("said already").isEqualTo(Outside.NOTHING);
        assertThat(state.storedNow(stored(5))).as("another save after it").isEqualTo(Outside.NOTICE);
    }

    @Test
    void leavesThePlanBeingEditedAlone() {
        assertThat(state.storedNow(stored(3))).isEqualTo(Outside.NOTHING);
        assertThat(state.storedNow(stored(2))).as("a reading from before our own save").isEqualTo(Outside.NOTHING);
    }

    @Test
    void waitsWhileLoadingOrSaving() {
        state.saving(true);
        assertThat(state.storedNow(stored(4))).isEqualTo(Outside.NOTHING);
        state.saving(false);
        state.loading(true);
        assertThat(state.storedNow(stored(4))).isEqualTo(Outside.NOTHING);
        assertThat(new EditorState().storedNow(stored(4))).as("no plan shown yet").isEqualTo(Outside.NOTHING);
    }

    @Test
    void settlesUpToTheRevisionTheEditsBeganFromOrTheOneAnnounced() {
        assertThat(state.storedSettledUpTo()).isEqualTo(3);
        state.overwrite(new EditorState.Overwrite(5, "Eva Bakker", AT));
        assertThat(state.storedSettledUpTo()).isEqualTo(5);
        state.loading(true);
        assertThat(state.storedSettledUpTo()).as("nothing changes anything while loading").isEqualTo(Long.MAX_VALUE);
        assertThat(new EditorState().storedSettledUpTo()).as("no plan shown yet").isEqualTo(Long.MAX_VALUE);
    }

    private WorkingPlan stored(long revision) {
        return new WorkingPlan(plan, revision, AT, "Eva Bakker");
    }
}

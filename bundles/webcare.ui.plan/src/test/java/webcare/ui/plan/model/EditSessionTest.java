package webcare.ui.plan.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import webcare.model.plan.Organisation;
import webcare.model.plan.Plan;

class EditSessionTest {

    private final Plan stored = SamplePlan.dutch();
    private final EditSession session = new EditSession(stored, 7);

    private static Plan named(Plan plan, String name) {
        return plan.withOrganisation(new Organisation(name, null, null));
    }

    @Test
    void startsCleanWithNothingToUndo() {
        assertThat(session.plan()).isEqualTo(stored);
        assertThat(session.basedOn()).isEqualTo(7);
        assertThat(session.dirty()).isFalse();
        assertThat(session.canUndo()).isFalse();
        assertThat(session.canRedo()).isFalse();
    }

    @Test
    void anEditMakesThePlanDirtyAndUndoable() {
        Plan edited = named(stored, "Energiek");

        assertThat(session.apply(edited, null)).isTrue();

        assertThat(session.plan()).isEqualTo(edited);
        assertThat(session.dirty()).isTrue();
        assertThat(session.canUndo()).isTrue();
    }

    @Test
    void anEditThatChangesNothingIsNoStep() {
        assertThat(session.apply(SamplePlan.dutch(), "organisation#name")).isFalse();

        assertThat(session.canUndo()).isFalse();
    }

    @Test
    void undoAndRedoWalkTheSteps() {
        Plan one = named(stored, "One");
        Plan two = named(stored, "Two");
        session.apply(one, null);
        session.apply(two, null);

        assertThat(session.undo()).isEqualTo(one);
        assertThat(session.undo()).isEqualTo(stored);
        assertThat(session.dirty()).isFalse();
        assertThat(session.canUndo()).isFalse();
        assertThat(session.redo()).isEqualTo(one);
        assertThat(session.redo()).isEqualTo(two);
        assertThat(session.canRedo()).isFalse();
    }

    @Test
    void undoWithNothingToUndoKeepsThePlan() {
        assertThat(session.undo()).isEqualTo(stored);
        assertThat(session.redo()).isEqualTo(stored);
    }

    @Test
    void aNewEditAfterUndoForgetsWhatCouldBeRedone() {
        session.apply(named(stored, "One"), null);
        session.undo();

        session.apply(named(stored, "Other"), null);

        assertThat(session.canRedo()).isFalse();
    }

    @Nested
    class WhenTypingInOneField {

        @Test
        void everyKeystrokeIsOneUndoStep() {
            session.apply(named(stored, "E"), "organisation#name");
            session.apply(named(stored, "En"), "organisation#name");
            session.apply(named(stored, "Ene"), "organisation#name");

            assertThat(session.undo()).isEqualTo(stored);
            assertThat(session.canUndo()).isFalse();
            assertThat(session.redo()).isEqualTo(named(stored, "Ene"));
        }

        @Test
        void anotherFieldStartsANewStep() {
            session.apply(named(stored, "Energiek"), "organisation#name");
            Plan website = named(stored, "Energiek").withOrganisation(new Organisation("Energiek", "www.e.nl", null));
            session.apply(website, "organisation#website");

            assertThat(session.undo()).isEqualTo(named(stored, "Energiek"));
            assertThat(session.undo()).isEqualTo(stored);
        }

        @Test
        void leavingTheFieldAndComingBackStartsANewStep() {
            session.apply(named(stored, "Ener"), "organisation#name");
            session.seal();
            session.apply(named(stored, "Energiek"), "organisation#name");

            assertThat(session.undo()).isEqualTo(named(stored, "Ener"));
        }

        @Test
        void undoInTheMiddleOfTypingStartsANewStepAfterwards() {
            session.apply(named(stored, "Ener"), "organisation#name");
            session.undo();
            session.apply(named(stored, "X"), "organisation#name");

            assertThat(session.undo()).isEqualTo(stored);
            assertThat(session.canUndo()).isFalse();
        }

        @Test
        void typingAndTakingItBackLeavesNoStep() {
            Plan before = named(stored, "Before");
            session.apply(before, null);
            session.apply(named(before, "Before!"), "organisation#name");
            session.apply(before, "organisation#name");

            assertThat(session.plan()).isEqualTo(before);
            assertThat(session.undo()).isEqualTo(stored);
        }

        @Test
        void editsWithoutAKeyAreNeverJoined() {
            session.apply(named(stored, "One"), null);
            session.apply(named(stored, "Two"), null);

            assertThat(session.undo()).isEqualTo(named(stored, "One"));
        }
    }

    @Test
    void forgetsTheOldestStepsBeyondTheLimit() {
        for (int i = 1; i <= EditSession.UNDO_LIMIT + 5; i++) {
            session.apply(named(stored, "Step " + i), null);
        }
        int undone = 0;
        while (session.canUndo()) {
            session.undo();
            undone++;
        }

        assertThat(undone).isEqualTo(EditSession.UNDO_LIMIT);
        assertThat(session.plan()).isEqualTo(named(stored, "Step 5"));
    }

    @Nested
    class WhenSaved {

        @Test
        void theSavedPlanIsCleanAndTheNewRevisionTheBase() {
            Plan edited = named(stored, "Energiek");
            session.apply(edited, null);

            session.saved(edited, 8);

            assertThat(session.dirty()).isFalse();
            assertThat(session.basedOn()).isEqualTo(8);
            assertThat(session.canUndo()).isTrue();
        }

        @Test
        void editsMadeWhileSavingStayUnsaved() {
            Plan sent = named(stored, "Sent");
            session.apply(sent, null);
            session.apply(named(stored, "Typed meanwhile"), null);

            session.saved(sent, 8);

            assertThat(session.plan()).isEqualTo(named(stored, "Typed meanwhile"));
            assertThat(session.dirty()).isTrue();
        }

        @Test
        void undoingBackToTheSavedPlanIsClean() {
            Plan sent = named(stored, "Sent");
            session.apply(sent, null);
            session.saved(sent, 8);
            session.apply(named(stored, "After"), null);

            session.undo();

            assertThat(session.dirty()).isFalse();
        }

        @Test
        void typingAfterASaveIsANewStep() {
            session.apply(named(stored, "Ener"), "organisation#name");
            session.saved(named(stored, "Ener"), 8);
            session.apply(named(stored, "Energiek"), "organisation#name");

            assertThat(session.undo()).isEqualTo(named(stored, "Ener"));
        }
    }

    @Test
    void reloadingForgetsEverything() {
        session.apply(named(stored, "Mine"), null);
        Plan theirs = named(stored, "Theirs");

        session.reset(theirs, 9);

        assertThat(session.plan()).isEqualTo(theirs);
        assertThat(session.basedOn()).isEqualTo(9);
        assertThat(session.dirty()).isFalse();
        assertThat(session.canUndo()).isFalse();
        assertThat(session.canRedo()).isFalse();
    }

    @Test
    void aRestoredDraftIsUnsavedBasedOnItsOwnRevisionAndOneUndoFromTheStoredPlan() {
        Plan draft = named(stored, "Draft");

        session.restore(stored, draft, 5);

        assertThat(session.plan()).isEqualTo(draft);
        assertThat(session.dirty()).isTrue();
        assertThat(session.basedOn()).isEqualTo(5);
        assertThat(session.undo()).isEqualTo(stored);
        assertThat(session.canUndo()).isFalse();
    }

    @Nested
    class TheDraftFile {

        @Test
        void aSessionWhoseDraftWasNeverOfferedNeverRemovesIt() {
            assertThat(session.ownsDraft()).isFalse();
            assertThat(session.mayDiscardDraft()).as("clean, but the draft holds an earlier session's edits").isFalse();

            session.apply(named(stored, "Energiek"), null);
            session.saved(session.plan(), 8);

            assertThat(session.mayDiscardDraft()).isFalse();
        }

        @Test
        void onceOfferedACleanSessionRemovesIt() {
            session.ownDraft();

            assertThat(session.mayDiscardDraft()).isTrue();
        }

        @Test
        void unsavedEditsStayInIt() {
            session.ownDraft();
            session.apply(named(stored, "Energiek"), null);

            assertThat(session.mayDiscardDraft()).isFalse();
        }

        @Test
        void aSaveRemovesItOnlyWhenNothingWasEditedWhileItRan() {
            session.ownDraft();
            Plan sent = named(stored, "Sent");
            session.apply(sent, null);
            session.apply(named(stored, "Typed while saving"), null);

            session.saved(sent, 8);

            assertThat(session.mayDiscardDraft()).as("the later edit is kept in the draft").isFalse();
            session.undo();
            assertThat(session.mayDiscardDraft()).isTrue();
        }
    }

    @Nested
    class WhenTheSaveReturnsAfterTheEditorClosed {

        @Test
        void theKeptSessionCarriesTheNewRevisionSoItsNextSaveDoesNotClashWithItself() {
            session.ownDraft();
            Plan sent = named(stored, "Sent");
            session.apply(sent, null);
            // the editor closed while saving: the view keeps the session, dirty as it was then
            EditSession kept = session;

            kept.saved(sent, 8);

            assertThat(kept.basedOn()).isEqualTo(8);
            assertThat(kept.dirty()).isFalse();
            assertThat(kept.mayDiscardDraft()).as("the draft written on closing holds what was saved").isTrue();
        }
    }
}

package webcare.ui.plan.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import webcare.model.plan.Plan;

/**
 * One editing session of the working plan: the plan as edited now, the plan as last saved (for
 * the unsaved-changes marker), the revision it is based on (for the save's conflict check), and
 * undo/redo over whole plans. Plans are immutable, so a step is just the plan before it.
 *
 * <p>Typing in one field makes one undo step, not one per key: an edit with the same coalescing
 * key as the one before replaces it, until {@link #seal} (the field lost focus, another element
 * was selected) or an edit elsewhere. Not thread-safe: the UI thread owns it.
 */
public final class EditSession {

    /** How many steps undo goes back; older ones are forgotten. */
    public static final int UNDO_LIMIT = 200;

    private final Deque<Plan> undo = new ArrayDeque<>();
    private final Deque<Plan> redo = new ArrayDeque<>();
    private Plan current;
    private Plan saved;
    private long basedOn;
    /** The coalescing key of the step on top of the undo stack; null when the next edit starts a new step. */
    private String openKey;
    /**
     * Whether the draft file is this session's to replace or remove: there was none, it was offered
     * (taken or declined), or this session wrote it. Until then it holds an earlier session's edits
     * that were never offered (no codec yet, unreadable), and only an offer may remove it.
     */
    private boolean ownsDraft;

    public EditSession(Plan plan, long revision) {
        this.current = Objects.requireNonNull(plan, "plan");
        this.saved = plan;
        this.basedOn = revision;
    }

    public Plan plan() {
        return current;
    }

    /** The revision of the stored plan this session started from or last saved as. */
    public long basedOn() {
        return basedOn;
    }

    /** Whether the plan differs from the one last loaded or saved. */
    public boolean dirty() {
        return !current.equals(saved);
    }

    /**
     * Makes {@code next} the plan. With a {@code coalesceKey} equal to the previous edit's (and no
     * seal in between) the two become one undo step.
     *
     * @return false when {@code next} is the plan already: nothing happened
     */
    public boolean apply(Plan next, String coalesceKey) {
        Objects.requireNonNull(next, "next");
        if (next.equals(current)) {
            return false;
        }
        boolean coalesce = coalesceKey != null && coalesceKey.equals(openKey) && !undo.isEmpty();
        if (!coalesce) {
            undo.push(current);
            if (undo.size() > UNDO_LIMIT) {
                undo.removeLast();
            }
        }
        current = next;
        redo.clear();
        openKey = coalesceKey;
        if (coalesce && current.equals(undo.peek())) {
            // typed and took it back: the step changes nothing, so it is no step
            undo.pop();
            openKey = null;
        }
        return true;
    }

    /** The next edit starts a new undo step, whatever its key. */
    public void seal() {
        openKey = null;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Goes one step back; the plan as it is then. Nothing happens when there is nothing to undo. */
    public Plan undo() {
        openKey = null;
        if (!undo.isEmpty()) {
            redo.push(current);
            current = undo.pop();
        }
        return current;
    }

    /** Goes one undone step forward again; the plan as it is then. */
    public Plan redo() {
        openKey = null;
        if (!redo.isEmpty()) {
            undo.push(current);
            current = redo.pop();
        }
        return current;
    }

    /**
     * The plan {@code sent} was saved as {@code revision}. Edits made while the save was under way
     * stay, and stay unsaved; undo history stays too.
     */
    public void saved(Plan sent, long revision) {
        saved = sent;
        basedOn = revision;
        openKey = null;
    }

    /** The draft file was dealt with: there was none, or it was offered; from now on it is this session's. */
    public void ownDraft() {
        ownsDraft = true;
    }

    public boolean ownsDraft() {
        return ownsDraft;
    }

    /** Whether this session may remove the draft file: it owns it and has nothing unsaved to keep in it. */
    public boolean mayDiscardDraft() {
        return ownsDraft && !dirty();
    }

    /** Starts over from the plan as stored (a reload): no unsaved changes, no history. */
    public void reset(Plan plan, long revision) {
        current = plan;
        saved = plan;
        basedOn = revision;
        undo.clear();
        redo.clear();
        openKey = null;
    }

    /**
     * Carries on from a kept draft: {@code stored} is the working plan as loaded now, {@code draft}
     * the unsaved edits, based on {@code draftBasedOn}. One undo step goes back to the stored plan.
     * A save is checked against the draft's revision, so edits by others meanwhile are never overwritten.
     */
    public void restore(Plan stored, Plan draft, long draftBasedOn) {
        reset(stored, draftBasedOn);
        apply(draft, null);
    }
}

package webcare.ui.plan.model;

import java.time.Instant;
import webcare.plan.api.WorkingPlan;

/**
 * Where the editor stands: the edit session (none until the plan has been read), whether the plan
 * is being loaded or saved, who saved it last, and a conflict the user chose to save over. Every
 * part of the editor reads it, so the tool bar, the keys and the flows agree on what may happen
 * now. Not thread-safe: the UI thread owns it.
 */
public final class EditorState {

    /** After "Keep editing" on a conflict: the next save replaces this revision, once the user confirms. */
    public record Overwrite(long revision, String who, Instant at) {}

    /** What to do about the stored plan as read in the background. */
    public enum Outside {
        /** It is the plan being edited, or nothing may happen now (loading, saving, a conflict already shown). */
        NOTHING,
        /** Someone saved (a review approved it) and there are no unsaved edits: show theirs. */
        RELOAD,
        /** Someone saved while there are unsaved edits: say so; the next save asks before replacing theirs. */
        NOTICE
    }

    private EditSession session;
    private boolean loading;
    private boolean saving;
    private String savedBy;
    private Instant savedAt;
    private Overwrite overwrite;

    /** The session; null before the plan was read. */
    public EditSession session() {
        return session;
    }

    public void session(EditSession value) {
        session = value;
    }

    public boolean loading() {
        return loading;
    }

    public void loading(boolean value) {
        loading = value;
    }

    public boolean saving() {
        return saving;
    }

    public void saving(boolean value) {
        saving = value;
    }

    /** A plan is shown and no load runs: it may be edited. */
    public boolean ready() {
        return session != null && !loading;
    }

    /** There are unsaved edits. */
    public boolean dirty() {
        return session != null && session.dirty();
    }

    /** Remembers who saved {@code stored} and when, for the "saved at … by …" line. */
    public void stored(WorkingPlan stored) {
        savedBy = stored.savedBy();
        savedAt = stored.savedAt();
    }

    /** Who saved last; null when not known. */
    public String savedBy() {
        return savedBy;
    }

    /** When the plan was saved last; null when not known. */
    public Instant savedAt() {
        return savedAt;
    }

    /** The conflict the next save overwrites after asking; null when there is none. */
    public Overwrite overwrite() {
        return overwrite;
    }

    public void overwrite(Overwrite value) {
        overwrite = value;
    }

    /**
     * What to do now that the stored plan is {@code stored}: a newer revision than the edits began
     * from is shown at once when nothing is unsaved, and otherwise announced once.
     */
    public Outside storedNow(WorkingPlan stored) {
        if (stored == null || stored.revision() <= storedSettledUpTo()) {
            return Outside.NOTHING;
        }
        return session.dirty() ? Outside.NOTICE : Outside.RELOAD;
    }

    /**
     * The newest stored revision that changes nothing now ({@link #storedNow} says NOTHING for it
     * and every older one): the revision the edits began from, or the one announced already;
     * {@link Long#MAX_VALUE} while no plan is shown, or it is loading or saving.
     */
    public long storedSettledUpTo() {
        if (session == null || loading || saving) {
            return Long.MAX_VALUE;
        }
        return overwrite == null ? session.basedOn() : Math.max(session.basedOn(), overwrite.revision());
    }
}

package webcare.ui.plan.swt;

import webcare.plan.api.WorkingPlan;

/** What the editor's flows (loading, saving, importing, the kept draft) ask of it when they are done. UI thread only. */
interface Editor {

    /** Reads the stored plan, as on opening: the kept draft is offered with it. */
    void load();

    /** Reads the stored plan again, asking first when there are unsaved edits. */
    void reload();

    /** The session is new or was replaced: everything shows it anew. */
    void showSession();

    /** Starts over from the stored plan: no unsaved edits, no undo history. */
    void replaceWith(WorkingPlan working);

    /** The Versions or History page, if shown, reads the book again. */
    void refreshPages();

    /** The tool bar and the state line follow the editor's state. */
    void updateState();
}

package webcare.ui.plan.swt;

import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.swt.SWT;
import webcare.plan.api.PlanBook;
import webcare.plan.api.PlanCodec;
import webcare.plan.api.PlanException;
import webcare.plan.api.WorkingPlan;
import webcare.ui.plan.model.EditSession;
import webcare.ui.plan.model.EditorState;
import webcare.ui.plan.model.PlanCalls;

/**
 * Reading the working plan from the plan book, off the UI thread: on opening, with the draft an
 * earlier session kept, and on Reload, after asking when there are unsaved edits. UI thread only.
 */
final class PlanLoading {

    /** The working plan as read, with what became of the draft kept from an earlier session. */
    private record Loaded(WorkingPlan working, DraftFlow.DraftRead draft, String problem) {}

    private final EditorSite site;
    private final EditorState state;
    private final Editor editor;
    private final DraftFlow drafts;
    private final Consumer<String> message;
    private final Runnable opened;
    private final PlanCalls calls;

    /**
     * @param message shows one line where the form goes, when there is no plan to show
     * @param opened  the plan was shown for the first time: the focus goes to the tree
     */
    PlanLoading(EditorSite site, EditorState state, Editor editor, DraftFlow drafts, Consumer<String> message,
            Runnable opened) {
        this.site = site;
        this.state = state;
        this.editor = editor;
        this.drafts = drafts;
        this.message = message;
        this.opened = opened;
        this.calls = new PlanCalls(site.texts(), site.locale());
    }

    /** Reads the stored plan, as on opening: the kept draft is offered with it. */
    void load() {
        Optional<PlanBook> book = site.services().book();
        if (book.isEmpty()) {
            message.accept(site.text("service.missing"));
            editor.updateState();
            return;
        }
        Optional<PlanCodec> codec = site.services().codec();
        state.loading(true);
        editor.updateState();
        site.workbench().load(site.text("loading"), () -> {
            WorkingPlan working;
            try {
                working = book.get().working(site.locale());
            } catch (PlanException | RuntimeException e) {
                return new Loaded(null, DraftFlow.DraftRead.NONE, calls.problem(e));
            }
            return new Loaded(working, drafts.read(codec), null);
        }, this::loaded);
    }

    private void loaded(Loaded loaded) {
        state.loading(false);
        if (loaded.working() == null) {
            message.accept(site.format("load.failed", loaded.problem()));
            editor.updateState();
            return;
        }
        WorkingPlan working = loaded.working();
        state.session(new EditSession(working.plan(), working.revision()));
        state.stored(working);
        editor.showSession();
        opened.run();
        drafts.settle(working.plan(), loaded.draft());
    }

    /** Reads the stored plan again, asking first when there are unsaved edits. */
    void reload() {
        if (state.saving() || state.loading()) {
            return;
        }
        if (state.session() == null) {
            load();
            return;
        }
        if (state.dirty() && !site.ask(SWT.ICON_QUESTION, "reload.title", site.text("reload.message"))) {
            return;
        }
        Optional<PlanBook> book = site.services().book();
        if (book.isEmpty()) {
            site.inform(SWT.ICON_WARNING, "reload.title", site.text("service.missing"));
            return;
        }
        state.loading(true);
        editor.updateState();
        site.workbench().load(site.text("loading"), () -> {
            try {
                return new Loaded(book.get().working(site.locale()), DraftFlow.DraftRead.NONE, null);
            } catch (PlanException | RuntimeException e) {
                return new Loaded(null, DraftFlow.DraftRead.NONE, calls.problem(e));
            }
        }, loaded -> {
            state.loading(false);
            if (loaded.working() == null) {
                site.inform(SWT.ICON_ERROR, "reload.title", site.format("load.failed", loaded.problem()));
                editor.updateState();
                return;
            }
            editor.replaceWith(loaded.working());
            editor.refreshPages();
        });
    }
}

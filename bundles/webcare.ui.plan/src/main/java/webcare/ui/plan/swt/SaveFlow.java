package webcare.ui.plan.swt;

import java.util.List;
import java.util.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import webcare.model.plan.Plan;
import webcare.plan.api.PlanBook;
import webcare.plan.api.PlanChangedException;
import webcare.plan.api.PlanError;
import webcare.plan.api.WorkingPlan;
import webcare.ui.plan.model.ChangeText;
import webcare.ui.plan.model.EditSession;
import webcare.ui.plan.model.EditorState;
import webcare.ui.plan.model.EditorState.Overwrite;
import webcare.ui.plan.model.PlanCalls;
import webcare.ui.plan.model.SaveOutcome;

/**
 * Saving the plan: asks first when a field holds text that is not in the plan, or when the save
 * replaces someone else's; stores off the UI thread, checked against the revision the edits began
 * from; and says what came of it. On a conflict the user takes the stored plan or keeps editing,
 * and then the next save overwrites it, after asking. UI thread only.
 */
final class SaveFlow {

    /** The most errors a refused save lists; the rest are counted. */
    private static final int ERRORS_SHOWN = 20;

    private final EditorSite site;
    private final EditorState state;
    private final Editor editor;
    private final DraftFlow drafts;

    SaveFlow(EditorSite site, EditorState state, Editor editor, DraftFlow drafts) {
        this.site = site;
        this.state = state;
        this.editor = editor;
        this.drafts = drafts;
    }

    /** @param problemFields the labels of the fields whose text did not pass its check */
    void save(List<String> problemFields) {
        EditSession session = state.session();
        if (session == null || state.saving() || state.loading() || !session.dirty()) {
            return;
        }
        Optional<PlanBook> book = site.services().book();
        if (book.isEmpty()) {
            site.inform(SWT.ICON_WARNING, "save.title", site.text("service.missing"));
            return;
        }
        if (!problemFields.isEmpty() && !site.ask(SWT.ICON_WARNING, "save.title",
                site.format("save.problems", String.join(", ", problemFields)))) {
            return;
        }
        long basedOn = session.basedOn();
        Overwrite overwrite = state.overwrite();
        if (overwrite != null) {
            if (!site.ask(SWT.ICON_WARNING, "save.title", site.format("save.overwrite", overwrite.who(),
                    ChangeText.clock(overwrite.at())))) {
                return;
            }
            basedOn = overwrite.revision();
        }
        session.seal();
        Plan sent = session.plan();
        long revision = basedOn;
        String who = site.services().user();
        Display display = site.display();
        state.saving(true);
        editor.updateState();
        PlanCalls calls = new PlanCalls(site.texts(), site.locale());
        site.workbench().load(site.text("saving"), () -> {
            SaveOutcome outcome = calls.save(book.get(), sent, revision, who);
            // Not through the view's callback, which is skipped once the tab has closed: the session
            // lives on in the view (and its next save is checked against this revision) either way.
            if (outcome instanceof SaveOutcome.Saved saved && !display.isDisposed()) {
                display.asyncExec(() -> drafts.saved(session, sent, saved.stored().revision()));
            }
            return outcome;
        }, this::saved);
    }

    private void saved(SaveOutcome outcome) {
        state.saving(false);
        if (site.parent().isDisposed()) {
            return;
        }
        if (outcome instanceof SaveOutcome.Saved saved) {
            state.stored(saved.stored());
            state.overwrite(null);
            editor.refreshPages();
        } else if (outcome instanceof SaveOutcome.Changed changed) {
            conflict(changed.conflict());
        } else if (outcome instanceof SaveOutcome.Invalid invalid) {
            site.inform(SWT.ICON_ERROR, "save.title", site.format("save.invalid", errors(invalid.errors().errors())));
        } else if (outcome instanceof SaveOutcome.Failed failed) {
            site.inform(SWT.ICON_ERROR, "save.title", site.format("save.failed", failed.message()));
        }
        editor.updateState();
    }

    /** Someone saved meanwhile: take theirs, or keep editing and overwrite it with the next save. */
    private void conflict(PlanChangedException conflict) {
        WorkingPlan current = conflict.current();
        if (Dialogs.reloadTheirs(site.shell(), site.texts(), site.locale(), conflict)) {
            if (current != null) {
                editor.replaceWith(current);
            } else {
                editor.reload();
            }
        } else if (current != null) {
            String who = current.savedBy();
            state.overwrite(new Overwrite(current.revision(), who == null ? site.text("conflict.someone") : who,
                    current.savedAt()));
        }
    }

    private static String errors(List<PlanError> errors) {
        int shown = Math.min(ERRORS_SHOWN, errors.size());
        StringBuilder text = new StringBuilder();
        for (PlanError error : errors.subList(0, shown)) {
            text.append("\u2022 ").append(error.message()).append("  (").append(error.path()).append(")\n");
        }
        if (errors.size() > shown) {
            text.append("\u2026 +").append(errors.size() - shown);
        }
        return text.toString().strip();
    }
}

package webcare.ui.plan.swt;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import webcare.model.plan.Plan;
import webcare.plan.api.PlanBook;
import webcare.plan.api.PlanCodec;
import webcare.plan.api.PlanNote;
import webcare.ui.plan.model.EditorState;
import webcare.ui.plan.model.ImportRead;
import webcare.ui.plan.model.PlanCalls;
import webcare.ui.plan.model.SaveOutcome;

/**
 * Import…: a plan JSON file read and checked in the background, and stored only when it has no
 * errors and the user agrees to lose unsaved edits; then the editor shows it as stored. A file
 * with errors lists every one and changes nothing. UI thread only.
 */
final class PlanImport {

    private final EditorSite site;
    private final EditorState state;
    private final Editor editor;
    private final PlanCalls calls;

    PlanImport(EditorSite site, EditorState state, Editor editor) {
        this.site = site;
        this.state = state;
        this.editor = editor;
        this.calls = new PlanCalls(site.texts(), site.locale());
    }

    void choose() {
        FileDialog dialog = new FileDialog(site.shell(), SWT.OPEN);
        dialog.setText(site.text("import.dialog"));
        dialog.setFilterExtensions(new String[] {"*.json", "*.*"});
        String chosen = dialog.open();
        if (chosen != null) {
            importFile(Path.of(chosen).toAbsolutePath());
        }
    }

    void importFile(Path file) {
        Optional<PlanBook> book = site.services().book();
        Optional<PlanCodec> codec = site.services().codec();
        if (state.loading() || state.saving() || book.isEmpty() || codec.isEmpty()) {
            return;
        }
        state.loading(true);
        editor.updateState();
        site.workbench().load(site.format("import.reading", file.getFileName()), () -> calls.read(codec.get(), file),
                read -> read(file, book.get(), read));
    }

    private void read(Path file, PlanBook book, ImportRead read) {
        state.loading(false);
        editor.updateState();
        if (read instanceof SaveOutcome.Invalid invalid) {
            Dialogs.importErrors(site.shell(), site.texts(), site.locale(), String.valueOf(file.getFileName()),
                    invalid.errors().errors());
        } else if (read instanceof SaveOutcome.Failed failed) {
            site.inform(SWT.ICON_ERROR, "import.title", site.format("import.unreadable", file.toString(),
                    failed.message()));
        } else if (read instanceof ImportRead.Parsed parsed) {
            if (state.saving() || state.loading() || state.dirty()
                    && !site.ask(SWT.ICON_QUESTION, "import.title", site.text("import.replace"))) {
                return;
            }
            store(file, book, parsed);
        }
    }

    private void store(Path file, PlanBook book, ImportRead.Parsed parsed) {
        String who = site.services().user();
        Plan plan = parsed.plan();
        state.loading(true);
        editor.updateState();
        site.workbench().load(site.format("import.storing", file.getFileName()), () -> calls.replace(book, plan, who),
                outcome -> stored(file, outcome, parsed.notes()));
    }

    /** @param notes what was assumed reading the file: shown once it is stored */
    private void stored(Path file, SaveOutcome outcome, List<PlanNote> notes) {
        state.loading(false);
        if (outcome instanceof SaveOutcome.Saved saved) {
            if (state.session() == null) {
                editor.load(); // nothing was shown yet: load it as on opening, kept draft and all
                showNotes(file, notes);
                return;
            }
            editor.replaceWith(saved.stored());
            editor.refreshPages();
            showNotes(file, notes);
        } else if (outcome instanceof SaveOutcome.Invalid invalid) {
            Dialogs.importErrors(site.shell(), site.texts(), site.locale(), String.valueOf(file.getFileName()),
                    invalid.errors().errors());
        } else if (outcome instanceof SaveOutcome.Failed failed) {
            site.inform(SWT.ICON_ERROR, "import.title", site.format("import.failed", file.toString(),
                    failed.message()));
        }
        editor.updateState();
    }

    private void showNotes(Path file, List<PlanNote> notes) {
        if (!notes.isEmpty()) {
            site.inform(SWT.ICON_INFORMATION, "import.title", site.format("import.notes", file.getFileName(),
                    String.join("\n", notes.stream().map(PlanNote::toString).toList())));
        }
    }
}

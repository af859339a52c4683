package webcare.ui.sources.swt;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import webcare.ingest.api.ImportProgress;
import webcare.ingest.api.ImportRun;
import webcare.ingest.api.ImportSummary;
import webcare.ingest.api.MentionFileImport;
import webcare.ui.api.FailureText;

/**
 * A file import started from the view: asks for the file, then shows in a row of its own the
 * progress with a Cancel button, and afterwards how it ended (with the bad lines on request). The
 * import runs on the service's thread; this is touched on the UI thread only. Closing the view
 * cancels a running import, which then keeps nothing. The service is asked in the window's
 * language, so its failures and the bad lines it lists come in that language.
 */
final class ImportPanel {

    private static final int BAR_STEPS = 1_000;

    private final Composite row;
    private final ProgressBar bar;
    private final Label status;
    private final Button action;
    private final Button trigger;
    private final ResourceBundle texts;
    private final Locale locale;
    private final Runnable refresh;
    private final Display display;
    private ImportRun running;
    private boolean cancelling;
    private String name;
    private ImportSummary badLinesOf;

    /**
     * @param trigger the button that starts an import; disabled while one runs
     * @param refresh called when an import has ended, to read the sources again
     */
    ImportPanel(Composite parent, Button trigger, ResourceBundle texts, Locale locale, Runnable refresh) {
        this.trigger = trigger;
        this.texts = texts;
        this.locale = locale;
        this.refresh = refresh;
        this.display = parent.getDisplay();
        row = new Composite(parent, SWT.NONE);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, ((GridLayout) parent.getLayout()).numColumns, 1);
        data.exclude = true;
        row.setLayoutData(data);
        row.setVisible(false);
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = 0;
        row.setLayout(layout);
        bar = new ProgressBar(row, SWT.SMOOTH | SWT.HORIZONTAL);
        bar.setMaximum(BAR_STEPS);
        GridData barData = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
        barData.widthHint = 240;
        bar.setLayoutData(barData);
        status = new Label(row, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        action = new Button(row, SWT.PUSH);
        action.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        action.addListener(SWT.Selection, event -> {
            if (running != null) {
                cancel();
            } else if (badLinesOf != null) {
                showBadLines(badLinesOf);
            }
        });
        row.addListener(SWT.Dispose, event -> {
            if (running != null) {
                running.cancel();
            }
        });
    }

    /** The row it shows in, placed last in the parent: move it where it belongs. */
    Composite row() {
        return row;
    }

    /** Asks for a file of a kind {@code service} reads, and imports it; nothing when one runs already. */
    void chooseAndImport(MentionFileImport service) {
        if (running != null) {
            return;
        }
        List<String> extensions = service.fileExtensions();
        FileDialog dialog = new FileDialog(row.getShell(), SWT.OPEN);
        dialog.setText(texts.getString("import.dialog"));
        // GTK matches patterns case-sensitively: offer EXPORT.CSV too
        String patterns = extensions.stream().flatMap(e -> List.of("*." + e, "*." + e.toUpperCase(Locale.ROOT)).stream())
                .collect(Collectors.joining(";"));
        String shown = extensions.stream().map(e -> "*." + e).collect(Collectors.joining(", "));
        dialog.setFilterExtensions(new String[] {patterns, "*"});
        dialog.setFilterNames(new String[] {format("import.files", shown), texts.getString("import.allFiles")});
        String chosen = dialog.open();
        if (chosen != null) {
            start(service, Path.of(chosen));
        }
    }

    /** Imports {@code file}; the file dialog's choice, or a test's. */
    void start(MentionFileImport service, Path file) {
        name = String.valueOf(file.getFileName());
        cancelling = false;
        badLinesOf = null;
        trigger.setEnabled(false);
        bar.setSelection(0);
        show(bar, true);
        status.setText(format("import.starting", name));
        action.setText(texts.getString("import.cancel"));
        action.setEnabled(true);
        show(action, true);
        show(row, true);
        row.getParent().layout(true, true);
        try {
            running = service.start(file, progress -> later(() -> progress(progress)), locale);
        } catch (RuntimeException e) {
            // the service went away meanwhile
            finished(null, new FailureText(locale).detail(e));
            return;
        }
        running.result().whenComplete((summary, failure) -> later(() -> finished(summary,
                failure == null ? null : problem(failure))));
    }

    private void progress(ImportProgress progress) {
        if (running == null || cancelling) {
            return;
        }
        bar.setSelection(progress.bytesTotal() <= 0 ? BAR_STEPS
                : (int) Math.min(BAR_STEPS, progress.bytesRead() * BAR_STEPS / progress.bytesTotal()));
        status.setText(format("import.progress", progress.linesRead(), progress.bad()));
        row.layout();
    }

    private void cancel() {
        cancelling = true;
        running.cancel();
        action.setEnabled(false);
        status.setText(format("import.cancelling", name));
        row.layout();
    }

    /**
     * Why the import failed: the service's one line, in the window's language as it was asked;
     * the detail of anything else, never a class name.
     */
    private String problem(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return cause.getMessage() != null && !cause.getMessage().isBlank() ? cause.getMessage()
                : new FailureText(locale).detail(cause);
    }

    /** @param problem why the import failed; null when it ended (done or cancelled) */
    private void finished(ImportSummary summary, String problem) {
        running = null;
        trigger.setEnabled(true);
        show(bar, false);
        show(action, false);
        if (problem != null) {
            status.setText(problem);
        } else if (summary.cancelled()) {
            status.setText(format("import.cancelled", name));
        } else {
            status.setText(format("import.done", name, summary.added(), summary.edited(), summary.unchanged(),
                    summary.bad()));
            if (summary.bad() > 0) {
                badLinesOf = summary;
                action.setText(texts.getString("import.badLines"));
                action.setEnabled(true);
                show(action, true);
            }
        }
        row.getParent().layout(true, true);
        refresh.run();
    }

    private void showBadLines(ImportSummary summary) {
        Shell dialog = new Shell(row.getShell(), SWT.DIALOG_TRIM | SWT.RESIZE | SWT.APPLICATION_MODAL);
        dialog.setText(format("import.badLines.title", name));
        dialog.setLayout(new GridLayout(1, false));
        Text lines = new Text(dialog, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        String listed = String.join("\n", summary.badLines());
        long unlisted = summary.bad() - summary.badLines().size();
        lines.setText(unlisted > 0 ? listed + "\n" + format("import.badLines.more", unlisted) : listed);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = 720;
        data.heightHint = 360;
        lines.setLayoutData(data);
        Button close = new Button(dialog, SWT.PUSH);
        close.setText(texts.getString("import.close"));
        close.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        close.addListener(SWT.Selection, event -> dialog.close());
        dialog.setDefaultButton(close);
        dialog.pack();
        dialog.open();
    }

    /** Runs {@code work} on the UI thread, unless the view (or the whole display) is gone by then. */
    private void later(Runnable work) {
        if (display.isDisposed()) {
            return;
        }
        try {
            display.asyncExec(() -> {
                if (!row.isDisposed()) {
                    work.run();
                }
            });
        } catch (SWTException e) {
            // the display went away just now: there is no one left to tell
        }
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }

    private static void show(Control control, boolean visible) {
        control.setVisible(visible);
        ((GridData) control.getLayoutData()).exclude = !visible;
    }
}

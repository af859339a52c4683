package webcare.ui.workbench.swt;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import webcare.store.api.Recovery;
import webcare.store.api.Store;
import webcare.store.api.StoreState;

/** The line at the bottom: database, active sources, start problems, and what is loading. */
final class StatusBar {

    private static final int STORE_POLL_MILLIS = 250;
    /** Once open, how often the database's state is looked at again: a team's server may go away and come back. */
    private static final int STATE_POLL_MILLIS = 2_000;
    /** One instance: SWT then keeps one timer for it, however often {@link #refresh} runs. */
    private final Runnable poll = this::refresh;

    private final WorkbenchHost host;
    private final Messages messages;
    private final Label database;
    private final Label sources;
    private final Label problems;
    private final Label busy;
    private final ProgressBar progress;

    StatusBar(Composite parent, WorkbenchHost host, Messages messages) {
        this.host = host;
        this.messages = messages;
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.END, true, false));
        GridLayout layout = new GridLayout(5, false);
        layout.marginHeight = 3;
        layout.horizontalSpacing = 16;
        bar.setLayout(layout);
        database = new Label(bar, SWT.NONE);
        database.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        sources = new Label(bar, SWT.NONE);
        problems = new Label(bar, SWT.NONE);
        problems.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        busy = new Label(bar, SWT.NONE);
        progress = new ProgressBar(bar, SWT.INDETERMINATE);
        progress.setLayoutData(new GridData(120, SWT.DEFAULT));
        showIdle();
        refresh();
    }

    /**
     * Updates database, sources and problems; looks again every quarter second until the database
     * has opened, then every two seconds (one timer, however often this is called).
     */
    void refresh() {
        if (database.isDisposed()) {
            return;
        }
        StoreState state = host.store().map(store -> store.state()).orElse(null);
        String location = host.store().map(store -> store.location()).orElse("");
        database.setForeground(null);
        if (state == null) {
            database.setText(messages.get("status.database.none"));
        } else if (state instanceof StoreState.Opening) {
            database.setText(messages.get("status.database.opening", location));
        } else if (state instanceof StoreState.Ready ready) {
            Optional<Recovery> recovery = host.store().flatMap(Store::recovery);
            if (recovery.isPresent()) {
                showRecovery(recovery.get());
            } else {
                database.setText(messages.get("status.database.ready", location, ready.schemaVersion()));
            }
        } else if (state instanceof StoreState.Failed failed) {
            database.setText(messages.get("status.database.failed", failed.message()));
            database.setForeground(database.getDisplay().getSystemColor(SWT.COLOR_RED));
        }
        database.setToolTipText(database.getText());
        if (state != null) {
            database.getDisplay().timerExec(state instanceof StoreState.Opening ? STORE_POLL_MILLIS : STATE_POLL_MILLIS,
                    poll);
        }
        sources.setText(messages.get("status.sources", host.activeSources()));
        int failed = host.startFailures().size();
        problems.setText(failed == 0 ? "" : messages.get("status.problems", failed));
        sources.getParent().layout();
    }

    /** A recovery in this run stays in sight: where the copy of the old file is, and whether mentions went. */
    private void showRecovery(Recovery recovery) {
        Path copy = Path.of(recovery.copy());
        database.setText(messages.get("status.database.recovered." + recovery.cause().name(), recovery.mentionsNow(),
                copy.getParent().getFileName().resolve(copy.getFileName())));
        database.setForeground(database.getDisplay().getSystemColor(
                recovery.cause() == Recovery.Cause.DAMAGED ? SWT.COLOR_RED : SWT.COLOR_DARK_YELLOW));
    }

    boolean databaseSettled() {
        return host.store().map(store -> !(store.state() instanceof StoreState.Opening)).orElse(true);
    }

    void showBusy(String what) {
        busy.setText(what);
        showProgress(true);
        busy.getParent().layout();
    }

    void showIdle() {
        busy.setText("");
        showProgress(false);
    }

    /** A hidden progress bar gives its room to the database line, which may name a long file. */
    private void showProgress(boolean visible) {
        progress.setVisible(visible);
        ((GridData) progress.getLayoutData()).exclude = !visible;
        progress.getParent().layout();
    }

    void showError(String text) {
        busy.setText(text);
        busy.setToolTipText(text);
        busy.setForeground(busy.getDisplay().getSystemColor(SWT.COLOR_RED));
        showProgress(false);
        busy.getParent().layout();
    }
}

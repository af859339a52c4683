package webcare.ui.review.swt;

import static webcare.ui.review.swt.SessionWidgets.plain;
import static webcare.ui.review.swt.SessionWidgets.visible;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import webcare.model.plan.Plan;
import webcare.plan.api.ExportContext;
import webcare.plan.api.PlanExporter;
import webcare.ui.api.ViewSite;
import webcare.ui.review.model.Approval;
import webcare.ui.review.model.Export;
import webcare.ui.review.model.ReviewWork;

/**
 * After the approval: the new version, and the documents to write from it (the minutes, the
 * invitation to the next review). A document whose exporter is not installed says so on its
 * button instead of failing. UI thread only.
 */
final class DonePage {

    private final Look look;
    private final Texts texts;
    private final ViewSite site;
    private final ReviewWork work;
    private final Function<String, PlanExporter> exporters;
    private final Clock clock;
    private final Composite page;
    private final Label doneDetail;
    private final Label doneMessage;
    private final Label doneMissing;
    private final Button minutes;
    private final Button invitation;
    private Approval.Approved approved;
    private LocalDate sessionDate;
    private LocalDate nextReview;

    /**
     * @param exporters the exporter of a format ({@link ReviewView#MINUTES}, {@link ReviewView#INVITATION});
     *                  null when none is installed
     * @param close     closes the session's window
     */
    DonePage(Composite pages, SessionWidgets widgets, ViewSite site, ReviewWork work,
            Function<String, PlanExporter> exporters, Clock clock, Runnable close) {
        this.look = widgets.look();
        this.texts = widgets.texts();
        this.site = site;
        this.work = work;
        this.exporters = exporters;
        this.clock = clock;
        page = widgets.page(pages, "session.done");
        Label doneTitle = widgets.label(page, SWT.WRAP, look.title(0), look.confirmed, "done.title");
        doneTitle.setText(texts.get("done.title"));
        doneDetail = widgets.label(page, SWT.WRAP, look.body(1), look.text, "done.detail");
        doneDetail.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite buttons = widgets.row(page, 3);
        minutes = widgets.button(buttons, "done.minutes", "done.button.minutes", () -> export(ReviewView.MINUTES));
        invitation = widgets.button(buttons, "done.invitation", "done.button.invitation",
                () -> export(ReviewView.INVITATION));
        widgets.button(buttons, "done.close", "done.button.close", close);
        doneMissing = widgets.label(page, SWT.WRAP, look.small(), look.muted, "done.missing");
        doneMissing.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        doneMessage = widgets.label(page, SWT.WRAP, look.label(), look.text, "done.message");
        doneMessage.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    }

    Composite control() {
        return page;
    }

    /**
     * @param sessionDate the day of the session: the minutes' day
     * @param chosenNext  the next review as chosen, when the approved plan has none
     */
    void show(Approval.Approved done, LocalDate sessionDate, LocalDate chosenNext) {
        this.approved = done;
        this.sessionDate = sessionDate;
        this.nextReview = Optional.ofNullable(done.plan().nextReview()).orElse(chosenNext);
        doneDetail.setText(plain(texts.format("done.detail", done.version().number(), done.version().approvedBy(),
                texts.date(sessionDate), texts.date(nextReview))));
        showExporters();
        page.getParent().layout(true, true);
        minutes.setFocus();
    }

    /** Offers each document whose exporter is there now. */
    void showExporters() {
        List<String> why = new ArrayList<>();
        offer(minutes, ReviewView.MINUTES, "done.button.minutes", "done.missing.minutes", why);
        offer(invitation, ReviewView.INVITATION, "done.button.invitation", "done.missing.invitation", why);
        doneMissing.setText(plain(String.join("\n", why)));
        visible(doneMissing, !why.isEmpty());
        page.layout(true, true);
    }

    private void offer(Button button, String format, String text, String missing, List<String> why) {
        boolean present = exporters.apply(format) != null;
        button.setText(texts.get(present ? text : missing));
        button.setToolTipText(present ? null : texts.get(missing + ".tooltip"));
        button.setEnabled(present);
        if (!present) {
            why.add(texts.get(missing + ".tooltip"));
        }
    }

    private void export(String format) {
        PlanExporter exporter = exporters.apply(format);
        if (exporter == null || approved == null) {
            showExporters();
            return;
        }
        LocalDate day = ReviewView.MINUTES.equals(format) ? sessionDate : nextReview;
        FileDialog dialog = new FileDialog(page.getShell(), SWT.SAVE);
        dialog.setText(texts.get(ReviewView.MINUTES.equals(format) ? "done.dialog.minutes" : "done.dialog.invitation"));
        dialog.setFileName(ReviewView.fileName(texts, format, day, exporter.extension()));
        dialog.setFilterExtensions(new String[] {"*." + exporter.extension(), "*"});
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path target = Path.of(chosen);
        ExportContext context = new ExportContext(approved.version().number(), texts.locale(), ReviewView.ZONE,
                clock.instant());
        Plan document = approved.plan();
        doneMessage.setForeground(look.text);
        doneMessage.setText(plain(texts.format("done.writing", target.getFileName())));
        site.load(texts.get("exporting"), () -> work.export(exporter, document, context, target), this::exported);
    }

    private void exported(Export result) {
        if (doneMessage.isDisposed()) {
            return;
        }
        if (result instanceof Export.Written written) {
            doneMessage.setForeground(look.confirmed);
            doneMessage.setText(plain(texts.format("done.written", written.file())));
        } else if (result instanceof Export.Failed failed) {
            doneMessage.setForeground(look.flagged);
            doneMessage.setText(plain(texts.format("done.failed", failed.file(), failed.message())));
        }
        page.layout(true, true);
    }
}

package webcare.ui.review.swt;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import webcare.launch.api.Launch;
import webcare.model.plan.Plan;
import webcare.plan.api.ExportContext;
import webcare.plan.api.PlanBook;
import webcare.plan.api.PlanExporter;
import webcare.plan.api.ReviewAgenda;
import webcare.ui.api.Shortcut;
import webcare.ui.api.ViewPlacement;
import webcare.ui.api.ViewSite;
import webcare.ui.api.WorkbenchView;
import webcare.ui.review.model.Approval;
import webcare.ui.review.model.ReviewSession;
import webcare.ui.review.model.ReviewWork;
import webcare.ui.review.model.SessionFile;

/**
 * The annual review of the crisis plan: prepare the session here (date, participants, the agenda
 * with flagged items first), then walk through it on the meeting room's screen
 * ({@link SessionWindow}), approve the plan as a new version and save the minutes and the
 * invitation for the next review. A session in progress lives in this component (so reopening
 * the view or switching language keeps it) and in {@code <WEBCARE_HOME>/data/review-session.properties}
 * (so a restart keeps it) until the plan is approved.
 */
@Component
@ViewPlacement(id = "review", order = 35)
public final class ReviewView implements WorkbenchView {

    /** The SWT data key that names a widget for UI tests: {@code widget.getData(ID)}. */
    static final String ID = "webcare.id";
    /** On the session shell: the item ref on screen; null on the other pages. */
    static final String ITEM = "webcare.item";
    /** On the decision badge: CONFIRMED, CHANGED, FLAGGED or NONE. */
    static final String STATE = "webcare.state";
    /** The exporter format of the review minutes (PDF). */
    static final String MINUTES = "minutes";
    /** The exporter format of the invitation for the next review. */
    static final String INVITATION = "ics";
    /** Review dates are days in the Netherlands, wherever the laptop's clock is set. */
    static final ZoneId ZONE = ExportContext.PLAN_ZONE;

    private final ReviewWork work;
    private final Clock clock;
    // Optional and dynamic: set and cleared atomically, so an unbind never clears a newer bind.
    private final AtomicReference<PlanExporter> minutes = new AtomicReference<>();
    private final AtomicReference<PlanExporter> invitation = new AtomicReference<>();
    private volatile Display display;

    // UI thread only
    private ReviewSession session;
    private Plan sessionPlan;
    private SessionWindow window;
    private Preparation preparation;
    private Rectangle previewBounds;

    @Activate
    public ReviewView(@Reference PlanBook book, @Reference ReviewAgenda agenda, @Reference Launch launch) {
        this(book, agenda, launch.home().resolve("data").resolve(SessionFile.NAME), Clock.system(ZONE));
    }

    ReviewView(PlanBook book, ReviewAgenda agenda, Path sessionFile, Clock clock) {
        this.work = new ReviewWork(book, agenda, new SessionFile(sessionFile));
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            target = "(" + PlanExporter.FORMAT + "=" + MINUTES + ")")
    void setMinutes(PlanExporter exporter) {
        minutes.set(exporter);
        exportersChanged();
    }

    void unsetMinutes(PlanExporter gone) {
        if (minutes.compareAndSet(gone, null)) {
            exportersChanged();
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            target = "(" + PlanExporter.FORMAT + "=" + INVITATION + ")")
    void setInvitation(PlanExporter exporter) {
        invitation.set(exporter);
        exportersChanged();
    }

    void unsetInvitation(PlanExporter gone) {
        if (invitation.compareAndSet(gone, null)) {
            exportersChanged();
        }
    }

    private void exportersChanged() {
        Display shown = display;
        if (shown != null && !shown.isDisposed()) {
            shown.asyncExec(() -> {
                if (window != null && !window.isDisposed()) {
                    window.exportersChanged();
                }
            });
        }
    }

    /** The exporter registered for {@code format} ({@link #MINUTES} or {@link #INVITATION}); null when none. */
    PlanExporter exporter(String format) {
        return switch (format) {
            case MINUTES -> minutes.get();
            case INVITATION -> invitation.get();
            default -> null;
        };
    }

    /** The preparation's keys, then the session's; the letters only where they match the language's words. */
    @Override
    public List<Shortcut> shortcuts(Locale locale) {
        Texts texts = new Texts(locale);
        return List.of(new Shortcut("F11 / Ctrl+Enter", texts.get("keys.start")),
                new Shortcut("\u2192 / " + texts.get("keys.space"), texts.get("keys.next")),
                new Shortcut("\u2190", texts.get("keys.previous")),
                new Shortcut("Home / End", texts.get("keys.ends")),
                new Shortcut(texts.get("keys.confirm.keys"), texts.get("keys.confirm")),
                new Shortcut(texts.get("keys.changed.keys"), texts.get("keys.changed")),
                new Shortcut(texts.get("keys.flag.keys"), texts.get("keys.flag")),
                new Shortcut("0", texts.get("keys.undecide")),
                new Shortcut("N", texts.get("keys.note")),
                new Shortcut("K", texts.get("keys.contact")),
                new Shortcut("Esc", texts.get("keys.leave")));
    }

    @Override
    public void createContent(Composite parent, ViewSite site) {
        display = parent.getDisplay();
        preparation = new Preparation(this, parent, site, new Texts(site.locale()));
        Preparation shown = preparation;
        parent.addListener(org.eclipse.swt.SWT.Dispose, event -> {
            if (preparation == shown) {
                preparation = null;
                // the window's background work reports through this view's site: it goes with it
                if (window != null) {
                    window.close();
                }
            }
        });
        preparation.load();
    }

    // ---- for Preparation and SessionWindow (UI thread)

    ReviewWork work() {
        return work;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The session in progress; null when there is none, or when it was approved (whatever became of its window). */
    ReviewSession session() {
        if (session != null && work.approved(session.id())) {
            session = null;
            sessionPlan = null;
        }
        return session;
    }

    /** Holds {@code value} as the session in progress, walking through {@code plan}. */
    void session(ReviewSession value, Plan plan) {
        session = value;
        sessionPlan = value == null ? null : plan;
    }

    SessionWindow window() {
        return window;
    }


    /** Opens the session on {@code screen}, or brings it forward when it is open. */
    void openWindow(Rectangle screen, ViewSite site, Texts texts) {
        if (window != null && !window.isDisposed()) {
            window.activate();
            return;
        }
        boolean preview = previewBounds != null;
        window = new SessionWindow(display, preview ? previewBounds : screen, !preview, texts, session(), sessionPlan,
                site, work, this::exporter, clock, new SessionWindow.Owner() {
                    @Override
                    public void reloaded(Plan plan) {
                        sessionPlan = plan;
                    }

                    @Override
                    public void approved(Approval.Approved approved) {
                        session = null;
                        sessionPlan = null;
                        if (preparation != null) {
                            preparation.approved(approved);
                        }
                    }

                    @Override
                    public void closed() {
                        window = null;
                        if (preparation != null) {
                            preparation.load();
                        }
                    }
                });
        window.open();
    }

    /** For previews: the session opens in a window of these bounds, not full screen. */
    void preview(Rectangle bounds) {
        previewBounds = bounds;
    }

    /** The default file name of the minutes or the invitation: "Notulen-review-2026-11-24.pdf". */
    static String fileName(Texts texts, String format, LocalDate day, String extension) {
        return texts.format(MINUTES.equals(format) ? "file.minutes" : "file.invitation", day.toString(), extension);
    }
}

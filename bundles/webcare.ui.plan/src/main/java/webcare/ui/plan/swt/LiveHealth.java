package webcare.ui.plan.swt;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import webcare.model.plan.Plan;
import webcare.plan.api.Finding;
import webcare.plan.api.PlanHealth;
import webcare.ui.api.FailureText;
import webcare.ui.plan.model.ChangeText;
import webcare.ui.plan.model.PlanOutline;

/**
 * Keeps the health panel up to date with the plan as it is on screen, saved or not: once per
 * pause in typing, or at once when a plan is opened. UI thread only.
 */
final class LiveHealth {

    private static final Logger LOG = System.getLogger(LiveHealth.class.getName());
    private static final int DELAY_MILLIS = 300;

    private final EditorSite site;
    private final HealthPanel panel;
    private final Supplier<Plan> plan;
    private final Supplier<PlanOutline> outline;
    private final Runnable check = this::check;

    /**
     * @param plan    the plan on screen; null while there is none
     * @param outline its outline, for the elements' names
     */
    LiveHealth(EditorSite site, HealthPanel panel, Supplier<Plan> plan, Supplier<PlanOutline> outline) {
        this.site = site;
        this.panel = panel;
        this.plan = plan;
        this.outline = outline;
    }

    /** After the typing pause: a check per key would make typing slow in a big plan. */
    void schedule() {
        site.display().timerExec(-1, check);
        site.display().timerExec(DELAY_MILLIS, check);
    }

    /** At once, not after the typing pause: a plan just opened shows its findings with it. */
    void now() {
        site.display().timerExec(-1, check);
        check();
    }

    void cancel() {
        site.display().timerExec(-1, check);
    }

    /**
     * On the UI thread: the check is a pure computation over records (no I/O), and it runs at
     * most once per pause in typing.
     */
    private void check() {
        Plan shown = plan.get();
        if (site.parent().isDisposed() || shown == null) {
            return;
        }
        Optional<PlanHealth> checker = site.services().health();
        if (checker.isEmpty()) {
            panel.unavailable(site.text("health.missing"));
            return;
        }
        try {
            List<Finding> findings = checker.get().check(shown, LocalDate.now(ChangeText.ZONE), site.locale());
            panel.show(findings, outline.get());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The plan health check failed", e);
            panel.unavailable(site.format("health.failed", new FailureText(site.locale()).detail(e)));
        }
    }
}

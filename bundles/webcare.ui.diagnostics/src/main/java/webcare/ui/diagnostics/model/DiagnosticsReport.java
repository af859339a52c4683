package webcare.ui.diagnostics.model;

import java.util.ArrayList;
import java.util.List;
import webcare.diagnostics.api.BundleStatus;
import webcare.diagnostics.api.ComponentProblem;
import webcare.diagnostics.api.ConfigurationProblem;

/**
 * What the Diagnostics view shows, from one reading of the running product: problem rows first
 * (failed components, rejected settings, bundles not running), each with what to do, then every
 * bundle that runs. Equal readings give equal reports, so the view redraws only on a change.
 */
public record DiagnosticsReport(List<Row> rows, int bundles, long bundlesNotRunning, int componentProblems,
        int settingProblems) {

    /** What a row is about, and so what to do about it. */
    public enum Kind {
        COMPONENT_FAILED, COMPONENT_WAITING, SETTING, BUNDLE_NOT_RESOLVED, BUNDLE_NOT_STARTED, BUNDLE_RUNNING
    }

    /** One table row: id (bundles only), name, version or setting key, state, problem; empty when none. */
    public record Row(Kind kind, String id, String name, String detail, String state, String problem) {

        public boolean isProblem() {
            return kind != Kind.BUNDLE_RUNNING;
        }
    }

    public DiagnosticsReport {
        rows = List.copyOf(rows);
    }

    public static DiagnosticsReport of(List<BundleStatus> bundles, List<ComponentProblem> components,
            List<ConfigurationProblem> settings) {
        List<Row> rows = new ArrayList<>();
        for (ComponentProblem problem : components) {
            Kind kind = problem.problem().startsWith("failed") ? Kind.COMPONENT_FAILED : Kind.COMPONENT_WAITING;
            rows.add(new Row(kind, "", problem.component(), "", problem.bundle(), problem.problem()));
        }
        for (ConfigurationProblem setting : settings) {
            rows.add(new Row(Kind.SETTING, "", setting.file(), setting.key(), "", setting.problem()));
        }
        List<Row> running = new ArrayList<>();
        long notRunning = 0;
        for (BundleStatus bundle : bundles) {
            Row row = new Row(bundle.healthy() ? Kind.BUNDLE_RUNNING
                    : "INSTALLED".equals(bundle.state()) ? Kind.BUNDLE_NOT_RESOLVED : Kind.BUNDLE_NOT_STARTED,
                    Long.toString(bundle.id()), bundle.symbolicName(), bundle.version(),
                    bundle.state() + (bundle.fragment() ? " (fragment)" : ""), bundle.problem());
            if (row.isProblem()) {
                rows.add(row);
                notRunning++;
            } else {
                running.add(row);
            }
        }
        rows.addAll(running);
        return new DiagnosticsReport(rows, bundles.size(), notRunning, components.size(), settings.size());
    }

    /** Whether every bundle runs and nothing failed or was rejected. */
    public boolean allRunning() {
        return bundlesNotRunning == 0 && componentProblems == 0 && settingProblems == 0;
    }
}

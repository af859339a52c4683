package webcare.ui.diagnostics.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import webcare.diagnostics.api.BundleStatus;
import webcare.diagnostics.api.ComponentProblem;
import webcare.diagnostics.api.ConfigurationProblem;
import webcare.ui.diagnostics.model.DiagnosticsReport.Kind;
import webcare.ui.diagnostics.model.DiagnosticsReport.Row;

class DiagnosticsReportTest {

    private static BundleStatus running(long id, String name) {
        return new BundleStatus(id, name, "1.0.0", "ACTIVE", false, true, "");
    }

    @Test
    void everythingRunningIsSaidAsSuchInBundleOrder() {
        DiagnosticsReport report = DiagnosticsReport.of(List.of(running(0, "framework"), running(1, "webcare.store"),
                new BundleStatus(2, "swt.gtk", "3.1", "RESOLVED", true, true, "")), List.of(), List.of());

        assertThat(report.allRunning()).isTrue();
        assertThat(report.rows()).extracting(Row::name).containsExactly("framework", "webcare.store", "swt.gtk");
        assertThat(report.rows()).noneMatch(Row::isProblem);
        assertThat(report.rows().get(2).state()).isEqualTo("RESOLVED (fragment)");
    }

    @Test
    void problemsComeFirstComponentsThenSettingsThenBundlesEachWithItsKind() {
        DiagnosticsReport report = DiagnosticsReport.of(
                List.of(running(0, "framework"), new BundleStatus(7, "webcare.report", "1", "RESOLVED", false, false,
                        "resolved but not started"), new BundleStatus(9, "webcare.broken", "1", "INSTALLED", false,
                        false, "not resolved: missing package x")),
                List.of(new ComponentProblem("webcare.ui.sources", "SourcesView", "failed to start: boom"),
                        new ComponentProblem("webcare.ui.review", "ReviewView",
                                "waits for a service nobody provides: webcare.plan.api.PlanBook")),
                List.of(new ConfigurationProblem("etc/webcare.source.twitter-a.cfg", "pollSeconds", "below 30")));

        assertThat(report.allRunning()).isFalse();
        assertThat(report.bundlesNotRunning()).isEqualTo(2);
        assertThat(report.rows()).extracting(Row::kind).containsExactly(Kind.COMPONENT_FAILED,
                Kind.COMPONENT_WAITING, Kind.SETTING, Kind.BUNDLE_NOT_STARTED, Kind.BUNDLE_NOT_RESOLVED,
                Kind.BUNDLE_RUNNING);
        assertThat(report.rows().get(2)).isEqualTo(new Row(Kind.SETTING, "", "etc/webcare.source.twitter-a.cfg",
                "pollSeconds", "", "below 30"));
    }

    @Test
    void twoReadingsOfTheSameStateAreEqualSoTheViewDoesNotRedraw() {
        assertThat(DiagnosticsReport.of(List.of(running(0, "a")), List.of(), List.of()))
                .isEqualTo(DiagnosticsReport.of(List.of(running(0, "a")), List.of(), List.of()));
    }
}

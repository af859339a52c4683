package webcare.ui.diagnostics.swt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import webcare.diagnostics.api.BundleStatus;
import webcare.diagnostics.api.ComponentProblem;
import webcare.diagnostics.api.ConfigurationProblem;
import webcare.ui.diagnostics.model.DiagnosticsReport;

class DiagnosticsViewTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private static DiagnosticsReport report(int bundles, int components, int settings) {
        List<BundleStatus> down = java.util.stream.IntStream.range(0, bundles)
                .mapToObj(n -> new BundleStatus(n, "b" + n, "1", "RESOLVED", false, false, "resolved but not started"))
                .toList();
        List<ComponentProblem> failed = java.util.stream.IntStream.range(0, components)
                .mapToObj(n -> new ComponentProblem("b", "c" + n, "failed to start: boom")).toList();
        List<ConfigurationProblem> rejected = java.util.stream.IntStream.range(0, settings)
                .mapToObj(n -> new ConfigurationProblem("etc/x-" + n + ".cfg", "pollSeconds", "too low")).toList();
        return DiagnosticsReport.of(down, failed, rejected);
    }

    @Test
    void theSummaryCountsOnlyWhatIsWrongInEitherLanguage() {
        assertThat(DiagnosticsView.summary(report(0, 0, 1), DiagnosticsView.texts(Locale.ENGLISH), Locale.ENGLISH))
                .isEqualTo("1 setting was rejected: that row comes first, with what to do.");
        assertThat(DiagnosticsView.summary(report(0, 0, 1), DiagnosticsView.texts(DUTCH), DUTCH))
                .isEqualTo("1 instelling is afgewezen: die regel staat bovenaan, met wat te doen.");
        assertThat(DiagnosticsView.summary(report(2, 1, 3), DiagnosticsView.texts(DUTCH), DUTCH))
                .isEqualTo("2 bundels draaien niet, 1 component faalde en 3 instellingen zijn afgewezen: "
                        + "die regels staan bovenaan, met wat te doen.");
    }
}

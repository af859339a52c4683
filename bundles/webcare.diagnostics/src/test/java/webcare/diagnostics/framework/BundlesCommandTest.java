package webcare.diagnostics.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import webcare.cli.api.CommandFailedException;
import webcare.diagnostics.api.BundleStatus;
import webcare.diagnostics.api.ComponentProblem;
import webcare.diagnostics.api.ConfigurationProblem;

class BundlesCommandTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private static final BundleStatus FRAMEWORK =
            new BundleStatus(0, "org.apache.felix.framework", "7.0.5", "ACTIVE", false, true, "");
    private static final BundleStatus FRAGMENT =
            new BundleStatus(7, "org.eclipse.swt.gtk.linux.x86_64", "3.132.0", "RESOLVED", true, true, "");

    @Test
    void printsEveryBundleAndSaysAllRunWhenHealthy() {
        BundlesCommand.report(List.of(FRAMEWORK, FRAGMENT), List.of(), List.of(), out);

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "  ID  BUNDLE                            VERSION  STATE",
                "   0  org.apache.felix.framework        7.0.5    ACTIVE",
                "   7  org.eclipse.swt.gtk.linux.x86_64  3.132.0  RESOLVED (fragment)",
                "2 bundles, all running.");
    }

    @Test
    void failsNamingWhyABundleDidNotStart() {
        BundleStatus broken = new BundleStatus(9, "webcare.broken", "0.1.0", "INSTALLED", false, false,
                "missing requirement osgi.wiring.package=org.example.gone");

        assertThatThrownBy(() -> BundlesCommand.report(List.of(FRAMEWORK, broken), List.of(), List.of(), out))
                .isInstanceOf(CommandFailedException.class)
                .hasMessage("1 of 2 bundles not running, 0 components failed, 0 settings rejected");
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .containsPattern("   9  webcare\\.broken +0\\.1\\.0 +INSTALLED  "
                        + "<- missing requirement osgi\\.wiring\\.package=org\\.example\\.gone");
    }

    @Test
    void failsWhenAComponentFailedEvenIfEveryBundleRuns() {
        ComponentProblem problem = new ComponentProblem("webcare.store", "webcare.store.sql.H2Store",
                "failed to start: disk full");

        assertThatThrownBy(() -> BundlesCommand.report(List.of(FRAMEWORK), List.of(problem), List.of(), out))
                .hasMessage("0 of 1 bundles not running, 1 components failed, 0 settings rejected");
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("component webcare.store.sql.H2Store (webcare.store): failed to start: disk full");
    }

    @Test
    void failsNamingTheFileAndKeyOfARejectedSetting() {
        ConfigurationProblem setting = new ConfigurationProblem("etc/webcare.ui.workbench.cfg",
                "locale", "'fr' is not accepted");

        assertThatThrownBy(() -> BundlesCommand.report(List.of(FRAMEWORK), List.of(), List.of(setting), out))
                .hasMessage("0 of 1 bundles not running, 0 components failed, 1 settings rejected");
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("etc/webcare.ui.workbench.cfg: locale: 'fr' is not accepted");
    }

    @Test
    void namesAFileWithoutAKeyWhenTheWholeFileIsConcerned() {
        ConfigurationProblem unnamed = new ConfigurationProblem("etc/webcare.source.twitter.cfg", "",
                ConfigurationCheck.unnamedInstance("webcare.source.twitter"));

        assertThatThrownBy(() -> BundlesCommand.report(List.of(FRAMEWORK), List.of(), List.of(unnamed), out))
                .hasMessage("0 of 1 bundles not running, 0 components failed, 1 settings rejected");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("etc/webcare.source.twitter.cfg: a source instance "
                + "file needs a name after a dash: rename it to webcare.source.twitter-<name>.cfg");
    }
}

package webcare.diagnostics.framework;

import java.io.PrintStream;
import java.util.List;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import webcare.cli.api.CommandFailedException;
import webcare.cli.api.WebcareCommand;
import webcare.diagnostics.api.BundleStatus;
import webcare.diagnostics.api.ComponentProblem;
import webcare.diagnostics.api.ConfigurationProblem;
import webcare.diagnostics.api.Diagnostics;

/** {@code bundles}: every bundle with its version and state; exit 1 when any is not running. */
@Component(service = BundlesCommand.class)
@WebcareCommand(function = "bundles")
public final class BundlesCommand {

    private final Diagnostics diagnostics;

    @Activate
    public BundlesCommand(@Reference Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    @Descriptor("list every bundle with version and state, failed components and rejected settings")
    public void bundles() {
        report(diagnostics.bundles(), diagnostics.componentProblems(), diagnostics.configurationProblems(), System.out);
    }

    static void report(List<BundleStatus> bundles, List<ComponentProblem> problems,
            List<ConfigurationProblem> settings, PrintStream out) {
        int nameWidth = bundles.stream().mapToInt(b -> b.symbolicName().length()).max().orElse(6);
        int versionWidth = bundles.stream().mapToInt(b -> b.version().length()).max().orElse(7);
        String row = "%4s  %-" + nameWidth + "s  %-" + versionWidth + "s  %s%n";
        out.printf(row, "ID", "BUNDLE", "VERSION", "STATE");
        for (BundleStatus bundle : bundles) {
            String state = bundle.state() + (bundle.fragment() ? " (fragment)" : "")
                    + (bundle.healthy() ? "" : "  <- " + bundle.problem());
            out.printf(row, bundle.id(), bundle.symbolicName(), bundle.version(), state);
        }
        for (ComponentProblem problem : problems) {
            out.printf("component %s (%s): %s%n", problem.component(), problem.bundle(), problem.problem());
        }
        for (ConfigurationProblem setting : settings) {
            out.println(ConfigurationCheck.line(setting));
        }
        long unhealthy = bundles.stream().filter(b -> !b.healthy()).count();
        out.flush();
        if (unhealthy > 0 || !problems.isEmpty() || !settings.isEmpty()) {
            throw new CommandFailedException(unhealthy + " of " + bundles.size() + " bundles not running, "
                    + problems.size() + " components failed, " + settings.size() + " settings rejected");
        }
        out.println(bundles.size() + " bundles, all running.");
    }
}

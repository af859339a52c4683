package webcare.cli.gogo;

import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import webcare.cli.api.WebcareCommand;
import webcare.launch.api.Launch;

/** {@code version}: the product version and what it runs on. */
@Component(service = VersionCommand.class)
@WebcareCommand(function = "version")
public final class VersionCommand {

    private final Launch launch;

    @Activate
    public VersionCommand(@Reference Launch launch) {
        this.launch = launch;
    }

    @Descriptor("show the product version, Java runtime and WEBCARE_HOME")
    public void version() {
        System.out.println(text(launch));
    }

    static String text(Launch launch) {
        return "Webcare Workbench " + launch.productVersion() + System.lineSeparator()
                + "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + System.lineSeparator()
                + "WEBCARE_HOME " + launch.home();
    }
}

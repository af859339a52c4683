package webcare.cli.gogo;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import webcare.cli.api.WebcareCommand;

/** {@code help}: every command of scope webcare with its parameters and what it does. */
@Component(service = HelpCommand.class)
@WebcareCommand(function = "help")
public final class HelpCommand {

    private final BundleContext context;

    @Activate
    public HelpCommand(BundleContext context) {
        this.context = context;
    }

    @Descriptor("list the commands")
    public void help() {
        Map<String, String> lines = new TreeMap<>();
        Commands.usages(context, null).forEach(usage -> lines.put(usage.line(), usage.description()));
        print(lines, System.out);
    }

    static void print(Map<String, String> lines, PrintStream out) {
        out.println("Usage: ./webcare --headless COMMAND [ARGUMENTS]   (exit 0 ok, 1 failure or findings, 2 bad usage)");
        out.println();
        int width = lines.keySet().stream().mapToInt(String::length).max().orElse(0);
        lines.forEach((usage, what) -> out.printf("  %-" + width + "s  %s%n", usage, what));
    }
}

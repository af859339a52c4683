package webcare.demo.generator;

import java.io.PrintStream;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import webcare.cli.api.CommandFailedException;
import webcare.cli.api.UsageException;
import webcare.cli.api.WebcareCommand;
import webcare.demo.api.DemoData;
import webcare.demo.api.DemoException;

/** {@code demo load|remove|status}: the generated demo mentions, for trying the workbench out. */
@Component(service = DemoCommand.class)
@WebcareCommand(function = "demo")
public final class DemoCommand {

    private final DemoData demo;

    @Activate
    public DemoCommand(@Reference DemoData demo) {
        this.demo = demo;
    }

    @Descriptor("load, remove or show the demo data: about 4,000 generated mentions of the last 14 days")
    public void demo(@Descriptor("load, remove or status") String action) {
        run(demo, action, System.out);
    }

    static void run(DemoData demo, String action, PrintStream out) {
        try {
            switch (action) {
                case "load" -> {
                    int stored = demo.load();
                    out.println(stored == 0 ? "The demo mentions were stored already; nothing added."
                            : "Stored " + stored + " demo mentions; 'demo remove' takes them away again.");
                }
                case "remove" -> out.println("Removed " + demo.remove() + " demo mentions.");
                case "status" -> {
                    out.println("Demo mentions: " + (demo.loaded() ? "loaded" : "not loaded"));
                    out.println("Database: " + (demo.databaseEmpty() ? "empty" : "has mentions"));
                }
                default -> throw new UsageException("unknown action '" + action + "'; use load, remove or status");
            }
        } catch (DemoException e) {
            throw new CommandFailedException(e.getMessage(), e);
        }
    }
}

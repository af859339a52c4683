package webcare.cli.gogo;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import webcare.cli.api.CommandFailedException;
import webcare.cli.api.UsageException;
import webcare.cli.api.WebcareCommand;
import webcare.launch.api.Launch;

/**
 * Runs the one command of {@code ./webcare --headless COMMAND ARGS…} through Gogo, then ends the
 * process with its status: 0 ok, 1 failure or findings, 2 bad usage.
 */
@Component(immediate = true)
public final class HeadlessSession {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    @Activate
    public HeadlessSession(@Reference(target = "(" + Launch.MODE + "=HEADLESS)") Launch launch,
            @Reference CommandProcessor processor) {
        // Not on the activation thread: SCR must be free to activate what the command needs.
        Thread runner = new Thread(
                () -> launch.exit(run(processor, launch.arguments(), System.in, System.out, System.err)),
                "webcare-headless");
        runner.start();
    }

    static int run(CommandProcessor processor, List<String> arguments, InputStream in, PrintStream out,
            PrintStream err) {
        if (arguments.isEmpty()) {
            err.println("webcare: no command given; run './webcare --headless help' for the list");
            return USAGE;
        }
        String name = arguments.get(0);
        String qualified = WebcareCommand.SCOPE + ":" + name;
        try (CommandSession session = processor.createSession(in, out, err)) {
            if (name.contains(":") || session.get(qualified) == null) {
                err.println("webcare: unknown command '" + name + "'; run './webcare --headless help' for the list");
                return USAGE;
            }
            // Arguments travel as variables so that no quoting rule of Gogo's can change them.
            StringBuilder line = new StringBuilder(qualified);
            for (int i = 1; i < arguments.size(); i++) {
                session.put("arg" + i, arguments.get(i));
                line.append(" $arg").append(i);
            }
            session.execute(line);
            out.flush();
            return OK;
        } catch (UsageException e) {
            err.println("webcare " + name + ": " + e.getMessage());
            return USAGE;
        } catch (CommandFailedException e) {
            err.println("webcare " + name + ": " + e.getMessage());
            return FAILED;
        } catch (IllegalArgumentException e) {
            // Gogo found no method whose parameters match the arguments given.
            err.println("webcare " + name + ": wrong arguments (" + firstLine(e) + "); run './webcare --headless help'");
            return USAGE;
        } catch (Exception e) {
            err.println("webcare " + name + ": failed: " + firstLine(e));
            return FAILED;
        }
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}

package webcare.cli.gogo;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.PrintStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.osgi.framework.BundleContext;
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

    private static final Logger LOG = System.getLogger(HeadlessSession.class.getName());
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    @Activate
    public HeadlessSession(BundleContext context,
            @Reference(target = "(" + Launch.MODE + "=HEADLESS)") Launch launch, @Reference CommandProcessor processor) {
        // Not on the activation thread: SCR must be free to activate what the command needs.
        // The process's own streams: Gogo replaces System.out/err with per-session redirectors, and
        // a session writing into its own redirector would recurse forever.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        // Once every bundle has started, every command is there; then on a thread of its own, so
        // SCR stays free to activate what the command needs.
        launch.allStarted().thenRun(() -> new Thread(() -> {
            int status = run(processor, name -> Commands.usages(context, name), launch.arguments(),
                    new FileInputStream(FileDescriptor.in), out, err);
            out.flush();
            err.flush();
            launch.exit(status);
        }, "webcare-headless").start());
    }

    /**
     * @param usages how each command is called, by name; answers a call whose arguments fit none
     */
    static int run(CommandProcessor processor, Function<String, List<Usage>> usages, List<String> arguments,
            InputStream in, PrintStream out, PrintStream err) {
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
        } catch (Exception e) {
            return report(name, unwrap(e), () -> wrongArguments(usages.apply(name), arguments.size() - 1), err);
        }
    }

    /** Gogo hands back a command's own exception wrapped when it called the method reflectively. */
    private static Throwable unwrap(Throwable e) {
        Throwable cause = e;
        while (cause instanceof InvocationTargetException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static int report(String name, Throwable e, Supplier<String> wrongArguments, PrintStream err) {
        if (e instanceof UsageException) {
            err.println("webcare " + name + ": " + e.getMessage());
            return USAGE;
        }
        if (e instanceof CommandFailedException) {
            err.println("webcare " + name + ": " + e.getMessage());
            return FAILED;
        }
        if (e instanceof IllegalArgumentException) {
            // Gogo found no method whose parameters match the arguments given; its own message
            // ("Cannot coerce _import() to any of [(String)]") speaks of Java methods, not of the command.
            err.println("webcare " + name + ": " + wrongArguments.get());
            return USAGE;
        }
        LOG.log(Level.ERROR, "Command " + name + " failed", e);
        err.println("webcare " + name + ": failed: " + firstLine(e) + " (details in the log)");
        return FAILED;
    }

    /** What is wrong with {@code given} arguments, and how the command is called. */
    static String wrongArguments(List<Usage> usages, int given) {
        String why = usages.size() == 1 ? usages.get(0).misfit(given) : null;
        String lines = usages.stream().map(Usage::line).sorted().collect(Collectors.joining(" | "));
        return (why == null ? "these arguments do not fit" : why)
                + (lines.isEmpty() ? "; run './webcare --headless help'" : " — usage: " + lines);
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}

package webcare.cli.gogo;

import java.io.PrintStream;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
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
    public void help() throws InvalidSyntaxException {
        Map<String, String> lines = new TreeMap<>();
        ServiceReference<?>[] commands = context.getServiceReferences((String) null,
                "(osgi.command.scope=" + WebcareCommand.SCOPE + ")");
        for (ServiceReference<?> reference : commands == null ? new ServiceReference<?>[0] : commands) {
            Object command = context.getService(reference);
            if (command == null) {
                continue;
            }
            try {
                for (String function : functions(reference.getProperty("osgi.command.function"))) {
                    describe(command.getClass(), function, lines);
                }
            } finally {
                context.ungetService(reference);
            }
        }
        print(lines, System.out);
    }

    static void print(Map<String, String> lines, PrintStream out) {
        out.println("Usage: ./webcare --headless COMMAND [ARGUMENTS]   (exit 0 ok, 1 failure or findings, 2 bad usage)");
        out.println();
        int width = lines.keySet().stream().mapToInt(String::length).max().orElse(0);
        lines.forEach((usage, what) -> out.printf("  %-" + width + "s  %s%n", usage, what));
    }

    /**
     * Adds "name params" → description for each public method called {@code function}, or
     * {@code _function} (how Gogo finds a command named like a Java keyword, such as import).
     * Options ({@link org.apache.felix.service.command.Parameter}) are shown in brackets.
     */
    static void describe(Class<?> type, String function, Map<String, String> lines) {
        for (Method method : type.getMethods()) {
            if (!method.getName().equals(function) && !method.getName().equals("_" + function)) {
                continue;
            }
            StringBuilder usage = new StringBuilder(function);
            for (Parameter parameter : method.getParameters()) {
                Descriptor about = parameter.getAnnotation(Descriptor.class);
                String name = about == null ? parameter.getName() : about.value();
                boolean option = parameter.isAnnotationPresent(org.apache.felix.service.command.Parameter.class);
                usage.append(option ? " [" : " <").append(name).append(option ? ']' : '>');
            }
            Descriptor about = method.getAnnotation(Descriptor.class);
            lines.put(usage.toString(), about == null ? "" : about.value());
        }
    }

    private static Iterable<String> functions(Object property) {
        if (property instanceof String[] names) {
            return Arrays.asList(names);
        }
        return property == null ? List.of() : List.of(property.toString());
    }
}

package webcare.cli.gogo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import webcare.cli.api.WebcareCommand;

/** The commands of scope webcare that services offer now, read from the services' own classes. */
final class Commands {

    private Commands() {}

    /** The usages of {@code function}, or of every command when it is null; in no particular order. */
    static List<Usage> usages(BundleContext context, String function) {
        String scope = "(osgi.command.scope=" + WebcareCommand.SCOPE + ")";
        String filter = function == null ? scope : "(&" + scope + "(osgi.command.function=" + function + "))";
        ServiceReference<?>[] references;
        try {
            references = context.getServiceReferences((String) null, filter);
        } catch (InvalidSyntaxException e) {
            // HeadlessSession passes only names Gogo found as commands, which hold no filter syntax
            throw new IllegalArgumentException("not a command name: " + function, e);
        }
        List<Usage> usages = new ArrayList<>();
        for (ServiceReference<?> reference : references == null ? new ServiceReference<?>[0] : references) {
            Object command = context.getService(reference);
            if (command == null) {
                continue;
            }
            try {
                for (String each : functions(reference.getProperty("osgi.command.function"))) {
                    if (function == null || function.equals(each)) {
                        usages.addAll(Usage.of(command.getClass(), each));
                    }
                }
            } finally {
                context.ungetService(reference);
            }
        }
        return usages;
    }

    private static List<String> functions(Object property) {
        if (property instanceof String[] names) {
            return Arrays.asList(names);
        }
        return property == null ? List.of() : List.of(property.toString());
    }
}

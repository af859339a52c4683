package webcare.launcher;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import webcare.launch.api.Launch;

/**
 * A child process for UI tests: runs the real launcher in UI mode (on the display the test gives
 * it) and answers one-line requests on stdin, so a test can stop and start bundles while the
 * window stays open.
 */
public final class WorkbenchHarness {

    private WorkbenchHarness() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        Main.logToFiles(home.resolve("logs"));
        Launcher launcher = new Launcher(new Options(Launch.Mode.UI, List.of(), home),
                new Distribution(Product.distribution()));
        BundleContext context = launcher.start().getBundleContext();
        System.out.println("started");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] words = line.strip().split(" ");
            switch (words[0]) {
                case "views" -> System.out.println("views " + String.join(",", openViews(context)));
                case "locale" -> System.out.println("locale " + java.util.Locale.getDefault().toLanguageTag());
                case "diagnostics" -> System.out.println("diagnostics " + call(context, "webcare.ui.api.WorkbenchView",
                        "(component.name=webcare.ui.diagnostics.swt.DiagnosticsView)", "summaryShown"));
                case "settings" -> System.out.println("settings " + call(context, "webcare.diagnostics.api.Diagnostics",
                        "configurationProblems"));
                case "stop" -> {
                    bundle(context, words[1]).stop();
                    System.out.println("stopped");
                }
                case "start" -> {
                    bundle(context, words[1]).start();
                    System.out.println("started");
                }
                case "gogo" -> System.out.println("gogo " + gogo(context, line.strip().substring("gogo ".length())));
                case "services" -> System.out.println("services " + services(context));
                case "bundles" -> System.out.println("bundles " + Arrays.stream(context.getBundles())
                        .map(bundle -> bundle.getSymbolicName() + "=" + bundle.getState())
                        .collect(Collectors.joining(",")));
                case "quit" -> {
                    launcher.close();
                    System.out.println("bye");
                    return;
                }
                default -> System.out.println("unknown " + line);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> openViews(BundleContext context) throws Exception {
        Object views = call(context, "webcare.ui.workbench.swt.WorkbenchWindow", "openViews");
        return views == null ? List.of() : (List<String>) views;
    }

    /** Calls a no-argument method of a service whose class only the bundles can see; null without service. */
    private static Object call(BundleContext context, String serviceClass, String method) throws Exception {
        return call(context, serviceClass, null, method);
    }

    /** As {@link #call(BundleContext, String, String)}, on the service that matches {@code filter}. */
    private static Object call(BundleContext context, String serviceClass, String filter, String method)
            throws Exception {
        // getAllServiceReferences: getServiceReference would hide a service whose class this side cannot load.
        ServiceReference<?>[] references = context.getAllServiceReferences(serviceClass, filter);
        if (references == null) {
            return null;
        }
        Object service = context.getService(references[0]);
        try {
            var callable = service.getClass().getDeclaredMethod(method);
            callable.setAccessible(true);
            return callable.invoke(service);
        } finally {
            context.ungetService(references[0]);
        }
    }

    /**
     * Runs a Gogo command line (a product command, as in {@code --headless}) in a session of its
     * own; returns what it wrote, lines joined by " | ", or "failed: " and the reason.
     */
    private static String gogo(BundleContext context, String commandLine) throws Exception {
        ServiceReference<?>[] references = context.getAllServiceReferences(
                "org.apache.felix.service.command.CommandProcessor", null);
        Object processor = context.getService(references[0]);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            Object session = processor.getClass()
                    .getMethod("createSession", InputStream.class, OutputStream.class, OutputStream.class)
                    .invoke(processor, new ByteArrayInputStream(new byte[0]), output, output);
            try {
                Method execute = session.getClass().getMethod("execute", CharSequence.class);
                execute.setAccessible(true);
                execute.invoke(session, "webcare:" + commandLine);
            } catch (InvocationTargetException e) {
                return "failed: " + e.getCause();
            } finally {
                ((AutoCloseable) session).close();
            }
        } finally {
            context.ungetService(references[0]);
        }
        return output.toString(StandardCharsets.UTF_8).strip().replace("\n", " | ");
    }

    private static Bundle bundle(BundleContext context, String symbolicName) {
        return Arrays.stream(context.getBundles())
                .filter(bundle -> symbolicName.equals(bundle.getSymbolicName()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no bundle " + symbolicName));
    }

    private static String services(BundleContext context) throws Exception {
        TreeSet<String> names = new TreeSet<>();
        for (ServiceReference<?> reference : context.getAllServiceReferences(null, null)) {
            names.addAll(Arrays.asList((String[]) reference.getProperty(Constants.OBJECTCLASS)));
        }
        return String.join(",", names);
    }
}
